/** Starts a sandbox on a free port with an in-memory database, for tests that talk to it over real HTTP. */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Schemas } from '@hpasc/sdk';
import { createSandboxServer, type SandboxServer } from '../../src/server.ts';
import type { Limits } from '../../src/sandbox.ts';
import { defaultTestKey } from '../../src/seed/index.ts';
import { forms } from '../../src/seed/forms/index.ts';

export const testKey = defaultTestKey;

export interface RunningSandbox extends SandboxServer {
  base: string;
  /** fetch against the API with the test key, JSON bodies and Accept-Language: en unless overridden. */
  api(path: string, init?: ApiInit): Promise<ApiResponse>;
  stop(): Promise<void>;
}

export interface ApiInit extends Omit<RequestInit, 'body' | 'headers'> {
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  key?: string | null;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

export async function startSandbox(options: { limits?: Partial<Limits>; catalogSize?: number } = {}): Promise<RunningSandbox> {
  const uploadsDir = mkdtempSync(join(tmpdir(), 'hpasc-test-uploads-'));
  let base = '';
  const server = await createSandboxServer({
    database: ':memory:', uploadsDir, forms, publicUrl: 'http://127.0.0.1', stepIntervalMs: 0, ...(options.catalogSize ? { catalogSize: options.catalogSize } : {}),
    limits: { perKey: { limit: 100_000, windowMs: 60_000 }, perAddress: { limit: 100_000, windowMs: 60_000 }, lookupsPerAddress: { limit: 1000, windowMs: 60_000 }, ...options.limits },
  });
  const http: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: server.app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  server.sandbox.publicUrl = base;

  const api = async (path: string, init: ApiInit = {}): Promise<ApiResponse> => {
    const { json, key = testKey, headers = {}, ...rest } = init;
    const response = await fetch(`${base}${path.startsWith('/sandbox') ? '' : '/v1'}${path}`, {
      ...rest,
      headers: {
        'Accept-Language': 'en',
        ...(key ? { 'X-Api-Key': key } : {}),
        ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    });
    const text = await response.text();
    let body: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text) body = JSON.parse(text);
    return { status: response.status, headers: response.headers, body, text };
  };

  return {
    ...server, base, api,
    stop: async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      server.close();
      rmSync(uploadsDir, { recursive: true, force: true });
    },
  };
}

/** The smallest real PNG (1×1). */
export const pngBytes: Uint8Array<ArrayBuffer> = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));

export function newDraftId(): string {
  return `dr_${crypto.randomUUID().replace(/-/g, '')}`;
}

export type Procedure = Schemas['Procedure'];

/** A citizen applicant whose ID number agrees with the birth date (DEMO DATA). */
export const applicant = {
  type: 'citizen', fullName: 'Phạm Thị Hoa', citizenId: '001190012345', birthDate: '1990-03-08', gender: 'female',
  phone: '0912345678', address: { detail: 'Số 5 phố Hàng Gai' },
} as const;
