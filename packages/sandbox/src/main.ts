/**
 * `npm start`: the sandbox API on 127.0.0.1:PORT (default 8787) with its reference docs, and on the next
 * port the examples and the widgets' CDN build (built first when missing or stale) — a different origin, as
 * on a real department site.
 * Options: `--memory` (no data file), `--reset` (delete the data file first), `--faults <spec>`,
 * `--catalog 6300` (grow the catalog for benchmarks), `--step-ms 5000` (lifecycle speed; 0 = manual),
 * `--lookups-per-minute 20` (lookups and one-time-code checks allowed per client address; tests from one
 * address raise it).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createSandboxServer } from './server.ts';
import { createSiteServer, ensureCdnBuild, mountDocs } from './site.ts';
import { parseFaults } from './http/faults.ts';
import { defaultTestKey, seedVersion } from './seed/index.ts';
import { forms } from './seed/forms/index.ts';

const { values } = parseArgs({
  options: {
    memory: { type: 'boolean', default: process.env['SANDBOX_MEMORY'] === '1' },
    reset: { type: 'boolean', default: false },
    faults: { type: 'string', default: process.env['SANDBOX_FAULTS'] ?? '' },
    catalog: { type: 'string' },
    port: { type: 'string', default: process.env['PORT'] ?? '8787' },
    'step-ms': { type: 'string', default: process.env['SANDBOX_STEP_MS'] ?? '5000' },
    'lookups-per-minute': { type: 'string' },
  },
});

const started = performance.now();
const port = Number(values.port);
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const dataDir = fileURLToPath(new URL('../.data/', import.meta.url));
const dataFile = join(dataDir, 'sandbox.db');
const versionFile = join(dataDir, 'seed-version');
const stale = existsSync(dataFile) && (!existsSync(versionFile) || readFileSync(versionFile, 'utf8').trim() !== String(seedVersion));
if (stale) console.log('[sandbox] the seed data changed since this data folder was made; starting afresh');
if (values.reset || stale) rmSync(dataDir, { recursive: true, force: true });
if (!values.memory) mkdirSync(dataDir, { recursive: true }), writeFileSync(versionFile, String(seedVersion));

// The example pages load the widgets' CDN build: made now when missing or stale, while the database seeds.
const cdnBuilt = ensureCdnBuild(repo);
const api = `http://127.0.0.1:${port}`;
const server = await createSandboxServer({
  database: values.memory ? ':memory:' : dataFile,
  uploadsDir: values.memory ? mkdtempSync(join(tmpdir(), 'hpasc-uploads-')) : join(dataDir, 'uploads'),
  forms,
  publicUrl: api,
  faults: parseFaults(values.faults),
  stepIntervalMs: Number(values['step-ms']),
  ...(values.catalog ? { catalogSize: Number(values.catalog) } : {}),
  ...(values['lookups-per-minute'] ? { limits: { lookupsPerAddress: { limit: Number(values['lookups-per-minute']), windowMs: 60_000 } } } : {}),
});
mountDocs(server.app, repo);
const site = createSiteServer({ repo, apiBaseUrl: `${api}/v1`, apiKey: defaultTestKey });

let ready = 0;
const announce = () => {
  if (++ready < 2) return;
  const ms = Math.round(performance.now() - started);
  console.log(`HPASC sandbox ready in ${ms} ms (${server.seeded.procedures} procedures, ${server.seeded.points} reception points)`);
  console.log(`  API        ${api}/v1`);
  console.log(`  Docs       ${api}/docs   (contract: ${api}/openapi/hpasc.openapi.yaml)`);
  console.log(`  Controls   ${api}/sandbox   (clock, lifecycle steps, faults, one-time codes, reset)`);
  console.log(`  Examples   http://127.0.0.1:${port + 1}/   (another origin, as a department site)`);
  console.log(`  Test key   ${defaultTestKey}   (X-Api-Key; allowed from any localhost origin)`);
  console.log(`  Data       ${values.memory ? 'in memory' : dataFile}`);
  if (values.faults) console.log(`  Faults     ${values.faults}`);
};
serve({ fetch: server.app.fetch, hostname: '127.0.0.1', port }, announce);
await cdnBuilt;
serve({ fetch: site.fetch, hostname: '127.0.0.1', port: port + 1 }, announce);

// The reference docs are rendered in the background so the API is up at once.
const redocly = spawn(join(repo, 'node_modules/.bin/redocly'), ['build-docs', join(repo, 'openapi/hpasc.openapi.yaml'), '--inlineBundle', '-o', join(repo, '.cache/docs/index.html')], {
  cwd: repo, stdio: 'ignore', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});
redocly.on('error', () => console.warn('[sandbox] could not render the API docs (redocly missing?)'));
