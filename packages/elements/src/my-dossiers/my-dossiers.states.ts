/**
 * Every visual state of `<hpasc-my-dossiers>` as data — the one list behind its stories and its
 * accessibility tests. Each state renders from properties alone.
 *
 * DEMO DATA: the dossiers, dates and points below are made up; the procedures are real (birth registration
 * 1.001193, residence registration CT01 1.004222).
 */
import type { Schemas } from '@hpasc/sdk';
import type { MyDossiersPreview } from './my-dossiers.component.ts';

type Dossier = Schemas['Dossier'];

const point = { id: 'cn-01-d01', name: 'Chi nhánh số 1 — Điểm tiếp nhận Hoàn Kiếm (dữ liệu mẫu)', address: 'Số 1 phố Đinh Tiên Hoàng, phường Hoàn Kiếm, Hà Nội (dữ liệu mẫu)' };
const birth = { code: '1.001193', name: 'Đăng ký khai sinh' };
const residence = { code: '1.004222', name: 'Đăng ký thường trú' };
const running = { overdue: false, onTime: null, workingDaysLeft: 2, clockPaused: false };
const finished = { overdue: false, onTime: true, workingDaysLeft: null, clockPaused: false };

const dossier = (n: number, status: Schemas['DossierStatus'], day: number, extra: Partial<Dossier> = {}): Dossier => ({
  code: `000.00.12.H26-2511${String(day).padStart(2, '0')}-${String(n).padStart(4, '0')}`, procedure: birth, status, channel: 2, applicantType: 'citizen',
  applicantName: 'Nguyễn T. L.', submittedAt: `2025-11-${String(day).padStart(2, '0')}T09:15:00+07:00`, acceptedAt: status === 1 ? null : `2025-11-${String(day).padStart(2, '0')}T10:02:00+07:00`,
  dueDate: status === 1 || status === 3 ? null : `2025-11-${String(day + 3).padStart(2, '0')}`, originalDueDate: null, finishedAt: null, returnedAt: null,
  timing: status === 1 || status === 3 ? { ...running, workingDaysLeft: null } : running,
  receptionPoint: point, handlingAgency: { id: 'ubnd-phuong-hoan-kiem', name: 'UBND phường Hoàn Kiếm (dữ liệu mẫu)' },
  fees: { totalVnd: 0, paidVnd: 0, items: [] }, pendingAction: null, delivery: { method: 'counter', point }, rating: { eligible: false, rated: false },
  latestEventId: '3', updatedAt: `2025-11-${String(day).padStart(2, '0')}T10:30:00+07:00`, ...extra,
});

const fee = { name: 'Lệ phí đăng ký cư trú (dữ liệu mẫu)', amountVnd: 20_000 };

/** Newest first, one of each status a citizen meets most. */
const mine: Dossier[] = [
  dossier(12, 1, 24),
  dossier(11, 5, 21, {
    timing: { ...running, clockPaused: true },
    pendingAction: { kind: 'supplement', requestId: 'sr_01', requestedAt: '2025-11-22T08:30:00+07:00', reason: 'Bản chụp giấy chứng sinh bị mờ, cần bản rõ nét.', slots: [], documentId: 'doc_supplement' },
  }),
  dossier(10, 6, 20, {
    procedure: residence, timing: { ...running, clockPaused: true }, fees: { totalVnd: 20_000, paidVnd: 0, items: [fee] },
    pendingAction: { kind: 'payment', requestedAt: '2025-11-21T08:30:00+07:00', amountVnd: 20_000, items: [fee], dueBy: '2025-11-25' },
  }),
  dossier(9, 4, 17, { dueDate: '2025-11-20', timing: { overdue: true, onTime: null, workingDaysLeft: -1, clockPaused: false } }),
  dossier(8, 10, 12, { finishedAt: '2025-11-14T15:00:00+07:00', returnedAt: '2025-11-15T09:00:00+07:00', timing: finished, rating: { eligible: true, rated: false } }),
  dossier(7, 7, 10, { finishedAt: '2025-11-11T09:00:00+07:00' }),
  dossier(6, 3, 6, { finishedAt: '2025-11-06T10:02:00+07:00' }),
  dossier(5, 9, 3, { finishedAt: '2025-11-05T15:00:00+07:00', timing: finished }),
];

const withdrawable = mine[0]!.code;
const returned = mine[4]!.code;

export const myDossiersStates: Record<string, MyDossiersPreview> = {
  'Signed out': { signedOut: true },
  Loading: { loading: true },
  Empty: { dossiers: [] },
  List: { dossiers: mine },
  'More pages': { dossiers: mine.slice(0, 3), more: true },
  'Loading more': { dossiers: mine.slice(0, 3), more: true, loadingMore: true },
  'Could not load': { failure: { message: 'Không kết nối được với máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.', requestId: 'req_0123456789abcdef' } },
  'Could not load more': { dossiers: mine.slice(0, 3), more: true, failure: { message: 'Máy chủ đang bận. Vui lòng thử lại sau ít phút.', requestId: 'req_fedcba9876543210' } },
  'Withdraw form open': { dossiers: mine.slice(0, 3), withdrawing: { code: withdrawable } },
  'Withdraw, reason missing': { dossiers: mine.slice(0, 3), withdrawing: { code: withdrawable, showErrors: true } },
  'Rating open': { dossiers: mine.slice(3, 6), rating: returned },
  English: { dossiers: mine, more: true, lang: 'en' },
  'English, signed out': { signedOut: true, lang: 'en' },
};
