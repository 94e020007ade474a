/**
 * The ward portal example end to end, as a citizen goes through it: `npm start`'s example origin (not the
 * API's), the widgets from the versioned CDN build, under the strict policy with Trusted Types. Search a
 * procedure → start it in the form → fill it and confirm the mobile with a one-time code → the receipt with
 * the dossier code → the receipt's link opens the tracker page → the sandbox returns the result (status 10)
 * and the tracker shows it live → the rating in the tracker is accepted with thanks. Not one policy violation
 * on either page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  completeBirthRegistration, eventOf, fillApplicant, recordEvents, startEndToEnd, submitWithOneTimeCode, watchViolations, type EndToEnd,
} from './support/e2e.ts';

let e2e: EndToEnd;

describe('the ward portal example, from search to rating', () => {
  before(async () => { e2e = await startEndToEnd(); });
  after(async () => { await e2e?.stop(); });

  it('search → form → receipt → tracker → rating, from another origin than the API, with no policy violation', async () => {
    assert.notEqual(new URL(e2e.site).origin, new URL(e2e.api).origin);
    const page = await e2e.browser.newPage();
    const violations = await watchViolations(page);
    const events = await recordEvents(page, ['hpasc-procedure-select', 'hpasc-submitted', 'hpasc-ready', 'hpasc-status-change', 'hpasc-rated']);
    const apiCalls: string[] = [];
    page.on('request', (request) => { if (request.url().startsWith(`${e2e.api}/v1/`)) apiCalls.push(request.url()); });

    // Search: the folded query finds the birth registration; starting it opens it in the form below.
    await page.goto(`${e2e.site}/ward-portal/`);
    await page.locator('hpasc-procedure-search #q').fill('dang ky khai sinh');
    await page.waitForFunction(() => document.querySelector('hpasc-procedure-search')!.shadowRoot!.querySelector<HTMLElement>('[part=result]')?.dataset['code'] === '1.001193', null, { timeout: 15_000 });
    await page.locator('hpasc-procedure-search [part=result] button.open').first().click();
    await page.locator('hpasc-procedure-search [part=start]').click();
    assert.equal((await eventOf(events, 'hpasc-procedure-select'))['code'], '1.001193');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'nop-ho-so', 'focus moved to the form');

    // The form, filled with the keyboard; the mobile confirmed with a one-time code.
    await page.locator('hpasc-dossier-form h2').first().waitFor();
    await fillApplicant(page, '0912000555');
    await completeBirthRegistration(page, e2e.api);
    await submitWithOneTimeCode(page, e2e.api);

    // The receipt: its dossier code is the one the page was told, with the tracking PIN beside it.
    const code = (await page.locator('hpasc-dossier-form [part=receipt] .code').textContent())!.trim();
    assert.match(code, /^\d{3}\.[0-9A-Z]{2}\.\d{2}\.[GH]\d{2}-\d{6}-\d{4}$/);
    assert.equal((await eventOf(events, 'hpasc-submitted'))['dossierCode'], code);
    const pin = (await page.locator('hpasc-dossier-form [part=receipt] dt:has-text("Mã tra cứu") + dd').textContent())!.trim();
    assert.ok(pin.length > 0, 'a tracking PIN');

    // The receipt's link opens the tracker page with the code filled in; the PIN never travels in the address.
    await page.getByRole('link', { name: 'Theo dõi hồ sơ' }).click();
    await page.waitForURL(/\/ward-portal\/theo-doi\.html#ho-so=/);
    assert.ok(!page.url().includes(pin), 'no PIN in the address');
    await page.locator('hpasc-dossier-tracker #f-code').waitFor();
    assert.equal(await page.locator('hpasc-dossier-tracker #f-code').inputValue(), code);
    await page.locator('hpasc-dossier-tracker #f-verifier').fill(pin);
    await page.getByRole('button', { name: 'Xem hồ sơ' }).click();
    await page.locator('hpasc-dossier-tracker [part=tracker] .code').filter({ hasText: code }).waitFor({ timeout: 15_000 });
    assert.deepEqual(await eventOf(events, 'hpasc-ready', { dossierCode: code }), { dossierCode: code, status: 1 });
    assert.equal(await page.locator('hpasc-dossier-tracker .status-title').textContent(), 'Đã gửi, đang chờ tiếp nhận');

    // The sandbox moves the dossier along to "Đã trả kết quả"; the open tracker follows it live.
    let status = 0;
    for (let i = 0; i < 8 && status !== 10; i++) {
      status = ((await (await fetch(`${e2e.api}/sandbox/dossiers/${encodeURIComponent(code)}/step`, { method: 'POST' })).json()) as { status: number }).status;
    }
    assert.equal(status, 10, 'the sandbox returned the result');
    await page.locator('hpasc-dossier-tracker .status-title').filter({ hasText: 'Đã trả kết quả' }).waitFor({ timeout: 15_000 });
    await eventOf(events, 'hpasc-status-change', { dossierCode: code, status: 10 });

    // The rating, inside the tracker, needs no second PIN: it is accepted, and the citizen is thanked.
    await page.locator('hpasc-rating #level-0').check();
    await page.locator('hpasc-rating').getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.locator('hpasc-rating').getByRole('heading', { name: 'Cảm ơn ông/bà đã đánh giá' }).waitFor({ timeout: 15_000 });
    assert.deepEqual(await eventOf(events, 'hpasc-rated'), { dossierCode: code, level: 'very-satisfied' });

    assert.ok(apiCalls.some((url) => url.includes('/dossiers')), 'the widgets called the API on its own origin');
    assert.deepEqual(violations, []);
    await page.close();
  });
});
