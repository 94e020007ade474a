/**
 * End to end in a real page: `npm start`'s ward-portal example (another origin than the API, strict CSP with
 * Trusted Types) driven by playwright-core on Debian's Chromium. The draft survives a reload; the whole form
 * is completed with the keyboard alone; offline, the submit waits and is sent once; nothing scrolls sideways
 * at 320 px.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Schemas } from '@hpasc/sdk';
import { formCases } from './form-cases.ts';

const port = 8850 + Math.floor(Math.random() * 100) * 2;
const api = `http://127.0.0.1:${port}`;
const site = `http://127.0.0.1:${port + 1}`;
const key = 'pk_test_hpasc_sandbox_local';
let sandbox: ChildProcess;
let browser: Browser;

const fieldId = (pointer: string) => `f${pointer.replace(/\//g, '-')}`;
const counts = async () => (await (await fetch(`${api}/sandbox/counts?phone=0912000444`)).json()) as { dossiers: number };

/** The id of the element that has focus, through shadow roots. */
const focusedId = (page: Page) => page.evaluate(() => {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el?.id || (el as HTMLElement | null)?.textContent?.trim() || '';
});

/** Tabs (forwards) until the element with this id, or this text, has focus. */
async function tabTo(page: Page, target: string | RegExp): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const id = await focusedId(page);
    if (typeof target === 'string' ? id === target : target.test(id)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

async function press(page: Page, button: RegExp): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(100);
}

async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Fills one field with the keyboard alone, as a citizen would. */
async function fill(page: Page, field: Schemas['FormField'], pointer: string, value: unknown): Promise<void> {
  const id = fieldId(pointer);
  switch (field.widget) {
    case 'radio': {
      const index = field.options!.findIndex((o) => o.value === value);
      await tabTo(page, new RegExp(`^${id}-\\d+$`));
      const at = Number((await focusedId(page)).split('-').pop());
      const steps = index - at;
      if (steps === 0) await page.keyboard.press('Space');
      for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
      break;
    }
    case 'select': case 'combobox': {
      await tabTo(page, id);
      const index = field.options!.findIndex((o) => o.value === value) + 1;
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      break;
    }
    case 'checkbox': if (value === true) { await tabTo(page, id); await page.keyboard.press('Space'); } break;
    case 'date': {
      const [year, month, day] = String(value).split('-') as [string, string, string];
      await typeInto(page, id, String(Number(day)));
      await typeInto(page, `${id}-month`, String(Number(month)));
      await typeInto(page, `${id}-year`, year);
      break;
    }
    case 'address': {
      const address = value as { detail?: string; unitCode?: string };
      if (address.detail) await typeInto(page, `${id}-detail`, address.detail);
      break;
    }
    case 'group': {
      for (const [i, item] of (value as Record<string, unknown>[]).entries()) {
        await press(page, new RegExp(`^${field.group!.addLabel.vi}$`));
        for (const inner of field.group!.fields) {
          const v = inner.pointer.split('/').slice(1).reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], item);
          if (v !== undefined) await fill(page, inner, `${pointer}/${i}${inner.pointer}`, v);
        }
      }
      break;
    }
    default: await typeInto(page, id, String(value));
  }
}

async function openForm(page: Page): Promise<void> {
  await page.goto(`${site}/ward-portal/`);
  await page.locator('hpasc-dossier-form h2').first().waitFor();
}

describe('the dossier form in a real page', () => {
  before(async () => {
    sandbox = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', fileURLToPath(new URL('../packages/sandbox/src/main.ts', import.meta.url)), '--memory', '--port', String(port), '--step-ms', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the sandbox did not start')), 20_000);
      sandbox.stdout!.on('data', (chunk) => { if (String(chunk).includes('sandbox ready')) { clearTimeout(timer); resolve(); } });
    });
    sandbox.stdout!.resume();
    browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  });
  after(async () => {
    await browser?.close();
    sandbox?.kill();
  });

  it('keeps the draft through a real page reload', async () => {
    const page = await browser.newPage();
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
    const context = await browser.newContext();
    const page = await context.newPage();
    await openForm(page);
    await typeInto(page, 'f-applicant-fullName', 'Phạm Thị Hoa');
    await typeInto(page, 'f-applicant-citizenId', '001190012345');
    await fill(page, { pointer: '/birthDate', widget: 'date', label: { vi: 'x', en: 'x' } }, '/applicant/birthDate', '1990-03-08');
    await typeInto(page, 'f-applicant-phone', '0912000444');
    await typeInto(page, 'f-applicant-address-detail', 'Số 5 phố Hàng Gai');
    await press(page, /^Tiếp tục$/);

    const procedure = (await (await fetch(`${api}/v1/procedures/1.001193`, { headers: { 'X-Api-Key': key } })).json()) as Schemas['Procedure'];
    const sample = formCases.find((c) => c.procedure === '1.001193' && c.errors.length === 0)!.data;
    for (const step of procedure.form.layout.steps) {
      for (const field of step.sections.flatMap((s) => s.fields)) {
        const value = field.pointer.split('/').slice(1).reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], sample);
        const visible = await page.locator(`#${fieldId(`/data${field.pointer}`)}, #${fieldId(`/data${field.pointer}`)}-0, #${fieldId(`/data${field.pointer}`)}-detail`).count();
        if (value !== undefined && visible) await fill(page, field, `/data${field.pointer}`, value);
      }
      await press(page, /^Tiếp tục$/);
      assert.equal(await page.locator('hpasc-dossier-form .summary').count(), 0, `step ${step.id} accepted`);
    }

    // The file dialog opens from the keyboard; choosing the file there is the operating system's part.
    const chooser = page.waitForEvent('filechooser');
    await tabTo(page, 'f-documents-giay-chung-sinh');
    await page.keyboard.press('Space');
    await (await chooser).setFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000)]) });
    await page.getByText('Đã tải lên').waitFor();
    await press(page, /^Tiếp tục$/);
    await press(page, /^Tiếp tục$/);
    await tabTo(page, 'f-consent-truthful');
    await page.keyboard.press('Space');
    await tabTo(page, 'f-consent-dataProcessing');
    await page.keyboard.press('Space');
    await press(page, /^Nộp hồ sơ$/);
    await page.locator('#f-otp').waitFor();
    const { code } = (await (await fetch(`${api}/sandbox/verifications/latest`)).json()) as { code: string };
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

  it('does not scroll sideways at 320 px', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await openForm(page);
    await press(page, /^Tiếp tục$/);
    await page.locator('hpasc-dossier-form .summary').waitFor();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no horizontal scrolling');
    await page.close();
  });
});
