/**
 * The example pages, served by `npm start` with a strict Content Security Policy (Trusted Types enforced),
 * render their widgets without a single `securitypolicyviolation` — styles, bars, QR codes and all. The
 * widgets come from the CDN build under its versioned path, as an npm CDN serves it, and a page fetches only
 * the widgets it shows.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startEndToEnd, watchViolations, type EndToEnd } from './support/e2e.ts';

let e2e: EndToEnd;

const pages: [path: string, widgets: string[]][] = [
  ['/ward-portal/', ['hpasc-procedure-search', 'hpasc-sign-in', 'hpasc-dossier-form', 'hpasc-my-dossiers']],
  ['/ward-portal/theo-doi.html', ['hpasc-dossier-tracker']],
  ['/ward-portal/diem-tiep-nhan.html', ['hpasc-branch-finder', 'hpasc-service-stats', 'hpasc-rating-summary', 'hpasc-feedback-form']],
  ['/legacy-cms/', ['hpasc-dossier-tracker', 'hpasc-feedback-form']],
];
const { version } = JSON.parse(readFileSync(new URL('../packages/elements/package.json', import.meta.url), 'utf8')) as { version: string };
const cdn = `/cdn/@hpasc/elements@${version}`;

describe('example pages under a strict Content Security Policy', () => {
  before(async () => { e2e = await startEndToEnd(); });
  after(async () => { await e2e?.stop(); });

  for (const [path, widgets] of pages) {
    it(`${path} renders ${widgets.join(', ')} with no policy violation`, async () => {
      const page = await e2e.browser.newPage();
      const violations = await watchViolations(page);
      const response = await page.goto(`${e2e.site}${path}`);
      assert.match(response!.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
      for (const widget of widgets) {
        await page.waitForFunction((tag) => (document.querySelector(tag)?.shadowRoot?.textContent ?? '').trim().length > 0, widget, { timeout: 15_000 });
      }
      // Let the figures and lists that load after the first paint arrive.
      await page.waitForTimeout(1500);
      assert.deepEqual(violations, []);
      await page.close();
    });
  }

  it('/ward-portal/: a procedure found in the search opens in the dossier form below, under the same policy', async () => {
    const page = await e2e.browser.newPage();
    const violations = await watchViolations(page);
    await page.goto(`${e2e.site}/ward-portal/`);
    await page.locator('hpasc-procedure-search #q').fill('dang ky khai tu');
    // The commune-level filter lists procedures at once; the typed search replaces them.
    await page.waitForFunction(() => document.querySelector('hpasc-procedure-search')!.shadowRoot!.querySelector<HTMLElement>('[part=result]')?.dataset['code'] === '1.000656', null, { timeout: 15_000 });
    await page.locator('hpasc-procedure-search [part=result] button.open').first().click();
    await page.locator('hpasc-procedure-search [part=start]').click();
    await page.waitForFunction(() => (document.querySelector('hpasc-dossier-form') as HTMLElement & { procedure: string }).procedure === '1.000656');
    await page.waitForFunction(() => /khai tử/i.test(document.querySelector('hpasc-dossier-form')!.shadowRoot!.textContent ?? ''), null, { timeout: 15_000 });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'nop-ho-so');
    assert.deepEqual(violations, []);
    await page.close();
  });

  it('/ lists every example, and each of its links opens', async () => {
    const page = await e2e.browser.newPage();
    const violations = await watchViolations(page);
    await page.goto(`${e2e.site}/`);
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    assert.deepEqual(links, ['/ward-portal/', '/ward-portal/theo-doi.html', '/ward-portal/diem-tiep-nhan.html', '/legacy-cms/', '/react/']);
    for (const link of links) assert.equal((await fetch(`${e2e.site}${link}`)).status, 200, link);
    assert.match((await page.locator('main').textContent())!, /examples\/node-sdk\/follow-dossier\.ts/);
    assert.deepEqual(violations, []);
    await page.close();
  });

  it(`serves the CDN build under ${cdn}/ with CORS and cache headers, and a page fetches only the widgets it shows`, async () => {
    const page = await e2e.browser.newPage();
    const fetched: string[] = [];
    page.on('response', (response) => { if (response.url().startsWith(`${e2e.site}${cdn}/`)) fetched.push(response.url().slice(e2e.site.length + cdn.length + 1)); });
    await page.goto(`${e2e.site}/ward-portal/theo-doi.html`);
    await page.locator('hpasc-dossier-tracker #f-code').waitFor({ timeout: 15_000 });
    assert.ok(fetched.includes('hpasc-elements.js') && fetched.includes('hpasc-dossier-tracker.js'), fetched.join(', '));
    assert.ok(!fetched.includes('hpasc-dossier-form.js') && !fetched.includes('hpasc-feedback-form.js'), `only the tracker: ${fetched.join(', ')}`);
    await page.close();

    const loader = await fetch(`${e2e.site}${cdn}/hpasc-elements.js`, { headers: { Origin: 'https://phuong.example.vn' } });
    assert.equal(loader.status, 200);
    assert.equal(loader.headers.get('access-control-allow-origin'), '*');
    assert.match(loader.headers.get('content-type') ?? '', /^text\/javascript/);
    // Same name across rebuilds of a version in the sandbox: revalidated by ETag.
    assert.equal((await fetch(`${e2e.site}${cdn}/hpasc-elements.js`, { headers: { 'If-None-Match': loader.headers.get('etag')! } })).status, 304);
    const chunk = fetched.find((f) => f.startsWith('chunks/'))!;
    const cached = await fetch(`${e2e.site}${cdn}/${chunk}`);
    assert.equal(cached.headers.get('cache-control'), 'public, max-age=31536000, immutable', 'content-hashed chunks are cached for a year');
    assert.equal((await fetch(`${e2e.site}/cdn/@hpasc/elements@0.0.0-other/hpasc-elements.js`)).status, 404, 'only this version');
    assert.equal((await fetch(`${e2e.site}${cdn}/..%2f..%2fpackage.json`)).status, 404, 'nothing outside the build');
  });
});
