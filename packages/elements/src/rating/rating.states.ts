/**
 * Every visual state of `<hpasc-rating>` as data — the one list behind its stories and its accessibility
 * tests. Each state renders from properties alone (`.preview`); `lang` says which language to show it in.
 */
import type { RatingPreview } from './rating.component.ts';

/** DEMO DATA: a made-up dossier code and request ids. */
const dossier = '000.00.12.H26-251124-0001';
const chosen = {
  level: 'satisfied',
  criteria: { totalTime: 2, timeAtAgency: 2, contacts: 1, oneStopDesk: 2, staffAttitude: 2, onlineService: 1 },
  comment: 'Cán bộ hướng dẫn tận tình, nhưng phải chờ lâu ở quầy trả kết quả.',
} satisfies Partial<RatingPreview>;

export const ratingStates: Record<string, RatingPreview> = {
  Checking: { dossier, phase: 'checking' },
  'Verifier needed': { dossier, phase: 'verify' },
  'Verifier wrong': { dossier, phase: 'verify', issues: [{ pointer: '/verifier', message: 'Mã tra cứu hoặc số điện thoại không khớp với hồ sơ này.' }] },
  'Not yet returned': { dossier, phase: 'not-returned' },
  'Could not load': { dossier, phase: 'unavailable', failure: { message: 'Không kết nối được với máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.', requestId: 'req_0123456789abcdef' } },
  'Level not chosen': { dossier, phase: 'form' },
  'Level missing': { dossier, phase: 'form', issues: [{ pointer: '/level', message: 'Hãy chọn một mức độ hài lòng.' }] },
  'Chosen, with criteria': { dossier, phase: 'form', ...chosen },
  Sending: { dossier, phase: 'sending', ...chosen },
  'Thank you': { dossier, phase: 'thanks', level: 'satisfied' },
  'Already rated (409)': { dossier, phase: 'already-rated' },
  'Send failed, with request id': {
    dossier, phase: 'form', ...chosen,
    failure: { message: 'Hệ thống đang gặp sự cố. Hãy thử lại sau.', requestId: 'req_fedcba9876543210' },
  },
  'Refused fields (422)': {
    dossier, phase: 'form', ...chosen,
    issues: [{ pointer: '/comment', message: 'Tối đa 1000 ký tự.' }, { pointer: '/criteria/contacts', message: 'Chỉ nhận 0, 1 hoặc 2 điểm.' }],
  },
  'Kiosk start': { mode: 'kiosk', counter: 3, phase: 'form' },
  'Kiosk, level chosen': { mode: 'kiosk', counter: 3, phase: 'form', level: 'very-satisfied' },
  'Kiosk thank-you': { mode: 'kiosk', counter: 3, phase: 'thanks' },
  'Offline queued (kiosk)': { mode: 'kiosk', counter: 3, phase: 'form', waiting: 3 },
  English: { dossier, phase: 'form', ...chosen, lang: 'en' },
  'English, kiosk': { mode: 'kiosk', counter: 3, phase: 'form', lang: 'en', waiting: 1 },
};
