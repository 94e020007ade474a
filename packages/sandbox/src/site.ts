/**
 * What `npm start` serves besides the API: the reference docs and contract on the API origin, and on a
 * second origin the examples and built bundles with a strict Content Security Policy, so CORS and
 * `connect-src` are exercised as on a department site.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { Hono } from 'hono';
import { build } from 'esbuild';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.yaml': 'application/yaml; charset=utf-8', '.d.ts': 'text/plain; charset=utf-8',
};

/** A file under `root` for a URL path, refusing anything that escapes it. */
function fileUnder(root: string, path: string): string | null {
  const target = normalize(join(root, decodeURIComponent(path)));
  if (target !== root && !target.startsWith(root + sep)) return null;
  const file = existsSync(target) && statSync(target).isDirectory() ? join(target, 'index.html') : target;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

function sendFile(file: string, headers: Record<string, string> = {}): Response {
  return new Response(readFileSync(file), { headers: { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', ...headers } });
}

export function mountDocs(app: Hono, repo: string): void {
  const docs = join(repo, '.cache/docs/index.html');
  app.get('/', (c) => c.redirect('/docs'));
  app.get('/docs', (c) => (existsSync(docs) ? sendFile(docs) : c.text('The API reference is being rendered; reload in a few seconds.', 503, { 'Retry-After': '3' })));
  app.get('/openapi/hpasc.openapi.yaml', () => sendFile(join(repo, 'openapi/hpasc.openapi.yaml')));
}

/**
 * One browser bundle of every widget, built from source at start (esbuild, ~0.3 s), for the example pages —
 * a stand-in for the versioned CDN build until it ships.
 */
async function bundleElements(repo: string): Promise<string> {
  const result = await build({
    stdin: { contents: "export * from '@hpasc/elements';", resolveDir: join(repo, 'packages/elements'), loader: 'ts' },
    bundle: true, format: 'esm', minify: true, target: 'es2022', platform: 'browser', write: false, conditions: ['source'],
    tsconfig: join(repo, 'tsconfig.json'), logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export function createSiteServer(options: { repo: string; apiBaseUrl: string; apiKey: string }): Hono {
  const site = new Hono();
  const elements = bundleElements(options.repo);
  site.get('/dist/hpasc-elements.js', async () => new Response(await elements, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' },
  }));
  const apiOrigin = new URL(options.apiBaseUrl).origin;
  const csp = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ${apiOrigin}; frame-src ${apiOrigin}; form-action 'self' ${apiOrigin}; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'`;
  site.get('/sandbox-config.json', (c) => c.json({ apiBaseUrl: options.apiBaseUrl, apiKey: options.apiKey }));
  site.get('/dist/:package/*', (c) => {
    const root = join(options.repo, 'packages', c.req.param('package'), 'dist');
    const file = fileUnder(root, c.req.path.replace(`/dist/${c.req.param('package')}`, ''));
    return file ? sendFile(file, { 'Access-Control-Allow-Origin': '*' }) : c.text('Not built yet: run npm run build.', 404);
  });
  site.get('/*', (c) => {
    const file = fileUnder(join(options.repo, 'examples'), c.req.path);
    return file ? sendFile(file, { 'Content-Security-Policy': csp }) : c.text('Not found', 404);
  });
  return site;
}
