/**
 * The transport every operation goes through: ky with timeouts, retries (network errors, 408/429/5xx,
 * Retry-After honoured; a POST only when it carries an Idempotency-Key, reused on every attempt), the key
 * and token headers, request checks against the contract's zod schemas, optional response checks, ETag
 * revalidation, and one error hierarchy. Tokens live in memory only.
 */
import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
import type { components } from '../generated/types.ts';
import { errorFromResponse, HpascError, NetworkError, ServerError, TimeoutError, ValidationError, type FieldError } from './errors.ts';
import { message, type Locale } from './messages.ts';

type Problem = components['schemas']['Problem'];

/**
 * Checks against the contract's zod schemas, from `@hpasc/sdk/validate`. Passed in rather than imported,
 * so bundles that do not ask for them carry no schema and no zod.
 */
export interface Validators {
  /** The field errors of one part of a request, or an empty list. */
  request(operationId: string, part: 'path' | 'query' | 'body', value: unknown, locale: Locale): FieldError[];
  /** Whether an answer matches the contract. */
  response(operationId: string, value: unknown): boolean;
}

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
  /** Per attempt (default 15 s) and, if given, in total across retries. */
  timeout?: number | { perAttemptMs?: number; totalMs?: number };
  /**
   * Check requests before they leave and answers when they arrive, against the contract
   * (`import { validators } from '@hpasc/sdk/validate'`). Recommended in development and wherever input
   * is not already checked (the widgets check forms against the procedure's form schema themselves).
   */
  validate?: Validators | false;
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
  /** Path parameters, checked when validating (the path itself is built by the caller). */
  params?: Record<string, string>;
  query?: Record<string, unknown> | undefined;
  json?: unknown;
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

export function createCore(options: ClientOptions): Core {
  const locale: Locale = options.locale ?? 'vi';
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : options.retry ?? {};
  const timeout = typeof options.timeout === 'number' ? { perAttemptMs: options.timeout } : options.timeout ?? {};
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const trackingTokens = new Map<string, { token: string; expiresAt: string }>();
  const etags = new Map<string, { etag: string; body: unknown }>();

  const onRequest = options.onRequest;
  const http: KyInstance = ky.create({
    timeout: timeout.perAttemptMs ?? 15_000,
    // A total cap is opt-in: ky's race against it costs every request, and retries are already bounded.
    totalTimeout: timeout.totalMs ?? false,
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
    // Hooks only when asked for: each one costs every request a little.
    ...(onRequest ? {
      hooks: {
        beforeRequest: [({ request, retryCount }) => onRequest({ method: request.method, url: request.url, attempt: retryCount + 1 })],
        beforeRetry: [({ request, retryCount }) => onRequest({ method: request.method, url: request.url, attempt: retryCount + 1 })],
      },
    } : {}),
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
    if (!query) return base + path.replace(/^\//, '');
    const target = new URL(path.replace(/^\//, ''), base);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null) target.searchParams.set(k, String(v));
    return target.href;
  };

  const headersFor = async (spec: Pick<CallSpec, 'auth' | 'dossierCode' | 'headers'>, callOptions: RequestOptions = {}) => {
    const headers = plainHeaders(spec, callOptions);
    if (spec.auth?.includes('citizen') && options.getAccessToken) {
      const token = await options.getAccessToken();
      if (token) headers['Authorization'] = `Bearer ${token}`;
    }
    return headers;
  };

  /** The headers that need no token provider: the key, the language, tracking tokens. */
  const plainHeaders = (spec: Pick<CallSpec, 'auth' | 'dossierCode' | 'headers'>, callOptions: RequestOptions) => {
    const headers: Record<string, string> = { 'X-Api-Key': options.apiKey, 'Accept-Language': locale, ...spec.headers };
    if (spec.auth?.includes('tracking')) {
      const codes = spec.dossierCode === undefined ? [] : Array.isArray(spec.dossierCode) ? spec.dossierCode : [spec.dossierCode];
      const tokens = callOptions.trackingToken ? [callOptions.trackingToken] : codes.map((c) => trackingTokens.get(c)?.token).filter((t): t is string => Boolean(t));
      if (tokens.length) headers['X-Tracking-Token'] = tokens.join(',');
    }
    return headers;
  };

  /** Refuses, before anything is sent, a request that breaks the contract. */
  const checkRequest = (spec: CallSpec) => {
    const validators = options.validate;
    if (!validators) return;
    const body = spec.json ?? spec.urlencoded;
    const fields = [
      ...(spec.params ? validators.request(spec.operationId, 'path', spec.params, locale) : []),
      ...validators.request(spec.operationId, 'query', Object.fromEntries(Object.entries(spec.query ?? {}).filter(([, v]) => v !== undefined)), locale),
      ...(body !== undefined ? validators.request(spec.operationId, 'body', body, locale) : []),
    ];
    if (fields.length) throw new ValidationError({ message: message('invalid', locale), status: 0, code: 'validation_failed', fields });
  };

  const call = async <T>(spec: CallSpec, callOptions: RequestOptions = {}): Promise<T> => {
    checkRequest(spec);
    // Awaiting only when a token provider is involved keeps the common path free of extra turns.
    const headers = spec.auth?.includes('citizen') && options.getAccessToken ? await headersFor(spec, callOptions) : plainHeaders(spec, callOptions);
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
      if (options.validate && data !== undefined && !options.validate.response(spec.operationId, data)) {
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
