// `npm start`: until the sandbox server lands, render the contract's reference docs (Redoc, inlined so
// nothing loads from the internet) and serve them with the contract itself on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const contract = join(root, 'openapi/hpasc.openapi.yaml');
const docs = join(root, '.cache/docs/index.html');
const port = Number(process.env.PORT ?? 8787);

if (!existsSync(contract)) {
  console.error(`The contract is missing: ${contract}`);
  process.exit(1);
}

const build = spawnSync(
  join(root, 'node_modules/.bin/redocly'),
  ['build-docs', contract, '--inlineBundle', '-o', docs],
  { cwd: root, stdio: 'inherit', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const routes: Record<string, { file: string; type: string }> = {
  '/': { file: docs, type: 'text/html; charset=utf-8' },
  '/openapi/hpasc.openapi.yaml': { file: contract, type: 'application/yaml; charset=utf-8' },
};

createServer((request, response) => {
  const route = routes[new URL(request.url ?? '/', 'http://localhost').pathname];
  if (!route || (request.method !== 'GET' && request.method !== 'HEAD')) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  response.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
  response.end(request.method === 'HEAD' ? undefined : readFileSync(route.file));
}).listen(port, '127.0.0.1', () => {
  console.log(`HPASC API reference: http://127.0.0.1:${port}/`);
  console.log(`Contract:            http://127.0.0.1:${port}/openapi/hpasc.openapi.yaml`);
});
