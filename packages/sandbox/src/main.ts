/**
 * `npm start`: the sandbox API on 127.0.0.1:PORT (default 8787) and, on the next port, the examples and built
 * bundles — a different origin, as on a real department site. Options: `--memory` (no data file),
 * `--faults latency=100..400,errors=0.1,seed=7`, `--catalog 6300`, `--reset` (delete the data file first).
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createSandboxServer } from './server.ts';
import { parseFaults } from './http/faults.ts';
import { defaultTestKey } from './seed/index.ts';
import { forms } from './seed/forms/index.ts';

const { values } = parseArgs({
  options: {
    memory: { type: 'boolean', default: process.env['SANDBOX_MEMORY'] === '1' },
    reset: { type: 'boolean', default: false },
    faults: { type: 'string', default: process.env['SANDBOX_FAULTS'] ?? '' },
    catalog: { type: 'string' },
    port: { type: 'string', default: process.env['PORT'] ?? '8787' },
  },
});

const started = performance.now();
const port = Number(values.port);
const dataFile = fileURLToPath(new URL('../.data/sandbox.db', import.meta.url));
if (values.reset) rmSync(dataFile, { force: true }), rmSync(`${dataFile}-wal`, { force: true }), rmSync(`${dataFile}-shm`, { force: true });

const server = await createSandboxServer({
  database: values.memory ? ':memory:' : dataFile,
  forms,
  publicUrl: `http://127.0.0.1:${port}`,
  faults: parseFaults(values.faults),
  ...(values.catalog ? { catalogSize: Number(values.catalog) } : {}),
});
serve({ fetch: server.app.fetch, hostname: '127.0.0.1', port }, () => {
  const ms = Math.round(performance.now() - started);
  console.log(`HPASC sandbox ready in ${ms} ms (${server.seeded.procedures} procedures, ${server.seeded.points} reception points)`);
  console.log(`  API        http://127.0.0.1:${port}/v1`);
  console.log(`  Test key   ${defaultTestKey}  (X-Api-Key; allowed from any localhost origin)`);
  console.log(`  Data       ${values.memory ? 'in memory' : dataFile}`);
  if (values.faults) console.log(`  Faults     ${values.faults}`);
});
