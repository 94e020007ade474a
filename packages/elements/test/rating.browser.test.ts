/**
 * <hpasc-rating> and <hpasc-rating-summary> in Chromium against the sandbox: dossiers submitted with the SDK
 * and driven to "result returned" (status 10) are rated through the widget; a second rating is refused by the
 * server and said so; a failed send keeps the choices and the key; the keyboard alone is enough; the kiosk
 * queues ratings while the center cannot be reached and sends them (once each) when it can; the summary
 * shows the figures the API gives.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createStore, del, set } from 'idb-keyval';
import { ConflictError, type Schemas } from '@hpasc/sdk';
import { checkVerification, createCore, getProcedure, rateDossier, requestVerification, submitDossier, type Core } from '@hpasc/sdk/core';
import '../src/provider/provider.ts';
import '../src/rating/rating.ts';
import '../src/rating-summary/rating-summary.ts';
import type { HpascRating, RatedDetail, RatingErrorDetail } from '../src/rating/rating.component.ts';
import type { HpascRatingSummary } from '../src/rating-summary/rating-summary.component.ts';
import { queuedRatings, queueLimit, type QueuedRating } from '../src/rating/kiosk-queue.ts';

const { base } = (await (await fetch('/__sandbox.json')).json()) as { base: string };
const apiKey = 'pk_test_hpasc_sandbox_local';
const api = `${base}/v1`;
const control = (path: string, init?: RequestInit) => fetch(`${base}/sandbox${path}`, init).then((r) => r.json());
const faults = (spec: string) => control('/faults', { method: 'PUT', body: spec });
const summaryOf = async (query: string): Promise<Schemas['RatingSummary']> => (await fetch(`${api}/ratings/summary?${query}`, { headers: { 'X-Api-Key': apiKey } })).json();
/** A fresh mobile number per dossier, so parallel test files never share one (the sandbox limits codes per number). */
const newPhone = () => `0913${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;

const root = (el: Element) => el.shadowRoot!;
const byId = <T extends HTMLElement>(el: Element, id: string) => root(el).getElementById(id) as T;
const heading = (el: Element) => root(el).querySelector('h2')?.textContent?.trim() ?? '';
const checkedLevel = (el: Element) => [...root(el).querySelectorAll<HTMLInputElement>('input[name=level]')].find((r) => r.checked)?.value;

async function settle(el: HpascRating): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

async function click(el: HpascRating, id: string): Promise<void> {
  byId(el, id).click();
  await settle(el);
}

async function submit(el: HpascRating): Promise<void> {
  (root(el).querySelector('button[type=submit]') as HTMLButtonElement).click();
  await settle(el);
}

/** A dossier submitted by a citizen with a verified phone, then driven by the sandbox to status 10 (result returned). */
async function returnedDossier(sdk: Core = createCore({ baseUrl: api, apiKey })): Promise<Schemas['DossierReceipt']> {
  const procedure = await getProcedure(sdk, '1.004746');
  const phone = newPhone();
  const verification = await requestVerification(sdk, { phone, procedureCode: procedure.code });
  const { code } = (await control(`/verifications/${verification.id}`)) as { code: string };
  const { submissionToken } = await checkVerification(sdk, verification.id, code);
  const receipt = await submitDossier(sdk, {
    procedureCode: procedure.code, formRevision: procedure.form.revision, draftId: `dr_${crypto.randomUUID().replace(/-/g, '')}`,
    applicant: { type: 'citizen', fullName: 'Phạm Thị Hoa', citizenId: '001190012345', birthDate: '1990-03-08', phone, address: { detail: 'Số 5 phố Hàng Gai' } },
    data: { request: 'Đề nghị giải quyết thủ tục theo quy định.' }, documents: [], delivery: { method: 'counter', pointId: 'cn-01-d01' },
    consent: { truthful: true, dataProcessing: true },
  }, { submissionToken });
  let status = 0;
  for (let i = 0; i < 6 && status !== 10; i++) status = ((await control(`/dossiers/${receipt.dossierCode}/step`, { method: 'POST' })) as { status: number }).status;
  expect(status, 'the sandbox returned the result').to.equal(10);
  return receipt;
}

async function ratingFor(receipt: Schemas['DossierReceipt'], core?: Core): Promise<HpascRating> {
  const el = core
    ? await fixture<HpascRating>(html`<hpasc-rating lang="vi" dossier=${receipt.dossierCode} .core=${core} .token=${receipt.trackingToken}></hpasc-rating>`)
    : await fixture<HpascRating>(html`<hpasc-rating lang="vi" dossier=${receipt.dossierCode} api-key=${apiKey} base-url=${api} .token=${receipt.trackingToken}></hpasc-rating>`);
  await waitUntil(() => root(el).querySelector('input[name=level]'), 'the rating form is offered');
  await settle(el);
  return el;
}

/** Ratings of dossiers received at a point are counted in that point's summary. */
const pointCount = async (pointId: string) => (await summaryOf(`scope=point&id=${pointId}`)).total;

describe('<hpasc-rating>', () => {
  afterEach(() => faults(''));

  it('rates a returned dossier: level, criteria and comment, then a thank-you and hpasc-rated', async function () {
    this.timeout(30_000);
    const receipt = await returnedDossier();
    const before = await pointCount(receipt.receptionPoint.id);
    const el = await ratingFor(receipt);
    expect(heading(el)).to.equal('Đánh giá mức độ hài lòng');
    await expect(el).to.be.accessible();

    // Without a level, the summary says so and takes focus.
    await submit(el);
    const summary = root(el).querySelector('.summary') as HTMLElement;
    expect(summary.textContent).to.contain('Hãy chọn một mức độ hài lòng.');
    expect(root(el).activeElement).to.equal(summary);
    await expect(el).to.be.accessible();

    await click(el, 'level-0');
    expect(root(el).querySelector('.summary')).to.equal(null);
    (root(el).querySelector('details.criteria') as HTMLDetailsElement).open = true;
    await click(el, 'c-staffAttitude-3');
    await click(el, 'c-totalTime-2');
    expect(root(el).querySelector('details.criteria .help')!.textContent).to.contain('Đã chấm 2/9 tiêu chí: 3 điểm.');
    const comment = byId<HTMLTextAreaElement>(el, 'comment');
    comment.value = 'Cán bộ hướng dẫn tận tình.';
    comment.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(byId(el, 'comment-count').textContent).to.equal('26/1.000 ký tự');

    const rated = oneEvent(el, 'hpasc-rated');
    await submit(el);
    const { detail } = (await rated) as CustomEvent<RatedDetail>;
    expect(detail).to.deep.equal({ dossierCode: receipt.dossierCode, level: 'very-satisfied' });
    await settle(el);
    expect(heading(el)).to.equal('Cảm ơn ông/bà đã đánh giá');
    expect(root(el).activeElement).to.equal(root(el).querySelector('h2'));
    expect(await pointCount(receipt.receptionPoint.id)).to.equal(before + 1);
    await expect(el).to.be.accessible();
  });

  it('says clearly that a dossier was rated already, as the server refuses a second rating (409)', async function () {
    this.timeout(30_000);
    const receipt = await returnedDossier();
    const sdk = createCore({ baseUrl: api, apiKey });
    await rateDossier(sdk, receipt.dossierCode, { level: 'satisfied' }, { trackingToken: receipt.trackingToken });

    // A new widget without a token: the citizen proves the dossier with its tracking PIN first.
    const el = await fixture<HpascRating>(html`<hpasc-rating lang="vi" dossier=${receipt.dossierCode} api-key=${apiKey} base-url=${api}></hpasc-rating>`);
    await waitUntil(() => byId(el, 'verifier'), 'asks for the tracking PIN');
    await expect(el).to.be.accessible();
    const verifier = byId<HTMLInputElement>(el, 'verifier');
    verifier.value = receipt.trackingPin;
    verifier.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
    await submit(el);
    await waitUntil(() => root(el).querySelector('input[name=level]'), 'the form after the PIN');
    await click(el, 'level-1');
    const failed = oneEvent(el, 'hpasc-error');
    await submit(el);
    const { detail } = (await failed) as CustomEvent<RatingErrorDetail>;
    expect(detail.code).to.equal('already_rated');
    expect(detail.requestId).to.match(/^req_/);
    await settle(el);
    expect(heading(el)).to.equal('Hồ sơ này đã được đánh giá');
    expect(root(el).textContent).to.contain(`hồ sơ ${receipt.dossierCode} đã có đánh giá`);
    expect(root(el).querySelector('button[type=submit]'), 'nothing left to send').to.equal(null);
    await expect(el).to.be.accessible();

    // The server itself refuses it, whatever the client.
    const again = await rateDossier(sdk, receipt.dossierCode, { level: 'not-satisfied' }, { trackingToken: receipt.trackingToken }).catch((e: unknown) => e);
    expect(again).to.be.instanceOf(ConflictError);
    expect((again as ConflictError).code).to.equal('already_rated');
  });

  it('keeps the choices and the Idempotency-Key through a failed send, and records one rating on retry', async function () {
    this.timeout(40_000);
    const receipt = await returnedDossier();
    const before = await pointCount(receipt.receptionPoint.id);
    const keys: string[] = [];
    const recording: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && request.url.endsWith('/rating')) keys.push(request.headers.get('idempotency-key') ?? '');
      return fetch(request);
    };
    const el = await ratingFor(receipt, createCore({ baseUrl: api, apiKey, fetch: recording }));
    await click(el, 'level-1');
    (root(el).querySelector('details.criteria') as HTMLDetailsElement).open = true;
    await click(el, 'c-contacts-2');
    const comment = byId<HTMLTextAreaElement>(el, 'comment');
    comment.value = 'Phải chờ lâu.';
    comment.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));

    await faults('only=rateDossier,errors=1');
    const failed = oneEvent(el, 'hpasc-error');
    await submit(el);
    expect((root(el).querySelector('button[type=submit]') as HTMLButtonElement).disabled, 'disabled while sending').to.equal(true);
    const { detail } = (await failed) as CustomEvent<RatingErrorDetail>;
    expect(detail.requestId).to.match(/^req_/);
    await settle(el);
    const notice = root(el).querySelector('.failure') as HTMLElement;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain(detail.requestId!);
    expect(checkedLevel(el)).to.equal('satisfied');
    expect(byId<HTMLInputElement>(el, 'c-contacts-2').checked).to.equal(true);
    expect(byId<HTMLTextAreaElement>(el, 'comment').value).to.equal('Phải chờ lâu.');
    expect(root(el).querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Gửi lại');
    expect(await pointCount(receipt.receptionPoint.id), 'nothing recorded yet').to.equal(before);
    await expect(el).to.be.accessible();

    await faults('');
    const rated = oneEvent(el, 'hpasc-rated');
    await submit(el);
    expect(((await rated) as CustomEvent<RatedDetail>).detail).to.deep.equal({ dossierCode: receipt.dossierCode, level: 'satisfied' });
    expect(keys.length, 'the SDK tried more than once').to.be.greaterThan(2);
    expect(new Set(keys).size, 'one key for every attempt').to.equal(1);
    const after = await summaryOf(`scope=point&id=${receipt.receptionPoint.id}`);
    expect(after.total).to.equal(before + 1);
  });

  it('is used with the keyboard alone: arrow keys in the level group, Tab to send, Enter', async function () {
    this.timeout(30_000);
    const receipt = await returnedDossier();
    const el = await ratingFor(receipt);
    const active = () => root(el).activeElement as HTMLElement | null;
    for (let i = 0; i < 5 && active()?.getAttribute('name') !== 'level'; i++) await sendKeys({ press: 'Tab' });
    expect(active()?.id).to.equal('level-0');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(active()?.id).to.equal('level-1');
    expect(checkedLevel(el)).to.equal('satisfied');
    for (let i = 0; i < 10 && active()?.getAttribute('type') !== 'submit'; i++) await sendKeys({ press: 'Tab' });
    expect(active()?.getAttribute('type')).to.equal('submit');
    const rated = oneEvent(el, 'hpasc-rated');
    await sendKeys({ press: 'Enter' });
    expect(((await rated) as CustomEvent<RatedDetail>).detail.level).to.equal('satisfied');
  });
});

describe('<hpasc-rating mode="kiosk">', () => {
  const outbox = createStore('hpasc-kiosk', 'outbox');
  const sending = (el: HpascRating) => (el as unknown as { outbox?: { sending: Promise<void> | null } }).outbox?.sending ?? null;
  const waitingText = (el: HpascRating) => root(el).querySelector('[part=waiting]')!.textContent!.trim();
  const kiosk = (pointId: string, resetAfter = 1) => fixture<HpascRating>(html`<hpasc-rating lang="vi" mode="kiosk" point=${pointId} counter="3"
    reset-after=${resetAfter} api-key=${apiKey} base-url=${api}></hpasc-rating>`);

  async function rateAtKiosk(el: HpascRating, levelIndex: number): Promise<void> {
    await waitUntil(() => root(el).querySelector('input[name=level]'), 'the kiosk start screen');
    await click(el, `level-${levelIndex}`);
    const rated = oneEvent(el, 'hpasc-rated');
    await submit(el);
    await rated;
    await settle(el);
    expect(heading(el)).to.equal('Cảm ơn ông/bà!');
    // After the thank-you, the next citizen finds the start screen, nothing chosen.
    await waitUntil(() => root(el).querySelector('input[name=level]'), 'back to the start after the thank-you', { timeout: 3000 });
    expect(checkedLevel(el)).to.equal(undefined);
  }

  before(() => del('point-ratings', outbox));
  afterEach(async () => {
    await faults('');
    await del('point-ratings', outbox);
  });

  it('queues ratings while the center cannot be reached, and sends each once when back online', async function () {
    this.timeout(40_000);
    const pointId = 'cn-02-d01';
    const before = await summaryOf(`scope=point&id=${pointId}`);
    await faults('only=ratePoint,drops=1');
    const el = await kiosk(pointId);
    await expect(el).to.be.accessible();
    await rateAtKiosk(el, 0);
    await rateAtKiosk(el, 2);
    await waitUntil(() => sending(el) === null, 'the sends have given up', { timeout: 15_000 });
    await settle(el);
    expect(waitingText(el)).to.equal('2 đánh giá đang chờ gửi');
    const queued = await queuedRatings();
    expect(queued.map((r) => [r.pointId, r.input.level, r.input.counter])).to.deep.equal([[pointId, 'very-satisfied', 3], [pointId, 'not-satisfied', 3]]);
    expect(new Set(queued.map((r) => r.key)).size).to.equal(2);
    for (const r of queued) expect(Date.now() - Date.parse(r.input.ratedAt)).to.be.within(0, 60_000);
    expect((await summaryOf(`scope=point&id=${pointId}`)).total, 'nothing reached the center').to.equal(before.total);

    await faults('');
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => waitingText(el) === '', 'the queue is sent', { timeout: 15_000 });
    const after = await summaryOf(`scope=point&id=${pointId}`);
    expect(after.total).to.equal(before.total + 2);
    expect(after.levels.verySatisfied).to.equal(before.levels.verySatisfied + 1);
    expect(after.levels.notSatisfied).to.equal(before.levels.notSatisfied + 1);
    expect(await queuedRatings()).to.deep.equal([]);
  });

  it('sends what waited on the next start, but drops ratings older than 7 days and keeps at most 500', async function () {
    this.timeout(30_000);
    const pointId = 'cn-03-d01';
    const before = await pointCount(pointId);
    const at = (msAgo: number, key: string): QueuedRating => ({ key, pointId, input: { level: 'satisfied', counter: 5, ratedAt: new Date(Date.now() - msAgo).toISOString() } });
    const many = Array.from({ length: queueLimit + 100 }, (_, i) => at(3600_000, `kiosk-bound-${String(i).padStart(6, '0')}`));
    await set('point-ratings', many, outbox);
    const bounded = await queuedRatings();
    expect(bounded.length).to.equal(queueLimit);
    expect(bounded[0]!.key, 'the oldest go first').to.equal('kiosk-bound-000100');

    // An 8-day-old rating is past the contract's 7 days: the kiosk drops it (the server would refuse it too).
    await set('point-ratings', [at(8 * 24 * 3600_000, `kiosk-old-${crypto.randomUUID()}`), at(3600_000, `kiosk-new-${crypto.randomUUID()}`)], outbox);
    const el = await kiosk(pointId);
    await waitUntil(async () => (await queuedRatings()).length === 0 && sending(el) === null, 'the waiting rating is sent at start', { timeout: 15_000 });
    expect(await pointCount(pointId)).to.equal(before + 1);
  });

  it('clears an unfinished choice after reset-after idle seconds, and shows no comment box', async function () {
    this.timeout(10_000);
    const el = await kiosk('cn-01-d01', 1);
    await waitUntil(() => root(el).querySelector('input[name=level]'), 'the kiosk start screen');
    expect(root(el).querySelector('textarea')).to.equal(null);
    expect(heading(el)).to.equal('Ông/bà có hài lòng với việc phục vụ tại quầy số 3?');
    await click(el, 'level-1');
    expect(checkedLevel(el)).to.equal('satisfied');
    await waitUntil(() => checkedLevel(el) === undefined, 'the choice is cleared', { timeout: 2500 });
    expect(root(el).querySelector('label.level')!.getBoundingClientRect().height).to.be.at.least(64);
  });
});

describe('<hpasc-rating-summary>', () => {
  it('shows the figures the API gives, formatted for Vietnamese readers', async function () {
    this.timeout(20_000);
    const expected = await summaryOf('scope=city');
    const el = await fixture<HpascRatingSummary>(html`<hpasc-rating-summary lang="vi" scope="city" api-key=${apiKey} base-url=${api}></hpasc-rating-summary>`);
    await waitUntil(() => root(el).querySelector('.total'), 'the figures');
    const number = new Intl.NumberFormat('vi-VN');
    const average = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
    expect(expected.total).to.be.greaterThan(0);
    expect(root(el).querySelector('.total')!.textContent).to.equal(number.format(expected.total));
    expect(root(el).querySelector('.rate')!.textContent).to.equal(new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(expected.satisfactionRate!));
    expect(root(el).querySelector('.score')!.textContent).to.equal(`${average.format(expected.averageScore!)} / 18`);
    const counts = [...root(el).querySelectorAll('table.levels tbody tr')].map((row) => row.querySelector('td')!.textContent);
    expect(counts).to.deep.equal([expected.levels.verySatisfied, expected.levels.satisfied, expected.levels.notSatisfied].map((n) => number.format(n)));
    for (const [key, value] of Object.entries(expected.criteriaAverages)) {
      expect(root(el).querySelector(`tr[data-criterion=${key}] td`)!.textContent, key).to.equal(value === null ? '—' : average.format(value));
    }
    expect(Boolean(root(el).querySelector('[part=demo]'))).to.equal(expected.demo);
    expect(root(el).querySelector('caption')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('takes its configuration from <hpasc-provider>, speaks English with en-GB numbers, and says when a scope is unknown', async function () {
    this.timeout(20_000);
    const expected = await summaryOf('scope=branch&id=cn-01');
    const provider = await fixture(html`<hpasc-provider api-key=${apiKey} base-url=${api} lang="en">
      <hpasc-rating-summary scope="branch" scope-id="cn-01"></hpasc-rating-summary></hpasc-provider>`);
    const el = provider.querySelector('hpasc-rating-summary')!;
    await waitUntil(() => root(el).querySelector('.total') && root(el).querySelector('[part=base]')!.getAttribute('lang') === 'en', 'the figures, in English');
    expect(root(el).querySelector('.total')!.textContent).to.equal(new Intl.NumberFormat('en-GB').format(expected.total));
    expect(root(el).querySelector('.scope')!.textContent).to.contain(expected.scope.name);

    const failed = oneEvent(el, 'hpasc-error');
    el.scopeId = 'cn-99';
    const { detail } = (await failed) as CustomEvent<RatingErrorDetail>;
    expect(detail.code).to.equal('not_found');
    await el.updateComplete;
    const alert = root(el).querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain(detail.requestId!);
    expect(root(el).querySelector('.total')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
