// `npm run bench`: figures against the budgets in packages/*/bench/budgets.json, and a non-zero exit when
// one is missed — bundle sizes, what each part costs, what pages load from the CDN build, the SDK's
// per-request overhead against raw fetch on loopback (same sandbox, same run), the dossier form against a
// hand-written one, the procedure search over 6,300 procedures. Sandboxes run in their own processes, as a
// server does: in-process, their work and garbage would share the client's event loop.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createClient } from '@hpasc/sdk';
import { bundleSize } from '../packages/sdk/bench/size.ts';
import ky from 'ky';
import { benchDossierForm } from '../packages/elements/bench/dossier-form.bench.ts';
import { benchProcedureSearch, queries } from '../packages/elements/bench/procedure-search.bench.ts';
import { buildCdn, cdnSizes } from '../packages/elements/bench/cdn.bench.ts';
import { benchPageLoads } from '../packages/elements/bench/page-load.bench.ts';

const bench = (name: string) => fileURLToPath(new URL(`../packages/sdk/bench/${name}`, import.meta.url));
const budgets = JSON.parse(readFileSync(bench('budgets.json'), 'utf8')) as { typicalImportGzipBytes: number; overheadRatio: number };
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
/** A budget missed makes the run fail (after printing everything). */
let missed = 0;
const verdict = (ok: boolean) => { if (!ok) missed++; return ok ? 'ok' : 'OVER'; };
const row = (cells: string[]) => console.log(`  ${cells[0]!.padEnd(52)}${cells.slice(1).map((c) => c.padStart(14)).join('')}`);

console.log('\n@hpasc/sdk — bundle sizes (esbuild, minified, browser; gzip -9)');
row(['bundle', 'minified', 'gzip', 'budget']);
const entries: [string, string, number | null][] = [
  ['typical import: createClient (procedures, submit, track, watch)', 'typical-client.ts', budgets.typicalImportGzipBytes],
  ['per-operation functions (@hpasc/sdk/core), same use minus watch', 'typical-core.ts', null],
  ['typical import + contract checks (@hpasc/sdk/validate)', 'typical-validated.ts', null],
];
for (const [label, file, budget] of entries) {
  const size = await bundleSize(bench(file));
  row([label.slice(0, 51), kb(size.minified), kb(size.gzip), budget ? `${kb(budget)} ${verdict(size.gzip <= budget)}` : '']);
}
console.log('\n  what each part costs, alone (gzip):');
const alone = async (label: string, contents: string) => {
  const size = await bundleSize({ contents, resolveDir: bench('.') });
  row([`  ${label}`, kb(size.minified), kb(size.gzip), '']);
  return size;
};
const kyAlone = await alone('ky 2', "import ky from 'ky'; export const k = ky.create({ retry: 2 });");
await alone('zod/mini + all request/response schemas', "export { validators } from '@hpasc/sdk/validate';");
await alone('eventsource-parser', "export { createParser } from 'eventsource-parser';");
const typical = await bundleSize(bench('typical-client.ts'));
row(['  SDK code in the typical import (minified)', kb(typical.parts['SDK code'] ?? 0), '', '']);
row(['  typical import minus ky (gzip)', '', kb(typical.gzip - kyAlone.gzip), '']);

console.log('\n@hpasc/sdk — per-request overhead against raw fetch (loopback, GET /v1/sectors)');
const sandbox = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', fileURLToPath(new URL('bench-sandbox.ts', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
const sb = { base: await new Promise<string>((resolve) => sandbox.stdout.once('data', (d) => resolve(String(d).trim()))) };
const testKey = 'pk_test_hpasc_sandbox_local';
const client = createClient({ baseUrl: `${sb.base}/v1`, apiKey: testKey });
const url = `${sb.base}/v1/sectors`;
const raw = () => fetch(url, { headers: { 'X-Api-Key': testKey, 'Accept-Language': 'vi' } }).then((r) => r.json());
const kyOnly = ky.create({ retry: 3, timeout: 15_000 });
const kyCall = () => kyOnly(url, { headers: { 'X-Api-Key': testKey, 'Accept-Language': 'vi' } }).json();
const sdk = () => client.sectors.list();
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
for (let i = 0; i < 200; i++) await raw(), await kyCall(), await sdk();
// Interleave the calls, in alternating order, so all see the same machine state; 3 × 2,000 samples.
const rawTimes: number[] = [];
const kyTimes: number[] = [];
const sdkTimes: number[] = [];
const contenders: [() => Promise<unknown>, number[]][] = [[raw, rawTimes], [kyCall, kyTimes], [sdk, sdkTimes]];
for (let i = 0; i < 2000; i++) {
  for (const [fn, times] of i % 2 ? contenders : [...contenders].reverse()) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
}
for (const times of [rawTimes, kyTimes, sdkTimes]) times.sort((a, b) => a - b);
const [rawP50, rawP95, kyP50, kyP95, sdkP50, sdkP95] = [rawTimes, kyTimes, sdkTimes].flatMap((t) => [quantile(t, 0.5), quantile(t, 0.95)]) as [number, number, number, number, number, number];
row(['', 'p50', 'p95', '']);
row(['raw fetch', `${rawP50.toFixed(2)} ms`, `${rawP95.toFixed(2)} ms`, '']);
row(['ky alone (retry, timeout)', `${kyP50.toFixed(2)} ms`, `${kyP95.toFixed(2)} ms`, `${(kyP50 / rawP50).toFixed(2)}×`]);
row(['SDK (ky, retries, errors, headers)', `${sdkP50.toFixed(2)} ms`, `${sdkP95.toFixed(2)} ms`, '']);
const ratio = sdkP50 / rawP50;
row(['overhead ratio (p50)', `${ratio.toFixed(2)}×`, '', `${budgets.overheadRatio}× ${verdict(ratio <= budgets.overheadRatio)}`]);

const formBudgets = JSON.parse(readFileSync(fileURLToPath(new URL('../packages/elements/bench/budgets.json', import.meta.url)), 'utf8')) as {
  dossierFormGzipBytes: number; readyRatio: number; searchClientP95Ms: number; cdnLoaderGzipBytes: number; cdnOneWidgetGzipBytes: number; cdnAllGzipBytes: number;
};

console.log('\n@hpasc/elements — the CDN build (rollup, Lit templates minified, terser), what a page loads; English catalog apart');
const built = await buildCdn();
const cdn = cdnSizes(built);
row(['page loads', 'gzip', 'brotli', 'budget (gzip)']);
row(['the loader alone (hpasc-elements.js)', kb(cdn.loader.gzip), kb(cdn.loader.brotli), `${kb(formBudgets.cdnLoaderGzipBytes)} ${verdict(cdn.loader.gzip <= formBudgets.cdnLoaderGzipBytes)}`]);
for (const [tag, size] of Object.entries(cdn.widgets)) {
  row([`  + provider + <${tag}> (${size.files} files)`, kb(size.gzip), kb(size.brotli), `${kb(formBudgets.cdnOneWidgetGzipBytes)} ${verdict(size.gzip <= formBudgets.cdnOneWidgetGzipBytes)}`]);
}
row([`every widget (${cdn.all.files} files)`, kb(cdn.all.gzip), kb(cdn.all.brotli), `${kb(formBudgets.cdnAllGzipBytes)} ${verdict(cdn.all.gzip <= formBudgets.cdnAllGzipBytes)}`]);
row(['every widget, one file (hpasc-elements.all.js)', kb(cdn.single.gzip), kb(cdn.single.brotli), '']);
console.log('\n<hpasc-dossier-form> — birth registration (1.001193), headless Chromium, 4× CPU throttling, median of 15 interleaved runs');
const form = await benchDossierForm(`${sb.base}/v1`);
row(['', 'ready', 'all errors', '']);
row(['hand-written HTML form, same fields', `${form.handWritten.readyMs.toFixed(0)} ms`, `${form.handWritten.errorsMs.toFixed(1)} ms`, '']);
row(['<hpasc-dossier-form> (loads the procedure)', `${form.widget.readyMs.toFixed(0)} ms`, `${form.widget.errorsMs.toFixed(1)} ms`, '']);
const readyRatio = form.widget.readyMs / form.handWritten.readyMs;
row(['ready ratio', `${readyRatio.toFixed(2)}×`, '', `${formBudgets.readyRatio}× ${verdict(readyRatio <= formBudgets.readyRatio)}`]);
row(['size at page load (lit, SDK, validators, i18n)', kb(form.minifiedBytes), kb(form.gzipBytes), `${kb(formBudgets.dossierFormGzipBytes)} ${verdict(form.gzipBytes <= formBudgets.dossierFormGzipBytes)}`]);
row(['  + on demand (the receipt\'s QR encoder…)', '', kb(form.onDemandGzipBytes), '']);
row(['  + English catalog, for English pages only', '', kb(form.englishGzipBytes), '']);
// Page loads after the form's timings, on the same sandbox: their Chromium and network emulation are the
// heaviest part of the run, and the form's ready ratio is measured on a quiet machine before them.
const loads = await benchPageLoads(`${sb.base}/v1`, built);
console.log(`\n@hpasc/elements — page loads from the CDN build, ${loads.network}; median of 5 interleaved runs`);
row(['page → widget ready', 'ready', 'loader ÷ it', 'scripts', 'in a row', 'budget (gzip)']);
for (const { name, loader, single, handWritten } of loads.pages) {
  console.log(`  ${name}`);
  const line = (label: string, load: typeof loader, ratio = '', budget = '') => row([`  ${label}`, `${load.readyMs.toFixed(0)} ms`, ratio, `${load.scripts} · ${kb(load.scriptGzipBytes)}`, String(load.chain), budget]);
  // What the page really asked for before ready, on-demand chunks the first screen needs included.
  line('through the loader (hpasc-elements.js)', loader, '', `${kb(formBudgets.cdnOneWidgetGzipBytes)} ${verdict(loader.scriptGzipBytes <= formBudgets.cdnOneWidgetGzipBytes)}`);
  line('the single file (hpasc-elements.all.js)', single, `${(loader.readyMs / single.readyMs).toFixed(2)}×`);
  if (handWritten) line('hand-written HTML form, same fields', handWritten, `${(loader.readyMs / handWritten.readyMs).toFixed(2)}×`);
}
sandbox.kill();

// The search over the national-scale catalog, from a sandbox of its own grown to 6,300 procedures.
const big = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', fileURLToPath(new URL('bench-sandbox.ts', import.meta.url)), '--catalog', '6300'], { stdio: ['ignore', 'pipe', 'inherit'] });
const bigBase = await new Promise<string>((resolve) => big.stdout.once('data', (d) => resolve(String(d).trim())));
console.log(`\n<hpasc-procedure-search> — keystroke → results painted, 6,300 procedures, ${queries.length} queries typed a letter per 400 ms, headless Chromium, 4× CPU throttling`);
const search = await benchProcedureSearch(`${bigBase}/v1`);
big.kill();
row([`${search.searches} searches answered, ${search.keystrokes} keystrokes`, 'p50', 'p95', 'budget']);
row(['client-side part: input + render', ms(search.client.p50), ms(search.client.p95), `${ms(formBudgets.searchClientP95Ms)} ${verdict(search.client.p95 <= formBudgets.searchClientP95Ms)}`]);
row(['  input (the widget\'s handler, layout)', ms(search.input.p50), ms(search.input.p95), '']);
row(['  render (parsed answer → laid out)', ms(search.render.p50), ms(search.render.p95), '']);
row(['browser\'s keystroke (keydown → input)', ms(search.keystroke.p50), ms(search.keystroke.p95), '']);
row(['reading and parsing the body', ms(search.read.p50), ms(search.read.p95), '']);
row(['answer received → painted (wall clock)', ms(search.answerToPaint.p50), ms(search.answerToPaint.p95), '']);
row(['keystroke → painted (debounce 150 ms, network)', ms(search.endToEnd.p50), ms(search.endToEnd.p95), '']);
row(['size (lit, SDK, the widget, i18n)', '', kb(search.gzipBytes), '']);

if (missed) {
  console.error(`\n${missed} budget${missed > 1 ? 's' : ''} missed.`);
  process.exitCode = 1;
}
