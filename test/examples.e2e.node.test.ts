/**
 * The example pages, served by `npm start` with a strict Content Security Policy (Trusted Types enforced),
 * render their widgets without a single `securitypolicyviolation` — styles, bars, QR codes and all.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEndToEnd, type EndToEnd } from './support/e2e.ts';

let e2e: EndToEnd;

const pages: [path: string, widgets: string[]][] = [
  ['/ward-portal/', ['hpasc-sign-in', 'hpasc-dossier-form', 'hpasc-my-dossiers']],
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
});
