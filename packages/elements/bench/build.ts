/**
 * What the benches share: building an entry as the CDN build does (packages/elements/cdn.config.mjs —
 * code-split, Lit templates minified, terser), telling the English catalog's chunk apart, and serving the
 * built files (gzipped) with a page to headless Chromium (Debian's, never a downloaded browser).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup, type OutputChunk } from 'rollup';
import { chromium, type Browser } from 'playwright-core';
import { minify } from 'terser';
import type { Schemas } from '@hpasc/sdk';
import { onwarn, terserOptions, widgetPlugins } from '../cdn.config.mjs';

export interface Bundle {
  files: Record<string, string>;
  entry: string;
  gzipBytes: number;
  minifiedBytes: number;
  /** The English catalog, fetched only by English pages. */
  englishGzipBytes: number;
  /** Chunks the widget loads when a citizen gets that far (not at page load). */
  onDemandGzipBytes: number;
}

/** The English catalog: locales/en.ts and the widgets' own English files (`*.en.ts`) it gathers. */
export function isEnglishChunk(chunk: OutputChunk): boolean {
  const modules = Object.keys(chunk.modules);
  return modules.length > 0 && modules.every((id) => id.endsWith('src/locales/en.ts') || id.endsWith('.en.ts'));
}

/**
 * An entry of the bench folder as a page loads it: the entry and every chunk it imports statically; the
 * English catalog and the chunks loaded on demand (e.g. the receipt's QR encoder) are counted apart. Terser
 * runs on each generated chunk rather than as the build's last plugin, so the bytes counted are terser's own
 * (the CDN files add a final newline and their source map comment).
 */
export async function bundleEntry(entryFile: string): Promise<Bundle> {
  const plugins = widgetPlugins().filter((plugin) => plugin.name !== 'hpasc-terser');
  const bundle = await rollup({ input: { 'hpasc-elements': fileURLToPath(new URL(entryFile, import.meta.url)) }, plugins, onwarn });
  const { output } = await bundle.generate({ format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' });
  await bundle.close();
  const chunks = new Map(output.filter((o): o is OutputChunk => o.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Set<string>();
  const visit = (name: string): void => {
    if (loaded.has(name)) return;
    loaded.add(name);
    for (const imported of chunks.get(name)!.imports) visit(imported);
  };
  visit('hpasc-elements.js');
  const files: Record<string, string> = {};
  let gzipBytes = 0, minifiedBytes = 0, englishGzipBytes = 0, onDemandGzipBytes = 0;
  for (const chunk of chunks.values()) {
    const code = (await minify(chunk.code, terserOptions)).code!;
    files[chunk.fileName] = code;
    const gzip = gzipSync(code, { level: 9 }).length;
    if (isEnglishChunk(chunk)) englishGzipBytes += gzip;
    else if (!loaded.has(chunk.fileName)) onDemandGzipBytes += gzip;
    else gzipBytes += gzip, minifiedBytes += code.length;
  }
  return { files, entry: 'hpasc-elements.js', gzipBytes, minifiedBytes, englishGzipBytes, onDemandGzipBytes };
}

/**
 * What a bench page runs once ready: it logs the time since navigation and the same moment by the wall clock
 * (which the browser's network events also carry). Through the console: polling the page (waitForFunction)
 * would inject the driver's own script while it loads, counted against the slower page.
 */
export const logReady = `{ const now = performance.now(); console.log('ready ' + now + ' ' + (performance.timeOrigin + now)); }`;

/** A bench page's ready message as [ms since navigation, ms since the epoch]; undefined for any other message. */
export function readyOf(text: string): [number, number] | undefined {
  const [word, sinceStart, at] = text.split(' ');
  return word === 'ready' ? [Number(sinceStart), Number(at)] : undefined;
}

/** The middle value (the upper one of an even count). */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The birth registration procedure (1.001193) from a sandbox, as the hand-written pages are built from it. Tried
 * twice: after a long build the server may close the idle keep-alive socket just as it is reused.
 */
export async function birthRegistration(apiBase: string): Promise<Schemas['Procedure']> {
  const get = () => fetch(`${apiBase}/procedures/1.001193`, { headers: { 'X-Api-Key': 'pk_test_hpasc_sandbox_local' } }).then((r) => r.json() as Promise<Schemas['Procedure']>);
  return get().catch(get);
}

/**
 * Serves a bundle's files and some pages (path → HTML) on a free port, uncached and gzipped as a CDN serves
 * them; and a Chromium to load them.
 */
export async function servePages(bundle: Pick<Bundle, 'files'>, pages: Record<string, string>): Promise<{ origin: string; browser: Browser; close(): Promise<void> }> {
  const files: Record<string, [string, Buffer]> = {
    ...Object.fromEntries(Object.entries(bundle.files).map(([name, code]) => [`/${name}`, ['text/javascript; charset=utf-8', gzipSync(code, { level: 9 })] as const])),
    ...Object.fromEntries(Object.entries(pages).map(([path, html]) => [path, ['text/html; charset=utf-8', gzipSync(html, { level: 9 })] as const])),
  };
  const server = createServer((req, res) => {
    const file = files[req.url ?? ''];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file[0], 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
