/** One-time codes (mã OTP) that confirm a mobile number before submitting without signing in. */
import type { Core, RequestOptions } from '../core.ts';
import type { Schemas } from '../types.ts';

/** Sends a 6-digit code to the applicant's mobile. */
export function requestVerification(core: Core, input: Schemas['VerificationInput'], options?: RequestOptions): Promise<Schemas['Verification']> {
  return core.call({ method: 'POST', operationId: 'requestVerification', path: 'verifications', json: input, idempotent: true }, options);
}

/** Checks the code; the answer's `submissionToken` goes with the submit (`{ submissionToken }`). */
export function checkVerification(core: Core, id: string, code: string, options?: RequestOptions): Promise<Schemas['SubmissionToken']> {
  return core.call({ method: 'POST', operationId: 'checkVerification', path: `verifications/${encodeURIComponent(id)}/check`, json: { code } }, options);
}
