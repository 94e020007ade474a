/**
 * What `npm start` serves besides the API: the reference docs and contract on the API origin, and on a
 * second origin the examples with a strict Content Security Policy (so CORS and `connect-src` are exercised
 * as on a department site), the widgets' CDN build under a versioned path as an npm CDN serves it, the few
 * vendor files the legacy CMS example needs, and the React example's bundle.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Hono } from 'hono';

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

// --- the CDN build ------------------------------------------------------------------------------------

const cdnDirOf = (repo: string) => join(repo, 'packages/elements/dist/cdn');

/** What the CDN files are made from: the widgets, the SDK they bundle, the build recipe and the locked dependencies. */
const cdnInputs = (repo: string) => ['packages/elements/src', 'packages/sdk/src', 'packages/elements/cdn.config.mjs', 'packages/elements/package.json', 'packages/sdk/package.json', 'package-lock.json'].map((p) => join(repo, p));

/** Files the build writes; the oldest of them says when the last complete build began (see `buildCdn`). */
const cdnMarkers = ['hpasc-elements.js', 'hpasc-elements.all.js', 'sri.json', 'sri.all.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** Why the CDN files must be built, or null when they are complete and newer than everything they are made from. */
function cdnBuildNeeded(repo: string): string | null {
  const dir = cdnDirOf(repo);
  if (!cdnMarkers.every((f) => existsSync(join(dir, f)))) return 'missing';
  // A build cut short leaves some files behind: every file the SRI lists must be there.
  const listed = cdnMarkers.filter((f) => f.startsWith('sri.')).flatMap((f) => Object.keys(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, string>));
  if (!listed.every((f) => existsSync(join(dir, f)))) return 'incomplete';
  const builtAt = Math.min(...cdnMarkers.map((f) => statSync(join(dir, f)).mtimeMs));
  return cdnInputs(repo).some((input) => newestMtime(input) > builtAt) ? 'older than the widgets’ sources' : null;
}

/** Moves every file of `from` into `to`, one rename each, the SRI files last (they mark a complete build). */
function moveInto(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  const names = readdirSync(from).sort((a, b) => Number(a.startsWith('sri.')) - Number(b.startsWith('sri.')));
  for (const name of names) {
    if (statSync(join(from, name)).isDirectory()) moveInto(join(from, name), join(to, name));
    else renameSync(join(from, name), join(to, name));
  }
}

/**
 * The CDN configs of the repository's rollup config, run in this process (~20 s on 2 cores). They write
 * beside the served folder, and each file then replaces its old copy in one rename, so a sandbox already
 * serving the folder never sends a half-written file.
 */
async function buildCdn(repo: string): Promise<void> {
  const startedAt = new Date();
  const { rollup } = await import('rollup');
  const { cdnConfigs } = await import('../../elements/cdn.config.mjs');
  // At the same depth as dist/cdn, so the source maps' relative paths come out the same.
  const scratch = join(repo, `packages/elements/dist/.cdn-${process.pid}`);
  try {
    await Promise.all(cdnConfigs.map(async (config) => {
      const bundle = await rollup(config);
      try {
        for (const output of [config.output ?? []].flat()) await bundle.write({ ...output, dir: scratch });
      } finally {
        await bundle.close();
      }
    }));
    moveInto(scratch, cdnDirOf(repo));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  // Dated to when the build began, so a source saved while it ran still counts as newer.
  for (const f of cdnMarkers) utimesSync(join(cdnDirOf(repo), f), startedAt, startedAt);
}

/** Whether the process that holds the lock file is gone (it crashed or was killed while building). */
function lockAbandoned(lock: string): boolean {
  try {
    const pid = Number(readFileSync(lock, 'utf8'));
    if (!pid) return Date.now() - statSync(lock).mtimeMs > 60_000;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Builds the CDN files when they are missing or stale. Safe when several processes start together (test
 * files run in parallel, each starting a sandbox): one takes a lock file and builds, the others wait for it
 * and then find the files fresh.
 */
export async function ensureCdnBuild(repo: string, log: (line: string) => void = console.log): Promise<void> {
  const lock = join(repo, 'packages/elements/dist/.cdn-build.lock');
  let waiting = false;
  for (;;) {
    if (!cdnBuildNeeded(repo)) return;
    mkdirSync(join(repo, 'packages/elements/dist'), { recursive: true });
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockAbandoned(lock)) rmSync(lock, { force: true });
      else if (!waiting) {
        waiting = true;
        log('[sandbox] waiting for another process to finish building the widgets’ CDN files…');
      }
      await sleep(300);
      continue;
    }
    try {
      writeSync(fd, String(process.pid));
      closeSync(fd);
      // Another process may have finished between the check and the lock.
      const still = cdnBuildNeeded(repo);
      if (!still) return;
      log(`[sandbox] building the widgets’ CDN files (${still}; rollup, ~20 s)…`);
      const started = performance.now();
      await buildCdn(repo);
      log(`[sandbox] CDN files built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return;
    } finally {
      rmSync(lock, { force: true });
    }
  }
}

/**
 * The CDN files under `/cdn/@hpasc/elements@<version>/`, as an npm CDN serves them to any site: CORS open,
 * content-hashed chunks cached for a year. The entry files keep their names across rebuilds of the same
 * version while the widgets are being worked on, so browsers revalidate them (a published version never
 * changes, so a real CDN caches those for a year too).
 */
function mountCdn(site: Hono, repo: string): void {
  const version = (JSON.parse(readFileSync(join(repo, 'packages/elements/package.json'), 'utf8')) as { version: string }).version;
  const base = `/cdn/@hpasc/elements@${version}`;
  // Matched by prefix: Hono's router reads the `@` and `.` of a versioned path as pattern syntax.
  site.get('/cdn/*', (c) => {
    const file = c.req.path.startsWith(`${base}/`) ? fileUnder(cdnDirOf(repo), c.req.path.slice(base.length)) : null;
    if (!file) return c.text('Not found', 404);
    const { size, mtimeMs } = statSync(file);
    const etag = `W/"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`;
    const headers = {
      'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin', ETag: etag,
      'Cache-Control': c.req.path.startsWith(`${base}/chunks/`) ? 'public, max-age=31536000, immutable' : 'public, no-cache',
    };
    if (c.req.header('If-None-Match') === etag) return new Response(null, { status: 304, headers });
    return sendFile(file, headers);
  });
}

/** Bootstrap 3 and jQuery for the legacy CMS example: these files only, from node_modules. */
const vendorFiles: Record<string, string> = {
  '/vendor/bootstrap/css/bootstrap.min.css': 'bootstrap/dist/css/bootstrap.min.css',
  '/vendor/bootstrap/js/bootstrap.min.js': 'bootstrap/dist/js/bootstrap.min.js',
  '/vendor/jquery/jquery.min.js': 'jquery/dist/jquery.min.js',
};

export function createSiteServer(options: { repo: string; apiBaseUrl: string; apiKey: string }): Hono {
  const site = new Hono();
  const apiOrigin = new URL(options.apiBaseUrl).origin;
  const csp = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ${apiOrigin}; frame-src ${apiOrigin}; form-action 'self' ${apiOrigin}; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'`;
  site.get('/sandbox-config.json', (c) => c.json({ apiBaseUrl: options.apiBaseUrl, apiKey: options.apiKey }));
  mountCdn(site, options.repo);
  for (const [path, file] of Object.entries(vendorFiles)) site.get(path, () => sendFile(join(options.repo, 'node_modules', file)));
  // The React example is an app with its own bundle (React, the wrappers, the widgets from npm), made the first
  // time it is asked for and kept; a failed build is not kept, so a fix shows on the next reload.
  let reactApp: Promise<string> | null = null;
  site.get('/react/app.js', async (c) => {
    reactApp ??= import('../../../examples/react/bundle.ts').then((m) => m.bundleReactExample(options.repo));
    try {
      return new Response(await reactApp, { headers: { 'Content-Type': types['.js']!, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' } });
    } catch (error) {
      reactApp = null;
      console.error('[sandbox] the React example could not be bundled:', error instanceof Error ? error.message : error);
      return c.text('The React example could not be bundled; see the sandbox log.', 500);
    }
  });
  site.get('/*', (c) => {
    const file = fileUnder(join(options.repo, 'examples'), c.req.path);
    return file ? sendFile(file, { 'Content-Security-Policy': csp }) : c.text('Not found', 404);
  });
  return site;
}
