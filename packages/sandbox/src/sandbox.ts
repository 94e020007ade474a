/**
 * The sandbox's shared state: database, contract validators, clock, faults, limits, idempotency records
 * and what the tests read back (which operation × status pairs were answered, contract violations).
 */
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { createContractAjv, listOperations, loadContract, type OperationSpec } from './contract.ts';
import type { Database } from './db/index.ts';
import type { Auth } from './http/pipeline.ts';
import { Faults, type FaultConfig } from './http/faults.ts';
import { RateLimiter, type LimitRule } from './http/limits.ts';
import { HttpProblem } from './http/problems.ts';

/** The sandbox's time: real time plus an offset that tests and demos can move forward. */
export class Clock {
  offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}

export interface Limits {
  perKey: LimitRule;
  perAddress: LimitRule;
  /** Lookups by code and verifier, per address: the guard against enumeration. */
  lookupsPerAddress: LimitRule;
}

export const defaultLimits: Limits = {
  perKey: { limit: 1200, windowMs: 60_000 },
  perAddress: { limit: 600, windowMs: 60_000 },
  lookupsPerAddress: { limit: 20, windowMs: 60_000 },
};

const lookupOperations = new Set(['lookupDossier', 'lookupFeedback', 'checkVerification']);

type IdempotencyBegin =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; headers: Record<string, string>; body: unknown }
  | { kind: 'conflict'; code: 'idempotency_key_reused' | 'request_in_progress' };

class IdempotencyStore {
  constructor(private db: Database) {}

  async begin(apiKey: string, key: string, fingerprint: string, now: number): Promise<IdempotencyBegin> {
    const inserted = await this.db.run(
      "INSERT OR IGNORE INTO idempotency (api_key, idem_key, fingerprint, state, created_at) VALUES (?, ?, ?, 'pending', ?)",
      [apiKey, key, fingerprint, now],
    );
    if (inserted.changes === 1) return { kind: 'new' };
    const row = await this.db.get<{ fingerprint: string; state: string; status: number; headers: string; body: string | null; created_at: number }>(
      'SELECT * FROM idempotency WHERE api_key = ? AND idem_key = ?',
      [apiKey, key],
    );
    if (!row) return this.begin(apiKey, key, fingerprint, now);
    if (row.fingerprint !== fingerprint) return { kind: 'conflict', code: 'idempotency_key_reused' };
    if (row.state === 'done') {
      return { kind: 'replay', status: Number(row.status), headers: JSON.parse(row.headers) as Record<string, string>, body: row.body === null ? undefined : JSON.parse(row.body) };
    }
    return { kind: 'conflict', code: 'request_in_progress' };
  }

  async complete(apiKey: string, key: string, status: number, headers: Record<string, string>, body: unknown): Promise<void> {
    await this.db.run("UPDATE idempotency SET state = 'done', status = ?, headers = ?, body = ? WHERE api_key = ? AND idem_key = ?", [
      status, JSON.stringify(headers), body === undefined ? null : JSON.stringify(body), apiKey, key,
    ]);
  }

  async release(apiKey: string, key: string): Promise<void> {
    await this.db.run("DELETE FROM idempotency WHERE api_key = ? AND idem_key = ? AND state = 'pending'", [apiKey, key]);
  }
}

export interface SandboxOptions {
  db: Database;
  faults?: Partial<FaultConfig>;
  limits?: Partial<Limits>;
  /** Public origin of the API, for URLs the sandbox hands out (payment pages, sign-in). */
  publicUrl: string;
}

export class Sandbox {
  readonly db: Database;
  readonly doc = loadContract();
  readonly operations: OperationSpec[] = listOperations(this.doc);
  readonly ajv: Ajv2020 = createContractAjv(this.doc);
  readonly coercingAjv: Ajv2020 = createContractAjv(this.doc, { coerceTypes: true });
  readonly clock = new Clock();
  readonly faults: Faults;
  readonly limiter = new RateLimiter();
  readonly limits: Limits;
  readonly idempotency: IdempotencyStore;
  publicUrl: string;
  /** `operationId status` pairs answered so far — the tests' coverage report. */
  readonly coverage = new Set<string>();
  readonly violations: string[] = [];

  constructor(options: SandboxOptions) {
    this.db = options.db;
    this.faults = new Faults();
    if (options.faults) this.faults.set(options.faults);
    this.limits = { ...defaultLimits, ...options.limits };
    this.idempotency = new IdempotencyStore(this.db);
    this.publicUrl = options.publicUrl;
  }

  checkLimits(op: OperationSpec, apiKey: string | null, address: string): number {
    const now = this.clock.now().getTime();
    const waits = [
      apiKey ? this.limiter.hit(`key:${apiKey}`, this.limits.perKey, now) : 0,
      this.limiter.hit(`ip:${address}`, this.limits.perAddress, now),
      lookupOperations.has(op.operationId) ? this.limiter.hit(`lookup:${address}`, this.limits.lookupsPerAddress, now) : 0,
    ];
    return Math.max(...waits);
  }

  /** Checks the operation's security alternatives; the first that holds wins, else the most telling problem. */
  async authenticate(op: OperationSpec, header: (name: string) => string | undefined, origin: string | undefined): Promise<Auth> {
    const auth: Auth = { apiKey: null, citizen: null, trackingCodes: [], submission: null };
    if (op.security.length === 0) return auth;
    const now = this.clock.now().getTime();
    const key = header('x-api-key');
    let apiKeyProblem: HttpProblem | null = null;
    if (key) {
      const row = await this.db.get<{ origins: string; active: number }>('SELECT origins, active FROM api_keys WHERE key = ?', [key]);
      if (!row || !row.active) apiKeyProblem = new HttpProblem('api_key_unknown');
      else if (origin && !originAllowed(origin, JSON.parse(row.origins) as string[])) apiKeyProblem = new HttpProblem('origin_not_allowed');
      else auth.apiKey = key;
    } else {
      apiKeyProblem = new HttpProblem('api_key_missing');
    }
    const token = async (kind: string, value: string | undefined) => {
      if (!value) return null;
      return this.db.get<{ subject: string; scope: string | null }>(
        'SELECT subject, scope FROM tokens WHERE token = ? AND kind = ? AND revoked = 0 AND expires_at > ?',
        [value, kind, now],
      );
    };
    const bearer = header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const citizen = await token('access', bearer);
    if (citizen) auth.citizen = citizen.subject;
    const trackingHeader = header('x-tracking-token');
    const trackingValues = (trackingHeader ?? '').split(',').map((t) => t.trim()).filter(Boolean).slice(0, 20);
    for (const value of trackingValues) {
      const row = await token('tracking', value);
      if (row) auth.trackingCodes.push(row.subject);
    }
    const submission = await token('submission', header('x-submission-token'));
    if (submission) auth.submission = { phone: submission.subject, procedureCode: submission.scope ?? '' };

    const has: Record<string, boolean> = {
      apiKey: auth.apiKey !== null,
      citizenToken: auth.citizen !== null,
      trackingToken: auth.trackingCodes.length > 0,
      submissionToken: auth.submission !== null,
    };
    if (op.security.some((alternative) => Object.keys(alternative).every((scheme) => has[scheme]))) return auth;
    const needsKey = op.security.every((alternative) => 'apiKey' in alternative);
    if (needsKey && apiKeyProblem) throw apiKeyProblem;
    const presented = bearer || trackingHeader || header('x-submission-token');
    throw new HttpProblem(presented ? 'token_invalid' : 'token_missing');
  }

  originAllowedForKey(origin: string, patterns: string[]): boolean {
    return originAllowed(origin, patterns);
  }

  reset(): void {
    this.limiter.reset();
    this.coverage.clear();
    this.violations.length = 0;
  }
}

function originAllowed(origin: string, patterns: string[]): boolean {
  return patterns.some((pattern) => {
    const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
    return new RegExp(`^${escaped}$`).test(origin);
  });
}
