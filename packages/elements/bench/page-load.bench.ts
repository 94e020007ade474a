/**
 * Page loads from the CDN build under a slow mobile network, so the request chain shows: Chromium's network
 * emulation at DevTools' "Slow 4G" (150 ms round trip, 1.6 Mbps down, 750 kbps up) and 4× CPU throttling,
 * files gzipped as a CDN serves them, the API on the same emulated network. Each page is loaded through the
 * loader (`hpasc-elements.js`: the widget and its chunks come after it) and through the single file
 * (`hpasc-elements.all.js`), and the dossier form also against a hand-written form of the same fields;
 * interleaved runs, medians. "Ready" is the widget's own signal: the form's `hpasc-ready` (its procedure
 * loaded and rendered), the search's first `hpasc-search-results`, each followed by a frame.
 */
import { gzipSync } from 'node:zlib';
import type { OutputChunk } from 'rollup';
import type { Page } from 'playwright-core';
import { birthRegistration, logReady, median, readyOf, servePages } from './build.ts';
import type { BuiltCdn } from './cdn.bench.ts';
import { handWrittenPage } from './dossier-form.bench.ts';

export interface PageLoad {
  readyMs: number;
  /** Script files asked for before ready. */
  scripts: number;
  /** Their own size, gzip -9 as the CDN size table counts it: what the page really loaded before ready. */
  scriptGzipBytes: number;
  /**
   * Requests in a row before ready: the page, the scripts, the API calls — each counted one after the deepest
   * request that had finished when it was sent (a round trip the next one waited for).
   */
  chain: number;
}

export interface PageLoads {
  network: string;
  pages: { name: string; loader: PageLoad; single: PageLoad; handWritten?: PageLoad }[];
}

const network = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const key = 'pk_test_hpasc_sandbox_local';

function widgetPage(script: string, apiBase: string, widget: string, readyEvent: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Page load</title>
<script type="module" src="${script}"></script></head><body>
<hpasc-provider api-key="${key}" base-url="${apiBase}">${widget}</hpasc-provider>
<script type="module">
document.addEventListener('${readyEvent}', (event) => event.target.updateComplete.then(() => requestAnimationFrame(() => ${logReady})), { once: true });
</script></body></html>`;
}

async function load(page: Page, url: string, gzipOf: Map<string, number>): Promise<PageLoad> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const requests = new Map<string, { url: string; script: boolean; sent: number; sentAt: number; finished: number }>();
  cdp.on('Network.requestWillBeSent', (event) => {
    requests.set(event.requestId, { url: event.request.url, script: event.type === 'Script', sent: event.timestamp, sentAt: event.wallTime * 1000, finished: Infinity });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.finished = event.timestamp;
  });
  const ready = new Promise<[number, number]>((resolve) => page.on('console', (message) => {
    const readyAt = readyOf(message.text());
    if (readyAt) resolve(readyAt);
  }));
  await page.goto(url);
  const [readyMs, readyAt] = await ready;
  // Only what was asked for before ready (by the wall clock both sides share): the page reads the console
  // message later, when chunks asked for after ready (e.g. the form's communes, once painted) may be on their way.
  const seen = [...requests.values()].filter((r) => r.sentAt <= readyAt).sort((a, b) => a.sent - b.sent);
  // A request's place in the chain: one after the deepest request that had finished when it was sent.
  const depths: number[] = [];
  seen.forEach((request, i) => {
    depths[i] = 1 + Math.max(0, ...seen.slice(0, i).map((before, j) => (before.finished <= request.sent ? depths[j]! : 0)));
  });
  const scripts = seen.filter((r) => r.script);
  if (process.env['BENCH_VERBOSE']) console.log(url, scripts.map((r) => `${new URL(r.url).pathname} ${gzipOf.get(new URL(r.url).pathname)}`).join(', '));
  return {
    readyMs,
    scripts: scripts.length,
    scriptGzipBytes: scripts.reduce((n, r) => n + (gzipOf.get(new URL(r.url).pathname) ?? 0), 0),
    chain: Math.max(...depths),
  };
}

const medianLoad = (loads: PageLoad[]): PageLoad => ({
  readyMs: median(loads.map((l) => l.readyMs)),
  scripts: median(loads.map((l) => l.scripts)),
  scriptGzipBytes: median(loads.map((l) => l.scriptGzipBytes)),
  chain: median(loads.map((l) => l.chain)),
});

export async function benchPageLoads(apiBase: string, built: BuiltCdn, runs = 5): Promise<PageLoads> {
  const code = (chunks: Map<string, OutputChunk>, prefix: string) => Object.fromEntries([...chunks].map(([name, chunk]) => [`${prefix}/${name}`, chunk.code]));
  const procedure = await birthRegistration(apiBase);
  const widgets = {
    'dossier form (1.001193)': ['<hpasc-dossier-form procedure="1.001193"></hpasc-dossier-form>', 'hpasc-ready'],
    'procedure search (commune level)': ['<hpasc-procedure-search level="commune"></hpasc-procedure-search>', 'hpasc-search-results'],
  } as const;
  const pages: Record<string, string> = { '/hand-written.html': handWrittenPage(procedure) };
  for (const [i, [widget, event]] of Object.values(widgets).entries()) {
    pages[`/loader-${i}.html`] = widgetPage('/cdn/hpasc-elements.js', apiBase, widget, event);
    pages[`/single-${i}.html`] = widgetPage('/one/hpasc-elements.all.js', apiBase, widget, event);
  }
  const files = { ...code(built.split, 'cdn'), ...code(built.single, 'one') };
  const gzipOf = new Map(Object.entries(files).map(([name, text]) => [`/${name}`, gzipSync(text, { level: 9 }).length]));
  const { origin, browser, close } = await servePages({ files }, pages);
  try {
    const result: PageLoads = { network: 'Slow 4G: 150 ms RTT, 1.6 Mbps down, 750 kbps up; 4× CPU', pages: [] };
    for (const [i, name] of Object.keys(widgets).entries()) {
      const kinds = { loader: `/loader-${i}.html`, single: `/single-${i}.html`, ...(i === 0 ? { handWritten: '/hand-written.html' } : {}) };
      const loads: Record<string, PageLoad[]> = {};
      // One warm-up round (left out), then rounds that rotate which page goes first.
      for (let run = 0; run <= runs; run++) {
        const order = Object.entries(kinds);
        for (let k = 0; k < run % order.length; k++) order.push(order.shift()!);
        for (const [kind, path] of order) {
          const context = await browser.newContext();
          const page = await context.newPage();
          const measured = await load(page, `${origin}${path}`, gzipOf);
          await context.close();
          if (run > 0) (loads[kind] ??= []).push(measured);
        }
      }
      result.pages.push({
        name,
        loader: medianLoad(loads['loader']!),
        single: medianLoad(loads['single']!),
        ...(loads['handWritten'] ? { handWritten: medianLoad(loads['handWritten']) } : {}),
      });
    }
    return result;
  } finally {
    await close();
  }
}
