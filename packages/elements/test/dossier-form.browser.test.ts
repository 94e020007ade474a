/**
 * <hpasc-dossier-form> in Chromium against the sandbox: a real procedure from the first step to the receipt,
 * with validation messages, the error summary taking focus, uploads with progress, the one-time code, and
 * axe on every step and error state.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Schemas } from '@hpasc/sdk';
import '../src/dossier-form/dossier-form.ts';
import type { HpascDossierForm } from '../src/dossier-form/dossier-form.component.ts';
import { formCases } from '../../../test/form-cases.ts';

const { base } = (await (await fetch('/__sandbox.json')).json()) as { base: string };
const apiKey = 'pk_test_hpasc_sandbox_local';
const control = (path: string, init?: RequestInit) => fetch(`${base}/sandbox${path}`, init).then((r) => r.json());
const fieldId = (pointer: string) => `f${pointer.replace(/\//g, '-')}`;

type Root = ShadowRoot;
const rootOf = (el: HpascDossierForm) => el.shadowRoot as Root;
const byId = <T extends HTMLElement>(el: HpascDossierForm, id: string) => rootOf(el).getElementById(id) as T | null;
const heading = (el: HpascDossierForm) => rootOf(el).querySelector('h2')!.textContent!.trim();

async function settle(el: HpascDossierForm): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

async function type(el: HpascDossierForm, id: string, value: string): Promise<void> {
  const input = byId<HTMLInputElement>(el, id);
  if (!input) throw new Error(`no field #${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(el);
}

async function choose(el: HpascDossierForm, id: string, index: number): Promise<void> {
  const select = byId<HTMLSelectElement>(el, id)!;
  select.selectedIndex = index;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

const fieldsOf = (form: Schemas['FormSchema']) => form.layout.steps.flatMap((s) => s.sections.flatMap((sec) => sec.fields));

/** Fills the visible fields of the current step from a sample declaration, field by field, as a citizen would. */
async function fillStep(el: HpascDossierForm, form: Schemas['FormSchema'], data: Record<string, unknown>, fields = fieldsOf(form), base = '/data', dataBase = ''): Promise<void> {
  for (const field of fields) {
    const pointer = `${base}${field.pointer}`;
    const value = field.pointer.split('/').slice(1).reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
    const id = fieldId(pointer);
    if (value === undefined || (!byId(el, id) && !byId(el, `${id}-0`) && !byId(el, `${id}-unitCode`))) continue;
    switch (field.widget) {
      case 'radio': byId<HTMLInputElement>(el, `${id}-${field.options!.findIndex((o) => o.value === value)}`)!.click(); await settle(el); break;
      case 'select': case 'combobox': await choose(el, id, field.options!.findIndex((o) => o.value === value) + 1); break;
      case 'checkbox': if (value === true) { byId<HTMLInputElement>(el, id)!.click(); await settle(el); } break;
      case 'address': {
        const address = value as { detail?: string; unitCode?: string };
        if (address.unitCode) { const select = byId<HTMLSelectElement>(el, `${id}-unitCode`)!; select.value = address.unitCode; select.dispatchEvent(new Event('change')); await settle(el); }
        if (address.detail) await type(el, `${id}-detail`, address.detail);
        break;
      }
      case 'group': {
        const items = value as Record<string, unknown>[];
        for (let i = 0; i < items.length; i++) {
          const add = [...byId<HTMLElement>(el, id)!.querySelectorAll(':scope > button')].at(-1) as HTMLButtonElement;
          add.click();
          await settle(el);
          await fillStep(el, form, items[i]!, field.group!.fields, `${pointer}/${i}`, `${dataBase}${field.pointer}/${i}`);
        }
        break;
      }
      default: await type(el, id, String(value));
    }
  }
}

async function next(el: HpascDossierForm): Promise<void> {
  (rootOf(el).querySelector('button[type=submit]') as HTMLButtonElement).click();
  await settle(el);
}

function pdf(size: number): File {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return new File([bytes], 'giay-chung-sinh.pdf', { type: 'application/pdf' });
}

describe('<hpasc-dossier-form>', () => {
  it('takes a birth registration (1.001193) from the first step to the receipt', async function () {
    this.timeout(60_000);
    const el = await fixture<HpascDossierForm>(html`<hpasc-dossier-form lang="vi" procedure="1.001193" api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-dossier-form>`);
    await oneEvent(el, 'hpasc-ready');
    await settle(el);
    expect(heading(el)).to.equal('Người nộp hồ sơ');
    await expect(el).to.be.accessible();

    // An empty step: the summary names every missing field and takes focus.
    await next(el);
    const summary = rootOf(el).querySelector('.summary') as HTMLElement;
    expect(summary).to.exist;
    expect(rootOf(el).activeElement).to.equal(summary);
    expect(summary.textContent).to.contain('Vui lòng nhập thông tin này.');
    expect(byId(el, 'f-applicant-fullName')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    (summary.querySelector('a') as HTMLAnchorElement).click();
    expect(rootOf(el).activeElement?.id).to.equal('f-applicant-fullName');

    // A specific message for a wrong ID number.
    await type(el, 'f-applicant-fullName', 'Phạm Thị Hoa');
    await type(el, 'f-applicant-citizenId', '12345');
    await type(el, 'f-applicant-birthDate', '1990-03-08');
    await type(el, 'f-applicant-phone', '0912345678');
    await type(el, 'f-applicant-address-detail', 'Số 5 phố Hàng Gai');
    await next(el);
    expect(rootOf(el).querySelector('.summary')!.textContent).to.contain('Số CCCD phải gồm 12 chữ số');
    await type(el, 'f-applicant-citizenId', '001190012345');
    await next(el);

    // The procedure's own steps, filled from the shared sample declaration.
    const procedure = await (await fetch(`${base}/v1/procedures/1.001193`, { headers: { 'X-Api-Key': apiKey } })).json() as Schemas['Procedure'];
    const sample = formCases.find((c) => c.procedure === '1.001193' && c.errors.length === 0)!.data;
    for (const step of procedure.form.layout.steps) {
      expect(heading(el)).to.equal(step.title.vi);
      await fillStep(el, procedure.form, sample, step.sections.flatMap((s) => s.fields));
      await expect(el).to.be.accessible();
      await next(el);
      expect(rootOf(el).querySelector('.summary'), `step ${step.id} accepted`).to.equal(null);
    }

    // Documents: a required slot, uploaded with progress.
    expect(heading(el)).to.equal('Giấy tờ đính kèm');
    await next(el);
    expect(rootOf(el).querySelector('.summary')!.textContent).to.contain('Vui lòng đính kèm giấy tờ này.');
    const input = byId<HTMLInputElement>(el, 'f-documents-giay-chung-sinh')!;
    const transfer = new DataTransfer();
    transfer.items.add(pdf(600_000));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await settle(el);
    expect(rootOf(el).querySelector('.files progress')).to.exist;
    for (let i = 0; i < 100 && !rootOf(el).querySelector('.files')!.textContent!.includes('Đã tải lên'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(rootOf(el).querySelector('.files')!.textContent).to.contain('Đã tải lên');
    await expect(el).to.be.accessible();
    await next(el);

    // Delivery, review, consent, one-time code, submit.
    expect(heading(el)).to.equal('Nhận kết quả');
    await next(el);
    expect(heading(el)).to.equal('Kiểm tra và nộp');
    await next(el);
    expect(rootOf(el).querySelector('.summary')!.textContent).to.contain('Vui lòng đánh dấu để xác nhận.');
    byId<HTMLInputElement>(el, 'f-consent-truthful')!.click();
    byId<HTMLInputElement>(el, 'f-consent-dataProcessing')!.click();
    await settle(el);
    await next(el);
    for (let i = 0; i < 100 && !byId(el, 'f-otp'); i++) { await new Promise((r) => setTimeout(r, 30)); await settle(el); }
    expect(rootOf(el).textContent).to.contain('091****678');
    await expect(el).to.be.accessible();
    const verificationId = await latestVerification();
    const { code } = await control(`/verifications/${verificationId}`);
    await type(el, 'f-otp', code);
    const submitted = oneEvent(el, 'hpasc-submitted');
    await next(el);
    const { detail } = await submitted;
    expect(detail.dossierCode).to.match(/^\d{3}\.[0-9A-Z]{2}\.\d{2}\.[GH]\d{2}-\d{6}-\d{4}$/);
    expect(Object.keys(detail).sort()).to.deep.equal(['dossierCode', 'dueDate']);
    await settle(el);
    expect(rootOf(el).querySelector('.receipt .code')!.textContent).to.equal(detail.dossierCode);
    await expect(el).to.be.accessible();
  });

  it('speaks English when asked', async () => {
    const el = await fixture<HpascDossierForm>(html`<hpasc-dossier-form lang="en" procedure="1.001193" api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-dossier-form>`);
    await oneEvent(el, 'hpasc-ready');
    await settle(el);
    expect(heading(el)).to.equal('Applicant');
    await next(el);
    expect(rootOf(el).querySelector('.summary')!.textContent).to.contain('Enter this information.');
    document.documentElement.lang = 'vi';
  });
});

/** The id of the newest one-time code the sandbox sent (read through its dev controls, as a phone would). */
async function latestVerification(): Promise<string> {
  const response = await fetch(`${base}/sandbox/verifications/latest`);
  return ((await response.json()) as { id: string }).id;
}
