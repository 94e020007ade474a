/**
 * Turns each contract operation into a Hono route: security, limits, faults, request validation,
 * idempotency, the handler, then validation of the response against the contract. A response that breaks
 * the contract becomes a loud 500 (`response_contract_violation`).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Context, Hono } from 'hono';
import { anchored, toFieldIssues, type JsonObject, type OperationSpec, type Validator } from '../contract.ts';
import type { Sandbox } from '../sandbox.ts';
import { fieldProblem, HttpProblem, type Locale } from './problems.ts';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Defaults to application/json (or application/problem+json for 4xx/5xx). */
  contentType?: string;
}

export interface Auth {
  apiKey: string | null;
  /** Subject of a citizen bearer token. */
  citizen: string | null;
  /** Dossier codes opened by tracking tokens. */
  trackingCodes: string[];
  /** Phone and procedure proven by a submission token. */
  submission: { phone: string; procedureCode: string } | null;
}

export interface RequestContext {
  op: OperationSpec;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  header(name: string): string | undefined;
  locale: Locale;
  requestId: string;
  clientIp: string;
  auth: Auth;
  hono: Context;
}

export type Handler = (ctx: RequestContext) => Promise<Reply | Response>;

const jsonLimitBytes = 1024 * 1024;
const uploadLimitBytes = 10 * 1024 * 1024 + 64 * 1024;

function localeOf(header: string | undefined): Locale {
  return header && /^\s*en\b/i.test(header) ? 'en' : 'vi';
}

export function problemReply(problem: HttpProblem, locale: Locale, requestId: string): Reply {
  const headers: Record<string, string> = {};
  if (problem.extra.retryAfterSeconds !== undefined) headers['Retry-After'] = String(problem.extra.retryAfterSeconds);
  return { status: problem.status, body: problem.toProblem(locale, requestId), headers, contentType: 'application/problem+json' };
}

/** Compiles (once) the validators of an operation. */
class OperationValidators {
  params: Validator;
  query: Validator;
  headers: Validator;
  bodies = new Map<string, Validator>();
  responses = new Map<string, Validator>();

  constructor(sandbox: Sandbox, op: OperationSpec) {
    const group = (where: string, lowerCase = false) => {
      const list = op.parameters.filter((p) => p.in === where);
      const key = (n: string) => (lowerCase ? n.toLowerCase() : n);
      return sandbox.coercingAjv.compile({
        type: 'object',
        properties: Object.fromEntries(list.map((p) => [key(p.name), anchored(p.schema ?? {})])),
        required: list.filter((p) => p.required).map((p) => key(p.name)),
      });
    };
    this.params = group('path');
    this.query = group('query');
    this.headers = group('header', true);
    for (const [type, schema] of Object.entries(op.requestBodies)) this.bodies.set(type, sandbox.ajv.compile(anchored(schema)));
    for (const [status, media] of Object.entries(op.responses)) {
      for (const [type, schema] of Object.entries(media)) if (schema) this.responses.set(`${status} ${type}`, sandbox.ajv.compile(anchored(schema)));
    }
  }
}

async function readBody(c: Context, op: OperationSpec, locale: Locale): Promise<unknown> {
  const types = Object.keys(op.requestBodies);
  if (types.length === 0) return undefined;
  const contentType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!types.includes(contentType)) {
    throw new HttpProblem('unsupported_media_type', { vi: `Hãy gửi ${types.join(' hoặc ')}.`, en: `Send ${types.join(' or ')}.` });
  }
  const length = Number(c.req.header('content-length') ?? 0);
  const limit = contentType === 'multipart/form-data' ? uploadLimitBytes : jsonLimitBytes;
  if (length > limit) throw new HttpProblem(contentType === 'multipart/form-data' ? 'file_too_large' : 'payload_too_large');
  if (contentType === 'multipart/form-data') return await c.req.parseBody();
  const text = await c.req.text();
  if (text.length > limit) throw new HttpProblem('payload_too_large');
  if (contentType === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpProblem('bad_request', { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The body is not valid JSON.' });
  }
  void locale;
}

function invalid(code: 'bad_request' | 'validation_failed', issues: ReturnType<typeof toFieldIssues>, locale: Locale): HttpProblem {
  return fieldProblem(issues, locale, code);
}

function fingerprint(op: OperationSpec, params: Record<string, string>, body: unknown): string {
  const stable = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Blob)
      ? Object.fromEntries(Object.entries(value as JsonObject).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, stable(v)]))
      : value instanceof Blob ? `blob:${value.size}:${value.type}` : value;
  return createHash('sha256').update(JSON.stringify([op.operationId, params, stable(body)])).digest('hex');
}

function toResponse(reply: Reply, requestId: string): Response {
  const headers = new Headers(reply.headers);
  headers.set('X-Request-Id', requestId);
  if (reply.body === undefined) return new Response(null, { status: reply.status, headers });
  const type = reply.contentType ?? (reply.status >= 400 ? 'application/problem+json' : 'application/json');
  headers.set('Content-Type', type.includes('charset') || !type.startsWith('text/') ? type : `${type}; charset=utf-8`);
  const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  return new Response(body, { status: reply.status, headers });
}

export function mountOperation(app: Hono, sandbox: Sandbox, op: OperationSpec, handler: Handler): void {
  let validators: OperationValidators | undefined;
  const honoPath = `/v1${op.path.replace(/\{(\w+)\}/g, ':$1')}`;
  const idempotent = op.parameters.some((p) => p.name === 'Idempotency-Key' && p.in === 'header');
  const withEtag = Boolean((op.raw['responses'] as JsonObject)?.['304']);

  app.on(op.method.toUpperCase(), honoPath, async (c) => {
    validators ??= new OperationValidators(sandbox, op);
    const requestId = `req_${randomBytes(8).toString('hex')}`;
    const locale = localeOf(c.req.header('accept-language'));
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    const clientIp = incoming?.socket.remoteAddress ?? 'unknown';
    const decision = sandbox.faults.decide(op.operationId);
    if (decision.latencyMs > 0) await new Promise((r) => setTimeout(r, decision.latencyMs));
    const drop = () => {
      incoming?.socket.destroy();
      return new Response(null, { status: 599 });
    };
    if (decision.kind === 'drop') return drop();

    let reply: Reply | Response;
    let idempotency: { apiKey: string; key: string; fingerprint: string } | undefined;
    try {
      if (decision.kind === 'error') throw new HttpProblem('internal_error');
      if (decision.kind === 'rate-limit') throw new HttpProblem('rate_limited', undefined, { retryAfterSeconds: 2 });
      const auth = await sandbox.authenticate(op, (name) => c.req.header(name), c.req.header('origin'));
      const wait = sandbox.checkLimits(op, auth.apiKey, clientIp);
      if (wait > 0) throw new HttpProblem('rate_limited', { vi: `Vui lòng thử lại sau ${wait} giây.`, en: `Try again in ${wait} seconds.` }, { retryAfterSeconds: wait });

      const params = c.req.param() as Record<string, string>;
      if (!validators.params(params)) throw new HttpProblem('not_found');
      const query = Object.fromEntries(Object.keys(c.req.query()).map((k) => [k, c.req.query(k)]));
      if (!validators.query(query)) throw invalid('bad_request', toFieldIssues(validators.query.errors), locale);
      const headers = Object.fromEntries([...c.req.raw.headers].map(([k, v]) => [k.toLowerCase(), v]));
      if (!validators.headers(headers)) {
        const issues = toFieldIssues(validators.headers.errors);
        if (issues.some((i) => i.pointer === '/idempotency-key' && i.code === 'required')) throw new HttpProblem('idempotency_key_missing');
        throw invalid('bad_request', issues, locale);
      }
      const body = await readBody(c, op, locale);
      if (body !== undefined) {
        const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
        const validate = validators.bodies.get(type)!;
        // Files are checked by the handler (type sniffed, size per slot); the schema sees a placeholder.
        const judged = type === 'multipart/form-data' ? Object.fromEntries(Object.entries(body as Record<string, unknown>).map(([k, v]) => [k, v instanceof Blob ? 'binary' : v])) : body;
        if (!validate(judged)) {
          const documented = (op.raw['responses'] as JsonObject)['422'] ? 'validation_failed' : 'bad_request';
          throw invalid(documented, toFieldIssues(validate.errors), locale);
        }
      } else if (op.requestBodyRequired) {
        throw new HttpProblem('unsupported_media_type');
      }

      if (idempotent && auth.apiKey) {
        idempotency = { apiKey: auth.apiKey, key: headers['idempotency-key']!, fingerprint: fingerprint(op, params, body) };
        const stored = await sandbox.idempotency.begin(idempotency.apiKey, idempotency.key, idempotency.fingerprint, Date.now());
        if (stored.kind === 'replay') {
          if (decision.kind === 'drop-after-commit') return drop();
          sandbox.coverage.add(`${op.operationId} ${stored.status}`);
          return toResponse({ status: stored.status, body: stored.body, headers: { ...stored.headers, 'Idempotent-Replayed': 'true' } }, requestId);
        }
        if (stored.kind === 'conflict') throw new HttpProblem(stored.code);
      }

      const ctx: RequestContext = { op, params, query, body, header: (n) => c.req.header(n), locale, requestId, clientIp, auth, hono: c };
      reply = await handler(ctx);
    } catch (error) {
      const problem = error instanceof HttpProblem ? error : new HttpProblem('internal_error');
      if (!(error instanceof HttpProblem)) console.error(`[sandbox] ${op.operationId} failed:`, error);
      reply = problemReply(problem, locale, requestId);
    }

    if (reply instanceof Response) {
      sandbox.coverage.add(`${op.operationId} ${reply.status}`);
      reply.headers.set('X-Request-Id', requestId);
      return reply;
    }
    reply = checkResponse(sandbox, op, validators, reply, locale, requestId);

    if (idempotency) {
      // Only executed requests bind the key: a refusal before anything was created (4xx) releases it.
      if (reply.status < 300) await sandbox.idempotency.complete(idempotency.apiKey, idempotency.key, reply.status, reply.headers ?? {}, reply.body);
      else await sandbox.idempotency.release(idempotency.apiKey, idempotency.key);
    }
    if (decision.kind === 'drop-after-commit' && reply.status < 300) return drop();

    if (withEtag && reply.status === 200 && reply.body !== undefined) {
      const etag = `W/"${createHash('sha1').update(JSON.stringify(reply.body)).digest('base64url')}"`;
      reply.headers = { ...reply.headers, ETag: etag };
      if (c.req.header('if-none-match') === etag) reply = { status: 304, headers: { ETag: etag } };
    }
    sandbox.coverage.add(`${op.operationId} ${reply.status}`);
    return toResponse(reply, requestId);
  });
}

/** Validates a reply against the contract; a violation becomes a 500 and is logged loudly. */
function checkResponse(sandbox: Sandbox, op: OperationSpec, validators: OperationValidators, reply: Reply, locale: Locale, requestId: string): Reply {
  const media = op.responses[String(reply.status)];
  const type = (reply.contentType ?? (reply.body === undefined ? undefined : reply.status >= 400 ? 'application/problem+json' : 'application/json'))?.split(';')[0]!.trim();
  let violation: string | undefined;
  if (!media) violation = `status ${reply.status} is not documented`;
  else if (type && !(type in media)) violation = `content type ${type} is not documented for ${reply.status}`;
  else if (type && reply.body !== undefined) {
    const validate = validators.responses.get(`${reply.status} ${type}`);
    if (validate && !validate(reply.body)) violation = sandbox.ajv.errorsText(validate.errors);
  }
  if (!violation) return reply;
  const message = `${op.operationId} answered ${reply.status} against the contract: ${violation}`;
  sandbox.violations.push(message);
  console.error(`[sandbox] CONTRACT VIOLATION ${message}`);
  return problemReply(new HttpProblem('response_contract_violation'), locale, requestId);
}
