/**
 * The SDK's own messages (Vietnamese first, English second) for errors that never reached the server:
 * network, timeout, and checks made before a request leaves. Server errors carry the server's localized
 * title and detail.
 */
export type Locale = 'vi' | 'en';

type Params = { limit?: number | bigint; format?: string };

const catalog = {
  network: { vi: 'Không kết nối được với máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.', en: 'Could not reach the server. Check the connection and try again.' },
  timeout: { vi: 'Máy chủ không trả lời kịp. Hãy thử lại sau ít phút.', en: 'The server took too long to answer. Try again in a few minutes.' },
  aborted: { vi: 'Yêu cầu đã bị hủy.', en: 'The request was cancelled.' },
  invalid: { vi: 'Thông tin chưa hợp lệ, hãy sửa các trường được đánh dấu.', en: 'Some information is not valid; correct the marked fields.' },
  responseInvalid: { vi: 'Máy chủ trả lời không đúng định dạng.', en: 'The server answered in an unexpected shape.' },
  server: { vi: 'Hệ thống đang gặp sự cố. Hãy thử lại sau.', en: 'Something went wrong on the server. Try again later.' },
  fileType: { vi: 'Loại tệp không được chấp nhận.', en: 'This type of file is not accepted.' },
  fileSize: { vi: 'Tệp quá lớn.', en: 'The file is too large.' },
  noTracking: { vi: 'Hãy tra cứu hồ sơ (mã hồ sơ và mã tra cứu) hoặc đăng nhập trước.', en: 'Look the dossier up (code and verifier) or sign in first.' },
} as const;

export type MessageKey = keyof typeof catalog;

export function message(key: MessageKey, locale: Locale): string {
  return catalog[key][locale];
}

const fieldCatalog: Record<string, (p: Params) => { vi: string; en: string }> = {
  required: () => ({ vi: 'Trường này là bắt buộc.', en: 'This field is required.' }),
  too_small: (p) => ({ vi: `Tối thiểu ${p.limit}.`, en: `At least ${p.limit}.` }),
  too_big: (p) => ({ vi: `Tối đa ${p.limit}.`, en: `At most ${p.limit}.` }),
  invalid_format: (p) => formatMessage(p.format),
  invalid_type: () => ({ vi: 'Kiểu dữ liệu không đúng.', en: 'The value has the wrong type.' }),
  invalid_value: () => ({ vi: 'Giá trị không nằm trong danh sách cho phép.', en: 'This value is not one of the allowed ones.' }),
  unrecognized_keys: () => ({ vi: 'Trường này không được phép.', en: 'This field is not allowed.' }),
  file_type_not_accepted: () => catalog.fileType,
  file_too_large: () => catalog.fileSize,
};

function formatMessage(format: string | undefined): { vi: string; en: string } {
  switch (format) {
    case 'vn-citizen-id': return { vi: 'Số CCCD phải gồm 12 chữ số hợp lệ.', en: 'The ID number (CCCD) must be 12 valid digits.' };
    case 'vn-phone': return { vi: 'Số điện thoại di động không hợp lệ.', en: 'The mobile number is not valid.' };
    case 'vn-tax-code': return { vi: 'Mã số thuế không hợp lệ.', en: 'The tax code is not valid.' };
    case 'email': return { vi: 'Địa chỉ email không hợp lệ.', en: 'The email address is not valid.' };
    case 'date': return { vi: 'Ngày không hợp lệ.', en: 'The date is not valid.' };
    default: return { vi: 'Không đúng định dạng.', en: 'The format is wrong.' };
  }
}

/** A field message for a zod issue code (the SDK's own checks). */
export function fieldMessage(code: string, locale: Locale, params: Params = {}): string {
  return (fieldCatalog[code]?.(params) ?? { vi: 'Giá trị không hợp lệ.', en: 'The value is not valid.' })[locale];
}
