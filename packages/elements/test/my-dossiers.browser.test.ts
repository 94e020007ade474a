/**
 * <hpasc-my-dossiers> in Chromium against the sandbox: test citizens sign in through the fake VNeID (by
 * hand, no popup), submit dossiers as themselves, and see them newest first, a page at a time; withdraw one
 * from the list; rate one once returned; never see another citizen's; and nothing is asked for while signed
 * out. Every state from its states file renders from data, fits 320 px and passes axe.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { str } from '@lit/localize';
import '../src/my-dossiers/my-dossiers.ts';
import type { HpascMyDossiers, MyDossiersPreview } from '../src/my-dossiers/my-dossiers.component.ts';
import { describeStates } from './support/states.ts';
import { myDossiersStates } from '../src/my-dossiers/my-dossiers.states.ts';
import { myDossiersEnglish } from '../src/my-dossiers/my-dossiers.en.ts';
import { englishTemplates } from '../src/locales/en.ts';
import { hpascContext, type HpascContextValue } from '../src/internal/context.ts';
import {
  createCore, createUpload, getDossier, getProcedure, listMyDossiers, listPoints, submitDossier, type Core,
} from '@hpasc/sdk/core';
import type { Schemas } from '@hpasc/sdk';
import { FormModel } from '../src/internal/form/form-model.ts';
import { citizenTokens } from '../../../test/support/citizens.ts';
import { formCases } from '../../../test/form-cases.ts';

const { base } = (await (await fetch('/__sandbox.json')).json()) as { base: string };
const apiKey = 'pk_test_hpasc_sandbox_local';
const control = (path: string, init?: RequestInit) => fetch(`${base}/sandbox${path}`, init).then((r) => r.json());
const step = (code: string) => control(`/dossiers/${encodeURIComponent(code)}/step`, { method: 'POST' });
const faults = (spec: string) => control('/faults', { method: 'PUT', body: spec });
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const codesShown = (el: HpascMyDossiers) => [...root(el).querySelectorAll('.code')].map((c) => c.textContent!.trim());
const item = (el: HpascMyDossiers, code: string) => [...root(el).querySelectorAll('[part=dossier]')].find((li) => li.querySelector('.code')!.textContent === code)!;
const button = (scope: Element | ShadowRoot, label: string) => [...scope.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);

const citizens: Record<string, Schemas['CitizenClaims']> = {
  'demo-citizen-01': { sub: 'demo-citizen-01', name: 'Nguyễn Thị Lan', citizenId: '001185012345', birthDate: '1985-04-12', gender: 'female', phone: '0912000001', demo: true },
  'demo-citizen-02': { sub: 'demo-citizen-02', name: 'Trần Văn Minh', citizenId: '001062004321', birthDate: '1962-09-02', gender: 'male', phone: '0987000002', demo: true },
  'demo-citizen-03': { sub: 'demo-citizen-03', name: 'Lê Hoàng Anh', citizenId: '001201007788', birthDate: '2001-11-20', gender: 'male', phone: '0356000003', demo: true },
};

/** A citizen's access token, through the fake VNeID without any page. */
const accessToken = async (sub: string) => (await citizenTokens(base, sub, `${location.origin}/`)).access_token;

/** A core that speaks for the citizen, as a provider with a signed-in citizen hands out. */
async function signedIn(sub: string, options: Partial<Parameters<typeof createCore>[0]> = {}): Promise<Core> {
  const token = await accessToken(sub);
  return createCore({ baseUrl: `${base}/v1`, apiKey, getAccessToken: () => token, ...options });
}

/** A birth registration submitted as the signed-in citizen (no one-time code), from the shared sample declaration. */
async function submittedAs(core: Core, sub: string): Promise<Schemas['DossierReceipt']> {
  const claims = citizens[sub]!;
  const procedure = await getProcedure(core, '1.001193');
  const data = formCases.find((c) => c.procedure === '1.001193' && c.errors.length === 0)!.data;
  const model = new FormModel(procedure.form);
  const draftId = `dr_${crypto.randomUUID().replace(/-/g, '')}`;
  const pdf = new File([new TextEncoder().encode('%PDF-1.7\n'.padEnd(2000, ' '))], 'giay-chung-sinh.pdf', { type: 'application/pdf' });
  const documents = [];
  for (const slot of model.slotsFor(model.visibleData(data)).filter((s) => s.required)) {
    const upload = await createUpload(core, { file: pdf, draftId, purpose: 'dossier', procedureCode: '1.001193', slotId: slot.id });
    documents.push({ slotId: slot.id, uploadIds: [upload.id] });
  }
  const point = (await listPoints(core, { limit: 1 })).items[0]!;
  return submitDossier(core, {
    procedureCode: '1.001193', formRevision: procedure.form.revision, draftId,
    applicant: { type: 'citizen', fullName: claims.name, citizenId: claims.citizenId, birthDate: claims.birthDate, phone: claims.phone!, address: { detail: 'Số 5 phố Hàng Gai', unitCode: '00070' } },
    data: model.visibleData(data), documents,
    delivery: { method: 'counter', pointId: point.id }, consent: { truthful: true, dataProcessing: true },
  }, { idempotencyKey: draftId });
}

/** Every dossier the server lists for a citizen's core, following every cursor. */
async function allOf(core: Core): Promise<string[]> {
  const codes: string[] = [];
  for await (const d of listMyDossiers(core, { limit: 50 })) codes.push(d.code);
  return codes;
}

async function shows(el: Element, words: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!text(el).includes(words)) {
    if (Date.now() > until) throw new Error(`the list never showed "${words}"; it shows: ${text(el).slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function listed(core: Core, attributes = html``): Promise<HpascMyDossiers> {
  const el = await fixture<HpascMyDossiers>(html`<hpasc-my-dossiers lang="vi" .core=${core}>${attributes}</hpasc-my-dossiers>`);
  await waitUntil(() => root(el).querySelector('[part=list], .notice'), 'the list or a notice');
  return el;
}

describe('<hpasc-my-dossiers>', () => {
  it('shows the signed-in citizen\'s dossiers newest first, a page at a time, the count shown so far', async function () {
    this.timeout(40_000);
    const core = await signedIn('demo-citizen-03');
    const empty = await listed(core);
    expect(text(empty), 'a fresh citizen has none').to.contain('Bạn chưa có hồ sơ nào');
    await expect(empty).to.be.accessible();

    const receipts = [];
    for (let i = 0; i < 3; i++) receipts.push(await submittedAs(core, 'demo-citizen-03'));
    const newestFirst = receipts.map((r) => r.dossierCode).reverse();
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture<HpascMyDossiers>(html`<hpasc-my-dossiers lang="vi" page-size="2" .core=${core}></hpasc-my-dossiers>`);
    await waitUntil(() => root(el).querySelector('[part=list]'), 'the list');
    const asked = performance.getEntriesByType('resource').slice(before).map((e) => e.name).filter((n) => n.includes('/me/dossiers'));
    expect(asked.length, 'one page asked for').to.equal(1);
    expect(new URL(asked[0]!).searchParams.get('limit')).to.equal('2');
    expect(codesShown(el)).to.deep.equal(newestFirst.slice(0, 2));
    expect(root(el).querySelector('.count')!.textContent).to.contain('2');
    const newest = await getDossier(core, newestFirst[0]!);
    expect(root(el).querySelector('h3')!.textContent).to.equal(newest.procedure.name);
    expect(text(el), 'the status in plain words').to.contain('Đã gửi, đang chờ tiếp nhận');
    const day = (value: string) => new Intl.DateTimeFormat('vi-VN', { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(value.length === 10 ? `${value}T12:00:00+07:00` : value));
    expect(text(el), 'the submission date, in Hanoi time').to.contain(day(newest.submittedAt));
    if (newest.dueDate) expect(text(el), 'the return date').to.contain(day(newest.dueDate));
    await expect(el).to.be.accessible();

    const more = root(el).querySelector<HTMLButtonElement>('[part=more]')!;
    more.focus();
    more.click();
    await waitUntil(() => codesShown(el).length === 3, 'the next page appended');
    expect(codesShown(el)).to.deep.equal(newestFirst);
    await el.updateComplete;
    expect(root(el).activeElement?.id, 'focus goes on to the first dossier just loaded').to.equal('d-2');
    expect(root(el).querySelector('[part=more]'), 'no more pages').to.equal(null);
    expect(root(el).querySelector('.count')!.textContent).to.contain('Tất cả 3 hồ sơ');
    expect(root(el).querySelector('[role=status][aria-live=polite]')!.textContent).to.contain('3');
    expect(await allOf(core), 'the server agrees').to.deep.equal(newestFirst);

    // The page size is bounded: 50 at most.
    const big = await fixture<HpascMyDossiers>(html`<hpasc-my-dossiers lang="vi" page-size="500" .core=${core}></hpasc-my-dossiers>`);
    await waitUntil(() => root(big).querySelector('[part=list]'), 'the list');
    const last = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/me/dossiers')).at(-1)!;
    expect(new URL(last).searchParams.get('limit')).to.equal('50');
  });

  it('shows a dossier once when one is submitted between two pages', async function () {
    this.timeout(30_000);
    const core = await signedIn('demo-citizen-03');
    const el = await fixture<HpascMyDossiers>(html`<hpasc-my-dossiers lang="vi" page-size="2" .core=${core}></hpasc-my-dossiers>`);
    await waitUntil(() => root(el).querySelector('[part=list]'), 'the list');
    const firstPage = codesShown(el);
    await submittedAs(core, 'demo-citizen-03');
    root(el).querySelector<HTMLButtonElement>('[part=more]')!.click();
    await waitUntil(() => codesShown(el).length > 2, 'the next page');
    const shown = codesShown(el);
    expect(shown.slice(0, 2)).to.deep.equal(firstPage);
    expect(new Set(shown).size, 'no dossier twice').to.equal(shown.length);
  });

  it('withdraws a dossier from the list, with a reason; the list and the server both say so', async function () {
    this.timeout(30_000);
    const core = await signedIn('demo-citizen-01');
    const receipt = await submittedAs(core, 'demo-citizen-01');
    const el = await listed(core);
    const row = item(el, receipt.dossierCode);
    expect(row.textContent).to.contain('Đã gửi, đang chờ tiếp nhận');
    button(row, 'Rút hồ sơ')!.click();
    await el.updateComplete;
    const reason = row.querySelector('textarea')!;
    expect(root(el).activeElement, 'the reason box takes focus').to.equal(reason);
    expect(reason.maxLength).to.equal(1000);
    row.querySelector<HTMLButtonElement>('[part=withdraw] button[type=submit]')!.click();
    await el.updateComplete;
    expect(row.querySelector('.error')!.textContent).to.contain('lý do');
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    // Cancelling closes the form and changes nothing.
    button(row, 'Không rút nữa')!.click();
    await el.updateComplete;
    expect(row.querySelector('[part=withdraw]')).to.equal(null);
    expect(root(el).activeElement?.textContent?.trim(), 'focus back on the withdraw button').to.equal('Rút hồ sơ');
    expect((await getDossier(core, receipt.dossierCode)).status).to.equal(1);

    button(row, 'Rút hồ sơ')!.click();
    await el.updateComplete;
    const box = row.querySelector('textarea')!;
    box.value = 'Tôi nộp nhầm thủ tục.';
    box.dispatchEvent(new Event('input'));
    const withdrawn = oneEvent(el, 'hpasc-withdrawn');
    row.querySelector<HTMLButtonElement>('[part=withdraw] button[type=submit]')!.click();
    expect((await withdrawn).detail).to.deep.equal({ dossierCode: receipt.dossierCode });
    await el.updateComplete;
    const after = item(el, receipt.dossierCode);
    expect(after.querySelector('.status')!.textContent).to.equal('Đã rút hồ sơ');
    expect(button(after, 'Rút hồ sơ'), 'a withdrawn dossier cannot be withdrawn again').to.equal(undefined);
    expect(root(el).querySelector('[aria-live=polite]')!.textContent).to.contain(receipt.dossierCode);
    expect((await getDossier(core, receipt.dossierCode)).status, 'on the server too').to.equal(7);
  });

  it('offers the rating once a dossier is returned (10), inline', async function () {
    this.timeout(30_000);
    const core = await signedIn('demo-citizen-01');
    const receipt = await submittedAs(core, 'demo-citizen-01');
    for (let i = 0; i < 4; i++) await step(receipt.dossierCode);
    expect((await getDossier(core, receipt.dossierCode)).status).to.equal(10);
    const el = await listed(core);
    const row = item(el, receipt.dossierCode);
    expect(row.querySelector('.status')!.textContent).to.equal('Đã trả kết quả');
    expect(row.querySelector('.badge')!.textContent).to.equal('Đúng hạn');
    expect(button(row, 'Rút hồ sơ'), 'no withdrawal once returned').to.equal(undefined);
    const rate = button(row, 'Đánh giá mức độ hài lòng')!;
    expect(rate.getAttribute('aria-expanded')).to.equal('false');
    rate.click();
    await el.updateComplete;
    expect(rate.getAttribute('aria-expanded')).to.equal('true');
    const rating = row.querySelector('hpasc-rating')!;
    expect(rating.getAttribute('dossier')).to.equal(receipt.dossierCode);
    await waitUntil(() => rating.shadowRoot?.querySelector('input[name=level]'), 'the rating form, with the citizen\'s token', { timeout: 10_000 });
    rating.shadowRoot!.querySelector<HTMLInputElement>('input[name=level][value=satisfied]')!.click();
    const rated = oneEvent(rating, 'hpasc-rated');
    rating.shadowRoot!.querySelector<HTMLButtonElement>('button[part=submit]')!.click();
    expect((await rated).detail).to.deep.equal({ dossierCode: receipt.dossierCode, level: 'satisfied' });
    expect((await getDossier(core, receipt.dossierCode)).rating.rated).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('never shows one citizen\'s dossiers to another', async function () {
    this.timeout(30_000);
    const [first, second] = [await signedIn('demo-citizen-01'), await signedIn('demo-citizen-02')];
    const mine = await submittedAs(first, 'demo-citizen-01');
    const theirs = await submittedAs(second, 'demo-citizen-02');
    const [firstCodes, secondCodes] = [await allOf(first), await allOf(second)];
    expect(firstCodes).to.include(mine.dossierCode);
    expect(secondCodes).to.deep.equal([theirs.dossierCode]);
    expect(firstCodes.filter((c) => secondCodes.includes(c)), 'no dossier in both lists').to.deep.equal([]);
    const el = await listed(second);
    expect(codesShown(el)).to.deep.equal([theirs.dossierCode]);
    expect(text(el)).not.to.contain(mine.dossierCode);
  });

  it('asks to sign in and asks the server nothing while signed out; reloads on sign-in, sign-out and a change of citizen', async function () {
    this.timeout(30_000);
    const tokens = { 'demo-citizen-01': await accessToken('demo-citizen-01'), 'demo-citizen-02': await accessToken('demo-citizen-02') };
    const theirs = (await allOf(await signedIn('demo-citizen-02')))[0]!;
    let token: string | null = null;
    const requests: string[] = [];
    const counting: typeof fetch = (input, init) => { requests.push(input instanceof Request ? input.url : String(input)); return fetch(input, init); };
    const core = createCore({ baseUrl: `${base}/v1`, apiKey, getAccessToken: () => token, fetch: counting });

    // A core without a token provider speaks for nobody.
    const anonymous = await fixture<HpascMyDossiers>(html`<hpasc-my-dossiers lang="vi" .core=${createCore({ baseUrl: `${base}/v1`, apiKey, fetch: counting })}>
      <button slot="sign-in">Đăng nhập bằng VNeID</button></hpasc-my-dossiers>`);
    await anonymous.updateComplete;
    expect(text(anonymous)).to.contain('Hãy đăng nhập');
    expect(root(anonymous).querySelector<HTMLSlotElement>('slot[name=sign-in]')!.assignedElements()[0]!.textContent).to.equal('Đăng nhập bằng VNeID');
    await expect(anonymous).to.be.accessible();

    // Inside a provider: nobody signed in, then citizen 1, then citizen 2, then signed out.
    const host = await fixture<HTMLDivElement>(html`<div><hpasc-my-dossiers lang="vi"></hpasc-my-dossiers></div>`);
    const provider = new ContextProvider(host, { context: hpascContext, initialValue: { core, citizen: null } satisfies HpascContextValue });
    const el = host.querySelector('hpasc-my-dossiers')!;
    // A consumer that connected before its provider asks again when the provider appears.
    el.remove();
    host.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    expect(text(el)).to.contain('Hãy đăng nhập');
    expect(root(el).querySelector('[part=list]')).to.equal(null);
    expect(requests, 'no request while signed out').to.deep.equal([]);

    token = tokens['demo-citizen-01'];
    provider.setValue({ core, citizen: citizens['demo-citizen-01']! });
    await waitUntil(() => root(el).querySelector('[part=list]'), 'citizen 1\'s list');
    expect(requests.length).to.be.greaterThan(0);
    expect(codesShown(el)).not.to.include(theirs);

    token = tokens['demo-citizen-02'];
    provider.setValue({ core, citizen: citizens['demo-citizen-02']! });
    await waitUntil(() => codesShown(el).join() === theirs, 'citizen 2\'s list, and only it');

    token = null;
    const asked = requests.length;
    provider.setValue({ core, citizen: null });
    await el.updateComplete;
    expect(root(el).querySelector('[part=list]'), 'the list is gone with the citizen').to.equal(null);
    expect(text(el)).not.to.contain(theirs);
    expect(text(el)).to.contain('Hãy đăng nhập');
    await new Promise((r) => setTimeout(r, 200));
    expect(requests.length, 'signing out asks nothing').to.equal(asked);
  });

  it('opens a dossier in the tracker by its code only: an event, and a link when a tracker page is set', async function () {
    this.timeout(30_000);
    const core = await signedIn('demo-citizen-01');
    const receipt = await submittedAs(core, 'demo-citizen-01');
    const withButton = await listed(core);
    const tracked = oneEvent(withButton, 'hpasc-track');
    button(item(withButton, receipt.dossierCode), 'Theo dõi hồ sơ')!.click();
    expect((await tracked).detail).to.deep.equal({ dossierCode: receipt.dossierCode });

    const el = await fixture<HpascMyDossiers>(html`<hpasc-my-dossiers lang="vi" track-url="/theo-doi.html#cu" .core=${core}></hpasc-my-dossiers>`);
    await waitUntil(() => root(el).querySelector('[part=list]'), 'the list');
    const link = item(el, receipt.dossierCode).querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(`/theo-doi.html#ho-so=${receipt.dossierCode}`);
    expect(link.href).not.to.contain(receipt.trackingPin);
    expect(link.href).not.to.contain(receipt.trackingToken);
    // The page may take over (here: so the test page stays put) by cancelling the event.
    el.addEventListener('hpasc-track', (e) => e.preventDefault(), { once: true });
    const followed = oneEvent(el, 'hpasc-track');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect((await followed).detail).to.deep.equal({ dossierCode: receipt.dossierCode });
    expect(click.defaultPrevented, 'the link is not followed when the page cancels').to.equal(true);
    expect(location.pathname).not.to.equal('/theo-doi.html');
  });

  it('says what failed with the request id, and tries again: the list, then its next page', async function () {
    this.timeout(30_000);
    const core = await signedIn('demo-citizen-01', { retry: 0 });
    expect((await allOf(core)).length, 'earlier tests left citizen 1 several dossiers').to.be.greaterThan(2);
    const errors: string[] = [];
    await faults('errors=1,only=listMyDossiers');
    let el: HpascMyDossiers;
    try {
      el = await fixture<HpascMyDossiers>(html`<hpasc-my-dossiers lang="vi" page-size="2" .core=${core} @hpasc-error=${(e: CustomEvent<{ requestId: string | null }>) => errors.push(e.detail.requestId ?? '')}></hpasc-my-dossiers>`);
      await waitUntil(() => root(el).querySelector('[role=alert]'), 'the failure');
    } finally {
      await faults('');
    }
    const alert = root(el).querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('Chưa tải được danh sách hồ sơ');
    expect(errors[0], 'the request id goes to the page').to.match(/\S/);
    expect(alert.textContent, 'and is shown').to.contain(errors[0]);
    await expect(el).to.be.accessible();
    button(alert, 'Thử lại')!.click();
    await waitUntil(() => root(el).querySelector('[part=list]'), 'the list, this time');
    expect(codesShown(el).length).to.equal(2);

    await faults('errors=1,only=listMyDossiers');
    try {
      root(el).querySelector<HTMLButtonElement>('[part=more]')!.click();
      await waitUntil(() => root(el).querySelector('[role=alert]'), 'the next page\'s failure');
    } finally {
      await faults('');
    }
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Chưa tải được thêm hồ sơ');
    expect(codesShown(el).length, 'what was shown stays').to.equal(2);
    button(root(el).querySelector('[role=alert]')!, 'Thử lại')!.click();
    await waitUntil(() => codesShown(el).length === 4, 'the next page, this time');
    expect(root(el).querySelector('[role=alert]')).to.equal(null);
  });
});

describeStates<HpascMyDossiers, MyDossiersPreview>('hpasc-my-dossiers', myDossiersStates, {
  check(el, shadow, preview) {
    expect(shadow.querySelector('h2')!.textContent!.trim()).not.to.equal('');
    expect(shadow.querySelectorAll('[part=dossier]').length).to.equal(preview.dossiers?.length ?? 0);
    expect(Boolean(shadow.querySelector('[part=more]')), 'the next-page button').to.equal(Boolean(preview.more && preview.dossiers?.length));
    expect(Boolean(shadow.querySelector('slot[name=sign-in]')), 'the sign-in slot').to.equal(Boolean(preview.signedOut));
    if (preview.failure?.requestId) expect(shadow.querySelector('[role=alert]')!.textContent).to.contain(preview.failure.requestId);
    if (preview.withdrawing) expect(shadow.querySelector('[part=withdraw] textarea')).to.exist;
    if (preview.withdrawing?.showErrors) expect(shadow.querySelector('[part=withdraw] .error')).to.exist;
    if (preview.rating) expect(shadow.querySelector('hpasc-rating')!.shadowRoot!.querySelector('input[name=level]'), 'the rating, from data').to.exist;
    for (const d of preview.dossiers ?? []) expect(item(el, d.code), d.code).to.exist;
    // The list's buttons and links are wide enough to tap too.
    for (const target of shadow.querySelectorAll('button, a')) expect(target.getBoundingClientRect().width, target.textContent!.trim()).to.be.at.least(44);
  },
});

describe('<hpasc-my-dossiers> catalog', () => {

  it('speaks English: statuses, dates and its own words', async () => {
    const preview = myDossiersStates['English']!;
    const el = await fixture<HpascMyDossiers>(html`<hpasc-my-dossiers lang="en" .preview=${preview}></hpasc-my-dossiers>`);
    await waitUntil(() => text(el).includes('Sent, waiting to be accepted'), 'English statuses');
    expect(text(el)).to.contain('24 November 2025');
    expect(root(el).querySelector('h2')!.textContent).to.equal(myDossiersEnglish(str)['myDossiers.title']);
  });

  it('has every one of its words in the English catalog', () => {
    const catalog = englishTemplates(str) as Record<string, unknown>;
    expect(Object.keys(myDossiersEnglish(str)).filter((id) => !(id in catalog)), 'merged into locales/en.ts').to.deep.equal([]);
  });
});
