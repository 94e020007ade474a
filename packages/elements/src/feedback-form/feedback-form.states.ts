/**
 * Every visual state of `<hpasc-feedback-form>` as data — the one list behind its stories and its
 * accessibility tests. Each state renders from properties alone (`.preview`); `lang` says which language.
 *
 * DEMO DATA: the names, phone numbers, codes, PINs, dates and answers below are made up.
 */
import type { Schemas } from '@hpasc/sdk';
import type { FeedbackFormPreview, FeedbackValues } from './feedback-form.component.ts';

const filled: FeedbackValues = {
  topic: 'processing-time',
  title: 'Hồ sơ đăng ký khai sinh chưa được trả đúng hẹn',
  dossierCode: '000.00.12.H26-251124-0001',
  content: 'Tôi nộp hồ sơ đăng ký khai sinh ngày 24/11/2025, hẹn trả ngày 25/11/2025 nhưng đến nay chưa nhận được kết quả.',
  contact: { fullName: 'Nguyễn Thị Minh Anh', phone: '0912345678' },
  consent: { dataProcessing: true },
};

const receipt: Schemas['FeedbackReceipt'] = {
  code: 'PAKN-251124-0007', trackingPin: 'R4T8WZ', status: 'received', submittedAt: '2025-11-24T20:15:00+07:00', answerDueDate: '2025-12-08',
};

const found: Schemas['Feedback'] = {
  code: receipt.code, topic: 'processing-time', title: filled.title!, status: 'received', submittedAt: receipt.submittedAt,
  answerDueDate: receipt.answerDueDate, dossierCode: filled.dossierCode!, answer: null,
};

const answered: Schemas['Feedback'] = {
  ...found, status: 'answered',
  answer: {
    text: 'Trung tâm đã làm việc với UBND phường Hoàn Kiếm. Hồ sơ của ông/bà đã có kết quả ngày 27/11/2025; cán bộ đã liên hệ để hẹn trả. Trung tâm xin lỗi vì sự chậm trễ.',
    answeredAt: '2025-11-27T10:00:00+07:00', answeredBy: 'Phòng Kiểm soát thủ tục hành chính (dữ liệu mẫu)',
  },
};

export const feedbackFormStates: Record<string, FeedbackFormPreview> = {
  Empty: {},
  'With errors': { values: { title: 'Chậm trả', dossierCode: '000.00.12.H26-251399-0001', content: 'Chậm', contact: { phone: '012345' } }, showErrors: true },
  'Refused by the server (422)': { values: { ...filled, dossierCode: '000.00.12.H26-251124-9999' }, issues: [{ pointer: '/dossierCode', message: 'Không tìm thấy hồ sơ có mã này.' }] },
  'Filled, with attachments': { values: filled, attachments: ['anh-chup-giay-hen.jpg', 'giay-tiep-nhan.pdf'] },
  Sending: { values: filled, attachments: ['giay-tiep-nhan.pdf'], sending: true },
  'Sent (receipt)': { receipt },
  'Send failed, with request id': { values: filled, failure: { message: 'Hệ thống đang gặp sự cố. Mọi thông tin bạn nhập vẫn còn; hãy bấm “Gửi lại”.', requestId: 'req_0123456789abcdef' } },
  'Draft offer': { draftOffer: { savedAt: Date.parse('2025-11-24T19:40:00+07:00') } },
  'Draft kept': { values: filled, draftSavedAt: Date.parse('2025-11-24T19:40:00+07:00') },
  Lookup: { view: 'lookup' },
  'Lookup, with errors': { lookup: { code: 'PAKN-2511-7', verifier: '', showErrors: true } },
  'Lookup result: received': { feedback: found, lookup: { code: receipt.code, verifier: receipt.trackingPin } },
  'Lookup result: processing': { feedback: { ...found, status: 'processing' }, lookup: { code: receipt.code, verifier: receipt.trackingPin } },
  'Lookup result: answered': { feedback: answered, lookup: { code: receipt.code, verifier: receipt.trackingPin } },
  'Lookup, not found': { lookup: { code: receipt.code, verifier: 'K7M2QX' }, failure: { message: 'Không tìm thấy phản ánh với mã phản ánh và mã tra cứu này. Hãy kiểm tra lại giấy biên nhận.', requestId: 'req_fedcba9876543210' } },
  English: { lang: 'en', values: filled, attachments: ['photo.jpg'] },
  'English, answered': { lang: 'en', feedback: answered, lookup: { code: receipt.code, verifier: receipt.trackingPin } },
};
