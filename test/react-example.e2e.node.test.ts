/**
 * The React example (`examples/react/`): a React 19 app with the @hpasc/react wrappers, on the example origin
 * under the strict policy with Trusted Types. The procedure chosen in the search opens in the form the app
 * renders for it; the submitted dossier's code comes back through the wrapper's typed event prop, and the
 * app then renders the tracker for that dossier, which shows it once the receipt's PIN is given. Not one
 * policy violation.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  completeBirthRegistration, eventOf, fillApplicant, recordEvents, startEndToEnd, submitWithOneTimeCode, watchViolations, type EndToEnd,
} from './support/e2e.ts';

let e2e: EndToEnd;

describe('the React example', () => {
  before(async () => { e2e = await startEndToEnd(); });
  after(async () => { await e2e?.stop(); });

  it('search → the form opens the chosen procedure → submit → the tracker shows the new dossier, with no policy violation', async () => {
    const page = await e2e.browser.newPage();
    const violations = await watchViolations(page);
    const events = await recordEvents(page, ['hpasc-submitted', 'hpasc-ready']);
    const response = await page.goto(`${e2e.site}/react/`);
    assert.match(response!.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
    assert.equal(await page.locator('#last-event').textContent(), 'Chưa có sự kiện nào.');
    assert.equal(await page.locator('hpasc-dossier-form').count(), 0, 'no form before a procedure is chosen');

    // The search, rendered by React; the start button tells the app, which renders the form for that procedure.
    await page.locator('hpasc-procedure-search #q').fill('dang ky khai sinh');
    await page.waitForFunction(() => document.querySelector('hpasc-procedure-search')!.shadowRoot!.querySelector<HTMLElement>('[part=result]')?.dataset['code'] === '1.001193', null, { timeout: 15_000 });
    await page.locator('hpasc-procedure-search [part=result] button.open').first().click();
    await page.locator('hpasc-procedure-search [part=start]').click();
    await page.locator('#form-heading').filter({ hasText: 'Đăng ký khai sinh' }).waitFor();
    assert.equal(await page.locator('#last-event').textContent(), 'Sự kiện gần nhất: hpasc-procedure-select (1.001193)');
    assert.equal(await page.evaluate(() => (document.querySelector('hpasc-dossier-form') as HTMLElement & { procedure: string }).procedure), '1.001193');
    assert.equal(await page.evaluate(() => document.activeElement?.localName), 'hpasc-dossier-form', 'focus moved to the form');
    await page.locator('hpasc-dossier-form h2').first().waitFor();

    await fillApplicant(page, '0912000666');
    await completeBirthRegistration(page, e2e.api);
    await submitWithOneTimeCode(page, e2e.api);
    const code = (await page.locator('hpasc-dossier-form [part=receipt] .code').textContent())!.trim();
    assert.equal((await eventOf(events, 'hpasc-submitted'))['dossierCode'], code);
    assert.equal(await page.locator('#last-event').textContent(), `Sự kiện gần nhất: hpasc-submitted (${code})`);

    // The app renders the tracker for the new dossier: its code is filled in; the PIN on the receipt opens it.
    await page.locator('#tracker-heading').filter({ hasText: code }).waitFor();
    assert.equal(await page.locator('hpasc-dossier-tracker #f-code').inputValue(), code);
    const pin = (await page.locator('hpasc-dossier-form [part=receipt] dt:has-text("Mã tra cứu") + dd').textContent())!.trim();
    await page.locator('hpasc-dossier-tracker #f-verifier').fill(pin);
    await page.locator('hpasc-dossier-tracker').getByRole('button', { name: 'Xem hồ sơ' }).click();
    await page.locator('hpasc-dossier-tracker [part=tracker] .code').filter({ hasText: code }).waitFor({ timeout: 15_000 });
    assert.deepEqual(await eventOf(events, 'hpasc-ready', { dossierCode: code }), { dossierCode: code, status: 1 });
    assert.equal(await page.locator('hpasc-dossier-tracker .status-title').textContent(), 'Đã gửi, đang chờ tiếp nhận');

    assert.deepEqual(violations, []);
    await page.close();
  });
});
