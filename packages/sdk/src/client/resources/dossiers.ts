/**
 * Dossiers (hồ sơ): submit, look up, follow, supplement, withdraw, read issued documents, pay fees, rate.
 * Tracking tokens from receipts and lookups are kept in the client's memory and sent by themselves.
 */
import { cleanDossierCode } from '../../validators/codes.ts';
import type { Auth, Core, RequestOptions } from '../core.ts';
import { paginate, type PagePromise } from '../pagination.ts';
import type { Query, Schemas } from '../types.ts';

/** Who may act on a dossier: whoever holds its tracking token, or its signed-in applicant. */
const holder: Auth[] = ['tracking', 'citizen'];
const path = (code: string, rest = '') => `dossiers/${encodeURIComponent(code)}${rest}`;

export interface SubmitOptions extends RequestOptions {
  /** From `verifications.check`, when the applicant is not signed in. */
  submissionToken?: string;
}

/**
 * Submits a dossier. One Idempotency-Key is used for every retry of this call; pass your own (one per draft)
 * to make resubmits after a reload safe too. The receipt's tracking token is remembered for this dossier.
 */
export async function submitDossier(core: Core, input: Schemas['DossierSubmission'], options: SubmitOptions = {}): Promise<Schemas['DossierReceipt']> {
  const receipt = await core.call<Schemas['DossierReceipt']>({
    method: 'POST', operationId: 'submitDossier', path: 'dossiers', json: input, idempotent: true, auth: ['citizen'],
    ...(options.submissionToken ? { headers: { 'X-Submission-Token': options.submissionToken } } : {}),
  }, options);
  core.trackingTokens.set(receipt.dossierCode, { token: receipt.trackingToken, expiresAt: receipt.trackingTokenExpiresAt });
  return receipt;
}

/** Looks a dossier up by its code and verifier (tracking PIN or last 4 digits of the mobile); spaces in pasted codes are cleaned. */
export async function lookupDossier(core: Core, code: string, verifier: string, options?: RequestOptions): Promise<Schemas['TrackingToken']> {
  const input = { code: cleanDossierCode(code), verifier: verifier.trim() };
  const answer = await core.call<Schemas['TrackingToken']>({ method: 'POST', operationId: 'lookupDossier', path: 'dossiers/lookup', json: input }, options);
  core.trackingTokens.set(answer.dossierCode, { token: answer.trackingToken, expiresAt: answer.expiresAt });
  return answer;
}

export function getDossier(core: Core, code: string, options?: RequestOptions): Promise<Schemas['Dossier']> {
  return core.call({ method: 'GET', operationId: 'getDossier', path: path(code), auth: holder, dossierCode: code, params: { dossierCode: code }, revalidate: true }, options);
}

/** The timeline (who, when, what, status); `after` gives only newer events. */
export function listDossierEvents(core: Core, code: string, query: Omit<Query<'listDossierEvents'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<Schemas['DossierEvent']> {
  return paginate((cursor) => core.call<Schemas['DossierEventPage']>({
    method: 'GET', operationId: 'listDossierEvents', path: path(code, '/events'), query: { ...query, cursor },
    auth: holder, dossierCode: code, params: { dossierCode: code }, revalidate: true,
  }, options));
}

/** Sends the documents asked for in a supplement request (status 5). */
export function supplementDossier(core: Core, code: string, input: Schemas['SupplementInput'], options?: RequestOptions): Promise<Schemas['Dossier']> {
  return core.call({ method: 'POST', operationId: 'supplementDossier', path: path(code, '/supplements'), json: input, idempotent: true, auth: holder, dossierCode: code, params: { dossierCode: code } }, options);
}

export function withdrawDossier(core: Core, code: string, input: Schemas['WithdrawalInput'], options?: RequestOptions): Promise<Schemas['Dossier']> {
  return core.call({ method: 'POST', operationId: 'withdrawDossier', path: path(code, '/withdrawal'), json: input, idempotent: true, auth: holder, dossierCode: code, params: { dossierCode: code } }, options);
}

/** The documents the center issued: receipt, requests, refusal, apology with a new date… */
export function listIssuedDocuments(core: Core, code: string, options?: RequestOptions): Promise<Schemas['IssuedDocumentList']> {
  return core.call({ method: 'GET', operationId: 'listIssuedDocuments', path: path(code, '/documents'), auth: holder, dossierCode: code, params: { dossierCode: code } }, options);
}

/** One issued document, as data or as the printable official page (`html`). */
export function getIssuedDocument(core: Core, code: string, documentId: string, format: 'json', options?: RequestOptions): Promise<Schemas['IssuedDocument']>;
export function getIssuedDocument(core: Core, code: string, documentId: string, format: 'html', options?: RequestOptions): Promise<string>;
export function getIssuedDocument(core: Core, code: string, documentId: string, format: 'json' | 'html', options?: RequestOptions): Promise<Schemas['IssuedDocument'] | string> {
  return core.call({
    method: 'GET', operationId: 'getIssuedDocument', path: path(code, `/documents/${encodeURIComponent(documentId)}`), auth: holder, dossierCode: code, params: { dossierCode: code, documentId },
    accept: format === 'html' ? 'text/html' : 'application/json',
  }, options);
}

/** Starts paying a dossier's fees (status 6): send the citizen to `redirectUrl`; they come back to `returnUrl`. */
export function createPayment(core: Core, code: string, input: Schemas['PaymentInput'], options?: RequestOptions): Promise<Schemas['Payment']> {
  return core.call({ method: 'POST', operationId: 'createPayment', path: path(code, '/payments'), json: input, idempotent: true, auth: holder, dossierCode: code, params: { dossierCode: code } }, options);
}

export function getPayment(core: Core, paymentId: string, dossierCode: string, options?: RequestOptions): Promise<Schemas['Payment']> {
  return core.call({ method: 'GET', operationId: 'getPayment', path: `payments/${encodeURIComponent(paymentId)}`, auth: holder, dossierCode }, options);
}

/** Rates the service once the result is returned (status 10); once per dossier. */
export function rateDossier(core: Core, code: string, input: Schemas['DossierRatingInput'], options?: RequestOptions): Promise<Schemas['Rating']> {
  return core.call({ method: 'POST', operationId: 'rateDossier', path: path(code, '/rating'), json: input, idempotent: true, auth: holder, dossierCode: code, params: { dossierCode: code } }, options);
}

/** The signed-in citizen's dossiers, newest first. */
export function listMyDossiers(core: Core, query: Omit<Query<'listMyDossiers'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<Schemas['Dossier']> {
  return paginate((cursor) => core.call<Schemas['DossierPage']>({ method: 'GET', operationId: 'listMyDossiers', path: 'me/dossiers', query: { ...query, cursor }, auth: ['citizen'] }, options));
}
