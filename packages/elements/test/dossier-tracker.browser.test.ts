/**
 * <hpasc-dossier-tracker> in Chromium against the sandbox: lookup, live updates while the sandbox moves the
 * dossier along (no reload), the apology with its new date, a refusal with reasons, a withdrawal, fees paid
 * through the payment page; and every state from its states file passes axe.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/dossier-tracker/dossier-tracker.ts';
import type { DossierTrackerPreview, HpascDossierTracker } from '../src/dossier-tracker/dossier-tracker.component.ts';
import { describeStates } from './support/states.ts';
import { dossierTrackerStates } from '../src/dossier-tracker/dossier-tracker.states.ts';
import { checkVerification, createCore, createUpload, getProcedure, listPoints, requestVerification, submitDossier } from '@hpasc/sdk/core';
import { FormModel } from '../src/internal/form/form-model.ts';
import type { Schemas } from '@hpasc/sdk';
import { formCases } from '../../../test/form-cases.ts';

const { base } = (await (await fetch('/__sandbox.json')).json()) as { base: string };
const apiKey = 'pk_test_hpasc_sandbox_local';
const control = (path: string, init?: RequestInit) => fetch(`${base}/sandbox${path}`, init).then((r) => r.json());
const root = (el: HpascDossierTracker) => el.shadowRoot!;
const text = (el: HpascDossierTracker) => root(el).textContent!.replace(/\s+/g, ' ');

/**
 * A dossier submitted through the SDK, as the dossier form does, from the shared sample declaration of the
 * procedure (birth registration by default; CT01, 1.004222, when fees are needed); each test uses its own phone.
 */
async function submitted(phone: string, procedureCode = '1.001193'): Promise<Schemas['DossierReceipt']> {
  const core = createCore({ baseUrl: `${base}/v1`, apiKey });
  const procedure = await getProcedure(core, procedureCode);
  const data = formCases.find((c) => c.procedure === procedureCode && c.errors.length === 0)!.data;
  const model = new FormModel(procedure.form);
  await requestVerification(core, { phone, procedureCode });
  const latest = (await (await fetch(`${base}/sandbox/verifications/latest?phone=${phone}`)).json()) as { id: string };
  const { code } = (await control(`/verifications/${latest.id}`)) as { code: string };
  const { submissionToken } = await checkVerification(core, latest.id, code);
  const draftId = `dr_${crypto.randomUUID().replace(/-/g, '')}`;
  const pdf = new File([new TextEncoder().encode('%PDF-1.7\n'.padEnd(2000, ' '))], 'giay-chung-sinh.pdf', { type: 'application/pdf' });
  const documents = [];
  for (const slot of model.slotsFor(model.visibleData(data)).filter((s) => s.required)) {
    const upload = await createUpload(core, { file: pdf, draftId, purpose: 'dossier', procedureCode, slotId: slot.id });
    documents.push({ slotId: slot.id, uploadIds: [upload.id] });
  }
  const point = (await listPoints(core, { limit: 1 })).items[0]!;
  return submitDossier(core, {
    procedureCode, formRevision: procedure.form.revision, draftId,
    applicant: { type: 'citizen', fullName: 'Phạm Thị Hoa', citizenId: '001190012345', birthDate: '1990-03-08', phone, address: { detail: 'Số 5 phố Hàng Gai', unitCode: '00070' } },
    data: model.visibleData(data), documents,
    delivery: { method: 'counter', pointId: point.id }, consent: { truthful: true, dataProcessing: true },
  }, { submissionToken, idempotencyKey: draftId });
}

const phone = () => `0913${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
const step = (code: string) => control(`/dossiers/${encodeURIComponent(code)}/step`, { method: 'POST' });
const scenario = (code: string, name: string) => control(`/dossiers/${encodeURIComponent(code)}/scenario`, { method: 'PUT', body: JSON.stringify({ scenario: name }), headers: { 'Content-Type': 'application/json' } });

/** Waits, without reloading anything, until the tracker shows `words`. */
async function shows(el: HpascDossierTracker, words: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!text(el).includes(words)) {
    if (Date.now() > until) throw new Error(`the tracker never showed "${words}"; it shows: ${text(el).slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function tracking(receipt: Schemas['DossierReceipt']): Promise<HpascDossierTracker> {
  const el = await fixture<HpascDossierTracker>(html`<hpasc-dossier-tracker lang="vi" code=${receipt.dossierCode} .token=${receipt.trackingToken} api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-dossier-tracker>`);
  await oneEvent(el, 'hpasc-ready');
  await shows(el, 'Nộp hồ sơ');
  return el;
}

describe('<hpasc-dossier-tracker>', () => {
  it('looks a dossier up by code and PIN: the code is checked as typed, pasted spaces are cleaned, a wrong PIN is refused', async function () {
    this.timeout(30_000);
    const receipt = await submitted(phone());
    const el = await fixture<HpascDossierTracker>(html`<hpasc-dossier-tracker lang="vi" api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-dossier-tracker>`);
    const code = root(el).querySelector<HTMLInputElement>('#f-code')!;
    const pin = root(el).querySelector<HTMLInputElement>('#f-verifier')!;
    const submit = () => { root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click(); };

    code.value = '000.00.12.H26-251399-0001';
    code.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(root(el).querySelector('#f-code-error')?.textContent, 'a date that does not exist, named as typed').to.contain('ngày không có thật');
    await expect(el).to.be.accessible();

    code.value = ` ${receipt.dossierCode.slice(0, 10)} ${receipt.dossierCode.slice(10).toLowerCase()} `;
    code.dispatchEvent(new Event('input'));
    pin.value = 'WRONG1';
    pin.dispatchEvent(new Event('input'));
    submit();
    await shows(el, 'Không tìm thấy hồ sơ');
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Mã yêu cầu');

    pin.value = receipt.trackingPin;
    pin.dispatchEvent(new Event('input'));
    const ready = oneEvent(el, 'hpasc-ready');
    submit();
    expect((await ready).detail).to.deep.equal({ dossierCode: receipt.dossierCode, status: 1 });
    await shows(el, 'Đã gửi, đang chờ tiếp nhận');
    expect(root(el).querySelector('.code')!.textContent).to.equal(receipt.dossierCode);
    await expect(el).to.be.accessible();
  });

  it('speaks English when asked, dates and money included', async () => {
    const el = await fixture<HpascDossierTracker>(html`<hpasc-dossier-tracker lang="en" .preview=${dossierTrackerStates['Fees due (6)']}></hpasc-dossier-tracker>`);
    await el.updateComplete;
    for (let i = 0; i < 50 && !text(el).includes('Fees due'); i++) { await new Promise((r) => setTimeout(r, 20)); await el.updateComplete; }
    expect(text(el)).to.contain('Fees due');
    expect(text(el)).to.contain('You need to pay fees');
    expect(text(el)).to.contain('₫100,000');
    expect(text(el)).to.contain('How the dossier has progressed');
    await expect(el).to.be.accessible();
  });

  it('fills the code in from the page address (#ho-so=), never the PIN', async () => {
    const original = location.href;
    location.hash = `ho-so=${encodeURIComponent('000.00.12.H26-251110-0042')}`;
    try {
      const el = await fixture<HpascDossierTracker>(html`<hpasc-dossier-tracker lang="vi" api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-dossier-tracker>`);
      expect(root(el).querySelector<HTMLInputElement>('#f-code')!.value).to.equal('000.00.12.H26-251110-0042');
      expect(root(el).querySelector<HTMLInputElement>('#f-verifier')!.value).to.equal('');
      expect(root(el).querySelector('[role=status]'), 'no payment notice on a plain visit').to.equal(null);
      // Back from the payment platform, which adds `?payment=` to the return address.
      history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}payment=pm_test#ho-so=000.00.12.H26-251110-0042`);
      const back = await fixture<HpascDossierTracker>(html`<hpasc-dossier-tracker lang="vi" api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-dossier-tracker>`);
      expect(root(back).querySelector('[role=status]')!.textContent).to.contain('quay lại từ cổng thanh toán');
    } finally {
      history.replaceState(null, '', original.split('#')[0]);
    }
  });

  it('follows a dossier live to its result, announcing each change, with no duplicated events', async function () {
    this.timeout(30_000);
    const receipt = await submitted(phone());
    const el = await tracking(receipt);
    const changes: number[] = [];
    el.addEventListener('hpasc-status-change', (e) => changes.push(e.detail.status));
    await step(receipt.dossierCode);
    await shows(el, 'Đã được tiếp nhận');
    expect(root(el).querySelector('[aria-live=polite]')!.textContent).to.contain('Đã được tiếp nhận');
    expect(text(el)).to.contain('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
    await step(receipt.dossierCode);
    await shows(el, 'Đang được giải quyết');
    expect(root(el).querySelector('.badge')!.textContent).to.equal('Đúng hạn');
    expect(text(el)).to.match(/Còn \d+ ngày làm việc/);
    await step(receipt.dossierCode);
    await shows(el, 'Đã có kết quả');
    await step(receipt.dossierCode);
    await shows(el, 'Đã trả kết quả');
    expect(changes).to.deep.equal([2, 4, 9, 10]);
    const events = [...root(el).querySelectorAll('.event')];
    expect(events.length, 'submitted, accepted, processing, resolved, returned — each once').to.equal(5);
    await expect(el).to.be.accessible();
  });

  it('takes a supplement uploaded in the tracker: 1 → 2 → 4 → 5 → 4 → 9 → 10, live', async function () {
    this.timeout(40_000);
    const receipt = await submitted(phone());
    await scenario(receipt.dossierCode, 'supplement');
    const el = await tracking(receipt);
    for (let i = 0; i < 3; i++) await step(receipt.dossierCode);
    await shows(el, 'Bạn cần bổ sung giấy tờ');
    expect(text(el)).to.contain('Thời hạn giải quyết tạm dừng');
    await expect(el).to.be.accessible();
    const send = () => [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Gửi giấy tờ bổ sung')!.click();
    send();
    await shows(el, 'Vui lòng đính kèm giấy tờ này.');
    const input = root(el).querySelector<HTMLInputElement>('.action input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([new TextEncoder().encode('%PDF-1.7\n'.padEnd(300_000, ' '))], 'giay-chung-sinh-ro-net.pdf', { type: 'application/pdf' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await shows(el, 'Đã tải lên');
    const sent = oneEvent(el, 'hpasc-supplement-sent');
    send();
    await sent;
    await shows(el, 'Đang được giải quyết');
    await shows(el, 'Nhận giấy tờ bổ sung');
    await step(receipt.dossierCode);
    await shows(el, 'Đã có kết quả');
    await step(receipt.dossierCode);
    await shows(el, 'Đã trả kết quả');
    const statuses = [...root(el).querySelectorAll('.event')].length;
    expect(statuses, 'submitted, accepted, processing, supplement asked, received, resolved, returned').to.equal(7);

    // Then rated, right there.
    await shows(el, 'Bạn đã nhận kết quả');
    const rating = root(el).querySelector('hpasc-rating')!;
    expect(rating, 'the rating is offered once the result is returned').to.exist;
    for (let i = 0; i < 100 && !rating.shadowRoot?.querySelector('input[name=level]'); i++) await new Promise((r) => setTimeout(r, 50));
    rating.shadowRoot!.querySelector<HTMLInputElement>('input[name=level][value=very-satisfied]')!.click();
    const rated = oneEvent(rating, 'hpasc-rated');
    rating.shadowRoot!.querySelector<HTMLButtonElement>('button[part=submit]')!.click();
    expect((await rated).detail).to.deep.equal({ dossierCode: receipt.dossierCode, level: 'very-satisfied' });
    await expect(el).to.be.accessible();
  });

  it('keeps several trackers on one page live through a dropped stream, without repeating an event', async function () {
    this.timeout(40_000);
    const [first, second] = await Promise.all([submitted(phone()), submitted(phone())]);
    const streams = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/dossier-events/stream')).length;
    const before = streams();
    const el = await fixture<HTMLDivElement>(html`<div>
      <hpasc-dossier-tracker lang="vi" code=${first.dossierCode} .token=${first.trackingToken} api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-dossier-tracker>
      <hpasc-dossier-tracker lang="vi" code=${second.dossierCode} .token=${second.trackingToken} api-key=${apiKey} base-url=${`${base}/v1`}></hpasc-dossier-tracker>
    </div>`);
    const [a, b] = [...el.querySelectorAll('hpasc-dossier-tracker')] as HpascDossierTracker[];
    await shows(a!, 'Nộp hồ sơ');
    await shows(b!, 'Nộp hồ sơ');
    await step(first.dossierCode);
    await shows(a!, 'Đã được tiếp nhận');
    await control('/streams/drop', { method: 'POST' });
    await step(first.dossierCode);
    await step(second.dossierCode);
    await shows(a!, 'Đang được giải quyết');
    await shows(b!, 'Đã được tiếp nhận');
    expect(root(a!).querySelectorAll('.event').length, 'submitted, accepted, processing — each once').to.equal(3);
    expect(root(b!).querySelectorAll('.event').length).to.equal(2);
    await new Promise((r) => setTimeout(r, 300));
    // Both trackers share one connection: the drop cost one reconnection, not one per tracker.
    expect(streams() - before, 'stream connections opened and closed').to.be.within(1, 3);
  });

  it('shows the apology letter and the new return date of an overdue dossier', async function () {
    this.timeout(30_000);
    const receipt = await submitted(phone());
    await scenario(receipt.dossierCode, 'overdue');
    const el = await tracking(receipt);
    for (let i = 0; i < 3; i++) await step(receipt.dossierCode);
    await shows(el, 'Ngày hẹn ban đầu');
    expect(text(el)).to.contain('đã gửi văn bản xin lỗi và hẹn trả kết quả vào');
    expect(root(el).querySelector('s'), 'the first date is struck through').to.exist;
    await shows(el, 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết');
    await expect(el).to.be.accessible();
  });

  it('shows a refusal at reception with its reasons', async function () {
    this.timeout(30_000);
    const receipt = await submitted(phone());
    await scenario(receipt.dossierCode, 'refused');
    const el = await tracking(receipt);
    await step(receipt.dossierCode);
    await shows(el, 'Không được tiếp nhận');
    await shows(el, 'Lý do không tiếp nhận');
    const reason = root(el).querySelector('.notice p')!.textContent!.trim();
    expect(reason.length, 'the reason is given').to.be.greaterThan(10);
    expect(root(el).querySelector('.badge'), 'no on-time badge for a refused dossier').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lets the citizen withdraw the dossier, with a reason', async function () {
    this.timeout(30_000);
    const receipt = await submitted(phone());
    const el = await tracking(receipt);
    [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Rút hồ sơ')!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.withdraw button[type=submit]')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('#reason-tracker-error')!.textContent).to.contain('lý do');
    await expect(el).to.be.accessible();
    const reason = root(el).querySelector<HTMLTextAreaElement>('#reason-tracker')!;
    reason.value = 'Tôi nộp nhầm thủ tục.';
    reason.dispatchEvent(new Event('input'));
    const withdrawn = oneEvent(el, 'hpasc-withdrawn');
    root(el).querySelector<HTMLButtonElement>('.withdraw button[type=submit]')!.click();
    expect((await withdrawn).detail).to.deep.equal({ dossierCode: receipt.dossierCode });
    await shows(el, 'Đã rút hồ sơ');
    await shows(el, 'Tôi nộp nhầm thủ tục.');
  });

  it('takes fees paid on the payment page back into the tracker, live, on to the result', async function () {
    this.timeout(30_000);
    const receipt = await submitted(phone(), '1.004222');
    expect(receipt.fees.totalVnd, 'CT01 has a fee').to.be.greaterThan(0);
    await scenario(receipt.dossierCode, 'payment');
    const el = await tracking(receipt);
    for (let i = 0; i < 3; i++) await step(receipt.dossierCode);
    await shows(el, 'Bạn cần nộp phí, lệ phí');
    expect(text(el)).to.contain('Thời hạn giải quyết tạm dừng');
    const started = oneEvent(el, 'hpasc-payment-start');
    [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Nộp phí trực tuyến')!.click();
    await started;
    await el.updateComplete;
    const link = root(el).querySelector<HTMLAnchorElement>('#payment-link')!;
    expect(link.target).to.equal('_blank');
    // The payment platform's page, then its "pay" button, as the citizen's new tab would load and press them.
    const page = await (await fetch(link.href)).text();
    expect(page).to.contain(receipt.dossierCode);
    const paid = await fetch(link.href, { method: 'POST', body: new URLSearchParams({ action: 'pay' }), redirect: 'manual' });
    expect(paid.type === 'opaqueredirect' || paid.status === 303).to.equal(true);
    await shows(el, 'Đang được giải quyết');
    await shows(el, 'Đã nhận phí, lệ phí');
    await step(receipt.dossierCode);
    await shows(el, 'Đã có kết quả');
  });
});

describeStates<HpascDossierTracker, DossierTrackerPreview>('hpasc-dossier-tracker', dossierTrackerStates, {
  check(el, shadow, preview) {
    expect(text(el).trim().length).to.be.greaterThan(0);
    if (preview.dossier) expect(shadow.querySelector('.code')!.textContent).to.equal(preview.dossier.code);
    if (preview.lookup?.showErrors) expect(shadow.querySelector('.error'), 'errors are shown').to.exist;
    if (preview.dossier?.rating.eligible) expect(shadow.querySelector('hpasc-rating')!.shadowRoot!.querySelector('input[name=level]'), 'the rating offered, from data').to.exist;
  },
});
