/** The sandbox's HTTP app: the contract's operations under /v1, CORS for embedding sites, and dev controls. */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Schemas } from '@hpasc/sdk';
import { openDatabase } from './db/index.ts';
import { Dossiers } from './domain/dossiers.ts';
import { FormJudge } from './domain/forms.ts';
import { FileStore } from './domain/uploads.ts';
import { mountControls } from './http/controls.ts';
import { mountOperation, type Handler } from './http/pipeline.ts';
import { Sandbox, type SandboxOptions } from './sandbox.ts';
import { seedDatabase } from './seed/index.ts';
import { createAuth, mountIdentityProvider } from './operations/auth.ts';
import { branchHandlers } from './operations/branches.ts';
import { Catalog, catalogHandlers } from './operations/catalog.ts';
import { dossierHandlers } from './operations/dossiers.ts';
import { feedbackHandlers } from './operations/feedback.ts';
import { mountPaymentPlatform, paymentHandlers, Payments } from './operations/payments.ts';
import { ratingHandlers } from './operations/ratings.ts';
import { statsHandlers } from './operations/stats.ts';
import { uploadHandlers } from './operations/uploads.ts';
import { verificationHandlers } from './operations/verifications.ts';

export interface CreateOptions extends Omit<SandboxOptions, 'db'> {
  /** A file path for the database, or `:memory:`. */
  database: string;
  /** Where uploaded files are kept. */
  uploadsDir: string;
  forms: ReadonlyMap<string, Schemas['FormSchema']>;
  catalogSize?: number;
  /** Time between automatic lifecycle steps of a dossier; 0 leaves them to be stepped (tests). */
  stepIntervalMs?: number;
}

export interface SandboxServer {
  app: Hono;
  sandbox: Sandbox;
  dossiers: Dossiers;
  seeded: { procedures: number; points: number };
  close(): void;
}

const allowHeaders = ['Content-Type', 'Accept-Language', 'X-Api-Key', 'Authorization', 'Idempotency-Key', 'X-Tracking-Token', 'X-Submission-Token', 'X-Draft-Id', 'Last-Event-ID', 'If-None-Match'];
const exposeHeaders = ['Retry-After', 'X-Request-Id', 'ETag', 'Idempotent-Replayed', 'Location'];

export async function createSandboxServer(options: CreateOptions): Promise<SandboxServer> {
  const db = await openDatabase(options.database);
  const sandbox = new Sandbox({ ...options, db });
  const seeded = await seedDatabase(db, { forms: options.forms, now: sandbox.clock.now(), ...(options.catalogSize ? { catalogSize: options.catalogSize } : {}) });
  const catalog = new Catalog(sandbox);
  await catalog.load();
  const dossiers = new Dossiers(db, sandbox.clock);
  dossiers.stepIntervalMs = options.stepIntervalMs ?? 5000;
  const files = new FileStore(options.uploadsDir);
  const payments = new Payments(sandbox, dossiers);
  const auth = createAuth(sandbox);

  const handlers: Record<string, Handler> = {
    ...catalogHandlers(sandbox, catalog),
    ...branchHandlers(sandbox),
    ...uploadHandlers(sandbox, catalog, files),
    ...verificationHandlers(sandbox, catalog),
    ...auth.handlers,
    ...dossierHandlers(sandbox, catalog, dossiers, new FormJudge(sandbox.ajv)),
    ...paymentHandlers(sandbox, dossiers, payments),
    ...ratingHandlers(sandbox, dossiers),
    ...feedbackHandlers(sandbox, dossiers),
    ...statsHandlers(sandbox),
  };
  const missing = sandbox.operations.filter((op) => !handlers[op.operationId]).map((op) => op.operationId);
  if (missing.length) throw new Error(`The sandbox lacks handlers for: ${missing.join(', ')}`);

  const app = new Hono();
  // Browsers check origins per key on the real request; preflights cannot carry the key, so any origin passes them.
  const corsPolicy = cors({ origin: (origin) => origin, allowHeaders, exposeHeaders, allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'], maxAge: 600 });
  app.use('/v1/*', corsPolicy);
  app.use('/sandbox/*', corsPolicy);
  for (const op of sandbox.operations) mountOperation(app, sandbox, op, handlers[op.operationId]!);
  mountIdentityProvider(app, sandbox, auth.handoff);
  mountPaymentPlatform(app, payments);
  mountControls(app, sandbox, dossiers, files);

  const ticker = dossiers.stepIntervalMs > 0
    ? setInterval(() => void dossiers.tick().catch((error: unknown) => console.error('[sandbox] lifecycle step failed:', error)), Math.min(1000, dossiers.stepIntervalMs))
    : undefined;
  ticker?.unref();
  return { app, sandbox, dossiers, seeded, close: () => { if (ticker) clearInterval(ticker); db.close(); } };
}
