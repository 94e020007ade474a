/**
 * Every visual state of `<hpasc-sign-in>` as data — the one list behind its stories and accessibility tests.
 * DEMO DATA: the name is one of the sandbox's made-up test citizens.
 */
import type { SignInPreview } from './sign-in.component.ts';

export const signInStates: Record<string, SignInPreview> = {
  'Signed out': { phase: 'signed-out' },
  'Signing in (popup open)': { phase: 'waiting' },
  'Popup blocked (redirecting)': { phase: 'popup-blocked' },
  'Signed in': { phase: 'signed-in', name: 'Nguyễn Thị Lan', minutesLeft: 14 },
  'Signed in, about to expire': { phase: 'signed-in', name: 'Nguyễn Thị Lan', minutesLeft: 1 },
  Expired: { phase: 'expired' },
  Failed: { phase: 'failed', failure: { message: 'Mã đăng nhập không hợp lệ hoặc đã hết hạn.', requestId: 'req_0123456789abcdef' } },
};
