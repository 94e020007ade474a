/**
 * <hpasc-dossier-form> in Chromium against the sandbox: a real procedure from the first step to the receipt,
 * with validation messages, the error summary taking focus, uploads with progress, the one-time code, and
 * axe on every step and error state.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Schemas } from '@hpasc/sdk';
import '../src/provider/provider.ts';
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

/** A date typed into its three boxes (day, month, year) as a citizen would: `8`, `3`, `1990`. */
async function typeDate(el: HpascDossierForm, id: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await type(el, id, String(Number(day)));
  await type(el, `${id}-month`, String(Number(month)));
  await type(el, `${id}-year`, year);
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
      case 'date': await typeDate(el, id, String(value)); break;
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
    // A date in three boxes: a two-digit year is refused by name, and what was typed stays as typed.
    await type(el, 'f-applicant-birthDate', '8');
    await type(el, 'f-applicant-birthDate-month', '3');
    await type(el, 'f-applicant-birthDate-year', '90');
    await type(el, 'f-applicant-phone', '0912345678');
    await type(el, 'f-applicant-address-detail', 'Số 5 phố Hàng Gai');
    await next(el);
    const errors = rootOf(el).querySelector('.summary')!.textContent!;
    expect(errors).to.contain('Số CCCD phải gồm 12 chữ số');
    expect(errors).to.contain('Ngày sinh: Ngày không hợp lệ');
    expect(byId<HTMLInputElement>(el, 'f-applicant-birthDate-year')!.value).to.equal('90');
    await expect(el).to.be.accessible();
    await type(el, 'f-applicant-birthDate-year', '1990');
    expect(byId<HTMLInputElement>(el, 'f-applicant-birthDate')!.value, 'a typed 8 is not rewritten to 08').to.equal('8');
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
    // The documents' upload code loads on this step.
    for (let i = 0; i < 100 && !byId(el, 'f-documents-giay-chung-sinh'); i++) { await new Promise((r) => setTimeout(r, 30)); await settle(el); }
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
    await pointsListed(el);
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
    const verificationId = await latestVerification('0912345678');
    const { code } = await control(`/verifications/${verificationId}`);
    await type(el, 'f-otp', code);
    const submitted = oneEvent(el, 'hpasc-submitted');
    await next(el);
    const { detail } = await submitted;
    expect(detail.dossierCode).to.match(/^\d{3}\.[0-9A-Z]{2}\.\d{2}\.[GH]\d{2}-\d{6}-\d{4}$/);
    expect(Object.keys(detail).sort()).to.deep.equal(['dossierCode', 'dueDate']);
    await settle(el);
    expect(rootOf(el).querySelector('.receipt .code')!.textContent).to.equal(detail.dossierCode);
    // The QR encoder loads once a receipt is shown.
    await waitUntil(() => rootOf(el).querySelector('svg.qr'), 'the QR code is drawn', { timeout: 5000 });
    const qr = rootOf(el).querySelector('svg.qr')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.querySelector('path')!.getAttribute('d')!.length).to.be.greaterThan(100);
    const link = rootOf(el).querySelector('.receipt a.button') as HTMLAnchorElement;
    expect(link.href.endsWith(`#ho-so=${encodeURIComponent(detail.dossierCode)}`)).to.equal(true);
    const pin = rootOf(el).querySelectorAll('dl.review dd')[0]!.textContent!;
    expect(link.href).not.to.contain(pin);
    await expect(el).to.be.accessible();
    const printed = oneEvent(el, 'hpasc-receipt-printed');
    ([...rootOf(el).querySelectorAll('button')].find((b) => b.textContent!.includes('In giấy tiếp nhận')) as HTMLButtonElement).click();
    expect((await printed).detail.dossierCode).to.equal(detail.dossierCode);
    expect(rootOf(el).querySelector('iframe')!.src).to.match(/^blob:/);
  });

  it('keeps a draft only with consent, offers it after a reload, and deletes it on request', async function () {
    this.timeout(30_000);
    const mount = () => fixture<HpascDossierForm>(html`<hpasc-dossier-form lang="vi" procedure="1.000656" api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-dossier-form>`);
    let el = await mount();
    await oneEvent(el, 'hpasc-ready');
    await settle(el);
    await type(el, 'f-applicant-fullName', 'Lê Thị Thu');
    byId<HTMLInputElement>(el, 'f-keep-draft')!.click();
    const saved = await oneEvent(el, 'hpasc-draft-saved');
    expect(Object.keys(saved.detail)).to.deep.equal(['savedAt']);
    await type(el, 'f-applicant-citizenId', '001190012345');
    await oneEvent(el, 'hpasc-draft-saved');
    el.remove();

    // As after a reload: the draft is offered, and restoring brings back what was typed.
    el = await mount();
    await oneEvent(el, 'hpasc-ready');
    await settle(el);
    expect(heading(el)).to.equal('Bạn có một bản nháp chưa nộp');
    await expect(el).to.be.accessible();
    ([...rootOf(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Tiếp tục bản nháp')) as HTMLButtonElement).click();
    await settle(el);
    expect(byId<HTMLInputElement>(el, 'f-applicant-fullName')!.value).to.equal('Lê Thị Thu');
    expect(byId<HTMLInputElement>(el, 'f-applicant-citizenId')!.value).to.equal('001190012345');
    ([...rootOf(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Xóa bản nháp')) as HTMLButtonElement).click();
    await settle(el);
    el.remove();

    el = await mount();
    await oneEvent(el, 'hpasc-ready');
    await settle(el);
    expect(heading(el)).to.equal('Người nộp hồ sơ');
    expect(byId<HTMLInputElement>(el, 'f-applicant-fullName')!.value).to.equal('');
    el.remove();

    const kiosk = await fixture<HpascDossierForm>(html`<hpasc-dossier-form mode="kiosk" lang="vi" procedure="1.000656" api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-dossier-form>`);
    await oneEvent(kiosk, 'hpasc-ready');
    await settle(kiosk);
    expect(byId(kiosk, 'f-keep-draft')).to.equal(null);
  });

  it('says at once that a procedure filed only by signed-in citizens needs VNeID, and sends nothing without it', async function () {
    this.timeout(20_000);
    const el = await fixture<HpascDossierForm>(html`<hpasc-dossier-form lang="vi" procedure="2.001583" api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-dossier-form>`);
    await oneEvent(el, 'hpasc-ready');
    await settle(el);
    expect(rootOf(el).querySelector('.notice')!.textContent).to.contain('chỉ nộp trực tuyến được khi đã đăng nhập VNeID');
    await expect(el).to.be.accessible();
  });

  it('shows no loading message for a quick load, and says it is loading when the procedure is slow to come', async function () {
    this.timeout(20_000);
    await control('/faults', { method: 'PUT', body: 'only=getProcedure,latency=1500' });
    try {
      const el = await fixture<HpascDossierForm>(html`<hpasc-dossier-form lang="vi" procedure="1.001193" api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-dossier-form>`);
      const ready = oneEvent(el, 'hpasc-ready');
      await el.updateComplete;
      expect(rootOf(el).querySelector('[role=status]'), 'nothing flashes at first').to.equal(null);
      await new Promise((r) => setTimeout(r, 600));
      await el.updateComplete;
      expect(rootOf(el).querySelector('[role=status]')?.textContent).to.equal('Đang tải biểu mẫu…');
      await expect(el).to.be.accessible();
      await ready;
      await settle(el);
      expect(heading(el)).to.equal('Người nộp hồ sơ');
    } finally {
      await control('/faults', { method: 'PUT', body: '' });
    }
  });

  it('submits once under injected faults, however often the SDK has to retry', async function () {
    this.timeout(60_000);
    const el = await readyToSend('0912000222');
    const before = await dossierCount('0912000222');
    await control('/faults', { method: 'PUT', body: 'only=submitDossier,errors=0.3,drops=0.2,dropsAfterCommit=0.3,seed=9' });
    try {
      const submitted = oneEvent(el, 'hpasc-submitted');
      await next(el);
      await submitted;
    } finally {
      await control('/faults', { method: 'PUT', body: '' });
    }
    expect(await dossierCount('0912000222')).to.equal(before + 1);
  });

  it('queues the submit while offline and sends it once when back online', async function () {
    this.timeout(60_000);
    const el = await readyToSend('0912000333');
    const before = await dossierCount('0912000333');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      await next(el);
      expect(rootOf(el).textContent).to.contain('Chưa có kết nối mạng');
      expect(await dossierCount('0912000333')).to.equal(before);
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['onLine'];
    }
    const submitted = oneEvent(el, 'hpasc-submitted');
    window.dispatchEvent(new Event('online'));
    await submitted;
    expect(await dossierCount('0912000333')).to.equal(before + 1);
  });

  it('takes a refusal (422) back to the field, and the corrected resubmit with the same key gives one dossier', async function () {
    this.timeout(60_000);
    const el = await readyToSend('0912000555');
    const before = await dossierCount('0912000555');
    await control(`/uploads/expire?draft=${(el as unknown as { draftId: string }).draftId}`, { method: 'POST' });
    await next(el);
    for (let i = 0; i < 100 && heading(el) !== 'Giấy tờ đính kèm'; i++) { await new Promise((r) => setTimeout(r, 30)); await settle(el); }
    expect(heading(el)).to.equal('Giấy tờ đính kèm');
    expect(rootOf(el).querySelector('.summary')!.textContent).to.contain('Giấy chứng sinh');
    expect(byId(el, 'f-documents-giay-chung-sinh-error')).to.exist;
    expect(await dossierCount('0912000555')).to.equal(before);
    await expect(el).to.be.accessible();
    const input = byId<HTMLInputElement>(el, 'f-documents-giay-chung-sinh')!;
    const transfer = new DataTransfer();
    transfer.items.add(pdf(20_000));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    for (let i = 0; i < 100 && !rootOf(el).querySelector('.files')?.textContent!.includes('Đã tải lên'); i++) { await new Promise((r) => setTimeout(r, 30)); await settle(el); }
    await next(el);
    await next(el);
    const submitted = oneEvent(el, 'hpasc-submitted');
    await next(el);
    await submitted;
    expect(await dossierCount('0912000555')).to.equal(before + 1);
  });

  it('takes a construction permit (1.013225) with several attachments to a receipt', async function () {
    this.timeout(60_000);
    const el = await readyToSend('0912000777', '1.013225', { 'giay-to-dat-dai': 2, 'quyet-dinh-du-an': 1 });
    const before = await dossierCount('0912000777');
    const submitted = oneEvent(el, 'hpasc-submitted');
    await next(el);
    await submitted;
    expect(await dossierCount('0912000777')).to.equal(before + 1);
    await settle(el);
    expect(rootOf(el).querySelector('.receipt .code')).to.exist;
  });

  it('takes a household-business change (2.000720) with its tax code, checked as typed, to a receipt', async function () {
    this.timeout(60_000);
    const phone = '0912000720';
    const el = await fixture<HpascDossierForm>(html`<hpasc-dossier-form lang="vi" procedure="2.000720" api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-dossier-form>`);
    await oneEvent(el, 'hpasc-ready');
    await settle(el);
    await type(el, 'f-applicant-fullName', 'Lê Văn Hùng');
    await type(el, 'f-applicant-citizenId', '001079012345');
    await typeDate(el, 'f-applicant-birthDate', '1979-11-02');
    await type(el, 'f-applicant-phone', phone);
    await type(el, 'f-applicant-address-detail', 'Số 12 phố Hàng Bạc');
    await next(el);

    const procedure = await (await fetch(`${base}/v1/procedures/2.000720`, { headers: { 'X-Api-Key': apiKey } })).json() as Schemas['Procedure'];
    const sample = formCases.find((c) => c.procedure === '2.000720' && c.errors.length === 0)!.data;
    const [business, changes] = procedure.form.layout.steps;
    expect(heading(el)).to.equal(business!.title.vi);
    const wrongCheckDigit = { ...sample, business: { ...(sample['business'] as object), taxCode: '0101243151' } };
    await fillStep(el, procedure.form, wrongCheckDigit, business!.sections.flatMap((s) => s.fields));
    await next(el);
    const summary = rootOf(el).querySelector('.summary')!;
    expect(summary.textContent).to.contain('Mã số thuế của hộ kinh doanh: Mã số thuế gồm 10 chữ số');
    expect(byId(el, 'f-data-business-taxCode')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    await type(el, 'f-data-business-taxCode', '0101243150');
    await next(el);
    expect(heading(el)).to.equal(changes!.title.vi);
    await fillStep(el, procedure.form, sample, changes!.sections.flatMap((s) => s.fields));
    expect(byId(el, 'f-data-newName-vietnamese'), 'the new name is asked for once ticked').to.exist;
    expect(byId(el, 'f-data-newOwner-fullName'), 'no new owner for a change of details').to.equal(null);
    await next(el);

    expect(heading(el)).to.equal('Giấy tờ đính kèm');
    expect(rootOf(el).textContent).to.contain('Thủ tục này không yêu cầu đính kèm giấy tờ.');
    await next(el);
    await deliverConsentAndCode(el, phone);
    const before = await dossierCount(phone);
    const submitted = oneEvent(el, 'hpasc-submitted');
    await next(el);
    const { detail } = await submitted;
    expect(await dossierCount(phone)).to.equal(before + 1);
    expect((detail as { dossierCode: string }).dossierCode).to.match(/^\d{3}\.[0-9A-Z]{2}\.\d{2}\.[GH]\d{2}-\d{6}-\d{4}$/);
    await settle(el);
    expect(rootOf(el).querySelector('.receipt .code')!.textContent).to.equal((detail as { dossierCode: string }).dossierCode);
  });

  it('takes its key, address and language from a surrounding <hpasc-provider>', async () => {
    const wrapper = await fixture<HTMLElement>(html`<hpasc-provider api-key=${apiKey} base-url=${`${base}/v1`} lang="en">
      <hpasc-dossier-form procedure="1.001193"></hpasc-dossier-form></hpasc-provider>`);
    const el = wrapper.querySelector('hpasc-dossier-form') as HpascDossierForm;
    if (!el.shadowRoot?.querySelector('h2')) await oneEvent(el, 'hpasc-ready');
    await settle(el);
    expect(heading(el)).to.equal('Applicant');
    await expect(wrapper).to.be.accessible();
    document.documentElement.lang = 'vi';
  });

  it('starts from prefilled values and hides the fields the host page fills itself', async () => {
    const el = await fixture<HpascDossierForm>(html`<hpasc-dossier-form lang="vi" procedure="1.001193" api-key=${apiKey} base-url=${`${base}/v1`}
      hidden-fields="/child/nationality" .applicant=${{ fullName: 'Nguyễn Thị Lan', citizenId: '001185012345' }} .data=${{ child: { nationality: 'Việt Nam' } }}></hpasc-dossier-form>`);
    await oneEvent(el, 'hpasc-ready');
    await settle(el);
    expect(byId<HTMLInputElement>(el, 'f-applicant-fullName')!.value).to.equal('Nguyễn Thị Lan');
    const procedure = await (await fetch(`${base}/v1/procedures/1.001193`, { headers: { 'X-Api-Key': apiKey } })).json() as Schemas['Procedure'];
    const step = procedure.form.layout.steps.find((s) => s.sections.some((sec) => sec.fields.some((f) => f.pointer === '/child/nationality')))!;
    const index = procedure.form.layout.steps.indexOf(step);
    await typeDate(el, 'f-applicant-birthDate', '1985-04-12');
    await type(el, 'f-applicant-phone', '0912000888');
    await type(el, 'f-applicant-address-detail', 'Số 1 Tràng Tiền');
    await next(el);
    for (let i = 0; i < index; i++) (el as unknown as { go(i: number): void }).go(i + 2);
    await settle(el);
    expect(heading(el)).to.equal(step.title.vi);
    expect(byId(el, 'f-data-child-nationality')).to.equal(null);
    expect(byId(el, 'f-data-child-fullName')).to.exist;
  });

  it('finds a commune by typing without diacritics, and chooses it with the keyboard', async () => {
    const el = await fixture<HpascDossierForm>(html`<hpasc-dossier-form lang="vi" procedure="1.001193" api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-dossier-form>`);
    await oneEvent(el, 'hpasc-ready');
    for (let i = 0; i < 100 && !rootOf(el).querySelector('hpasc-combobox')?.options.length; i++) { await new Promise((r) => setTimeout(r, 30)); await settle(el); }
    const input = byId<HTMLInputElement>(el, 'f-applicant-address-unitCode')!;
    expect(input.getAttribute('role')).to.equal('combobox');
    input.focus();
    input.value = 'hoan kiem';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await settle(el);
    const combobox = rootOf(el).querySelector('hpasc-combobox')!;
    await combobox.updateComplete;
    const options = [...rootOf(el).querySelectorAll('#f-applicant-address-unitCode-list [role=option]')].map((o) => o.textContent!.trim());
    expect(options[0]).to.contain('Hoàn Kiếm');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.getAttribute('aria-activedescendant')).to.equal('f-applicant-address-unitCode-list-0');
    await expect(el).to.be.accessible();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle(el);
    await combobox.updateComplete;
    expect(input.value).to.contain('Hoàn Kiếm');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
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

/** Fills a whole birth registration, ticks the consents, asks for the one-time code and types it: one click from sending. */
async function readyToSend(phone: string, code = '1.001193', files: Record<string, number> = { 'giay-chung-sinh': 1 }): Promise<HpascDossierForm> {
  const el = await fixture<HpascDossierForm>(html`<hpasc-dossier-form lang="vi" procedure=${code} api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-dossier-form>`);
  await oneEvent(el, 'hpasc-ready');
  await settle(el);
  await type(el, 'f-applicant-fullName', 'Phạm Thị Hoa');
  await type(el, 'f-applicant-citizenId', '001190012345');
  await typeDate(el, 'f-applicant-birthDate', '1990-03-08');
  await type(el, 'f-applicant-phone', phone);
  await type(el, 'f-applicant-address-detail', 'Số 5 phố Hàng Gai');
  await next(el);
  const procedure = await (await fetch(`${base}/v1/procedures/${code}`, { headers: { 'X-Api-Key': apiKey } })).json() as Schemas['Procedure'];
  const sample = formCases.find((c) => c.procedure === code && c.errors.length === 0)!.data;
  for (const step of procedure.form.layout.steps) {
    await fillStep(el, procedure.form, sample, step.sections.flatMap((sec) => sec.fields));
    await next(el);
    expect(rootOf(el).querySelector('.summary'), `step ${step.id} accepted`).to.equal(null);
  }
  let expected = 0;
  for (const [slot, count] of Object.entries(files)) {
    // The documents' upload code loads on this step.
    for (let i = 0; i < 100 && !byId(el, `f-documents-${slot}`); i++) { await new Promise((r) => setTimeout(r, 30)); await settle(el); }
    const input = byId<HTMLInputElement>(el, `f-documents-${slot}`)!;
    const transfer = new DataTransfer();
    for (let n = 0; n < count; n++) transfer.items.add(pdf(20_000 + n));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    expected += count;
  }
  const done = () => [...rootOf(el).querySelectorAll('.files li')].filter((li) => li.textContent!.includes('Đã tải lên')).length;
  for (let i = 0; i < 200 && done() < expected; i++) { await new Promise((r) => setTimeout(r, 30)); await settle(el); }
  expect(done()).to.equal(expected);
  await next(el);
  await deliverConsentAndCode(el, phone);
  return el;
}

/** From the delivery step: the first reception point, both consents, then the one-time code sent to `phone`. */
async function deliverConsentAndCode(el: HpascDossierForm, phone: string): Promise<void> {
  await pointsListed(el);
  await next(el);
  byId<HTMLInputElement>(el, 'f-consent-truthful')!.click();
  byId<HTMLInputElement>(el, 'f-consent-dataProcessing')!.click();
  await settle(el);
  await next(el);
  for (let i = 0; i < 100 && !byId(el, 'f-otp'); i++) { await new Promise((r) => setTimeout(r, 30)); await settle(el); }
  const otp = (await control(`/verifications/${await latestVerification(phone)}`)) as { code: string };
  await type(el, 'f-otp', otp.code);
}

/** Dossiers of one applicant (test files run side by side, so global counts would mix). */
const dossierCount = async (phone: string) => ((await control(`/counts?phone=${phone}`)) as { dossiers: number }).dossiers;

/** The id of the newest one-time code the sandbox sent (read through its dev controls, as a phone would). */
/** Reception points arrive after the first step is painted: the delivery step waits for them (retries included). */
async function pointsListed(el: HpascDossierForm): Promise<void> {
  for (let i = 0; i < 200 && !rootOf(el).querySelector('#f-delivery-pointId option'); i++) { await new Promise((r) => setTimeout(r, 30)); await settle(el); }
  expect(rootOf(el).querySelector('#f-delivery-pointId option'), 'reception points listed').to.exist;
}

/** The newest one-time code sent to this number (each test uses its own number, so parallel files never mix codes). */
async function latestVerification(phone: string): Promise<string> {
  const response = await fetch(`${base}/sandbox/verifications/latest?phone=${encodeURIComponent(phone)}`);
  return ((await response.json()) as { id: string }).id;
}
