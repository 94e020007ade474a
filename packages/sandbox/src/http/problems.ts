/**
 * RFC 9457 problem documents with stable codes. Titles and details are localized (Vietnamese first) and
 * always say what to do next; the request id lets the center's support find the request.
 */
import type { Schemas } from '@hpasc/sdk';

type Problem = Schemas['Problem'];
type FieldError = Schemas['FieldError'];
export type Locale = 'vi' | 'en';

interface Text {
  vi: string;
  en: string;
}

const catalog = {
  bad_request: { status: 400, title: { vi: 'Yêu cầu không hợp lệ', en: 'The request is not valid' } },
  idempotency_key_missing: { status: 400, title: { vi: 'Thiếu mã chống trùng lặp (Idempotency-Key)', en: 'The Idempotency-Key header is missing' } },
  invalid_grant: { status: 400, title: { vi: 'Mã đăng nhập không hợp lệ hoặc đã hết hạn', en: 'The sign-in code is invalid or has expired' } },
  invalid_client: { status: 401, title: { vi: 'Ứng dụng không được nhận diện', en: 'The client is not known' } },
  api_key_missing: { status: 401, title: { vi: 'Thiếu khóa API', en: 'The API key is missing' } },
  api_key_unknown: { status: 401, title: { vi: 'Khóa API không đúng hoặc đã bị thu hồi', en: 'The API key is unknown or revoked' } },
  token_missing: { status: 401, title: { vi: 'Cần tra cứu hoặc đăng nhập trước', en: 'Look the dossier up or sign in first' } },
  token_invalid: { status: 401, title: { vi: 'Phiên làm việc đã hết hạn', en: 'Your session has expired' } },
  tracking_token_expired: { status: 401, title: { vi: 'Phiên tra cứu đã hết hạn', en: 'The tracking session has expired' } },
  origin_not_allowed: { status: 403, title: { vi: 'Trang web này chưa được phép dùng khóa API', en: 'This website may not use the API key' } },
  forbidden: { status: 403, title: { vi: 'Không có quyền thực hiện thao tác này', en: 'You may not do this' } },
  not_found: { status: 404, title: { vi: 'Không tìm thấy', en: 'Not found' } },
  not_acceptable: { status: 406, title: { vi: 'Định dạng yêu cầu không được hỗ trợ', en: 'That representation is not available' } },
  idempotency_key_reused: { status: 409, title: { vi: 'Mã chống trùng lặp đã được dùng cho một yêu cầu khác', en: 'The Idempotency-Key was used for a different request' } },
  request_in_progress: { status: 409, title: { vi: 'Yêu cầu giống hệt đang được xử lý', en: 'The same request is still being processed' } },
  invalid_state: { status: 409, title: { vi: 'Hồ sơ không ở trạng thái cho phép thao tác này', en: 'The dossier is not in a state that allows this' } },
  already_rated: { status: 409, title: { vi: 'Hồ sơ đã được đánh giá', en: 'This dossier has already been rated' } },
  upload_in_use: { status: 409, title: { vi: 'Tệp đã được gắn vào hồ sơ', en: 'The file is already attached' } },
  verification_expired: { status: 410, title: { vi: 'Mã xác thực đã hết hạn', en: 'The verification code has expired' } },
  payload_too_large: { status: 413, title: { vi: 'Dữ liệu gửi lên quá lớn', en: 'The request is too large' } },
  file_too_large: { status: 413, title: { vi: 'Tệp quá lớn', en: 'The file is too large' } },
  unsupported_media_type: { status: 415, title: { vi: 'Kiểu dữ liệu không được hỗ trợ', en: 'The content type is not supported' } },
  file_type_not_accepted: { status: 415, title: { vi: 'Loại tệp không được chấp nhận', en: 'This type of file is not accepted' } },
  validation_failed: { status: 422, title: { vi: 'Thông tin chưa hợp lệ', en: 'Some information is not valid' } },
  verification_failed: { status: 422, title: { vi: 'Mã xác thực không đúng', en: 'The verification code is wrong' } },
  rate_limited: { status: 429, title: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' } },
  internal_error: { status: 500, title: { vi: 'Hệ thống đang gặp sự cố', en: 'Something went wrong on our side' } },
  response_contract_violation: { status: 500, title: { vi: 'Máy chủ trả lời sai hợp đồng API', en: 'The server broke its API contract' } },
  service_unavailable: { status: 503, title: { vi: 'Hệ thống tạm thời không phục vụ', en: 'The service is temporarily unavailable' } },
} as const satisfies Record<string, { status: number; title: Text }>;

export type ProblemCode = keyof typeof catalog;

const support: Text = {
  vi: 'Nếu lỗi còn tiếp diễn, gọi 024.1022 và đọc mã yêu cầu.',
  en: 'If it keeps happening, call 024.1022 and quote the request id.',
};

export class HttpProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail?: Text,
    readonly extra: Partial<Pick<Problem, 'errors' | 'retryAfterSeconds' | 'attemptsLeft' | 'instance'>> = {},
  ) {
    super(code);
  }

  get status(): number {
    return catalog[this.code].status;
  }

  toProblem(locale: Locale, requestId: string): Problem {
    const entry = catalog[this.code];
    const detail = this.detail?.[locale] ?? (entry.status >= 500 ? support[locale] : undefined);
    return {
      type: `urn:hpasc:problem:${this.code.replace(/_/g, '-')}`,
      title: entry.title[locale],
      status: entry.status,
      code: this.code,
      requestId,
      ...(detail ? { detail } : {}),
      ...this.extra,
    };
  }
}

type Params = NonNullable<FieldError['params']>;

/** Human messages for field error codes (schema keywords, named formats, domain rules). */
const fieldMessages: Record<string, (p: Params) => Text> = {
  required: () => ({ vi: 'Trường này là bắt buộc.', en: 'This field is required.' }),
  maxLength: (p) => ({ vi: `Tối đa ${p.limit} ký tự.`, en: `At most ${p.limit} characters.` }),
  minLength: (p) => ({ vi: `Tối thiểu ${p.limit} ký tự.`, en: `At least ${p.limit} characters.` }),
  pattern: () => ({ vi: 'Không đúng định dạng.', en: 'The format is wrong.' }),
  enum: () => ({ vi: 'Giá trị không nằm trong danh sách cho phép.', en: 'This value is not one of the allowed ones.' }),
  const: () => ({ vi: 'Giá trị không được chấp nhận.', en: 'This value is not accepted.' }),
  'format.vn-citizen-id': () => ({ vi: 'Số định danh cá nhân (CCCD) phải gồm 12 chữ số hợp lệ.', en: 'The personal ID number (CCCD) must be 12 valid digits.' }),
  'format.vn-phone': () => ({ vi: 'Số điện thoại di động không hợp lệ.', en: 'The mobile number is not valid.' }),
  'format.vn-tax-code': () => ({ vi: 'Mã số thuế không hợp lệ.', en: 'The tax code is not valid.' }),
  'format.vn-dossier-code': () => ({ vi: 'Mã hồ sơ không đúng định dạng.', en: 'The dossier code is not in the right format.' }),
  'format.date': () => ({ vi: 'Ngày không hợp lệ (định dạng YYYY-MM-DD).', en: 'The date is not valid (YYYY-MM-DD).' }),
  'format.email': () => ({ vi: 'Địa chỉ email không hợp lệ.', en: 'The email address is not valid.' }),
  'format.uri': () => ({ vi: 'Địa chỉ web không hợp lệ.', en: 'The web address is not valid.' }),
  additionalProperties: () => ({ vi: 'Trường này không được phép.', en: 'This field is not allowed.' }),
  type: () => ({ vi: 'Kiểu dữ liệu không đúng.', en: 'The value has the wrong type.' }),
  minimum: (p) => ({ vi: `Giá trị tối thiểu là ${p.limit}.`, en: `The smallest allowed value is ${p.limit}.` }),
  maximum: (p) => ({ vi: `Giá trị tối đa là ${p.limit}.`, en: `The largest allowed value is ${p.limit}.` }),
  maxItems: (p) => ({ vi: `Tối đa ${p.limit} mục.`, en: `At most ${p.limit} items.` }),
  minItems: (p) => ({ vi: `Cần ít nhất ${p.limit} mục.`, en: `At least ${p.limit} items.` }),
  'birth-year-mismatch': () => ({ vi: 'Số CCCD không khớp với năm sinh.', en: 'The ID number does not match the year of birth.' }),
  province: () => ({ vi: 'Mã tỉnh trong số CCCD không đúng.', en: 'The province code in the ID number is wrong.' }),
  form_revision_outdated: () => ({ vi: 'Biểu mẫu đã thay đổi, vui lòng tải lại.', en: 'The form has changed; reload it.' }),
  document_required: () => ({ vi: 'Vui lòng đính kèm giấy tờ này.', en: 'Attach this document.' }),
  unknown_slot: () => ({ vi: 'Thủ tục không có thành phần hồ sơ này.', en: 'The procedure has no such document.' }),
  unknown_procedure: () => ({ vi: 'Không có thủ tục với mã này.', en: 'There is no procedure with this code.' }),
  unknown_dossier: () => ({ vi: 'Không có hồ sơ với mã này.', en: 'There is no dossier with this code.' }),
  upload_unavailable: () => ({ vi: 'Tệp không tồn tại, đã hết hạn hoặc đã được dùng.', en: 'The file does not exist, has expired or is already used.' }),
  upload_type: () => ({ vi: 'Loại tệp không phù hợp với giấy tờ này.', en: 'This type of file is not accepted for this document.' }),
  too_many_files: (p) => ({ vi: `Tối đa ${p.limit} tệp.`, en: `At most ${p.limit} files.` }),
  file_too_large: (p) => ({ vi: `Tệp tối đa ${Math.floor((p.limit ?? 0) / 1048576)} MB.`, en: `At most ${Math.floor((p.limit ?? 0) / 1048576)} MB.` }),
  file_type_not_accepted: (p) => ({ vi: `Chỉ nhận tệp ${(p.allowed ?? []).map((t) => t.split('/')[1]!.toUpperCase()).join(', ')}.`, en: `Only ${(p.allowed ?? []).map((t) => t.split('/')[1]!.toUpperCase()).join(', ')} files.` }),
  empty_file: () => ({ vi: 'Tệp rỗng.', en: 'The file is empty.' }),
  phone_not_verified: () => ({ vi: 'Số điện thoại chưa được xác thực bằng mã OTP.', en: 'This mobile number has not been verified.' }),
  unknown_point: () => ({ vi: 'Không có điểm tiếp nhận này.', en: 'There is no such reception point.' }),
  verification_failed: (p) => ({ vi: `Mã xác thực không đúng. Còn ${p.limit} lần thử.`, en: `The code is wrong. ${p.limit} attempt(s) left.` }),
  origin_not_allowed: () => ({ vi: 'Địa chỉ trả về không thuộc trang web được phép.', en: 'The return address is not on an allowed website.' }),
  supplement_request_changed: () => ({ vi: 'Yêu cầu bổ sung đã thay đổi, vui lòng tải lại.', en: 'The request for documents has changed; reload it.' }),
};

export function fieldMessage(code: string, locale: Locale, params: FieldError['params'] = {}): string {
  return fieldMessages[code]?.(params)[locale] ?? (locale === 'vi' ? 'Giá trị không hợp lệ.' : 'The value is not valid.');
}

export interface FieldIssueLike {
  pointer: string;
  code: string;
  params?: FieldError['params'];
}

/** A 422 (or 400) naming every field to correct, each with its localized message. */
export function fieldProblem(issues: FieldIssueLike[], locale: Locale, code: 'validation_failed' | 'bad_request' | 'verification_failed' | 'file_too_large' | 'file_type_not_accepted' = 'validation_failed', detail?: Text): HttpProblem {
  const errors = issues.slice(0, 200).map((i) => ({ pointer: i.pointer, code: i.code, message: fieldMessage(i.code, locale, i.params), ...(i.params ? { params: i.params } : {}) }));
  return new HttpProblem(code, detail ?? { vi: `Có ${errors.length} trường cần sửa.`, en: `${errors.length} field(s) need correcting.` }, { errors });
}
