/** What a field error says, by its code: specific and actionable, in the page's language. */
import { msg, str } from '@lit/localize';
import type { FieldIssue } from './form-model.ts';

export function issueMessage(issue: Pick<FieldIssue, 'code' | 'params'>): string {
  const limit = issue.params?.limit ?? 0;
  switch (issue.code) {
    case 'required': return msg('Vui lòng nhập thông tin này.', { id: 'error.required' });
    case 'maxLength': return msg(str`Tối đa ${limit} ký tự.`, { id: 'error.maxLength' });
    case 'minLength': return msg(str`Cần ít nhất ${limit} ký tự.`, { id: 'error.minLength' });
    case 'minimum': return msg(str`Giá trị nhỏ nhất là ${limit}.`, { id: 'error.minimum' });
    case 'maximum': return msg(str`Giá trị lớn nhất là ${limit}.`, { id: 'error.maximum' });
    case 'minItems': return msg(str`Cần ít nhất ${limit} mục.`, { id: 'error.minItems' });
    case 'maxItems': return msg(str`Tối đa ${limit} mục.`, { id: 'error.maxItems' });
    case 'format.vn-citizen-id': return msg('Số CCCD phải gồm 12 chữ số, bắt đầu bằng mã tỉnh nơi đăng ký khai sinh.', { id: 'error.citizenId' });
    case 'province': return msg('Mã tỉnh (3 số đầu) của số CCCD không đúng.', { id: 'error.citizenIdProvince' });
    case 'birth-year-mismatch': return msg('Số CCCD không khớp với năm sinh đã khai.', { id: 'error.citizenIdBirthYear' });
    case 'format.vn-phone': return msg('Số điện thoại di động phải gồm 10 chữ số, ví dụ 0912345678.', { id: 'error.phone' });
    case 'format.vn-tax-code': return msg('Mã số thuế gồm 10 chữ số (hoặc 13 chữ số dạng 0123456789-001) và phải đúng số kiểm tra.', { id: 'error.taxCode' });
    case 'format.date': return msg('Ngày không hợp lệ: nhập đủ ngày, tháng và năm (4 chữ số), ví dụ 27 3 1990.', { id: 'error.date' });
    case 'format.email': return msg('Địa chỉ email không hợp lệ, ví dụ ten@example.com.', { id: 'error.email' });
    case 'pattern': return msg('Thông tin chưa đúng định dạng.', { id: 'error.pattern' });
    case 'enum':
    case 'const': return msg('Vui lòng chọn một giá trị trong danh sách.', { id: 'error.enum' });
    case 'type': return msg('Giá trị không đúng kiểu.', { id: 'error.type' });
    case 'document_required': return msg('Vui lòng đính kèm giấy tờ này.', { id: 'error.documentRequired' });
    case 'consent': return msg('Vui lòng đánh dấu để xác nhận.', { id: 'error.consent' });
    case 'otp': return msg('Mã xác thực không đúng hoặc đã hết hạn. Hãy kiểm tra tin nhắn và nhập lại.', { id: 'error.otp' });
    default: return msg('Thông tin chưa hợp lệ.', { id: 'error.invalid' });
  }
}
