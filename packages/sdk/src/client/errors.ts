/**
 * One error hierarchy for everything a call can end in. Every error carries the HTTP status (0 when no
 * answer arrived), the problem type and code, and the request id to quote to the center's support; none
 * carries personal data.
 */
import type { components } from '../generated/types.ts';
import { message, type Locale } from './messages.ts';

type Problem = components['schemas']['Problem'];

/** A field error: where (JSON Pointer into the request, and the same as a dotted path) and what. */
export interface FieldError {
  pointer: string;
  /** The pointer as a form field path: `/applicant/citizenId` → `applicant.citizenId`. */
  path: string;
  code: string;
  message: string;
}

export class HpascError extends Error {
  override name = 'HpascError';
  /** HTTP status; 0 when no answer arrived (network, timeout, a check before sending). */
  readonly status: number;
  /** Problem type (`urn:hpasc:problem:…`), or an SDK type for client-side failures. */
  readonly type: string;
  /** Stable code the widgets translate (`validation_failed`, `rate_limited`, `network`…). */
  readonly code: string;
  readonly requestId: string | null;
  readonly problem: Problem | null;

  constructor(init: { message: string; status: number; code: string; type?: string; requestId?: string | null; problem?: Problem | null; cause?: unknown }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.type = init.type ?? `urn:hpasc:sdk:${init.code.replace(/_/g, '-')}`;
    this.requestId = init.requestId ?? null;
    this.problem = init.problem ?? null;
  }
}

/** 400, 413, 422, or a check before sending: `fields` says which field and why. */
export class ValidationError extends HpascError {
  override name = 'ValidationError';
  readonly fields: FieldError[];

  constructor(init: ConstructorParameters<typeof HpascError>[0] & { fields: FieldError[] }) {
    super(init);
    this.fields = init.fields;
  }

  /** Messages keyed by JSON Pointer. */
  get byPointer(): Record<string, string> {
    return Object.fromEntries(this.fields.map((f) => [f.pointer, f.message]));
  }

  /** Messages keyed by form field path (`applicant.citizenId`). */
  get byPath(): Record<string, string> {
    return Object.fromEntries(this.fields.map((f) => [f.path, f.message]));
  }
}

/** 401 or 403: a key, token or origin problem. */
export class AuthError extends HpascError { override name = 'AuthError'; }
/** 404 or 410. */
export class NotFoundError extends HpascError { override name = 'NotFoundError'; }
/** 409: an Idempotency-Key reused for another request, or a state that does not allow the action. */
export class ConflictError extends HpascError { override name = 'ConflictError'; }
/** 429: wait `retryAfter` seconds. */
export class RateLimitError extends HpascError {
  override name = 'RateLimitError';
  readonly retryAfter: number | null;

  constructor(init: ConstructorParameters<typeof HpascError>[0] & { retryAfter: number | null }) {
    super(init);
    this.retryAfter = init.retryAfter;
  }
}
/** 5xx, or an answer that breaks the contract. */
export class ServerError extends HpascError { override name = 'ServerError'; }
/** No answer: offline, connection refused or dropped. */
export class NetworkError extends HpascError { override name = 'NetworkError'; }
/** No answer in time (per attempt or in total). */
export class TimeoutError extends HpascError { override name = 'TimeoutError'; }

export const pointerToPath = (pointer: string) => pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as Problem).status === 'number' && typeof (value as Problem).title === 'string';
}

/** The error for an HTTP answer outside 2xx/304. */
export function errorFromResponse(status: number, body: unknown, headers: Headers, locale: Locale): HpascError {
  const problem = isProblem(body) ? body : null;
  const requestId = problem?.requestId ?? headers.get('x-request-id');
  const text = problem ? [problem.title, problem.detail].filter(Boolean).join('. ') : message(status >= 500 ? 'server' : 'invalid', locale);
  const init = { message: text, status, code: problem?.code ?? `http_${status}`, type: problem?.type ?? `urn:hpasc:sdk:http-${status}`, requestId, problem };
  if (status === 400 || status === 413 || status === 422) {
    const fields = (problem?.errors ?? []).map((e) => ({ pointer: e.pointer, path: pointerToPath(e.pointer), code: e.code, message: e.message }));
    return new ValidationError({ ...init, fields });
  }
  if (status === 401 || status === 403) return new AuthError(init);
  if (status === 404 || status === 410) return new NotFoundError(init);
  if (status === 409) return new ConflictError(init);
  if (status === 429) {
    const header = Number(headers.get('retry-after'));
    return new RateLimitError({ ...init, retryAfter: problem?.retryAfterSeconds ?? (Number.isFinite(header) && header > 0 ? header : null) });
  }
  if (status >= 500) return new ServerError(init);
  return new HpascError(init);
}
