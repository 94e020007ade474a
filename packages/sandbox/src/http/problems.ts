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

/** Human messages for field error codes; the widgets localize codes themselves, this is for API users. */
export function fieldMessage(code: string, locale: Locale, params: FieldError['params'] = {}): string {
  const vi: Record<string, string> = {
    required: 'Trường này là bắt buộc.',
    maxLength: `Tối đa ${params.limit} ký tự.`,
    minLength: `Tối thiểu ${params.limit} ký tự.`,
    pattern: 'Không đúng định dạng.',
    enum: 'Giá trị không nằm trong danh sách cho phép.',
    const: 'Giá trị không được chấp nhận.',
    'format.vn-citizen-id': 'Số định danh cá nhân (CCCD) phải gồm 12 chữ số hợp lệ.',
    'format.vn-phone': 'Số điện thoại di động không hợp lệ.',
    'format.vn-tax-code': 'Mã số thuế không hợp lệ.',
    'format.vn-dossier-code': 'Mã hồ sơ không đúng định dạng.',
    'format.date': 'Ngày không hợp lệ (định dạng YYYY-MM-DD).',
    'format.email': 'Địa chỉ email không hợp lệ.',
    additionalProperties: 'Trường này không được phép.',
    type: 'Kiểu dữ liệu không đúng.',
    minimum: `Giá trị tối thiểu là ${params.limit}.`,
    maximum: `Giá trị tối đa là ${params.limit}.`,
    maxItems: `Tối đa ${params.limit} mục.`,
    minItems: `Cần ít nhất ${params.limit} mục.`,
  };
  const en: Record<string, string> = {
    required: 'This field is required.',
    maxLength: `At most ${params.limit} characters.`,
    minLength: `At least ${params.limit} characters.`,
    pattern: 'The format is wrong.',
    enum: 'This value is not one of the allowed ones.',
    const: 'This value is not accepted.',
    'format.vn-citizen-id': 'The personal ID number (CCCD) must be 12 valid digits.',
    'format.vn-phone': 'The mobile number is not valid.',
    'format.vn-tax-code': 'The tax code is not valid.',
    'format.vn-dossier-code': 'The dossier code is not in the right format.',
    'format.date': 'The date is not valid (YYYY-MM-DD).',
    'format.email': 'The email address is not valid.',
    additionalProperties: 'This field is not allowed.',
    type: 'The value has the wrong type.',
    minimum: `The smallest allowed value is ${params.limit}.`,
    maximum: `The largest allowed value is ${params.limit}.`,
    maxItems: `At most ${params.limit} items.`,
    minItems: `At least ${params.limit} items.`,
  };
  const table = locale === 'vi' ? vi : en;
  return table[code] ?? (locale === 'vi' ? 'Giá trị không hợp lệ.' : 'The value is not valid.');
}
