/**
 * Every visual state of `<hpasc-dossier-tracker>` as data — the one list behind its stories and its
 * accessibility tests. Each state renders from properties alone.
 *
 * DEMO DATA: the dossier, officers, dates and documents below are made up; the procedure is the real birth
 * registration (1.001193).
 */
import type { Schemas } from '@hpasc/sdk';
import type { DossierTrackerPreview } from './dossier-tracker.component.ts';

type Dossier = Schemas['Dossier'];
type DossierEvent = Schemas['DossierEvent'];

const code = '000.00.12.H26-251110-0042';
const point = { id: 'cn-01-d01', name: 'Chi nhánh số 1 — Điểm tiếp nhận Hoàn Kiếm (dữ liệu mẫu)', address: 'Số 1 phố Đinh Tiên Hoàng, phường Hoàn Kiếm, Hà Nội (dữ liệu mẫu)' };
const officer = { kind: 'officer' as const, name: 'Nguyễn Thu Hà', title: 'Chuyên viên', department: 'Bộ phận một cửa (dữ liệu mẫu)', demo: true };

const base: Dossier = {
  code, procedure: { code: '1.001193', name: 'Đăng ký khai sinh' }, status: 4, channel: 2, applicantType: 'citizen', applicantName: 'Phạm T. H.',
  submittedAt: '2025-11-10T09:15:00+07:00', acceptedAt: '2025-11-10T10:02:00+07:00', dueDate: '2025-11-13', originalDueDate: null,
  finishedAt: null, returnedAt: null, timing: { overdue: false, onTime: null, workingDaysLeft: 2, clockPaused: false },
  receptionPoint: point, handlingAgency: { id: 'ubnd-phuong-hoan-kiem', name: 'UBND phường Hoàn Kiếm (dữ liệu mẫu)' },
  fees: { totalVnd: 0, paidVnd: 0, items: [] }, pendingAction: null, delivery: { method: 'counter', point }, rating: { eligible: false, rated: false },
  latestEventId: '3', updatedAt: '2025-11-10T10:30:00+07:00',
};

const event = (id: number, kind: DossierEvent['kind'], status: DossierEvent['status'], at: string, extra: Partial<DossierEvent> = {}): DossierEvent =>
  ({ id: String(id), dossierCode: code, at, kind, status, actor: officer, ...extra });

const timeline: DossierEvent[] = [
  event(1, 'submitted', 1, '2025-11-10T09:15:00+07:00', { actor: { kind: 'applicant', name: 'Người nộp hồ sơ' } }),
  event(2, 'accepted', 2, '2025-11-10T10:02:00+07:00', { dueDate: '2025-11-13', documentId: 'doc_receipt' }),
  event(3, 'processing-started', 4, '2025-11-10T10:30:00+07:00'),
];

const receipt: Schemas['IssuedDocument'] = {
  id: 'doc_receipt', dossierCode: code, kind: 'receipt', formNumber: '01', title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  issuedAt: '2025-11-10T10:02:00+07:00', issuedBy: 'Trung tâm Phục vụ hành chính công TP Hà Nội',
};

const supplementSlot: Schemas['DocumentSlot'] = {
  id: 'giay-chung-sinh', name: { vi: 'Giấy chứng sinh (bản chính)', en: 'Birth certificate from the hospital (original)' }, required: true,
  accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeBytes: 10_485_760, maxFiles: 2,
};

export const dossierTrackerStates: Record<string, DossierTrackerPreview> = {
  Lookup: { lookup: {} },
  'Lookup, from a QR code': { lookup: { code } },
  'Lookup, with errors': { lookup: { code: '000.00.12.H26-251310', showErrors: true } },
  'Lookup, not found': { lookup: { code, verifier: 'K7M2QX' }, failure: { message: 'Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này. Hãy kiểm tra lại giấy tiếp nhận.', requestId: 'req_0123456789abcdef' } },
  Loading: { loading: true },
  'Submitted (1)': { dossier: { ...base, status: 1, acceptedAt: null, dueDate: null, timing: { overdue: false, onTime: null, workingDaysLeft: null, clockPaused: false }, latestEventId: '1' }, events: timeline.slice(0, 1) },
  'Accepted (2)': { dossier: { ...base, status: 2, latestEventId: '2' }, events: timeline.slice(0, 2), documents: [receipt] },
  'Refused at reception (3)': {
    dossier: { ...base, status: 3, acceptedAt: null, dueDate: null, timing: { overdue: false, onTime: null, workingDaysLeft: null, clockPaused: false } },
    events: [timeline[0]!, event(2, 'refused', 3, '2025-11-10T10:02:00+07:00', { note: 'Giấy chứng sinh không rõ nét, không đọc được số hiệu.', documentId: 'doc_refusal' })],
    documents: [{ ...receipt, id: 'doc_refusal', kind: 'refusal', formNumber: '03', title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ', reason: 'Giấy chứng sinh không rõ nét, không đọc được số hiệu. Hãy nộp lại bản chụp rõ nét.' }],
  },
  'Processing (4)': { dossier: base, events: timeline, documents: [receipt] },
  'Supplement requested (5)': {
    dossier: {
      ...base, status: 5, timing: { ...base.timing, clockPaused: true },
      pendingAction: { kind: 'supplement', requestId: 'sr_01', requestedAt: '2025-11-11T08:30:00+07:00', reason: 'Bản chụp giấy chứng sinh bị mờ, cần bản rõ nét.', slots: [supplementSlot], documentId: 'doc_supplement' },
    },
    events: [...timeline, event(4, 'supplement-requested', 5, '2025-11-11T08:30:00+07:00', { note: 'Bản chụp giấy chứng sinh bị mờ, cần bản rõ nét.', documentId: 'doc_supplement' })],
    documents: [receipt, { ...receipt, id: 'doc_supplement', kind: 'supplement-request', formNumber: '02', title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', issuedAt: '2025-11-11T08:30:00+07:00' }],
  },
  'Fees due (6)': {
    dossier: {
      ...base, status: 6, timing: { ...base.timing, clockPaused: true }, fees: { totalVnd: 100_000, paidVnd: 0, items: [{ name: 'Lệ phí cấp bản sao trích lục (dữ liệu mẫu)', amountVnd: 100_000 }] },
      pendingAction: { kind: 'payment', requestedAt: '2025-11-11T08:30:00+07:00', amountVnd: 100_000, items: [{ name: 'Lệ phí cấp bản sao trích lục (dữ liệu mẫu)', amountVnd: 100_000 }], dueBy: '2025-11-14' },
    },
    events: [...timeline, event(4, 'payment-requested', 6, '2025-11-11T08:30:00+07:00')],
    documents: [receipt],
  },
  'Withdrawn (7)': { dossier: { ...base, status: 7, finishedAt: '2025-11-11T09:00:00+07:00' }, events: [...timeline, event(4, 'withdrawn', 7, '2025-11-11T09:00:00+07:00', { actor: { kind: 'applicant', name: 'Người nộp hồ sơ' }, note: 'Tôi nộp nhầm thủ tục.' })], documents: [receipt] },
  'Stopped (8)': {
    dossier: { ...base, status: 8, finishedAt: '2025-11-12T09:00:00+07:00' },
    events: [...timeline, event(4, 'stopped', 8, '2025-11-12T09:00:00+07:00', { note: 'Người nộp không bổ sung giấy tờ trong thời hạn.' })], documents: [receipt],
  },
  'Result ready (9)': { dossier: { ...base, status: 9, finishedAt: '2025-11-12T15:00:00+07:00', timing: { overdue: false, onTime: true, workingDaysLeft: null, clockPaused: false } }, events: [...timeline, event(4, 'resolved', 9, '2025-11-12T15:00:00+07:00')], documents: [receipt] },
  'Returned (10)': {
    dossier: { ...base, status: 10, finishedAt: '2025-11-12T15:00:00+07:00', returnedAt: '2025-11-13T09:00:00+07:00', timing: { overdue: false, onTime: true, workingDaysLeft: null, clockPaused: false }, rating: { eligible: true, rated: false } },
    events: [...timeline, event(4, 'resolved', 9, '2025-11-12T15:00:00+07:00'), event(5, 'returned', 10, '2025-11-13T09:00:00+07:00')], documents: [receipt],
  },
  'Overdue, with apology': {
    dossier: { ...base, dueDate: '2025-11-18', originalDueDate: '2025-11-13', timing: { overdue: true, onTime: null, workingDaysLeft: -1, clockPaused: false } },
    events: [...timeline, event(4, 'apology-issued', 4, '2025-11-13T16:00:00+07:00', { dueDate: '2025-11-18', documentId: 'doc_apology' })],
    documents: [receipt, { ...receipt, id: 'doc_apology', kind: 'apology', formNumber: '04', title: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết', issuedAt: '2025-11-13T16:00:00+07:00', reason: 'Cần xác minh thêm thông tin với bệnh viện nơi sinh.', newDueDate: '2025-11-18' }],
  },
  'Withdrawing': { dossier: base, events: timeline, documents: [receipt], withdrawing: true },
  'Update failed': { dossier: base, events: timeline, documents: [receipt], failure: { message: 'Không kết nối được với máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.', requestId: null } },
};
