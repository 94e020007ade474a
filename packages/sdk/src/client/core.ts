/**
 * The transport every operation goes through: ky with timeouts, retries (network errors, 408/429/5xx,
 * Retry-After honoured; a POST only when it carries an Idempotency-Key, reused on every attempt), the key
 * and token headers, request checks against the contract's zod schemas, optional response checks, ETag
 * revalidation, and one error hierarchy. Tokens live in memory only.
 */
import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
import { config, safeParse, type core as zodCore } from 'zod/mini';
import type { components } from '../generated/types.ts';
import { errorFromResponse, HpascError, NetworkError, ServerError, TimeoutError, ValidationError, pointerToPath, type FieldError } from './errors.ts';
import { fieldMessage, message, type Locale } from './messages.ts';

type Problem = components['schemas']['Problem'];

/** A zod/mini schema, as the generated `@hpasc/sdk/schemas` exports them. */
export type Schema = Parameters<typeof safeParse>[0];

/** Response schemas by operation id, from `@hpasc/sdk/validate` (kept out of bundles that do not ask). */
export type ResponseValidators = Partial<Record<string, Schema>>;

export interface ClientOptions {
  /** The API root, e.g. `https://…/v1` or the sandbox's `http://127.0.0.1:8787/v1`. */
  baseUrl: string;
  /** The site's publishable key (`pk_test_…` / `pk_live_…`). Public by design; the server checks origins. */
  apiKey: string;
  /** Returns the signed-in citizen's access token (kept by the caller, in memory). */
  getAccessToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Language of server messages and of the SDK's own. Default `vi`. */
  locale?: Locale;
  fetch?: typeof fetch;
  /** Attempts after the first (default 3), or `{ limit, maxDelayMs }`. */
  retry?: number | { limit?: number; maxDelayMs?: number };
  /** Per attempt (default 15 s) and in total across retries (default 60 s). */
  timeout?: number | { perAttemptMs?: number; totalMs?: number };
  /** Response schemas to check answers against (`import { responseValidators } from '@hpasc/sdk/validate'`). */
  validate?: ResponseValidators | false;
  /** Called before every attempt with the method and URL (URLs never carry personal data). */
  onRequest?: (request: { method: string; url: string; attempt: number }) => void;
  /** Called with every error a call ends in: codes, statuses and request ids, nothing personal. */
  onError?: (error: HpascError) => void;
}

/** Options every call accepts. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Reuse a key across calls (e.g. one per draft); by default one is made per call and kept for its retries. */
  idempotencyKey?: string;
  /** A tracking token for this dossier, when the client did not obtain it itself. */
  trackingToken?: string;
  /** Per-attempt timeout for this call, in ms. */
  timeoutMs?: number;
}

export type Auth = 'key' | 'citizen' | 'tracking';

export interface CallSpec {
  operationId: string;
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: Record<string, unknown> | undefined;
  querySchema?: Schema;
  json?: unknown;
  jsonSchema?: Schema;
  form?: FormData;
  urlencoded?: Record<string, string | undefined>;
  /** Needs an Idempotency-Key. */
  idempotent?: boolean;
  /** Token kinds the operation accepts besides the key. */
  auth?: Auth[];
  /** The dossier whose tracking token to send. */
  dossierCode?: string | string[];
  headers?: Record<string, string>;
  accept?: string;
  /** Revalidate with If-None-Match and answer 304s from the last body. */
  revalidate?: boolean;
}

export interface Core {
  readonly locale: Locale;
  readonly options: ClientOptions;
  /** Tracking tokens by dossier code, in memory only (from lookups and receipts). */
  readonly trackingTokens: Map<string, { token: string; expiresAt: string }>;
  call<T>(spec: CallSpec, options?: RequestOptions): Promise<T>;
  /** The error a failed fetch or answer becomes (for the streaming and upload paths). */
  toError(error: unknown): unknown;
  headersFor(spec: Pick<CallSpec, 'auth' | 'dossierCode' | 'headers'>, options?: RequestOptions): Promise<Record<string, string>>;
  url(path: string, query?: Record<string, unknown>): string;
}

const retryStatuses = [408, 429, 500, 502, 503, 504];

/** A key for one logical request, reused by every retry of it. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

function issuesToFields(issues: readonly zodCore.$ZodIssue[], base: string, locale: Locale): FieldError[] {
  const fields = issues.map((issue) => {
    const pointer = base + issue.path.map((p: PropertyKey) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const code = missing ? 'required' : issue.code;
    const limit = 'minimum' in issue ? issue.minimum : 'maximum' in issue ? issue.maximum : undefined;
    const format = 'format' in issue ? String(issue.format) : undefined;
    return { pointer, path: pointerToPath(pointer), code, message: fieldMessage(code, locale, { ...(limit !== undefined ? { limit: limit as number } : {}), ...(format ? { format } : {}) }) };
  });
  // One message per field: the first check that failed (the named format comes before its pattern).
  return fields.filter((field, i) => fields.findIndex((f) => f.pointer === field.pointer) === i);
}

/** Checks input against a schema before it leaves; a failure is a ValidationError naming each field. */
export function check(schema: Schema | undefined, value: unknown, base: string, locale: Locale): void {
  if (!schema) return;
  const result = safeParse(schema, value);
  if (result.success) return;
  throw new ValidationError({ message: message('invalid', locale), status: 0, code: 'validation_failed', fields: issuesToFields(result.error.issues, base, locale) });
}

export function createCore(options: ClientOptions): Core {
  // zod's fast path probes `new Function`; strict CSPs forbid it (see toolchain notes).
  config({ jitless: true });
  const locale: Locale = options.locale ?? 'vi';
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : options.retry ?? {};
  const timeout = typeof options.timeout === 'number' ? { perAttemptMs: options.timeout } : options.timeout ?? {};
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const trackingTokens = new Map<string, { token: string; expiresAt: string }>();
  const etags = new Map<string, { etag: string; body: unknown }>();

  const http: KyInstance = ky.create({
    baseUrl: base,
    timeout: timeout.perAttemptMs ?? 15_000,
    totalTimeout: timeout.totalMs ?? 60_000,
    throwHttpErrors: (status) => status !== 304,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    retry: {
      limit: retry.limit ?? 3,
      methods: ['get', 'delete', 'post'],
      statusCodes: retryStatuses,
      afterStatusCodes: [429, 503],
      maxRetryAfter: 60_000,
      backoffLimit: retry.maxDelayMs ?? 10_000,
      jitter: true,
      retryOnTimeout: true,
      shouldRetry: ({ error }) => {
        const request = (error as { request?: Request }).request;
        // A POST is retried only when its Idempotency-Key makes a repeat harmless.
        if (request && request.method === 'POST' && !request.headers.has('idempotency-key')) return false;
        if (isHTTPError(error) && error.response.status === 409) return (error.data as Problem | undefined)?.code === 'request_in_progress';
        return undefined;
      },
    },
    hooks: {
      beforeRequest: [({ request, retryCount }) => options.onRequest?.({ method: request.method, url: request.url, attempt: retryCount + 1 })],
      beforeRetry: [({ request, retryCount }) => options.onRequest?.({ method: request.method, url: request.url, attempt: retryCount + 1 })],
    },
  });

  const toError = (error: unknown): unknown => {
    let result: unknown = error;
    if (error instanceof HpascError) result = error;
    else if (isHTTPError(error)) result = errorFromResponse(error.response.status, error.data, error.response.headers, locale);
    else if (isTimeoutError(error)) result = new TimeoutError({ message: message('timeout', locale), status: 0, code: 'timeout', cause: error });
    else if (isNetworkError(error) || error instanceof TypeError) result = new NetworkError({ message: message('network', locale), status: 0, code: 'network', cause: error });
    if (result instanceof HpascError) options.onError?.(result);
    return result;
  };

  const url = (path: string, query?: Record<string, unknown>): string => {
    const target = new URL(path.replace(/^\//, ''), base);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null) target.searchParams.set(k, String(v));
    return target.href;
  };

  const headersFor = async (spec: Pick<CallSpec, 'auth' | 'dossierCode' | 'headers'>, callOptions: RequestOptions = {}) => {
    const headers: Record<string, string> = { 'X-Api-Key': options.apiKey, 'Accept-Language': locale, ...spec.headers };
    if (spec.auth?.includes('citizen') && options.getAccessToken) {
      const token = await options.getAccessToken();
      if (token) headers['Authorization'] = `Bearer ${token}`;
    }
    if (spec.auth?.includes('tracking')) {
      const codes = spec.dossierCode === undefined ? [] : Array.isArray(spec.dossierCode) ? spec.dossierCode : [spec.dossierCode];
      const tokens = callOptions.trackingToken ? [callOptions.trackingToken] : codes.map((c) => trackingTokens.get(c)?.token).filter((t): t is string => Boolean(t));
      if (tokens.length) headers['X-Tracking-Token'] = tokens.join(',');
    }
    return headers;
  };

  const call = async <T>(spec: CallSpec, callOptions: RequestOptions = {}): Promise<T> => {
    check(spec.querySchema, spec.query ?? {}, '', locale);
    check(spec.jsonSchema, spec.json, '', locale);
    const headers = await headersFor(spec, callOptions);
    if (spec.idempotent) headers['Idempotency-Key'] = callOptions.idempotencyKey ?? newIdempotencyKey();
    if (spec.accept) headers['Accept'] = spec.accept;
    const target = url(spec.path, spec.query);
    const cached = spec.revalidate ? etags.get(target) : undefined;
    if (cached) headers['If-None-Match'] = cached.etag;
    let body: BodyInit | undefined;
    if (spec.json !== undefined) {
      body = JSON.stringify(spec.json);
      headers['Content-Type'] = 'application/json';
    } else if (spec.form) body = spec.form;
    else if (spec.urlencoded) {
      body = new URLSearchParams(Object.entries(spec.urlencoded).filter((e): e is [string, string] => e[1] !== undefined));
    }
    try {
      const response = await http(target, {
        method: spec.method, headers, ...(body !== undefined ? { body } : {}),
        ...(callOptions.signal ? { signal: callOptions.signal } : {}), ...(callOptions.timeoutMs ? { timeout: callOptions.timeoutMs } : {}),
      });
      if (response.status === 304 && cached) return cached.body as T;
      const type = response.headers.get('content-type') ?? '';
      const data = response.status === 204 || !type ? undefined : type.includes('json') ? await response.json() : await response.text();
      const schema = options.validate ? options.validate[spec.operationId] : undefined;
      if (schema && data !== undefined && !safeParse(schema, data).success) {
        throw new ServerError({ message: message('responseInvalid', locale), status: response.status, code: 'response_invalid', requestId: response.headers.get('x-request-id') });
      }
      const etag = response.headers.get('etag');
      if (spec.revalidate && etag) etags.set(target, { etag, body: data });
      return data as T;
    } catch (error) {
      throw toError(error);
    }
  };

  return { locale, options, trackingTokens, call, toError, headersFor, url };
}
