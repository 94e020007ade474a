/**
 * <hpasc-service-stats> in Chromium: every state from `serviceStatsStates` renders from data alone, fits 320 px
 * and passes axe; against the sandbox, the widget shows what the test works out itself from the raw API answer,
 * and the received/resolved counts of a reception point move by exactly the dossiers the test submitted and
 * drove there; a failure shows its request id and is retried from the keyboard; each chart's table holds the
 * numbers of its bars.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { str } from '@lit/localize';
import type { Schemas } from '@hpasc/sdk';
import { checkVerification, createCore, getProcedure, listPoints, requestVerification, submitDossier, type Core } from '@hpasc/sdk/core';
import '../src/provider/provider.ts';
import '../src/service-stats/service-stats.ts';
import { serviceStatsStates } from '../src/service-stats/service-stats.states.ts';
import { serviceStatsEnglish } from '../src/service-stats/service-stats.en.ts';
import type { HpascServiceStats, ServiceStatsPreview } from '../src/service-stats/service-stats.component.ts';
import { describeStates } from './support/states.ts';
import type { HpascErrorDetail } from '../src/events.ts';

const { base } = (await (await fetch('/__sandbox.json')).json()) as { base: string };
const apiKey = 'pk_test_hpasc_sandbox_local';
const api = `${base}/v1`;
const control = (path: string, init?: RequestInit) => fetch(`${base}/sandbox${path}`, init).then((r) => r.json());
const faults = (spec: string) => control('/faults', { method: 'PUT', body: spec });
/** The raw answer, fetched without the SDK. */
const rawStats = async (query: string): Promise<Schemas['ServiceStats']> => (await fetch(`${api}/stats?${query}`, { headers: { 'X-Api-Key': apiKey } })).json();
const newPhone = () => `0914${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;

const root = (el: Element) => el.shadowRoot!;
const indicatorKeys = ['received', 'resolved', 'onTimeRate', 'onlineRate', 'satisfactionRate'] as const;
const numberIn = (lang: string) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN');
const percentIn = (lang: string) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** What the widget should show for an indicator, worked out here from the figures. */
function expected(key: (typeof indicatorKeys)[number], figures: Schemas['StatsFigures'], lang = 'vi'): string {
  if (key === 'received' || key === 'resolved') return numberIn(lang).format(figures[key]);
  const [part, whole] = { onTimeRate: [figures.resolvedOnTime, figures.resolved], onlineRate: [figures.onlineReceived, figures.received],
    satisfactionRate: [Math.round((figures.satisfactionRate ?? 0) * figures.ratings), figures.ratings] }[key];
  return whole === 0 ? '—' : percentIn(lang).format(key === 'satisfactionRate' ? figures.satisfactionRate! : part! / whole!);
}

const figureOf = (el: Element, key: string) => root(el).querySelector(`[data-indicator=${key}] [part=figure]`)!.textContent!.trim();

/** Each bar's label (its `<title>`) and each table row, as "period: value". */
function chartAndTable(el: Element, key: string): { bars: string[]; rows: string[] } {
  const card = root(el).querySelector(`[data-indicator=${key}]`)!;
  const bars = [...card.querySelectorAll('svg g.bar > title')].map((t) => t.textContent!.trim());
  const rows = [...card.querySelectorAll('table tbody tr')].map((tr) => `${tr.querySelector('th')!.textContent!.trim()}: ${tr.querySelector('td')!.textContent!.trim()}`);
  return { bars, rows };
}

function fitsWidth(el: Element): void {
  const base = root(el).querySelector('[part=base]') as HTMLElement;
  expect(base.scrollWidth, 'no horizontal scrolling at 320 px').to.be.at.most(base.clientWidth + 1);
  expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(window.innerWidth);
}

async function loaded(el: HpascServiceStats): Promise<void> {
  await waitUntil(() => root(el).querySelector('[data-indicator], .empty, [role=alert]'), 'the figures are shown', { timeout: 8000 });
  await el.updateComplete;
}

describeStates<HpascServiceStats, ServiceStatsPreview>('hpasc-service-stats', serviceStatsStates, {
  check(el, shadow, preview) {
    const lang = preview.lang ?? 'vi';
    if (preview.status === 'loading') expect(shadow.querySelector('[role=status]')).to.exist;
    if (preview.status === 'failed') expect(shadow.querySelector('[role=alert]')!.textContent).to.contain(preview.failure!.requestId!);
    const stats = preview.stats;
    if (!stats) return;
    expect(Boolean(shadow.querySelector('[part=demo]')), 'the demo flag').to.equal(stats.demo);
    if (!stats.totals.received && !stats.totals.resolved) {
      expect(shadow.querySelector('.empty')).to.exist;
      expect(shadow.querySelector('svg, table')).to.equal(null);
      return;
    }
    for (const key of indicatorKeys) {
      expect(figureOf(el, key), key).to.equal(expected(key, stats.totals, lang));
      const { bars, rows } = chartAndTable(el, key);
      expect(bars.length, `${key}: a bar per period`).to.equal(stats.periods.length);
      expect(rows, `${key}: the table holds the chart's numbers`).to.deep.equal(bars);
      const svg = shadow.querySelector(`[data-indicator=${key}] svg`)!;
      expect(svg.getAttribute('role')).to.equal('img');
      for (const id of svg.getAttribute('aria-labelledby')!.split(' ')) expect(shadow.getElementById(id)?.textContent?.trim(), id).to.not.equal('');
    }
    // The tables behind the charts, open, for the size, width and axe checks that follow.
    for (const details of shadow.querySelectorAll('details')) details.open = true;
  },
});

describe('<hpasc-service-stats> catalog', () => {

  it('paints the bars with currentColor, which forced colours turn into CanvasText', async () => {
    const el = await fixture<HpascServiceStats>(html`<hpasc-service-stats .preview=${serviceStatsStates['Loaded, twelve months']}></hpasc-service-stats>`);
    const fill = root(el).querySelector('svg .fill')!;
    expect(getComputedStyle(fill).fill, 'bars follow the text colour (currentColor)').to.equal(getComputedStyle(root(el).querySelector('svg')!).color);
  });
});

describe('<hpasc-service-stats> against the sandbox', () => {
  afterEach(() => faults(''));

  it('shows for a branch what the raw API answer says, per period and in all', async () => {
    const raw = await rawStats('scope=branch&id=cn-01');
    const el = await fixture<HpascServiceStats>(html`<hpasc-service-stats lang="vi" scope="branch" scope-id="cn-01" api-key=${apiKey} base-url=${api}></hpasc-service-stats>`);
    await loaded(el);
    expect(raw.periods.length).to.be.greaterThan(1);
    // The totals are the sums of the periods for the counts; the test adds them up itself.
    const sum = (key: 'received' | 'resolved') => raw.periods.reduce((n, p) => n + p.figures[key], 0);
    expect(figureOf(el, 'received')).to.equal(numberIn('vi').format(sum('received')));
    expect(figureOf(el, 'resolved')).to.equal(numberIn('vi').format(sum('resolved')));
    for (const key of indicatorKeys) {
      expect(figureOf(el, key), key).to.equal(expected(key, raw.totals));
      const { bars, rows } = chartAndTable(el, key);
      expect(rows, key).to.deep.equal(bars);
      expect(rows.map((r) => r.split(': ')[1]), key).to.deep.equal(raw.periods.map((p) => expected(key, p.figures)));
    }
    expect(Boolean(root(el).querySelector('[part=demo]'))).to.equal(raw.demo);
  });

  it('counts at a point exactly the dossiers the test submitted and resolved there', async () => {
    const sdk = createCore({ baseUrl: api, apiKey });
    const point = (await listPoints(sdk, { limit: 5 })).items[3]!.id;
    const today = (await rawStats('scope=city')).to;
    const query = `scope=point&id=${point}&from=${today}&to=${today}`;
    const before = (await rawStats(query)).totals;

    const procedure = await getProcedure(sdk, '1.004746');
    const submit = async (): Promise<Schemas['DossierReceipt']> => {
      const phone = newPhone();
      const verification = await requestVerification(sdk, { phone, procedureCode: procedure.code });
      const { code } = (await control(`/verifications/${verification.id}`)) as { code: string };
      const { submissionToken } = await checkVerification(sdk, verification.id, code);
      return submitDossier(sdk, {
        procedureCode: procedure.code, formRevision: procedure.form.revision, draftId: `dr_${crypto.randomUUID().replace(/-/g, '')}`, receptionPointId: point,
        applicant: { type: 'citizen', fullName: 'Phạm Thị Hoa', citizenId: '001190012345', birthDate: '1990-03-08', phone, address: { detail: 'Số 5 phố Hàng Gai' } },
        data: { request: 'Đề nghị giải quyết thủ tục theo quy định.' }, documents: [], delivery: { method: 'counter', pointId: point },
        consent: { truthful: true, dataProcessing: true },
      }, { submissionToken });
    };
    const [resolvedOne, pendingOne] = [await submit(), await submit()];
    let status = 1;
    for (let i = 0; i < 5 && status !== 9; i++) status = ((await control(`/dossiers/${resolvedOne.dossierCode}/step`, { method: 'POST' })) as { status: number }).status;
    expect(status, 'the sandbox resolved the first dossier').to.equal(9);
    await control(`/dossiers/${pendingOne.dossierCode}/step`, { method: 'POST' });

    const el = await fixture<HpascServiceStats>(html`<hpasc-service-stats lang="vi" scope="point" scope-id=${point} from=${today} to=${today} .core=${sdk}></hpasc-service-stats>`);
    await loaded(el);
    // Two submitted online today, one of them resolved today, on time (its due date is days away).
    const received = before.received + 2;
    const resolved = before.resolved + 1;
    expect(figureOf(el, 'received')).to.equal(numberIn('vi').format(received));
    expect(figureOf(el, 'resolved')).to.equal(numberIn('vi').format(resolved));
    expect(figureOf(el, 'onlineRate')).to.equal(percentIn('vi').format((before.onlineReceived + 2) / received));
    expect(figureOf(el, 'onTimeRate')).to.equal(percentIn('vi').format((before.resolvedOnTime + 1) / resolved));
  });

  it('shows an empty period as such', async () => {
    const el = await fixture<HpascServiceStats>(html`<hpasc-service-stats scope="point" scope-id="cn-01-d01" from="2001-01-01" to="2001-01-31" api-key=${apiKey} base-url=${api}></hpasc-service-stats>`);
    await loaded(el);
    expect(root(el).querySelector('.empty')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('takes its configuration from a surrounding provider', async () => {
    const wrapper = await fixture(html`<hpasc-provider api-key=${apiKey} base-url=${api}><hpasc-service-stats scope="city"></hpasc-service-stats></hpasc-provider>`);
    const el = wrapper.querySelector('hpasc-service-stats')!;
    await loaded(el);
    const raw = await rawStats('scope=city');
    expect(figureOf(el, 'received')).to.equal(numberIn('vi').format(raw.totals.received));
  });

  it('shows a failure with its request id, then loads again from the keyboard alone', async () => {
    await faults('only=getServiceStats,errors=1');
    const core: Core = createCore({ baseUrl: api, apiKey, retry: 0 });
    const el = document.createElement('hpasc-service-stats');
    Object.assign(el, { scope: 'branch', scopeId: 'cn-01', core });
    const failed = oneEvent(el, 'hpasc-error') as Promise<CustomEvent<HpascErrorDetail>>;
    await fixture(html`<div>${el}</div>`);
    const { detail } = await failed;
    await el.updateComplete;
    expect(detail.requestId, 'the event carries the request id').to.be.a('string').and.not.equal('');
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain(detail.requestId!);
    await faults('');
    (root(el).querySelector('[part=retry]') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await loaded(el);
    expect(root(el).querySelector('[data-indicator=received]')).to.exist;

    // Tab reaches the first "show as a table" disclosure; Enter opens it.
    (root(el).querySelector('h2') as HTMLElement).tabIndex = -1;
    (root(el).querySelector('h2') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    const summary = root(el).querySelector('summary')!;
    expect(root(el).activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
    expect(summary.parentElement!.querySelector('table')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('fits 320 px with live figures and every table open', async () => {
    await setViewport({ width: 320, height: 900 });
    try {
      const el = await fixture<HpascServiceStats>(html`<hpasc-service-stats scope="city" api-key=${apiKey} base-url=${api}></hpasc-service-stats>`);
      await loaded(el);
      for (const details of root(el).querySelectorAll('details')) details.open = true;
      await el.updateComplete;
      fitsWidth(el);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('the English catalog of <hpasc-service-stats>', () => {
  it('translates every id the widget uses, and nothing else', async () => {
    const code = await (await fetch('/packages/elements/src/service-stats/service-stats.component.ts')).text();
    const ids = new Set([...code.matchAll(/\bid:\s*["'](serviceStats\.[a-zA-Z.]+)["']/g)].map((m) => m[1]!));
    const english = Object.keys(serviceStatsEnglish(str));
    expect(ids.size).to.be.greaterThan(20);
    expect([...ids].filter((id) => !english.includes(id)), 'missing in service-stats.en.ts').to.deep.equal([]);
    expect(english.filter((id) => !ids.has(id)), 'unused in service-stats.en.ts').to.deep.equal([]);
  });
});
