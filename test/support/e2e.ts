/**
 * End-to-end setup: `npm start`'s sandbox on a free pair of ports (the API, and the example pages on the next
 * port — another origin, as a department site), and Debian's Chromium driven by playwright-core. The pages load
 * the widgets' CDN build; it is built first when missing or stale, once, however many test files start at once.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Schemas } from '@hpasc/sdk';
import { ensureCdnBuild } from '../../packages/sandbox/src/site.ts';
import { formCases } from '../form-cases.ts';

export interface EndToEnd {
  api: string;
  site: string;
  browser: Browser;
  stop(): Promise<void>;
}

export async function startEndToEnd(): Promise<EndToEnd> {
  // Before the sandbox starts, so its start-up wait below measures the sandbox alone (stderr: stdout is the test runner's).
  await ensureCdnBuild(fileURLToPath(new URL('../../', import.meta.url)), (line) => console.error(line));
  const port = 8850 + Math.floor(Math.random() * 400) * 2;
  const sandbox: ChildProcess = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', fileURLToPath(new URL('../../packages/sandbox/src/main.ts', import.meta.url)), '--memory', '--port', String(port), '--step-ms', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let browser: Browser;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = () => reject(new Error('the sandbox did not start'));
      let timer = setTimeout(fail, 20_000);
      sandbox.on('exit', fail);
      sandbox.stdout!.on('data', (chunk) => {
        // A widget source saved since the build above: the sandbox builds again (or waits for another build).
        if (/building the widgets|waiting for another process/.test(String(chunk))) {
          clearTimeout(timer);
          timer = setTimeout(fail, 120_000);
        }
        if (String(chunk).includes('sandbox ready')) {
          clearTimeout(timer);
          sandbox.off('exit', fail);
          resolve();
        }
      });
    });
    sandbox.stdout!.resume();
    browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  } catch (error) {
    // Left running, the sandbox would keep the test process alive after the failure.
    sandbox.kill();
    throw error;
  }
  return {
    api: `http://127.0.0.1:${port}`, site: `http://127.0.0.1:${port + 1}`, browser,
    stop: async () => { await browser.close(); sandbox.kill(); },
  };
}

/** The id of the element that has focus, through shadow roots. */
export const focusedId = (page: Page) => page.evaluate(() => {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el?.id || (el as HTMLElement | null)?.textContent?.trim() || '';
});

/** Tabs (forwards) until the element with this id, or this text, has focus. */
export async function tabTo(page: Page, target: string | RegExp): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const id = await focusedId(page);
    if (typeof target === 'string' ? id === target : target.test(id)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

export async function press(page: Page, button: RegExp): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(100);
}

export async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

const fieldId = (pointer: string) => `f${pointer.replace(/\//g, '-')}`;

/** Fills one field with the keyboard alone, as a citizen would. */
export async function fill(page: Page, field: Schemas['FormField'], pointer: string, value: unknown): Promise<void> {
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

/**
 * From the first procedure step of a birth registration (1.001193) to the review with both consents given,
 * with the keyboard alone: the shared sample declaration, a birth certificate attached, delivery at a point.
 */
export async function completeBirthRegistration(page: Page, api: string): Promise<void> {
  await fillBirthRegistrationSteps(page, api);
  await attachBirthCertificate(page);
  await press(page, /^Tiếp tục$/);
  await press(page, /^Tiếp tục$/);
  await tabTo(page, 'f-consent-truthful');
  await page.keyboard.press('Space');
  await tabTo(page, 'f-consent-dataProcessing');
  await page.keyboard.press('Space');
}

/** The birth registration's own steps, filled from the shared valid case and each accepted. */
export async function fillBirthRegistrationSteps(page: Page, api: string): Promise<void> {
  const procedure = (await (await fetch(`${api}/v1/procedures/1.001193`, { headers: { 'X-Api-Key': 'pk_test_hpasc_sandbox_local' } })).json()) as Schemas['Procedure'];
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
}

/** The documents step: the birth certificate attached from the keyboard and uploaded. */
export async function attachBirthCertificate(page: Page): Promise<void> {
  // The file dialog opens from the keyboard; choosing the file there is the operating system's part.
  const chooser = page.waitForEvent('filechooser');
  await tabTo(page, 'f-documents-giay-chung-sinh');
  await page.keyboard.press('Space');
  await (await chooser).setFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000)]) });
  await page.getByText('Đã tải lên').waitFor();
}

/**
 * Collects the page's `securitypolicyviolation` events, on every document it loads from now on (the handler is
 * installed before any script of each page runs).
 */
export async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => { violations.push(text); });
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => {
    (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
  }));
  return violations;
}

export interface WidgetEvent {
  type: string;
  detail: Record<string, unknown>;
}

/** Records the widgets' DOM events of these types that reach the document, on every page the tab loads from now on. */
export async function recordEvents(page: Page, types: string[]): Promise<WidgetEvent[]> {
  const events: WidgetEvent[] = [];
  await page.exposeFunction('recordEvent', (event: WidgetEvent) => { events.push(event); });
  await page.addInitScript((types) => {
    for (const type of types) {
      document.addEventListener(type, (e) => (window as unknown as { recordEvent(e: WidgetEvent): void }).recordEvent({ type, detail: (e as CustomEvent).detail as Record<string, unknown> }));
    }
  }, types);
  return events;
}

/**
 * Waits until `events` holds one of this type whose detail has these values (the page reports them
 * asynchronously), and returns its detail.
 */
export async function eventOf(events: WidgetEvent[], type: string, having: Record<string, unknown> = {}, timeoutMs = 5000): Promise<Record<string, unknown>> {
  for (const until = Date.now() + timeoutMs; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) {
    const event = events.find((e) => e.type === type && Object.entries(having).every(([k, v]) => e.detail[k] === v));
    if (event) return event.detail;
  }
  throw new Error(`no ${type} event with ${JSON.stringify(having)}; seen: ${JSON.stringify(events)}`);
}

/** The applicant step of the ward portal's form, filled with the keyboard alone (a citizen without VNeID). */
export async function fillApplicant(page: Page, phone: string): Promise<void> {
  await typeInto(page, 'f-applicant-fullName', 'Phạm Thị Hoa');
  await typeInto(page, 'f-applicant-citizenId', '001190012345');
  await fill(page, { pointer: '/birthDate', widget: 'date', label: { vi: 'x', en: 'x' } }, '/applicant/birthDate', '1990-03-08');
  await typeInto(page, 'f-applicant-phone', phone);
  await typeInto(page, 'f-applicant-address-detail', 'Số 5 phố Hàng Gai');
  await press(page, /^Tiếp tục$/);
}

/** Submits the completed form, confirming the applicant's mobile with the one-time code the sandbox shows instead of an SMS. */
export async function submitWithOneTimeCode(page: Page, api: string): Promise<void> {
  await press(page, /^Nộp hồ sơ$/);
  await page.locator('#f-otp').waitFor();
  const { code } = (await (await fetch(`${api}/sandbox/verifications/latest`)).json()) as { code: string };
  // Focus is left where the citizen pressed submit; on a page with a long list of search results above, Tab
  // would travel a long way round to the code field, so the code is typed into it directly.
  await page.locator('#f-otp').fill(code);
  await press(page, /^Xác nhận mã và nộp hồ sơ$/);
  await page.getByRole('heading', { name: 'Đã nộp hồ sơ thành công' }).waitFor({ timeout: 15_000 });
}
