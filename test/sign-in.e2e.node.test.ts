/**
 * Citizen sign-in end to end: `npm start`'s ward portal (one origin) signs a test citizen in through the
 * center's sign-in and its fake VNeID (another origin) in a popup, or by redirect when popups are blocked;
 * the form is then prefilled, locked and submitted without a one-time code. The token never lands in the host
 * page's storage, cookies or address, and a handover from another origin or with a wrong state is ignored.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { createCore, listMyDossiers } from '@hpasc/sdk/core';
import { citizenTokens, testKey } from './support/citizens.ts';
import { completeBirthRegistration, press, startEndToEnd, typeInto, type EndToEnd } from './support/e2e.ts';

let e2e: EndToEnd;

/** Everything the host page keeps: its storages, its cookies (as the page and as the browser see them) and its address. */
async function hostTraces(page: Page, context: BrowserContext): Promise<string> {
  const inPage = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie, url: location.href }));
  const cookies = JSON.stringify(await context.cookies(e2e.site));
  return inPage + cookies;
}

/** The access tokens the sandbox issued (`at_…`) — read from the network, to look for them elsewhere. */
function captureTokens(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('/v1/auth/token')) return;
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; refresh_token?: string };
    for (const token of [body.access_token, body.refresh_token]) if (token) seen.push(token);
  });
  return seen;
}

/** The codes of the dossiers the API lists for a test citizen, signed in apart from the page. */
async function listedFor(sub: string): Promise<string[]> {
  const tokens = await citizenTokens(e2e.api, sub, `${e2e.site}/ward-portal/`);
  const signedIn = createCore({ baseUrl: `${e2e.api}/v1`, apiKey: testKey, getAccessToken: () => tokens.access_token });
  const codes: string[] = [];
  for await (const dossier of listMyDossiers(signedIn)) codes.push(dossier.code);
  return codes;
}

async function signInThroughPopup(page: Page, citizen: RegExp): Promise<void> {
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Đăng nhập bằng VNeID' }).click();
  const idp = await popup;
  await idp.getByRole('button', { name: citizen }).click();
  await page.getByText(/^Đã đăng nhập: /).waitFor();
}

describe('citizen sign-in in a department page', () => {
  before(async () => { e2e = await startEndToEnd(); });
  after(async () => { await e2e?.stop(); });

  it('signs in through the popup; the form is prefilled and locked; the token stays out of the page', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const tokens = captureTokens(page);
    await page.goto(`${e2e.site}/ward-portal/`);
    await page.locator('hpasc-dossier-form h2').first().waitFor();
    await signInThroughPopup(page, /Nguyễn Thị Lan/);
    assert.equal(await page.getByText('Đã đăng nhập: Nguyễn Thị Lan').count(), 1);

    const name = page.locator('#f-applicant-fullName');
    assert.equal(await name.inputValue(), 'Nguyễn Thị Lan');
    assert.equal(await name.getAttribute('readonly'), '', 'locked');
    assert.equal(await page.locator('#f-applicant-citizenId').inputValue(), '001185012345');
    assert.equal(await page.locator('#f-applicant-birthDate-year').inputValue(), '1985');

    assert.ok(tokens.length >= 2, 'access and refresh tokens were issued');
    const traces = await hostTraces(page, context);
    for (const token of tokens) assert.ok(!traces.includes(token), 'no token in storage, cookies or the address');
    assert.ok(!/[?&]code=/.test(page.url()), 'no code in the address');

    // Submitted without a one-time code: the phone came from VNeID, the address is typed.
    await typeInto(page, 'f-applicant-address-detail', 'Số 12 phố Lý Thái Tổ');
    await press(page, /^Tiếp tục$/);
    await completeBirthRegistration(page, e2e.api);
    await press(page, /^Nộp hồ sơ$/);
    await page.getByRole('heading', { name: 'Đã nộp hồ sơ thành công' }).waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('#f-otp').count(), 0, 'no one-time code asked');
    const code = (await page.locator('hpasc-dossier-form .receipt .code').textContent())!;

    // In "my dossiers" on the same page, and withdrawn from there.
    const mineOnPage = page.locator('hpasc-my-dossiers').getByText(code);
    await mineOnPage.waitFor();
    await page.locator('hpasc-my-dossiers').getByRole('button', { name: /^Rút hồ sơ/ }).first().click();
    await page.locator('hpasc-my-dossiers textarea').fill('Tôi nộp nhầm thủ tục.');
    await page.locator('hpasc-my-dossiers').getByRole('button', { name: /^Xác nhận/ }).click();
    await page.locator('hpasc-my-dossiers').getByText('Đã rút hồ sơ').first().waitFor();

    // The dossier is the citizen's: listed for her token, not for another citizen's (asked of the API itself).
    const mine = await listedFor('demo-citizen-01');
    assert.ok(mine.includes(code), 'in her dossiers');
    assert.ok(!(await listedFor('demo-citizen-02')).includes(code), 'not in another citizen\'s dossiers');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('button', { name: 'Đăng nhập bằng VNeID' }).waitFor();
    await context.close();
  });

  it('ignores a handover from another origin, or from the center with a wrong state', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const exchanges: string[] = [];
    page.on('request', (request) => { if (request.url().endsWith('/v1/auth/token')) exchanges.push(request.url()); });
    await page.goto(`${e2e.site}/ward-portal/`);
    await page.locator('hpasc-dossier-form h2').first().waitFor();
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Đăng nhập bằng VNeID' }).click();
    const idp = await popup;
    await idp.waitForURL(/\/sandbox\/idp\/login/);
    await page.getByText('Hãy hoàn tất đăng nhập').waitFor();

    // From the page's own origin (not the center's), with a plausible message.
    await page.evaluate(() => window.postMessage({ type: 'hpasc:authorization', code: 'ac_forged', state: 'anything' }, '*'));
    // From the center's origin (the popup), with a state the widget never sent.
    await idp.evaluate(() => window.opener.postMessage({ type: 'hpasc:authorization', code: 'ac_forged', state: 'wrong-state' }, '*'));
    await page.waitForTimeout(500);
    assert.deepEqual(exchanges, [], 'no code was exchanged');
    assert.equal(await page.getByText('Hãy hoàn tất đăng nhập').count(), 1, 'still waiting for the real sign-in');

    // The real one still goes through.
    await idp.getByRole('button', { name: /Trần Văn Minh/ }).click();
    await page.getByText('Đã đăng nhập: Trần Văn Minh').waitFor();
    assert.equal(exchanges.length, 1);
    await context.close();
  });

  it('signs in by redirect when the popup is blocked, and comes back to the same page', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const tokens = captureTokens(page);
    await page.goto(`${e2e.site}/ward-portal/?tu=portal#gioi-thieu`);
    await page.locator('hpasc-dossier-form h2').first().waitFor();
    // A blocked popup: window.open gives nothing.
    await page.evaluate(() => { window.open = () => null; });
    await page.getByRole('button', { name: 'Đăng nhập bằng VNeID' }).click();
    await page.waitForURL(/\/sandbox\/idp\/login/);
    await page.getByRole('button', { name: /Lê Hoàng Anh/ }).click();
    await page.waitForURL(new RegExp(`^${e2e.site}/ward-portal/`));
    await page.getByText('Đã đăng nhập: Lê Hoàng Anh').waitFor();
    assert.equal(page.url(), `${e2e.site}/ward-portal/?tu=portal#gioi-thieu`, 'back at the same address, query and fragment included');
    assert.equal(await page.locator('#f-applicant-fullName').inputValue(), 'Lê Hoàng Anh');

    // The same as with the popup: submitted without a one-time code, then in "my dossiers".
    await typeInto(page, 'f-applicant-address-detail', 'Số 3 phố Tràng Tiền');
    await press(page, /^Tiếp tục$/);
    await completeBirthRegistration(page, e2e.api);
    await press(page, /^Nộp hồ sơ$/);
    await page.getByRole('heading', { name: 'Đã nộp hồ sơ thành công' }).waitFor({ timeout: 15_000 });
    const code = (await page.locator('hpasc-dossier-form .receipt .code').textContent())!;
    await page.locator('hpasc-my-dossiers').getByText(code).waitFor();
    assert.ok((await listedFor('demo-citizen-03')).includes(code));
    const traces = await hostTraces(page, context);
    for (const token of tokens) assert.ok(!traces.includes(token), 'no token in storage, cookies or the address');
    await context.close();
  });
});
