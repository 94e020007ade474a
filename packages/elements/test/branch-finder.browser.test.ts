/**
 * <hpasc-branch-finder> in Chromium against the sandbox. Only the device's part is stubbed (the position
 * `navigator.geolocation` answers); every request to the API is real. The expected order and distances are
 * computed here, by haversine, from the raw points the API lists. Every state from its states file renders
 * from data, fits 320 px, keeps 44 px targets and passes axe.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { str } from '@lit/localize';
import { createCore, listPoints, listUnits } from '@hpasc/sdk/core';
import type { Schemas } from '@hpasc/sdk';
import '../src/branch-finder/branch-finder.ts';
import type { BranchFinderPreview, HpascBranchFinder } from '../src/branch-finder/branch-finder.component.ts';
import { describeStates } from './support/states.ts';
import { branchFinderStates } from '../src/branch-finder/branch-finder.states.ts';
import { branchFinderEnglish } from '../src/branch-finder/branch-finder.en.ts';
import { englishTemplates } from '../src/locales/en.ts';
import { hpascContext, type HpascContextValue } from '../src/internal/context.ts';

const { base } = (await (await fetch('/__sandbox.json')).json()) as { base: string };
const apiKey = 'pk_test_hpasc_sandbox_local';
const baseUrl = `${base}/v1`;
const core = createCore({ baseUrl, apiKey });
const faults = (spec: string) => fetch(`${base}/sandbox/faults`, { method: 'PUT', body: spec });

type Point = Schemas['ReceptionPoint'];
const allPoints: Point[] = [];
for await (const p of listPoints(core, { limit: 100 })) allPoints.push(p);
const allUnits: Schemas['Unit'][] = [];
for await (const u of listUnits(core, { limit: 100 })) allUnits.push(u);

/** Great-circle distance in metres. */
function haversine(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

const byDistanceFrom = (at: { lat: number; lng: number }) => allPoints
  .map((point) => ({ id: point.id, meters: haversine(at, point.location) }))
  .sort((a, b) => a.meters - b.meters);

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const shown = (el: HpascBranchFinder) => [...root(el).querySelectorAll<HTMLElement>('[part=point]')].map((li) => ({
  id: li.dataset.point!,
  km: Number(li.querySelector('[part=distance]')!.textContent!.replace(/[^\d,.]/g, '').replace(',', '.')),
  li,
}));
const locateButton = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part=locate]')!;

/** The device's part: `getCurrentPosition` answers with a fixed position, or an error code. */
function stubGeolocation(answer: { lat: number; lng: number } | { code: 1 | 2 | 3 }): () => void {
  const geolocation = navigator.geolocation;
  const original = geolocation.getCurrentPosition;
  geolocation.getCurrentPosition = (ok, fail) => {
    setTimeout(() => {
      if ('code' in answer) fail?.({ code: answer.code, message: 'stub', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
      else ok({ coords: { latitude: answer.lat, longitude: answer.lng, accuracy: 20 }, timestamp: Date.now() } as GeolocationPosition);
    }, 20);
  };
  return () => { geolocation.getCurrentPosition = original; };
}

async function finder(): Promise<HpascBranchFinder> {
  const el = await fixture<HpascBranchFinder>(html`<hpasc-branch-finder lang="vi" api-key=${apiKey} base-url=${baseUrl}></hpasc-branch-finder>`);
  await waitUntil(() => root(el).querySelector('hpasc-combobox')?.options.length === allUnits.length, 'the communes loaded', { timeout: 10_000 });
  return el;
}

const resultsShown = (el: HpascBranchFinder) => waitUntil(() => root(el).querySelector('[part=results]'), 'the results', { timeout: 10_000 });

/** The listed points are the nearest ones, in order, at the distances computed here (one decimal of a km). */
function expectNearest(el: HpascBranchFinder, from: { lat: number; lng: number }, count: number): void {
  const expected = byDistanceFrom(from).slice(0, count);
  const listed = shown(el);
  expect(listed.map((p) => p.id)).to.deep.equal(expected.map((p) => p.id));
  listed.forEach((p, i) => expect(Math.abs(p.km - expected[i]!.meters / 1000), `${p.id}: ${p.km} km`).to.be.at.most(0.051));
}

describe('<hpasc-branch-finder>', () => {
  let restore: (() => void) | undefined;
  afterEach(async () => {
    restore?.();
    restore = undefined;
    await faults('');
  });

  it('lists the nearest points to the device, within 5 km first, with distances, hours, queue and services', async () => {
    const here = { lat: 21.028, lng: 105.852 };
    restore = stubGeolocation(here);
    const el = await finder();
    expect(text(el), 'nothing is asked before the button').not.to.contain('Cách');
    locateButton(el).click();
    await resultsShown(el);
    expectNearest(el, here, 5);
    expect(shown(el).every((p) => p.km <= 5)).to.equal(true);
    const status = root(el).querySelector('[role=status][aria-live=polite]')!;
    expect(status.textContent).to.contain('Tìm thấy 5 điểm tiếp nhận trong phạm vi 5 km');
    const first = shown(el)[0]!.li;
    expect(first.querySelector('[part=hours]')!.textContent).to.match(/Đang (mở|đóng) cửa/);
    expect(first.querySelector('dl')!.textContent).to.contain(allPoints.find((p) => p.id === shown(el)[0]!.id)!.address);
    await waitUntil(() => /\d+ người đang chờ · \d+ quầy đang mở/.test(first.querySelector('[part=queue]')!.textContent!), 'the live queue', { timeout: 10_000 });
    expect(first.querySelector('[part=demo]'), 'the sandbox marks its points as demo data').to.exist;
    expect(first.querySelector('iframe, img'), 'no map tiles').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says plainly when no point is within 5 km, and lists the nearest ones further away', async () => {
    // A place in the contract's bounds whose nearest point is 5–50 km away, found from the raw points.
    let far: { lat: number; lng: number } | null = null;
    for (let lat = 20.55; lat <= 21.35 && !far; lat += 0.01) {
      for (let lng = 105.25; lng <= 106.05 && !far; lng += 0.01) {
        const at = { lat: Math.round(lat * 1000) / 1000, lng: Math.round(lng * 1000) / 1000 };
        const nearest = byDistanceFrom(at)[0]!.meters;
        if (nearest > 5_500 && nearest < 40_000) far = at;
      }
    }
    expect(far, 'a place far from every point').to.not.equal(null);
    restore = stubGeolocation(far!);
    const el = await finder();
    locateButton(el).click();
    await resultsShown(el);
    expect(text(el)).to.contain('Không có điểm tiếp nhận nào trong phạm vi 5 km');
    expectNearest(el, far!, 3);
    await expect(el).to.be.accessible();
  });

  it('when location is refused, says so and offers the commune choice, focused', async () => {
    restore = stubGeolocation({ code: 1 });
    const el = await finder();
    locateButton(el).click();
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'the message');
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('chưa cho phép');
    expect(root(el).activeElement?.id).to.equal('commune');
    expect(root(el).querySelector('label[for=commune]')!.textContent).to.contain('chọn xã, phường');
    await expect(el).to.be.accessible();
  });

  it('says so when the device cannot give a position', async () => {
    restore = stubGeolocation({ code: 2 });
    const el = await finder();
    locateButton(el).click();
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'the message');
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Không xác định được vị trí');
  });

  it('chooses a commune with the keyboard alone and lists that commune\'s nearest points; a point is chosen by keyboard', async () => {
    const el = await finder();
    locateButton(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('commune');
    await sendKeys({ type: 'cua nam' });
    await el.updateComplete;
    const option = root(el).querySelector('[role=option][aria-selected=true]');
    expect(option?.textContent).to.equal('Phường Cửa Nam');
    await sendKeys({ press: 'Enter' });
    await resultsShown(el);
    const own = allPoints.find((p) => p.unitCode === allUnits.find((u) => u.name === 'Phường Cửa Nam')!.code && p.kind === 'commune')!;
    expect(shown(el)[0]!.id).to.equal(own.id);
    expectNearest(el, own.location, 5);
    expect(text(el)).to.contain('từ bộ phận một cửa của Phường Cửa Nam');

    const active = () => root(el).activeElement as HTMLElement | null;
    for (let i = 0; i < 12 && active()?.getAttribute('part') !== 'select'; i++) await sendKeys({ press: 'Tab' });
    expect(active()?.getAttribute('part')).to.equal('select');
    const chosen = oneEvent(el, 'hpasc-point-select');
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail).to.deep.equal({ pointId: own.id });
    await el.updateComplete;
    expect(active()?.getAttribute('aria-pressed')).to.equal('true');
  });

  it('matches a typed address to the commune it names (no geocoding), and says when none is named', async () => {
    const el = await finder();
    const input = root(el).querySelector<HTMLInputElement>('#address')!;
    input.focus();
    await sendKeys({ type: 'So 5 Hang Gai, phuong Hoan Kiem' });
    await sendKeys({ press: 'Enter' });
    await resultsShown(el);
    const own = allPoints.find((p) => p.unitCode === allUnits.find((u) => u.name === 'Phường Hoàn Kiếm')!.code && p.kind === 'commune')!;
    expectNearest(el, own.location, 5);
    expect(text(el)).to.contain('Chưa tra được vị trí chính xác của địa chỉ');

    input.value = '';
    input.focus();
    await sendKeys({ type: 'Số 12 ngõ 34' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('#address-error')!.textContent).to.contain('Không nhận ra tên xã, phường');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).activeElement).to.equal(input);
  });

  it('judges open now and today\'s hours in Hanoi time from the points\' hours, for a fixed `now`', async () => {
    const here = { lat: 21.028, lng: 105.852 };
    restore = stubGeolocation(here);
    const el = await finder();
    // Monday 24 Nov 2025, 08:10 in Hanoi (01:10 UTC): commune desks open at 07:30, branch offices at 08:00.
    el.now = new Date('2025-11-24T01:10:00Z');
    locateButton(el).click();
    await resultsShown(el);
    const expectHours = (weekday: number, time: string) => {
      for (const { id, li } of shown(el)) {
        const point = allPoints.find((p) => p.id === id)!;
        const ranges = point.openingHours.filter((h) => h.days.includes(weekday));
        const open = ranges.some((h) => h.opens <= time && time < h.closes);
        const hours = li.querySelector('[part=hours]')!.textContent!.replace(/\s+/g, ' ');
        expect(hours, id).to.contain(open ? 'Đang mở cửa' : 'Đang đóng cửa');
        if (ranges.length) for (const r of ranges) expect(hours, id).to.contain(`${r.opens}–${r.closes}`);
        else expect(hours, id).to.contain('Hôm nay không làm việc');
      }
    };
    expectHours(1, '08:10');
    el.now = new Date('2025-11-24T00:45:00Z'); // 07:45: communes open, branch offices not yet
    await el.updateComplete;
    expectHours(1, '07:45');
    el.now = new Date('2025-11-29T04:30:00Z'); // Saturday 11:30
    await el.updateComplete;
    expectHours(6, '11:30');
    el.now = new Date('2025-11-30T03:00:00Z'); // Sunday
    await el.updateComplete;
    expectHours(7, '10:00');
    expect(text(el)).to.contain('Hôm nay không làm việc');
  });

  it('shows a failed search with its request id, and tries again', async function () {
    this.timeout(30_000);
    const here = { lat: 21.028, lng: 105.852 };
    restore = stubGeolocation(here);
    const el = await finder();
    await faults('only=findNearestPoints,errors=1');
    locateButton(el).click();
    await waitUntil(() => root(el).querySelector('.failure'), 'the failure', { timeout: 25_000 });
    expect(root(el).querySelector('.failure')!.textContent).to.match(/req_[0-9a-z]+/);
    await faults('');
    [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Thử lại')!.click();
    await resultsShown(el);
    expectNearest(el, here, 5);
  });

  it('uses the core of a surrounding provider', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><hpasc-branch-finder lang="vi"></hpasc-branch-finder></div>`);
    new ContextProvider(host, { context: hpascContext, initialValue: { core, citizen: null } satisfies HpascContextValue });
    const el = host.querySelector('hpasc-branch-finder')!;
    el.remove();
    host.append(el);
    await waitUntil(() => root(el).querySelector('hpasc-combobox')?.options.length === allUnits.length, 'the communes from the provider\'s core', { timeout: 10_000 });
  });

  it('fits 320 px with results shown', async () => {
    await setViewport({ width: 320, height: 900 });
    try {
      const here = { lat: 21.028, lng: 105.852 };
      restore = stubGeolocation(here);
      const el = await finder();
      locateButton(el).click();
      await resultsShown(el);
      const frame = root(el).querySelector('[part=base]') as HTMLElement;
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

const merged = 'branchFinder.title' in englishTemplates(str);
describeStates<HpascBranchFinder, BranchFinderPreview>('hpasc-branch-finder', branchFinderStates, {
  check(el, shadow, preview) {
    if (preview.phase === 'results') {
      expect(shown(el).map((p) => p.id)).to.deep.equal(preview.results!.map((r) => r.point.id));
      expect(shadow.querySelector('[role=status][aria-live=polite]')!.textContent!.trim()).not.to.equal('');
    }
    if (preview.phase === 'location-failed') expect(shadow.querySelector('[role=alert]')).to.exist;
    if (preview.failure?.requestId) expect(shadow.textContent).to.contain(preview.failure.requestId);
    if (preview.selected) expect(shadow.querySelector(`[data-point="${preview.selected}"] [part=select]`)!.getAttribute('aria-pressed')).to.equal('true');
    if (preview.lang === 'en' && merged) expect(shadow.querySelector('h2')!.textContent).to.equal(branchFinderEnglish(str)['branchFinder.title']);
  },
});

describe('<hpasc-branch-finder> catalog', () => {

  it('has an English message for every id of its own, and no other; the shared failure, request id and retry wording is the catalog\'s', async () => {
    const sources = await Promise.all(['branch-finder.component.ts'].map((f) => fetch(`/packages/elements/src/branch-finder/${f}`).then((r) => r.text())));
    const ids = new Set(sources.flatMap((s) => [...s.matchAll(/id: ["']([a-zA-Z0-9.]+)["']/g)].map((m) => m[1]!)));
    const own = Object.keys(branchFinderEnglish(str));
    expect(own.filter((id) => !ids.has(id))).to.deep.equal([]);
    expect([...ids].filter((id) => !own.includes(id)).sort()).to.deep.equal(['action.retry', 'error.generic', 'error.requestId']);
  });
});
