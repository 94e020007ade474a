/**
 * The legacy CMS example: an old department page with Bootstrap 3, jQuery 3 and a theme's global CSS
 * (`html { font-size: 10px }`, `* { box-sizing: content-box }`, small `button`/`input` rules, `:focus { outline:
 * none }`, article text that is justified, indented and spaced out). The widgets inside look and measure exactly as on a plain page — 16px text, 44px targets,
 * border-box fields, a visible focus ring — while the theme's rules do apply to the page around them; the
 * page's jQuery and Bootstrap run under the same strict policy with Trusted Types; and a feedback sent from
 * the page reaches the page's jQuery listener.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { eventOf, recordEvents, startEndToEnd, watchViolations, type EndToEnd } from './support/e2e.ts';

let e2e: EndToEnd;

/** Inside the widgets: text, labels, fields, choices and buttons. */
const probes: Record<string, string[]> = {
  'hpasc-dossier-tracker': ['h2', 'label[for=f-code]', 'p.help', '#f-code', 'button[type=submit]'],
  'hpasc-feedback-form': ['h2', 'legend', 'p.help', '#f-title', '#f-content', '#f-topic-0', '#f-consent-dataProcessing', 'button[type=submit]'],
};
/** Sizes that do not depend on the column's width; text that wraps is compared by its styles alone. */
const sized = new Set(['#f-code', '#f-title', '#f-topic-0', '#f-consent-dataProcessing', 'button[type=submit]']);
const properties = ['font-size', 'line-height', 'font-family', 'font-weight', 'color', 'background-color', 'box-sizing', 'min-height', 'padding-top',
  'padding-left', 'border-top-width', 'border-radius', 'letter-spacing', 'text-transform', 'margin-top', 'display', 'text-align', 'text-indent',
  'word-spacing', 'text-shadow'];

type Measured = Record<string, Record<string, string | number>>;

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${e2e.site}${path}`);
  for (const tag of Object.keys(probes)) await page.locator(`${tag} button[type=submit]`).first().waitFor({ timeout: 15_000 });
}

/** Computed styles and sizes of the probed elements of one widget, and the focus ring of its first field. */
function measure(page: Page, tag: string): Promise<Measured> {
  return page.evaluate(([tag, selectors, properties, sized]) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    const out: Measured = {};
    for (const selector of selectors) {
      const el = root.querySelector<HTMLElement>(selector);
      if (!el) throw new Error(`${tag} has no ${selector}`);
      const style = getComputedStyle(el);
      out[selector] = Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
      if (sized.includes(selector)) Object.assign(out[selector]!, { width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height });
    }
    const field = root.querySelector<HTMLElement>(selectors.find((s) => s.startsWith('#f-'))!)!;
    field.focus();
    out['focused field'] = { outline: getComputedStyle(field).outlineStyle + ' ' + getComputedStyle(field).outlineWidth };
    field.blur();
    return out;
  }, [tag, probes[tag]!, properties, [...sized].filter((s) => probes[tag]!.includes(s))] as const);
}

describe('the legacy CMS example (Bootstrap 3, jQuery 3, a theme’s global CSS)', () => {
  before(async () => { e2e = await startEndToEnd(); });
  after(async () => { await e2e?.stop(); });

  it('leaves the widgets exactly as on a plain page, while the theme styles the page around them', async () => {
    const legacy = await e2e.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await open(legacy, '/legacy-cms/');
    // The theme is live: without it this comparison would prove nothing.
    const page = await legacy.evaluate(() => ({
      root: getComputedStyle(document.documentElement).fontSize,
      body: getComputedStyle(document.body).fontSize,
      boxSizing: getComputedStyle(document.querySelector('.navbar-toggle')!).boxSizing,
      heading: getComputedStyle(document.querySelector('h1')!).textTransform,
      article: getComputedStyle(document.querySelector('.content')!).textAlign + ' ' + getComputedStyle(document.querySelector('.content')!).textIndent,
    }));
    assert.deepEqual(page, { root: '10px', body: '13px', boxSizing: 'content-box', heading: 'uppercase', article: 'justify 24px' });

    const plain: Record<string, Page> = {
      'hpasc-dossier-tracker': await e2e.browser.newPage({ viewport: { width: 1200, height: 900 } }),
      'hpasc-feedback-form': await e2e.browser.newPage({ viewport: { width: 1200, height: 900 } }),
    };
    await plain['hpasc-dossier-tracker']!.goto(`${e2e.site}/ward-portal/theo-doi.html`);
    await plain['hpasc-feedback-form']!.goto(`${e2e.site}/ward-portal/diem-tiep-nhan.html`);
    for (const [tag, other] of Object.entries(plain)) {
      await other.locator(`${tag} button[type=submit]`).first().waitFor({ timeout: 15_000 });
      const inLegacy = await measure(legacy, tag);
      assert.deepEqual(inLegacy, await measure(other, tag), `${tag}: the same on the legacy page as on a plain page`);
      // And as designed, in absolute terms.
      assert.equal(inLegacy['h2']!['font-size'], '22px');
      assert.equal(inLegacy['p.help']!['font-size'], '16px');
      assert.equal(inLegacy['button[type=submit]']!['min-height'], '44px');
      assert.ok(Number(inLegacy['button[type=submit]']!['height']) >= 44, `${tag}: a 44px target`);
      assert.equal(inLegacy['button[type=submit]']!['text-transform'], 'none');
      for (const field of ['#f-code', '#f-title'].filter((s) => s in inLegacy)) {
        assert.equal(inLegacy[field]!['box-sizing'], 'border-box');
        assert.ok(Number(inLegacy[field]!['height']) >= 44, `${tag} ${field}: a 44px field`);
      }
      assert.match(String(inLegacy['focused field']!['outline']), /^solid [1-9]/, `${tag}: a visible focus ring despite the theme's :focus { outline: none }`);
      await other.close();
    }
    await legacy.close();
  });

  it('runs the page’s jQuery and Bootstrap under the strict policy; a feedback sent reaches the page’s jQuery listener', async () => {
    const page = await e2e.browser.newPage();
    const violations = await watchViolations(page);
    const events = await recordEvents(page, ['hpasc-feedback-sent']);
    const response = await page.goto(`${e2e.site}/legacy-cms/`);
    assert.match(response!.headers()['content-security-policy'] ?? '', /script-src 'self';.*require-trusted-types-for 'script'/);
    await page.locator('hpasc-feedback-form #f-title').waitFor({ timeout: 15_000 });
    assert.equal(await page.evaluate(() => (window as unknown as { jQuery?: { fn: { jquery: string } } }).jQuery?.fn.jquery), '3.7.1');

    // Bootstrap's own script works: its dropdown opens.
    await page.locator('.navbar .dropdown-toggle').click();
    assert.match((await page.locator('.navbar .dropdown').getAttribute('class'))!, /\bopen\b/);
    await page.keyboard.press('Escape');

    // A citizen sends feedback through the widget, under the theme's CSS.
    await page.locator('hpasc-feedback-form #f-topic-0').check();
    await page.locator('hpasc-feedback-form #f-title').fill('Hồ sơ đăng ký khai sinh chưa được trả đúng hẹn');
    await page.locator('hpasc-feedback-form #f-content').fill('Tôi nộp hồ sơ đúng hạn nhưng đến ngày hẹn vẫn chưa nhận được kết quả, cũng không được báo lý do.');
    await page.locator('hpasc-feedback-form #f-contact-fullName').fill('Nguyễn Thị Minh Anh');
    await page.locator('hpasc-feedback-form #f-contact-phone').fill('0913000777');
    await page.locator('hpasc-feedback-form #f-consent-dataProcessing').check();
    await page.locator('hpasc-feedback-form button[type=submit]').click();
    await page.locator('hpasc-feedback-form').getByRole('heading', { name: 'Đã gửi phản ánh, kiến nghị' }).waitFor({ timeout: 15_000 });
    const code = (await page.locator('hpasc-feedback-form [part=receipt] .code').textContent())!.trim();
    assert.match(code, /^PAKN-\d{6}-\d{4}$/);
    assert.deepEqual(await eventOf(events, 'hpasc-feedback-sent'), { feedbackCode: code });

    // The page's jQuery listener heard it and says so in a Bootstrap alert.
    const alert = page.locator('#hpasc-events');
    await alert.filter({ hasText: code }).waitFor();
    assert.equal((await alert.textContent())!.trim(), `Phản ánh, kiến nghị đã được gửi. Mã phản ánh: ${code}.`);
    assert.match((await alert.getAttribute('class'))!, /\balert-success\b/);
    assert.ok(await alert.isVisible());

    assert.deepEqual(violations, []);
    await page.close();
  });
});
