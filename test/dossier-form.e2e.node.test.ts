/**
 * End to end in a real page: `npm start`'s ward-portal example (another origin than the API, strict CSP with
 * Trusted Types) driven by playwright-core on Debian's Chromium. The draft survives a reload; the whole form
 * is completed with the keyboard alone; offline, the submit waits and is sent once; a part of the form that
 * cannot load (a dropped connection) is named, and loads at the next try with nothing lost; nothing scrolls
 * sideways at 320 px.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  attachBirthCertificate, completeBirthRegistration, fillApplicant, fillBirthRegistrationSteps, press, startEndToEnd, tabTo, typeInto, type EndToEnd,
} from './support/e2e.ts';

let e2e: EndToEnd;
const counts = async () => (await (await fetch(`${e2e.api}/sandbox/counts?phone=0912000444`)).json()) as { dossiers: number };

async function openForm(page: Page): Promise<void> {
  await page.goto(`${e2e.site}/ward-portal/`);
  await page.locator('hpasc-dossier-form h2').first().waitFor();
}

describe('the dossier form in a real page', () => {
  before(async () => { e2e = await startEndToEnd(); });
  after(async () => { await e2e?.stop(); });

  it('keeps the draft through a real page reload', async () => {
    const page = await e2e.browser.newPage();
    await openForm(page);
    await typeInto(page, 'f-applicant-fullName', 'Lê Thị Thu');
    await tabTo(page, 'f-keep-draft');
    await page.keyboard.press('Space');
    await page.locator('hpasc-dossier-form .draft [role=status]').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Bạn có một bản nháp chưa nộp' }).waitFor();
    await press(page, /^Tiếp tục bản nháp$/);
    assert.equal(await page.locator('#f-applicant-fullName').inputValue(), 'Lê Thị Thu');
    await press(page, /^Xóa bản nháp$/);
    await page.close();
  });

  it('is completed with the keyboard alone; offline, the submit waits and is sent once', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await openForm(page);
    await fillApplicant(page, '0912000444');

    await completeBirthRegistration(page, e2e.api);
    await press(page, /^Nộp hồ sơ$/);
    await page.locator('#f-otp').waitFor();
    const { code } = (await (await fetch(`${e2e.api}/sandbox/verifications/latest`)).json()) as { code: string };
    await typeInto(page, 'f-otp', code);

    const before = (await counts()).dossiers;
    await context.setOffline(true);
    await press(page, /^Xác nhận mã và nộp hồ sơ$/);
    await page.getByText('Chưa có kết nối mạng').waitFor();
    assert.equal((await counts()).dossiers, before, 'nothing sent while offline');
    await context.setOffline(false);
    await page.getByRole('heading', { name: 'Đã nộp hồ sơ thành công' }).waitFor({ timeout: 15_000 });
    assert.equal((await counts()).dossiers, before + 1, 'sent once when back online');
    await context.close();
  });

  it('names a part that cannot load on a dropped connection, and loads it at the next try with nothing lost', async () => {
    const page = await e2e.browser.newPage();
    // The end of the form (delivery, review, sending) is a chunk of the CDN build that loads on the way.
    const endOfForm = '**/chunks/dossier-form.finish-*.js';
    let refused = 0;
    await page.route(endOfForm, (route) => { refused++; return route.abort('internetdisconnected'); });
    const errors: unknown[] = [];
    await page.exposeFunction('recordError', (detail: unknown) => errors.push(detail));
    await page.addInitScript(() => document.addEventListener('hpasc-error', (e) => (window as unknown as { recordError(d: unknown): void }).recordError((e as CustomEvent).detail)));
    await openForm(page);
    await fillApplicant(page, '0912000666');
    await fillBirthRegistrationSteps(page, e2e.api);
    await attachBirthCertificate(page);
    await press(page, /^Tiếp tục$/);

    const alert = page.locator('hpasc-dossier-form [role=alert]');
    await alert.filter({ hasText: 'Không tải được một phần của trang. Hãy kiểm tra kết nối mạng rồi thử lại.' }).waitFor();
    assert.ok(refused >= 1, 'the chunk was asked for and refused');
    assert.equal(await page.getByRole('heading', { name: 'Nhận kết quả' }).count(), 1, 'still on the delivery step');
    assert.deepEqual(errors.at(-1), { code: 'part_not_loaded', requestId: null }, 'the embedder is told the code, nothing personal');

    // The connection is back: Continue asks again, the step fills in, and what was typed is all still there.
    await page.unroute(endOfForm);
    await press(page, /^Tiếp tục$/);
    await page.getByText('Cách nhận kết quả').waitFor();
    assert.equal(await alert.count(), 0, 'the failure is gone');
    await press(page, /^Tiếp tục$/);
    await page.getByRole('heading', { name: 'Kiểm tra và nộp' }).waitFor();
    const review = (await page.locator('hpasc-dossier-form').evaluate((form) => form.shadowRoot!.textContent))!;
    for (const typed of ['Phạm Thị Hoa', '0912000666', 'Giấy tờ đính kèm1']) assert.ok(review.includes(typed), `${typed} kept`);
    await tabTo(page, 'f-consent-truthful');
    await page.keyboard.press('Space');
    await tabTo(page, 'f-consent-dataProcessing');
    await page.keyboard.press('Space');
    await press(page, /^Nộp hồ sơ$/);
    await page.locator('#f-otp').waitFor();
    await page.close();
  });

  it('does not scroll sideways at 320 px', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 320, height: 640 } });
    await openForm(page);
    await press(page, /^Tiếp tục$/);
    await page.locator('hpasc-dossier-form .summary').waitFor();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no horizontal scrolling');
    await page.close();
  });
});
