/**
 * One-time codes (mã OTP) that confirm an applicant's mobile number before a submission without sign-in.
 * The sandbox sends no SMS: the code goes to its log (with the number masked) and to a dev-only endpoint.
 */
import type { Schemas } from '@hpasc/sdk';
import { normalizeMobile } from '@hpasc/sdk/validators';
import { localTimestamp } from '../domain/calendar.ts';
import { newId, newToken, oneTimeCode } from '../domain/codes.ts';
import { fieldProblem, HttpProblem } from '../http/problems.ts';
import type { Handler } from '../http/pipeline.ts';
import type { Sandbox } from '../sandbox.ts';
import type { Catalog } from './catalog.ts';

const codeLifetimeMs = 5 * 60_000;
const resendAfterMs = 60_000;
const perHour = 5;
const attempts = 5;
const submissionLifetimeMs = 60 * 60_000;

export interface VerificationRow {
  id: string;
  phone: string;
  procedure_code: string;
  code: string;
  attempts_left: number;
  created_at: number;
  expires_at: number;
}

export const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-3)}`;

export function verificationHandlers(sandbox: Sandbox, catalog: Catalog): Record<string, Handler> {
  return {
    requestVerification: async ({ body, locale }) => {
      const input = body as Schemas['VerificationInput'];
      const procedure = await catalog.get(input.procedureCode);
      if (!procedure) {
        throw fieldProblem([{ pointer: '/procedureCode', code: 'unknown_procedure' }], locale);
      }
      if (!procedure.submission.verifiedPhone) {
        throw new HttpProblem('invalid_state', { vi: 'Thủ tục này yêu cầu đăng nhập bằng VNeID để nộp trực tuyến.', en: 'This procedure needs a VNeID sign-in to submit online.' });
      }
      const phone = normalizeMobile(input.phone)!;
      const now = sandbox.clock.now().getTime();
      const recent = await sandbox.db.all<{ created_at: number }>('SELECT created_at FROM verifications WHERE phone = ? AND created_at > ? ORDER BY created_at DESC', [phone, now - 3600_000]);
      const wait = recent[0] ? Number(recent[0].created_at) + resendAfterMs - now : 0;
      if (wait > 0 || recent.length >= perHour) {
        const seconds = Math.ceil((wait > 0 ? wait : Number(recent.at(-1)!.created_at) + 3600_000 - now) / 1000);
        throw new HttpProblem('rate_limited', { vi: `Vui lòng đợi ${seconds} giây rồi yêu cầu mã mới.`, en: `Wait ${seconds} seconds before asking for a new code.` }, { retryAfterSeconds: seconds });
      }
      const id = newId('vf');
      const code = oneTimeCode();
      await sandbox.db.run('INSERT INTO verifications VALUES (?, ?, ?, ?, ?, ?, ?)', [id, phone, input.procedureCode, code, attempts, now, now + codeLifetimeMs]);
      console.log(`[sandbox] one-time code ${code} for ${maskPhone(phone)} (verification ${id})`);
      const verification: Schemas['Verification'] = {
        id, maskedPhone: maskPhone(phone), expiresAt: localTimestamp(new Date(now + codeLifetimeMs)),
        resendAfter: localTimestamp(new Date(now + resendAfterMs)), attemptsLeft: attempts,
      };
      return { status: 201, body: verification };
    },

    checkVerification: async ({ params, body, locale }) => {
      const row = await sandbox.db.get<VerificationRow>('SELECT * FROM verifications WHERE id = ?', [params['verificationId']!]);
      if (!row) throw new HttpProblem('not_found');
      const now = sandbox.clock.now().getTime();
      if (Number(row.expires_at) <= now || Number(row.attempts_left) <= 0) throw new HttpProblem('verification_expired');
      const { code } = body as Schemas['VerificationCheckInput'];
      if (code !== row.code) {
        await sandbox.db.run('UPDATE verifications SET attempts_left = attempts_left - 1 WHERE id = ?', [row.id]);
        const left = Number(row.attempts_left) - 1;
        throw fieldProblem([{ pointer: '/code', code: 'verification_failed', params: { limit: left } }], locale, 'verification_failed', { vi: `Còn ${left} lần thử.`, en: `${left} attempt(s) left.` });
      }
      // A code works once.
      await sandbox.db.run('UPDATE verifications SET attempts_left = 0 WHERE id = ?', [row.id]);
      const token = newToken('st');
      const expires = now + submissionLifetimeMs;
      await sandbox.db.run("INSERT INTO tokens (token, kind, subject, scope, expires_at) VALUES (?, 'submission', ?, ?, ?)", [token, row.phone, row.procedure_code, expires]);
      const result: Schemas['SubmissionToken'] = { submissionToken: token, expiresAt: localTimestamp(new Date(expires)), phone: row.phone, procedureCode: row.procedure_code };
      return { status: 200, body: result, headers: { 'Cache-Control': 'no-store' } };
    },
  };
}
