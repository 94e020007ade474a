/** The sandbox's HTTP app: the contract's operations under /v1, CORS for embedding sites, and dev controls. */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Schemas } from '@hpasc/sdk';
import { openDatabase } from './db/index.ts';
import { mountOperation, type Handler } from './http/pipeline.ts';
import { Sandbox, type SandboxOptions } from './sandbox.ts';
import { seedDatabase } from './seed/index.ts';
import { branchHandlers } from './operations/branches.ts';
import { Catalog, catalogHandlers } from './operations/catalog.ts';

export interface CreateOptions extends Omit<SandboxOptions, 'db'> {
  /** A file path for the database, or `:memory:`. */
  database: string;
  forms: ReadonlyMap<string, Schemas['FormSchema']>;
  catalogSize?: number;
}

export interface SandboxServer {
  app: Hono;
  sandbox: Sandbox;
  seeded: { procedures: number; points: number };
  close(): void;
}

const allowHeaders = ['Content-Type', 'Accept-Language', 'X-Api-Key', 'Authorization', 'Idempotency-Key', 'X-Tracking-Token', 'X-Submission-Token', 'X-Draft-Id', 'Last-Event-ID', 'If-None-Match'];
const exposeHeaders = ['Retry-After', 'X-Request-Id', 'ETag', 'Idempotent-Replayed', 'Location'];

export async function createSandboxServer(options: CreateOptions): Promise<SandboxServer> {
  const db = await openDatabase(options.database);
  const seeded = await seedDatabase(db, { forms: options.forms, ...(options.catalogSize ? { catalogSize: options.catalogSize } : {}) });
  const sandbox = new Sandbox({ ...options, db });
  const catalog = new Catalog(sandbox);
  await catalog.load();

  const handlers: Record<string, Handler> = {
    ...catalogHandlers(sandbox, catalog),
    ...branchHandlers(sandbox),
  };

  const app = new Hono();
  // Browsers check origins per key on the real request; preflights cannot carry the key, so any origin passes them.
  app.use('/v1/*', cors({ origin: (origin) => origin, allowHeaders, exposeHeaders, allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'], maxAge: 600 }));
  for (const op of sandbox.operations) {
    const handler = handlers[op.operationId];
    if (handler) mountOperation(app, sandbox, op, handler);
  }
  return { app, sandbox, seeded, close: () => db.close() };
}
