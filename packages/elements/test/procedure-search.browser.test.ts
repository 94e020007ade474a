/**
 * <hpasc-procedure-search> in Chromium against the sandbox (its real catalog of 105 procedures). Expected
 * results are computed here: the whole catalog is listed once without a query, and filters are applied to it
 * in the test; the folded query must give the same list as the accented one. Requests go through a core whose
 * fetch is watched, to count them and see aborted ones. Every state from its states file renders from data,
 * fits 320 px, keeps 44 px targets and passes axe.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { str } from '@lit/localize';
import { createCore, getProcedure, listAgencies, listProcedures, listSectors } from '@hpasc/sdk/core';
import type { Schemas } from '@hpasc/sdk';
import '../src/procedure-search/procedure-search.ts';
import '../src/dossier-form/dossier-form.ts';
import type { HpascProcedureSearch, ProcedureSearchPreview } from '../src/procedure-search/procedure-search.component.ts';
import { describeStates } from './support/states.ts';
import { procedureSearchStates } from '../src/procedure-search/procedure-search.states.ts';
import { procedureSearchEnglish } from '../src/procedure-search/procedure-search.en.ts';
import { englishTemplates } from '../src/locales/en.ts';

const { base } = (await (await fetch('/__sandbox.json')).json()) as { base: string };
const apiKey = 'pk_test_hpasc_sandbox_local';
const baseUrl = `${base}/v1`;
const faults = (spec: string) => fetch(`${base}/sandbox/faults`, { method: 'PUT', body: spec });

/** Every request the widget makes, with its search parameters and whether it was aborted. */
const requests: { url: URL; signal: AbortSignal | null }[] = [];
const watchedFetch: typeof fetch = (input, init) => {
  const request = input instanceof Request ? input : new Request(input, init);
  requests.push({ url: new URL(request.url), signal: request.signal });
  return fetch(input, init);
};
const core = createCore({ baseUrl, apiKey, fetch: watchedFetch });
const plain = createCore({ baseUrl, apiKey });
const searches = () => requests.filter((r) => r.url.pathname.endsWith('/procedures'));

type Summary = Schemas['ProcedureSummary'];
const catalog: Summary[] = [];
for await (const p of listProcedures(plain, { limit: 100 })) catalog.push(p);
const sectors = (await listSectors(plain)).items;
const agencies: Schemas['Agency'][] = [];
for await (const a of listAgencies(plain, { limit: 100 })) agencies.push(a);
const birth = await getProcedure(plain, '1.001193');
const khaiSinh = await listProcedures(plain, { q: 'khai sinh', limit: 20 });

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const input = (el: HpascProcedureSearch) => root(el).querySelector<HTMLInputElement>('#q')!;
const rendered = (el: HpascProcedureSearch) => [...root(el).querySelectorAll<HTMLElement>('[part=result]')]
  .map((item) => ({ index: Number(item.dataset.index), code: item.dataset.code!, item }))
  .sort((a, b) => a.index - b.index);
const count = (el: HpascProcedureSearch) => root(el).querySelector('[part=count]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: Element, label: string | RegExp) => [...root(el).querySelectorAll<HTMLButtonElement>('button')]
  .find((b) => (typeof label === 'string' ? b.textContent!.trim() === label : label.test(b.textContent!)))!;
/** The number of matches the heading announces ("Tìm thấy 1.255 thủ tục."). */
const total = (el: HpascProcedureSearch) => Number(/Tìm thấy ([\d.]+) thủ tục/.exec(count(el))?.[1]?.replace(/\./g, '') ?? 0);
/** The whole list is rendered (the results after the first screenful follow a frame later). */
const settled = (el: HpascProcedureSearch) => waitUntil(() => root(el).querySelector('[part=results]')?.getAttribute('aria-busy') === 'false', 'the whole list rendered');

async function search(attrs: Partial<Record<'query' | 'sector' | 'level' | 'agency' | 'onlineLevel' | 'applicantType', string>> = {}): Promise<HpascProcedureSearch> {
  const el = await fixture<HpascProcedureSearch>(html`<hpasc-procedure-search lang="vi" .core=${core}
    .query=${attrs.query ?? ''} .sector=${attrs.sector ?? ''} .level=${(attrs.level ?? '') as ''} .agency=${attrs.agency ?? ''}
    .onlineLevel=${(attrs.onlineLevel ?? '') as ''} .applicantType=${(attrs.applicantType ?? '') as ''}></hpasc-procedure-search>`);
  await waitUntil(() => root(el).querySelectorAll('#f-sector option').length === sectors.length + 1, 'the sectors loaded', { timeout: 10_000 });
  return el;
}

/** Waits for the widget to say results are on screen, then for the rest of the page of results. */
async function results(el: HpascProcedureSearch): Promise<void> {
  const event = await oneEvent(el, 'hpasc-search-results');
  if ((event as CustomEvent).detail.shown) await settled(el);
}

/** Whether the browser renders (lays out, paints) a result, or skips it as off screen (`content-visibility: auto`). */
const painted = (item: Element) => item.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions);

describe('<hpasc-procedure-search>', () => {
  afterEach(async () => {
    await faults('');
    window.scrollTo(0, 0);
  });

  it('finds "Đăng ký khai sinh" typed without diacritics, first, with the same list as the accented query', async () => {
    const el = await search();
    input(el).focus();
    const shown = results(el);
    await sendKeys({ type: 'dang ky khai sinh' });
    await shown;
    const folded = rendered(el).map((r) => r.code);
    expect(folded[0]).to.equal('1.001193');
    const first = rendered(el)[0]!.item;
    expect(first.querySelector('h4')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Thủ tục đăng ký khai sinh');
    // Processing time, fee and online level, from the summary.
    const summary = catalog.find((p) => p.code === '1.001193')!;
    expect(first.textContent).to.contain(`${summary.processingTime.workingDays} ngày làm việc`);
    expect(first.textContent).to.contain(summary.feeVnd === 0 ? 'Miễn phí' : '₫');
    expect(first.textContent).to.contain('Trực tuyến một phần');
    const totalFolded = total(el);

    const accented = await search({ query: 'Đăng ký khai sinh' });
    await waitUntil(() => rendered(accented).length > 0, 'the accented results');
    await settled(accented);
    expect(rendered(accented).map((r) => r.code)).to.deep.equal(folded);
    expect(total(accented)).to.equal(totalFolded);
    expect(count(accented)).to.equal(`Tìm thấy ${totalFolded} thủ tục.`);
  });

  it('waits for a pause in typing, aborts the search a newer one overtakes, and shows only the newest', async () => {
    const el = await search();
    input(el).focus();
    await faults('latency=600,only=listProcedures');
    requests.length = 0;
    await sendKeys({ type: 'khai' });
    await waitUntil(() => searches().length === 1, 'one search after the pause');
    const overtaken = searches()[0]!;
    expect(overtaken.url.searchParams.get('q')).to.equal('khai');
    // The answer is slow; the citizen types on before it comes.
    const shown = results(el);
    await sendKeys({ type: ' tu' });
    await shown;
    expect(overtaken.signal?.aborted, 'the overtaken request is aborted').to.equal(true);
    expect(searches().map((r) => r.url.searchParams.get('q')), 'seven keystrokes, two searches').to.deep.equal(['khai', 'khai tu']);
    expect(rendered(el)[0]!.code).to.equal('1.000656');
    expect(input(el).value, 'what was typed stays').to.equal('khai tu');
  });

  it('answers a repeated search from memory, without a request', async () => {
    const el = await search({ query: 'khai tu' });
    await waitUntil(() => rendered(el).length > 0, 'the results');
    input(el).focus();
    await sendKeys({ press: 'End' });
    let shown = results(el);
    await sendKeys({ type: 'x' });
    await shown;
    requests.length = 0;
    shown = results(el);
    await sendKeys({ press: 'Backspace' });
    await shown;
    expect(searches().length).to.equal(0);
    expect(rendered(el)[0]!.code).to.equal('1.000656');
  });

  for (const [label, filters, keep] of [
    ['a sector', { sector: 'ho-tich' }, (p: Summary) => p.sector.id === 'ho-tich'],
    ['the city level', { level: 'city' }, (p: Summary) => p.level === 'city'],
    ['fully online, for businesses', { onlineLevel: 'full', applicantType: 'business' }, (p: Summary) => p.onlineLevel === 'full' && p.applicantTypes.includes('business')],
    ['the commune level, for citizens', { level: 'commune', applicantType: 'citizen' }, (p: Summary) => p.level === 'commune' && p.applicantTypes.includes('citizen')],
  ] as const) {
    it(`filters by ${label}: the count and the list are those of the catalog filtered here`, async () => {
      const expected = catalog.filter(keep);
      const el = await search();
      for (const [key, value] of Object.entries(filters)) {
        const select = root(el).querySelector<HTMLSelectElement>(`#f-${key}`)!;
        select.value = value;
        select.dispatchEvent(new Event('change'));
      }
      if (expected.length === 0) {
        await waitUntil(() => count(el).startsWith('Không tìm thấy'), 'no results');
        return;
      }
      await waitUntil(() => total(el) === expected.length, `${expected.length} results`, { timeout: 5_000 });
      expect(count(el)).to.equal(`Tìm thấy ${expected.length} thủ tục.`);
      await settled(el);
      const loaded = rendered(el).map((r) => r.code);
      expect(loaded.length, 'a page of 10').to.equal(Math.min(10, expected.length));
      expect(loaded.every((code) => expected.some((p) => p.code === code))).to.equal(true);
      expect(root(el).querySelector('summary')!.textContent).to.contain(`đang chọn ${Object.keys(filters).length}`);
    });
  }

  it('filters by agency, offering only the agencies of the chosen level, and clears filters', async () => {
    const el = await search({ level: 'commune' });
    const offered = [...root(el).querySelectorAll<HTMLOptionElement>('#f-agency option')].map((o) => o.value).filter(Boolean);
    expect(offered.sort()).to.deep.equal(agencies.filter((a) => a.level === 'commune').map((a) => a.id).sort());
    const agency = catalog.find((p) => p.level === 'commune')!.agency.id;
    const select = root(el).querySelector<HTMLSelectElement>('#f-agency')!;
    select.value = agency;
    select.dispatchEvent(new Event('change'));
    const expected = catalog.filter((p) => p.level === 'commune' && p.agency.id === agency);
    await waitUntil(() => total(el) === expected.length, `${expected.length} results`, { timeout: 5_000 });
    button(el, 'Bỏ tất cả bộ lọc').click();
    await waitUntil(() => text(el).includes('Nhập ít nhất 2 ký tự'), 'back to the start');
    expect(root(el).querySelector<HTMLSelectElement>('#f-agency')!.value).to.equal('');
  });

  it('pages through the results with "show more": no duplicate, none missing, off-screen ones not rendered, focus on the first new one', async () => {
    const expected: string[] = [];
    for await (const p of listProcedures(plain, { q: 'dang ky', limit: 100 })) expected.push(p.code);
    expect(expected.length, 'the catalog has more than two pages of "dang ky"').to.be.greaterThan(40);
    const el = await search({ query: 'dang ky' });
    await waitUntil(() => total(el) === expected.length, 'the first page');
    await settled(el);
    expect(rendered(el).length).to.equal(10);
    expect(button(el, /Xem thêm/).textContent).to.contain(`còn ${expected.length - 10} thủ tục`);
    button(el, /Xem thêm/).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement?.closest('[part=result]')?.getAttribute('data-index') === '10', 'focus on the 11th result', { timeout: 5_000 });
    expect(root(el).activeElement!.classList.contains('open')).to.equal(true);
    while (button(el, /Xem thêm/)) {
      button(el, /Xem thêm/).click();
      await results(el);
    }
    expect(text(el)).to.contain('Đã hiển thị tất cả kết quả.');
    const codes = rendered(el).map((r) => r.code);
    expect(codes).to.deep.equal(expected);
    expect(new Set(codes).size).to.equal(codes.length);
    (root(el).activeElement as HTMLElement).blur();
    window.scrollTo(0, 0);
    await waitUntil(() => painted(rendered(el)[0]!.item.querySelector('h4')!), 'the first result rendered at the top');
    // The browser decides what to skip at its next rendering updates after the scroll: give it a few frames.
    const skipped = () => rendered(el).filter((r) => !painted(r.item.querySelector('h4')!)).length;
    await waitUntil(() => skipped() > expected.length / 3, `results far below the screen are skipped by rendering (${skipped()} of ${expected.length})`, { timeout: 3000 }).catch(() => undefined);
    expect(skipped(), 'results far below the screen are skipped by rendering').to.be.greaterThan(expected.length / 3);
  });

  it('says when nothing matches, with tips, and offers to clear the filters that narrow it', async () => {
    const el = await search({ query: 'xzqw vbnm', onlineLevel: 'full' });
    await waitUntil(() => count(el).startsWith('Không tìm thấy'), 'no results');
    expect(count(el)).to.equal('Không tìm thấy thủ tục nào phù hợp với “xzqw vbnm”.');
    expect(text(el)).to.contain('Bỏ bớt bộ lọc đang chọn.');
    expect(root(el).querySelector('[role=status]')!.textContent).to.contain('Không tìm thấy');
    const shown = results(el);
    [...root(el).querySelectorAll<HTMLButtonElement>('.empty button')].find((b) => b.textContent!.includes('Bỏ tất cả bộ lọc'))!.click();
    await shown;
    expect(input(el).value, 'the query stays').to.equal('xzqw vbnm');
  });

  it('shows a failed search with its request id and the helpline, keeps the query, and tries again', async function () {
    this.timeout(30_000);
    await faults('only=listProcedures,errors=1');
    const el = await search();
    const failed = oneEvent(el, 'hpasc-error');
    input(el).focus();
    await sendKeys({ type: 'khai sinh' });
    const error = await failed;
    await waitUntil(() => root(el).querySelector('.failure'), 'the failure', { timeout: 25_000 });
    const failure = root(el).querySelector('.failure')!;
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(failure.textContent).to.contain((error as CustomEvent).detail.requestId);
    expect(failure.textContent).to.contain('024.1022');
    expect(input(el).value).to.equal('khai sinh');
    await faults('');
    const shown = results(el);
    button(el, 'Thử lại').click();
    await shown;
    expect(rendered(el)[0]!.code).to.equal('1.001193');
  });

  it('opens a procedure by keyboard: documents, steps, legal bases; back returns focus to it', async () => {
    const el = await search({ query: 'khai sinh' });
    await waitUntil(() => rendered(el).length > 0, 'the results');
    rendered(el)[0]!.item.querySelector<HTMLButtonElement>('.open')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part=detail] dl'), 'the procedure', { timeout: 5_000 });
    const detail = root(el).querySelector<HTMLElement>('[part=detail]')!;
    expect(root(el).activeElement?.id).to.equal('detail-title');
    expect(detail.querySelector('h3')!.textContent).to.equal(birth.name);
    const section = (title: string) => [...detail.querySelectorAll('h4')].find((h) => h.textContent === title)!;
    expect(section('Thành phần hồ sơ')).to.exist;
    expect(detail.querySelectorAll('h5').length).to.equal(birth.documentGroups.length);
    expect([...detail.querySelectorAll('h5 + ol')].map((ol) => ol.children.length)).to.deep.equal(birth.documentGroups.map((g) => g.documents.length));
    // The catalog publishes no steps for it: no empty section (the states show steps, made up).
    expect(birth.steps.length).to.equal(0);
    expect(section('Trình tự thực hiện')).to.equal(undefined);
    expect(section('Căn cứ pháp lý').nextElementSibling!.querySelectorAll('li').length).to.equal(birth.legalBases.length);
    for (const basis of birth.legalBases) expect(detail.textContent).to.contain(basis.title);
    expect(detail.querySelectorAll('.channels li').length).to.equal(birth.channels.length);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement?.classList.contains('open'), 'focus back on the result');
    expect(root(el).activeElement!.closest('[part=result]')!.getAttribute('data-code')).to.equal('1.001193');
  });

  it('starts a procedure: fires a cancelable hpasc-procedure-select, then opens it in the dossier form named by `form`', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <hpasc-procedure-search lang="vi" .core=${core} query="khai sinh" form="the-form"></hpasc-procedure-search>
      <hpasc-dossier-form id="the-form" lang="vi" .core=${core}></hpasc-dossier-form></div>`);
    const el = page.querySelector('hpasc-procedure-search')!;
    const form = page.querySelector('hpasc-dossier-form')!;
    await waitUntil(() => rendered(el).length > 0, 'the results');
    rendered(el)[0]!.item.querySelector<HTMLButtonElement>('.open')!.click();
    await waitUntil(() => root(el).querySelector('[part=start]'), 'the start button', { timeout: 5_000 });
    // A listener that cancels keeps the form as it is.
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('hpasc-procedure-select', cancel, { once: true });
    root(el).querySelector<HTMLButtonElement>('[part=start]')!.click();
    expect(form.procedure).to.equal('');
    const selected = oneEvent(el, 'hpasc-procedure-select');
    root(el).querySelector<HTMLButtonElement>('[part=start]')!.click();
    expect((await selected).detail).to.deep.equal({ code: '1.001193', name: birth.name });
    expect(form.procedure).to.equal('1.001193');
    expect(document.activeElement === form, 'focus moves to the form').to.equal(true);
  });

  it('leads to `start-url` with the code, and the start is a link', async () => {
    const el = await fixture<HpascProcedureSearch>(html`<hpasc-procedure-search lang="vi" .core=${core} query="khai sinh" start-url="/nop-ho-so?thu-tuc={code}"></hpasc-procedure-search>`);
    await waitUntil(() => rendered(el).length > 0, 'the results');
    rendered(el)[0]!.item.querySelector<HTMLButtonElement>('.open')!.click();
    await waitUntil(() => root(el).querySelector('a[part=start]'), 'the start link', { timeout: 5_000 });
    expect(root(el).querySelector('a[part=start]')!.getAttribute('href')).to.equal('/nop-ho-so?thu-tuc=1.001193');
  });

  it('is used with the keyboard alone: type, Enter, Tab to the filters and the results', async () => {
    const el = await search();
    input(el).focus();
    await sendKeys({ type: 'ket hon' });
    const shown = results(el);
    await sendKeys({ press: 'Enter' });
    await shown;
    await sendKeys({ press: 'Tab' }); // the search button
    await sendKeys({ press: 'Tab' }); // the filters' summary
    expect(root(el).activeElement?.localName).to.equal('summary');
    await sendKeys({ press: 'Enter' });
    expect(root(el).querySelector('details')!.open).to.equal(true);
    const active = () => root(el).activeElement;
    for (let i = 0; i < 10 && !active()?.classList.contains('open'); i++) await sendKeys({ press: 'Tab' });
    expect(active()!.closest('[part=result]')!.getAttribute('data-index')).to.equal('0');
    expect(active()!.textContent).to.match(/kết hôn/i);
  });

  it('fits 320 px with results and with a procedure shown', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await search({ query: 'dang ky' });
      await waitUntil(() => rendered(el).length > 0, 'the results');
      const frame = root(el).querySelector('[part=base]') as HTMLElement;
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      rendered(el)[0]!.item.querySelector<HTMLButtonElement>('.open')!.click();
      await waitUntil(() => root(el).querySelector('[part=detail] dl'), 'the procedure', { timeout: 5_000 });
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

const merged = 'procedureSearch.title' in englishTemplates(str);
describeStates<HpascProcedureSearch, ProcedureSearchPreview>('hpasc-procedure-search', procedureSearchStates({ procedure: birth, sectors, agencies, results: khaiSinh as unknown as Schemas['ProcedurePage'] }), {
  async check(el, shadow, preview) {
    if (preview.phase === 'results' && !preview.detail) {
      if (preview.items!.length) await waitUntil(() => rendered(el).length > 0, 'the results rendered');
      expect(rendered(el).map((r) => r.code)).to.deep.equal(preview.items!.slice(0, rendered(el).length).map((p) => p.code));
      expect(shadow.querySelector('[role=status][aria-live=polite]')!.textContent!.trim()).not.to.equal('');
    }
    if (preview.detail?.procedure) {
      const procedure = preview.detail.procedure;
      expect(shadow.querySelector('[part=detail] h3')!.textContent).to.equal(procedure.name);
      const lists = [...shadow.querySelectorAll('[part=detail] h4')].map((h) => h.nextElementSibling!.querySelectorAll('li').length);
      expect(lists.length).to.be.greaterThan(1);
      if (procedure.steps.length) expect(lists).to.include(procedure.steps.length);
    }
    if (preview.detail?.procedure && !preview.detail.procedure.submission.online) expect(shadow.querySelector('[part=start]')).to.equal(null);
    const failure = preview.detail?.failure ?? preview.failure;
    if (failure?.requestId) expect(shadow.textContent).to.contain(failure.requestId);
    if (preview.lang === 'en' && merged) expect(shadow.querySelector('h2')!.textContent).to.equal(procedureSearchEnglish(str)['procedureSearch.title']);
  },
});

describe('<hpasc-procedure-search> catalog', () => {

  it('has an English message for every id of its own, and no other; the shared failure, request id and retry wording is the catalog\'s', async () => {
    const sources = await Promise.all(['procedure-search.component.ts'].map((f) => fetch(`/packages/elements/src/procedure-search/${f}`).then((r) => r.text())));
    const ids = new Set(sources.flatMap((s) => [...s.matchAll(/id: ["']([a-zA-Z0-9.]+)["']/g)].map((m) => m[1]!)));
    const own = Object.keys(procedureSearchEnglish(str));
    expect(own.filter((id) => !ids.has(id))).to.deep.equal([]);
    expect([...ids].filter((id) => !own.includes(id)).sort()).to.deep.equal(['action.retry', 'error.generic', 'error.requestId']);
  });
});
