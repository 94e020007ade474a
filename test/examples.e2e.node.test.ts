/**
 * The example pages, served by `npm start` with a strict Content Security Policy (Trusted Types enforced),
 * render their widgets without a single `securitypolicyviolation` — styles, bars, QR codes and all.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEndToEnd, type EndToEnd } from './support/e2e.ts';

let e2e: EndToEnd;

const pages: [path: string, widgets: string[]][] = [
  ['/ward-portal/', ['hpasc-procedure-search', 'hpasc-sign-in', 'hpasc-dossier-form', 'hpasc-my-dossiers']],
  ['/ward-portal/theo-doi.html', ['hpasc-dossier-tracker']],
  ['/ward-portal/diem-tiep-nhan.html', ['hpasc-branch-finder', 'hpasc-service-stats', 'hpasc-rating-summary', 'hpasc-feedback-form']],
];

describe('example pages under a strict Content Security Policy', () => {
  before(async () => { e2e = await startEndToEnd(); });
  after(async () => { await e2e?.stop(); });

  for (const [path, widgets] of pages) {
    it(`${path} renders ${widgets.join(', ')} with no policy violation`, async () => {
      const page = await e2e.browser.newPage();
      const violations: string[] = [];
      await page.exposeFunction('reportViolation', (text: string) => { violations.push(text); });
      await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
      }));
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
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => { violations.push(text); });
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    }));
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
});
