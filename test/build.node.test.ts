/**
 * rollup builds every exported entry of each package to ESM with type declarations, and the widgets' CDN
 * files: the loader, one entry per widget, shared chunks, the single file, source maps and SRI hashes. The
 * CDN files are then loaded in Chromium under a strict Content Security Policy.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { widgetEntries } from '../packages/elements/cdn.config.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const packages = ['sdk', 'elements'];

interface ModuleExport {
  source: string;
  types: string;
  import: string;
}
interface Manifest {
  exports: Record<string, ModuleExport | string>;
  dependencies?: Record<string, string>;
}
const manifest = (name: string) => JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as Manifest;
/** The module exports (built from a `source`); data files (the manifest, themes, CDN files) are shipped as they are. */
const moduleExports = (name: string) => Object.entries(manifest(name).exports).filter((e): e is [string, ModuleExport] => typeof e[1] === 'object');

describe('rollup build', () => {
  before(async () => {
    // `npm test` builds once before the node tests (HPASC_BUILT): rebuilding here would rewrite the CDN files
    // while the examples' tests, running in parallel, serve them.
    if (!process.env['HPASC_BUILT']) await promisify(execFile)(join(root, 'node_modules/.bin/rollup'), ['-c', '--silent'], { cwd: root });
  });

  for (const name of packages) {
    it(`emits ESM and .d.ts for every export of @hpasc/${name}`, () => {
      for (const [subpath, target] of moduleExports(name)) {
        for (const file of [target.import, target.types]) {
          assert.ok(existsSync(join(root, 'packages', name, file)), `${subpath}: ${file}`);
        }
      }
    });

    it(`keeps the dependencies of @hpasc/${name} external and imports nothing else`, () => {
      const allowed = Object.keys(manifest(name).dependencies ?? {});
      for (const [, target] of moduleExports(name)) {
        const code = readFileSync(join(root, 'packages', name, target.import), 'utf8');
        // Module statements only (they start a line in rollup's output), not words like "from" inside strings.
        const specifiers = [...code.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => m[1] ?? m[2] ?? m[3]!);
        assert.ok(specifiers.length > 0, `${target.import} imports something`);
        for (const specifier of specifiers) {
          const ok = specifier.startsWith('./') || allowed.some((dep) => specifier === dep || specifier.startsWith(`${dep}/`));
          assert.ok(ok, `${target.import} imports ${specifier}`);
        }
      }
    });
  }

  it('produces modules that run: the built validators judge as the source does', async () => {
    const validators = (await import(pathToFileURL(join(root, 'packages/sdk/dist/validators.js')).href)) as typeof import('@hpasc/sdk/validators');
    assert.equal(validators.isCitizenId('001301012345'), true);
    assert.equal(validators.isTaxCode('0100109107'), false);
    const declarations = readFileSync(join(root, 'packages/sdk/dist/validators.d.ts'), 'utf8');
    assert.match(declarations, /checkCitizenId/);
  });
});

it('the loader, the single file, the CDN entries and the manifest name the same widgets', () => {
  const source = (file: string) => readFileSync(join(root, 'packages/elements/src/cdn', file), 'utf8');
  const entries = Object.entries(widgetEntries).map(([tag, path]) => `${tag} ${path}`).sort();
  const lazy = [...source('loader.ts').matchAll(/'(hpasc-[a-z-]+)': \(\) => import\('\.\.\/([^']+)'\)/g)].map((m) => `${m[1]} ${m[2]}`);
  const eager = [...source('loader.ts').matchAll(/const provider = import\('\.\.\/([^']+)'\)/g)].map((m) => `hpasc-provider ${m[1]}`);
  assert.deepEqual([...lazy, ...eager].sort(), entries, 'src/cdn/loader.ts');
  const all = [...source('all.ts').matchAll(/^import '\.\.\/([^']+)';$/gm)].map((m) => m[1]);
  assert.deepEqual(all.sort(), Object.values(widgetEntries).sort(), 'src/cdn/all.ts');
  // The manifest describes the published module, which defines every tag.
  const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/generated/custom-elements.json'), 'utf8')) as { modules: { path: string; exports?: { kind: string; name: string }[] }[] };
  assert.deepEqual(manifest.modules.map((m) => m.path), ['dist/index.js'], 'custom-elements.json: the published module only');
  const defined = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
  assert.deepEqual(defined.sort(), Object.keys(widgetEntries).sort(), 'custom-elements.json');
});

describe('the CDN build', () => {
  const cdn = join(root, 'packages/elements/dist/cdn');
  const read = (file: string) => readFileSync(join(cdn, file));
  const scripts = () => [...readdirSync(cdn).filter((f) => f.endsWith('.js')), ...readdirSync(join(cdn, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
  let server: Server;
  let origin = '';
  let browser: Browser;

  before(async () => {
    if (!existsSync(join(cdn, 'hpasc-elements.js'))) await promisify(execFile)(join(root, 'node_modules/.bin/rollup'), ['-c', '--silent'], { cwd: root });
    // The CDN files, and a page, served under a strict policy with Trusted Types enforced.
    const pages: Record<string, string> = {
      '/loader.html': `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Loader</title>
        <script type="module" src="/hpasc-elements.js"></script><script type="module" src="/hpasc-elements.js?twice"></script></head>
        <body><hpasc-branch-finder></hpasc-branch-finder></body></html>`,
      '/single.html': `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Single file</title>
        <script type="module" src="/hpasc-elements.all.js"></script><script type="module" src="/hpasc-elements.all.js?twice"></script></head>
        <body><hpasc-service-stats></hpasc-service-stats></body></html>`,
    };
    server = createServer((req, res) => {
      const path = new URL(req.url!, 'http://x').pathname;
      const csp = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
      if (pages[path]) return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }).end(pages[path]);
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      const file = join(cdn, path);
      if (!file.startsWith(cdn) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('emits the loader, an entry per widget, the single file, source maps and an SRI hash for every script', () => {
    for (const tag of Object.keys(widgetEntries)) assert.ok(existsSync(join(cdn, `${tag}.js`)), tag);
    const sri = { ...JSON.parse(read('sri.json').toString()), ...JSON.parse(read('sri.all.json').toString()) } as Record<string, string>;
    assert.deepEqual(Object.keys(sri).sort(), scripts().sort());
    for (const file of scripts()) {
      assert.equal(sri[file], `sha384-${createHash('sha384').update(read(file)).digest('base64')}`, file);
      assert.ok(existsSync(join(cdn, `${file}.map`)), `${file}.map`);
      const code = read(file).toString();
      assert.ok(!code.includes('new Function') && !/\beval\(/.test(code), `${file} evaluates no code (strict CSP)`);
    }
  });

  it('keeps the loader within 3 kB gzipped', () => {
    const bytes = gzipSync(read('hpasc-elements.js'), { level: 9 }).length;
    assert.ok(bytes <= 3000, `${bytes} B`);
  });

  it('defines the provider and the widgets on the page, loads no other widget until its tag appears, and loading it twice breaks nothing', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${origin}/loader.html`);
    await page.waitForFunction(() => customElements.get('hpasc-branch-finder') && customElements.get('hpasc-provider'));
    await page.waitForFunction(() => (document.querySelector('hpasc-branch-finder')!.shadowRoot?.textContent ?? '').length > 0);
    assert.ok(!requested.includes('/hpasc-rating-summary.js'), 'a widget not on the page is not loaded');
    assert.equal(await page.evaluate(() => customElements.get('hpasc-rating-summary')), undefined);
    await page.evaluate(() => document.body.append(document.createElement('hpasc-rating-summary')));
    await page.waitForFunction(() => customElements.get('hpasc-rating-summary'));
    assert.ok(requested.includes('/hpasc-rating-summary.js'));
    assert.equal(requested.filter((path) => path === '/hpasc-branch-finder.js').length, 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('defines every widget from the single file, loaded twice without an error', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    await page.goto(`${origin}/single.html`);
    await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), Object.keys(widgetEntries));
    await page.waitForFunction(() => (document.querySelector('hpasc-service-stats')!.shadowRoot?.textContent ?? '').length > 0);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
