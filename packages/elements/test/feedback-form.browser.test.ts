/**
 * <hpasc-feedback-form> in Chromium against the sandbox: feedback about a real dossier with a file, its receipt,
 * the lookup and the answer as the sandbox's clock moves; a dossier code checked as typed; the server's field
 * errors on the right field; exactly one feedback under injected faults; the draft kept only with consent;
 * and every state from its states file at 320 px, passing axe.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { str } from '@lit/localize';
import '../src/feedback-form/feedback-form.ts';
import type { FeedbackFormPreview, HpascFeedbackForm } from '../src/feedback-form/feedback-form.component.ts';
import { describeStates } from './support/states.ts';
import { feedbackFormStates } from '../src/feedback-form/feedback-form.states.ts';
import { feedbackEnglish } from '../src/feedback-form/feedback-form.en.ts';
import { englishTemplates } from '../src/locales/en.ts';
import { deleteDraft } from '../src/internal/drafts.ts';
import { checkVerification, createCore, createUpload, getProcedure, listPoints, requestVerification, submitDossier, submitFeedback } from '@hpasc/sdk/core';
import { FormModel } from '../src/internal/form/form-model.ts';
import { formCases } from '../../../test/form-cases.ts';
import type { Schemas } from '@hpasc/sdk';

const { base } = (await (await fetch('/__sandbox.json')).json()) as { base: string };
const apiKey = 'pk_test_hpasc_sandbox_local';
const control = (path: string, init?: RequestInit) => fetch(`${base}/sandbox${path}`, init).then((r) => r.json());
const root = (el: HpascFeedbackForm) => el.shadowRoot!;
const text = (el: HpascFeedbackForm) => root(el).textContent!.replace(/\s+/g, ' ');
const $ = <T extends Element = HTMLElement>(el: HpascFeedbackForm, selector: string) => root(el).querySelector<T>(selector)!;
const phone = () => `0913${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;

/** A dossier submitted straight to the sandbox through the SDK, as the tracker's test does. */
async function dossierCode(): Promise<string> {
  const core = createCore({ baseUrl: `${base}/v1`, apiKey });
  const procedureCode = '1.001193';
  const procedure = await getProcedure(core, procedureCode);
  const data = formCases.find((c) => c.procedure === procedureCode && c.errors.length === 0)!.data;
  const model = new FormModel(procedure.form);
  const mobile = phone();
  await requestVerification(core, { phone: mobile, procedureCode });
  const latest = (await control(`/verifications/latest?phone=${mobile}`)) as { id: string };
  const { code } = (await control(`/verifications/${latest.id}`)) as { code: string };
  const { submissionToken } = await checkVerification(core, latest.id, code);
  const draftId = `dr_${crypto.randomUUID().replace(/-/g, '')}`;
  const documents = [];
  for (const slot of model.slotsFor(model.visibleData(data)).filter((s) => s.required)) {
    const upload = await createUpload(core, { file: pdf('giay-chung-sinh.pdf'), draftId, purpose: 'dossier', procedureCode, slotId: slot.id });
    documents.push({ slotId: slot.id, uploadIds: [upload.id] });
  }
  const point = (await listPoints(core, { limit: 1 })).items[0]!;
  const receipt = await submitDossier(core, {
    procedureCode, formRevision: procedure.form.revision, draftId,
    applicant: { type: 'citizen', fullName: 'Phạm Thị Hoa', citizenId: '001190012345', birthDate: '1990-03-08', phone: mobile, address: { detail: 'Số 5 phố Hàng Gai', unitCode: '00070' } },
    data: model.visibleData(data), documents, delivery: { method: 'counter', pointId: point.id }, consent: { truthful: true, dataProcessing: true },
  }, { submissionToken, idempotencyKey: draftId });
  return receipt.dossierCode;
}

const pdf = (name: string) => new File([new TextEncoder().encode('%PDF-1.7\n'.padEnd(2000, ' '))], name, { type: 'application/pdf' });

function type(el: HpascFeedbackForm, selector: string, value: string): void {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Fills the form as a citizen would, field by field. */
async function fill(el: HpascFeedbackForm, values: { dossierCode?: string; phone: string; title?: string }): Promise<void> {
  $<HTMLInputElement>(el, '#f-topic-0').click();
  type(el, '#f-title', values.title ?? 'Hồ sơ đăng ký khai sinh chưa được trả đúng hẹn');
  if (values.dossierCode) type(el, '#f-dossierCode', values.dossierCode);
  type(el, '#f-content', 'Tôi nộp hồ sơ đúng hạn nhưng đến ngày hẹn vẫn chưa nhận được kết quả, cũng không được báo lý do.');
  type(el, '#f-contact-fullName', 'Nguyễn Thị Minh Anh');
  type(el, '#f-contact-phone', values.phone);
  await el.updateComplete;
  $<HTMLInputElement>(el, '#f-consent-dataProcessing').click();
  await el.updateComplete;
}

async function shows(el: HpascFeedbackForm, words: string, timeoutMs = 10_000): Promise<void> {
  await waitUntil(() => text(el).includes(words), `the form never showed "${words}"; it shows: ${text(el).slice(0, 300)}`, { timeout: timeoutMs });
}

const send = (el: HpascFeedbackForm) => $<HTMLButtonElement>(el, 'button[type=submit]').click();
const form = () => fixture<HpascFeedbackForm>(html`<hpasc-feedback-form lang="vi" api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-feedback-form>`);

describe('<hpasc-feedback-form>', () => {
  before(async () => { await deleteDraft('feedback').catch(() => undefined); });
  afterEach(async () => { await fetch(`${base}/sandbox/faults`, { method: 'PUT', body: '' }); });

  it('sends feedback about a dossier with a file, shows the receipt, and the lookup follows it to its answer', async function () {
    this.timeout(40_000);
    const code = await dossierCode();
    const el = await form();
    const mobile = phone();
    await fill(el, { dossierCode: ` ${code.slice(0, 10)} ${code.slice(10).toLowerCase()} `, phone: mobile });
    const file = $<HTMLInputElement>(el, '#f-attachments');
    const files = new DataTransfer();
    files.items.add(pdf('giay-hen.pdf'));
    file.files = files.files;
    file.dispatchEvent(new Event('change'));
    await shows(el, 'Đã tải lên');
    const sent = oneEvent(el, 'hpasc-feedback-sent');
    send(el);
    const { detail } = await sent;
    expect(detail.feedbackCode).to.match(/^PAKN-\d{6}-\d{4}$/);
    expect(Object.keys(detail), 'no personal data in the event').to.deep.equal(['feedbackCode']);
    await shows(el, 'Đã gửi phản ánh, kiến nghị');
    expect($(el, '.code').textContent).to.equal(detail.feedbackCode);
    expect($(el, '.pin').textContent).to.match(/^[0-9A-Z]{6}$/);
    expect(root(el).activeElement, 'focus moves to the receipt').to.equal($(el, 'h2'));
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '[part=receipt] button').click();
    await shows(el, 'Đã tiếp nhận');
    expect(text(el)).to.contain(code);
    expect(text(el)).to.contain('Chưa có trả lời');

    // The sandbox's officer answers on its clock: processing after a day, answered after three.
    await control('/clock/advance', { method: 'POST', body: JSON.stringify({ days: 4 }), headers: { 'Content-Type': 'application/json' } });
    const refresh = [...root(el).querySelectorAll<HTMLButtonElement>('[part=result] button')].find((b) => b.textContent!.includes('Cập nhật'))!;
    refresh.click();
    await shows(el, 'Đã có trả lời');
    expect($(el, '.answer').textContent).to.contain('Trả lời mẫu');
    expect($(el, '[role=status][aria-live=polite]').textContent).to.contain('Đã có trả lời');
    await expect(el).to.be.accessible();

    // Another tab, by the code and the phone's last 4 digits.
    const other = await fixture<HpascFeedbackForm>(html`<hpasc-feedback-form lang="vi" view="lookup" api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-feedback-form>`);
    type(other, '#f-lookup-code', ` ${detail.feedbackCode.toLowerCase()} `);
    type(other, '#f-lookup-verifier', mobile.slice(-4));
    send(other);
    await shows(other, 'Đã có trả lời');
  });

  it('names a wrong dossier code as it is typed, and refuses to send it', async () => {
    const el = await form();
    type(el, '#f-dossierCode', '000.00.12.H26-251399-0001');
    await el.updateComplete;
    expect($(el, '#f-dossierCode-error').textContent).to.contain('ngày không có thật');
    expect($(el, '#f-dossierCode').getAttribute('aria-invalid')).to.equal('true');
    type(el, '#f-dossierCode', '000.00.12.H26-2511');
    await el.updateComplete;
    expect(root(el).querySelector('#f-dossierCode-error'), 'no error while still typing').to.equal(null);
    send(el);
    await el.updateComplete;
    await el.updateComplete;
    const summary = $(el, '.summary');
    expect(root(el).activeElement, 'the summary takes focus').to.equal(summary);
    expect(summary.textContent).to.contain('Mã hồ sơ liên quan (nếu có): Mã hồ sơ chưa đúng dạng');
    expect(summary.textContent).to.contain('Nội dung phản ánh, kiến nghị: ');
    expect(summary.textContent).to.contain('Số điện thoại di động: ');
    summary.querySelector<HTMLAnchorElement>('a[href="#f-dossierCode"]')!.click();
    expect(root(el).activeElement).to.equal($(el, '#f-dossierCode'));
    await expect(el).to.be.accessible();
  });

  it("puts the server's field errors (422) on the right field, and sends once they are fixed", async function () {
    this.timeout(30_000);
    const real = await dossierCode();
    const el = await form();
    await fill(el, { dossierCode: '000.00.12.H26-251124-9999', phone: phone() });
    send(el);
    await waitUntil(() => root(el).querySelector('#f-dossierCode-error'), 'the server refused the unknown dossier', { timeout: 10_000 });
    expect(root(el).activeElement).to.equal($(el, '.summary'));
    expect($(el, '.summary a').getAttribute('href')).to.equal('#f-dossierCode');
    expect($<HTMLInputElement>(el, '#f-title').value, 'everything typed is kept').to.contain('khai sinh');
    type(el, '#f-dossierCode', real);
    const sent = oneEvent(el, 'hpasc-feedback-sent');
    send(el);
    expect((await sent).detail.feedbackCode).to.match(/^PAKN-/);
  });

  it('records exactly one feedback under injected faults, however often it is sent again', async function () {
    this.timeout(60_000);
    const core = createCore({ baseUrl: `${base}/v1`, apiKey });
    const input = (n: number): Schemas['FeedbackInput'] => ({
      topic: 'other', title: `Đếm ${n}`, content: 'Phản ánh dùng để đếm số phản ánh đã ghi nhận.', contact: { fullName: 'Lê Văn Đếm', phone: phone() },
      draftId: `fb_count_${crypto.randomUUID().replace(/-/g, '')}`, consent: { dataProcessing: true },
    });
    const sequence = (code: string) => Number(code.slice(-4));
    const before = await submitFeedback(core, input(1));
    const el = await form();
    await fill(el, { phone: phone() });
    // First the server fails every time: the SDK's retries give up, the form says so with the request id.
    await fetch(`${base}/sandbox/faults`, { method: 'PUT', body: 'only=submitFeedback,errors=1,seed=11' });
    const failed = oneEvent(el, 'hpasc-error');
    send(el);
    expect((await failed).detail.requestId).to.be.a('string');
    await waitUntil(() => root(el).querySelector('.failure'), 'the failure is shown', { timeout: 20_000 });
    expect($(el, '.failure').textContent).to.contain((await failed).detail.requestId!);
    expect(root(el).activeElement, 'the failure takes focus').to.equal($(el, '.failure'));
    expect($<HTMLInputElement>(el, '#f-title').value, 'a failed send keeps what was typed').to.contain('khai sinh');
    await fetch(`${base}/sandbox/faults`, { method: 'PUT', body: 'only=submitFeedback,errors=0.5,dropsAfterCommit=0.3,seed=11' });
    const sent = oneEvent(el, 'hpasc-feedback-sent');
    let failures = 0;
    for (let attempt = 0; attempt < 12 && !root(el).querySelector('[part=receipt]'); attempt++) {
      send(el);
      await waitUntil(() => root(el).querySelector('[part=receipt]') || (root(el).querySelector('.failure') && !$<HTMLButtonElement>(el, 'button[type=submit]').disabled), 'an answer', { timeout: 20_000 });
      if (root(el).querySelector('.failure')) {
        failures++;
        expect($(el, '.failure').textContent, 'the failure shows its request id or says what to do').to.not.equal('');
        expect($<HTMLInputElement>(el, '#f-title').value, 'a failed send keeps what was typed').to.contain('khai sinh');
        expect($(el, 'button[type=submit]').textContent).to.contain('Gửi lại');
      }
    }
    const { detail } = await sent;
    await fetch(`${base}/sandbox/faults`, { method: 'PUT', body: '' });
    const after = await submitFeedback(core, input(2));
    const day = (code: string) => code.slice(0, 11);
    expect(day(detail.feedbackCode)).to.equal(day(before.code));
    expect(sequence(detail.feedbackCode), `one feedback recorded (after ${failures} failed sends)`).to.equal(sequence(before.code) + 1);
    expect(sequence(after.code), 'no duplicate recorded behind the receipt').to.equal(sequence(before.code) + 2);
  });

  it('keeps a draft only with consent, offers it to a new form, restores it, and deletes it with one button', async function () {
    this.timeout(20_000);
    await deleteDraft('feedback').catch(() => undefined);
    const first = await form();
    await fill(first, { phone: '0912345678', title: 'Bản nháp không lưu' });
    await new Promise((r) => setTimeout(r, 800));
    first.remove();
    const unsaved = await form();
    await new Promise((r) => setTimeout(r, 300));
    expect(text(unsaved), 'no consent, no draft').to.not.contain('chưa gửi');
    await fill(unsaved, { phone: '0912345678', title: 'Bản nháp có lưu' });
    $<HTMLInputElement>(unsaved, '#f-keep-draft').click();
    await shows(unsaved, 'Đã lưu bản nháp lúc');
    type(unsaved, '#f-title', 'Bản nháp có lưu, sửa lần hai');
    await new Promise((r) => setTimeout(r, 800));
    unsaved.remove();

    const again = await form();
    await shows(again, 'Bạn có một phản ánh chưa gửi');
    await expect(again).to.be.accessible();
    [...root(again).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('Tiếp tục bản nháp'))!.click();
    await again.updateComplete;
    expect($<HTMLInputElement>(again, '#f-title').value).to.equal('Bản nháp có lưu, sửa lần hai');
    expect($<HTMLInputElement>(again, '#f-contact-phone').value).to.equal('0912345678');
    expect($<HTMLInputElement>(again, '#f-keep-draft').checked).to.equal(true);
    [...root(again).querySelectorAll<HTMLButtonElement>('.draft button')].find((b) => b.textContent!.includes('Xóa bản nháp'))!.click();
    await new Promise((r) => setTimeout(r, 300));
    again.remove();
    const gone = await form();
    await new Promise((r) => setTimeout(r, 300));
    expect(text(gone)).to.not.contain('chưa gửi');

    const kiosk = await fixture<HpascFeedbackForm>(html`<hpasc-feedback-form lang="vi" mode="kiosk" api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-feedback-form>`);
    expect(root(kiosk).querySelector('#f-keep-draft'), 'no draft toggle in kiosk mode').to.equal(null);
  });

  it('has an English catalog for exactly the ids it uses', () => {
    const english = feedbackEnglish(str);
    expect(Object.keys(english).every((id) => id.startsWith('feedback.'))).to.equal(true);
    expect(Object.keys(english).length).to.be.greaterThan(60);
  });
});

const merged = 'feedback.send' in englishTemplates(str);
describeStates<HpascFeedbackForm, FeedbackFormPreview>('hpasc-feedback-form', feedbackFormStates, {
  async check(_el, shadow, preview) {
    // The receipt and the result of a lookup are their own module, loaded on demand.
    if (preview.feedback) await waitUntil(() => shadow.querySelector('[part=result]'), 'the lookup result has loaded');
    if (preview.receipt) await waitUntil(() => shadow.querySelector('[part=receipt]'), 'the receipt has loaded');
    if (preview.receipt) expect(shadow.querySelector('[part=receipt] .code')!.textContent).to.equal(preview.receipt.code);
    if (preview.feedback) expect(shadow.querySelector('[part=result]')).to.exist;
    if (preview.feedback?.answer) expect(shadow.querySelector('.answer')!.textContent).to.contain(preview.feedback.answer.text);
    if (preview.failure?.requestId) expect(shadow.textContent).to.contain(preview.failure.requestId);
    if (preview.showErrors || preview.issues) expect(shadow.querySelectorAll('.summary li').length).to.be.greaterThan(0);
    if (preview.issues) for (const issue of preview.issues) expect(shadow.getElementById(`f${issue.pointer.replace(/\//g, '-')}-error`)!.textContent).to.equal(issue.message);
    if (preview.sending) expect(shadow.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).to.equal(true);
    if (preview.draftOffer) expect(shadow.querySelector('h2')!.textContent).to.match(/chưa gửi|not sent/);
    if (preview.attachments) expect(shadow.querySelectorAll('.files li').length).to.equal(preview.attachments.length);
    if (preview.lang === 'en' && merged) expect(shadow.textContent).to.match(/Send feedback|Answered/);
  },
});
