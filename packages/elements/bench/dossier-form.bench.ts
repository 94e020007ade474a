/**
 * The dossier form under 4× CPU throttling in headless Chromium, next to a hand-written HTML form of the same
 * fields measured in the same run: time until ready, and time to show every error after an empty submit.
 * Also the form's gzipped size (lit, SDK, validators, QR code, localization, drafts — everything a Vietnamese
 * page loads), and the English catalog's.
 */
import type { Page } from 'playwright-core';
import type { Schemas } from '@hpasc/sdk';
import { birthRegistration, bundleEntry, logReady, median, readyOf, servePages, type Bundle } from './build.ts';

export interface FormBench {
  gzipBytes: number;
  minifiedBytes: number;
  /** The English catalog, fetched only by English pages. */
  englishGzipBytes: number;
  /** Loaded when a citizen gets that far (the receipt's QR encoder…), not with the page. */
  onDemandGzipBytes: number;
  widget: { readyMs: number; errorsMs: number };
  handWritten: { readyMs: number; errorsMs: number };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The form as a page loads it, built as the CDN build is (see ./build.ts). Everything counts, QR code
 * included, but the English catalog: a chunk of its own that Vietnamese pages never fetch.
 */
export const bundleForm = (): Promise<Bundle> => bundleEntry('dossier-form.entry.ts');

/** The same fields as plain HTML with a small script that checks required ones: what a careful web team would write. */
export function handWrittenPage(procedure: Schemas['Procedure']): string {
  const fields: [string, string][] = [
    ['applicant-fullName', 'Họ, chữ đệm và tên'], ['applicant-citizenId', 'Số định danh cá nhân (CCCD)'], ['applicant-birthDate', 'Ngày sinh'],
    ['applicant-phone', 'Số điện thoại di động'], ['applicant-email', 'Email (nếu có)'], ['applicant-address', 'Nơi cư trú'],
    ...procedure.form.layout.steps.flatMap((s) => s.sections.flatMap((sec) => sec.fields.map((f) => [f.pointer.slice(1).replace(/\//g, '-'), f.label.vi] as [string, string]))),
  ];
  const inputs = fields.map(([id, label]) => `<div class="field"><label for="${id}">${escapeHtml(label)}</label><p class="error" id="${id}-error" hidden></p><input id="${id}" required></div>`).join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Hand-written form</title>
<style>body{font:16px/1.5 system-ui;max-width:720px;margin:24px auto}.field{margin:0 0 20px}label{display:block;font-weight:600}input{display:block;width:100%;min-height:44px}.error{color:#b3261e;font-weight:600}.summary{border:3px solid #b3261e;padding:16px}</style></head>
<body><form id="form" novalidate><div class="summary" id="summary" tabindex="-1" hidden><h2>Có thông tin cần sửa</h2><ul id="list"></ul></div>${inputs}<button type="submit">Tiếp tục</button></form>
<script type="module">
const form = document.getElementById('form');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const items = [];
  for (const input of form.querySelectorAll('input')) {
    const error = document.getElementById(input.id + '-error');
    const missing = !input.value.trim();
    error.hidden = !missing; error.textContent = missing ? 'Vui lòng nhập thông tin này.' : '';
    input.setAttribute('aria-invalid', String(missing));
    if (missing) { const li = document.createElement('li'); const a = document.createElement('a'); a.href = '#' + input.id; a.textContent = input.labels[0].textContent + ': Vui lòng nhập thông tin này.'; li.append(a); items.push(li); }
  }
  document.getElementById('list').replaceChildren(...items);
  const summary = document.getElementById('summary'); summary.hidden = items.length === 0; summary.focus();
});
requestAnimationFrame(() => ${logReady});
</script></body></html>`;
}

function widgetPage(apiBase: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Widget</title></head><body>
<script type="module">
import './hpasc-elements.js';
const form = document.createElement('hpasc-dossier-form');
form.addEventListener('hpasc-ready', () => form.updateComplete.then(() => requestAnimationFrame(() => ${logReady})));
form.setAttribute('procedure', '1.001193');
form.setAttribute('api-key', 'pk_test_hpasc_sandbox_local');
form.setAttribute('base-url', ${JSON.stringify(apiBase)});
document.body.append(form);
</script></body></html>`;
}

async function measure(page: Page, url: string, submit: () => Promise<void>): Promise<{ readyMs: number; errorsMs: number }> {
  const ready = new Promise<number>((resolve) => page.on('console', (message) => {
    const readyAt = readyOf(message.text());
    if (readyAt) resolve(readyAt[0]);
  }));
  await page.goto(url);
  const readyMs = await ready;
  const started = await page.evaluate(() => performance.now());
  await submit();
  const done = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
  return { readyMs, errorsMs: done - started };
}


export async function benchDossierForm(apiBase: string, runs = 15): Promise<FormBench> {
  const procedure = await birthRegistration(apiBase);
  const bundle = await bundleForm();
  const { origin, browser, close } = await servePages(bundle, { '/widget.html': widgetPage(apiBase), '/hand-written.html': handWrittenPage(procedure) });
  const results = { widget: [] as { readyMs: number; errorsMs: number }[], handWritten: [] as { readyMs: number; errorsMs: number }[] };
  try {
    // The first runs warm the server's and the browser's code paths; they are left out. Pairs alternate which
    // page goes first, so a drift of the machine's speed during the run weighs on both alike.
    const warmUp = 3;
    for (let run = 0; run < runs + warmUp; run++) {
      for (const kind of run % 2 ? ['handWritten', 'widget'] as const : ['widget', 'handWritten'] as const) {
        const page = await browser.newPage();
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        const result = kind === 'widget'
          ? await measure(page, `${origin}/widget.html`, () => page.evaluate(async () => {
            const form = document.querySelector('hpasc-dossier-form') as HTMLElement & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };
            (form.shadowRoot.querySelector('button[type=submit]') as HTMLButtonElement).click();
            await form.updateComplete;
          }))
          : await measure(page, `${origin}/hand-written.html`, () => page.evaluate(() => { (document.querySelector('button[type=submit]') as HTMLButtonElement).click(); }));
        if (run >= warmUp) results[kind].push(result);
        await page.close();
      }
    }
  } finally {
    await close();
  }
  if (process.env['BENCH_VERBOSE']) for (const [kind, list] of Object.entries(results)) console.log(kind, list.map((r) => r.readyMs.toFixed(0)).join(' '));
  const summarize = (list: { readyMs: number; errorsMs: number }[]) => ({ readyMs: median(list.map((r) => r.readyMs)), errorsMs: median(list.map((r) => r.errorsMs)) });
  return { gzipBytes: bundle.gzipBytes, minifiedBytes: bundle.minifiedBytes, englishGzipBytes: bundle.englishGzipBytes, onDemandGzipBytes: bundle.onDemandGzipBytes, widget: summarize(results.widget), handWritten: summarize(results.handWritten) };
}
