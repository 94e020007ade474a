import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import { consume } from '@lit/context';
import { HpascError, type Schemas } from '@hpasc/sdk';
import { findNearestPoints, getPointQueue, listPoints, listSectors, listUnits, type Core } from '@hpasc/sdk/core';
import { hpascContext, type HpascContextValue } from '../internal/context.ts';
import { configuredCore } from '../internal/core.ts';
import { countWithin } from '../internal/numbers.ts';
import { tokens } from '../tokens.ts';
import { widgetStyles } from '../internal/styles.ts';
import { useLocaleOf } from '../localization.ts';
import type { Locale } from '../internal/locale.ts';
import { intlTag } from '../rating/rating.labels.ts';
import { comboboxStyles } from '../internal/combobox/combobox.ts';
import { hoursToday } from './branch-finder.hours.ts';
import { unitInAddress } from './branch-finder.address.ts';
import { styles } from './branch-finder.styles.ts';

type Unit = Schemas['Unit'];
type PointQueue = Schemas['PointQueue'];
export type NearestPoint = Schemas['NearestPointList']['items'][number];

export type BranchFinderPhase = 'start' | 'locating' | 'location-failed' | 'searching' | 'results' | 'failed';

/** Why the device's location could not be used. */
export type LocationIssue = 'refused' | 'unavailable' | 'outside';

/** Where the distances are measured from. */
export type SearchOrigin =
  | { kind: 'device' }
  | { kind: 'unit'; unitName: string }
  /** A typed address, matched to the commune or ward it names. */
  | { kind: 'address'; unitName: string };

export interface BranchFinderFailure {
  message: string;
  requestId: string | null;
}

/** A state to render from data alone (Storybook, documentation, tests). */
export interface BranchFinderPreview {
  phase: BranchFinderPhase;
  locationIssue?: LocationIssue;
  origin?: SearchOrigin;
  /** The points found, nearest first, with their distance. */
  results?: NearestPoint[];
  queues?: Record<string, PointQueue>;
  /** Sector names by id, for the services a point receives. */
  sectors?: Record<string, string>;
  /** The communes and wards the chooser offers. */
  units?: Unit[];
  unitCode?: string;
  address?: string;
  /** The typed address names no known commune or ward. */
  addressUnmatched?: boolean;
  failure?: BranchFinderFailure;
  /** The chosen point. */
  selected?: string;
  /** The instant that "open now" is judged at (ISO 8601). */
  now?: string;
  lang?: Locale;
}

/** The center's promise: a reception point within 5 km. */
const promiseKm = 5;
/** How far to look when nothing is within 5 km. */
const furtherKm = 50;
const furtherCount = 3;
const queueRefreshMs = 60_000;
/** The contract's bounds for a search origin (Hanoi and its surroundings). */
const hanoi = { lat: [20.5, 21.4], lng: [105.2, 106.1] } as const;
/** About 100 m: the place is located, not the person. */
const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * `<hpasc-branch-finder>` — the reception points (điểm tiếp nhận) nearest to the citizen: from the device's
 * location (asked for only after a button press), from a chosen commune or ward, or from a typed address (the
 * contract has no geocoding, so the address is matched to the commune or ward it names, and the widget says
 * so). Points within 5 km come first — the center promises one within 5 km / 30 minutes — each with its
 * distance, whether it is open now and its hours today (in Hanoi time), its live queue (refreshed every minute
 * while the widget is on screen), the services it receives and its address. When no point is within 5 km,
 * the nearest ones further away are shown and the widget says so. No map: nothing is loaded from a third party.
 *
 * Configure it with `api-key` and `base-url`, a `core`, or a surrounding `<hpasc-provider>`.
 *
 * @fires hpasc-point-select - The citizen chose a point. `detail: { pointId }`
 * @fires hpasc-error - A search failed. `detail: { code, requestId }`
 * @csspart base - The widget's frame.
 * @csspart locate - The "use my location" button.
 * @csspart commune - The commune or ward chooser.
 * @csspart address - The address form.
 * @csspart results - The list of points.
 * @csspart point - One point of the list.
 * @csspart distance - A point's distance.
 * @csspart hours - A point's open/closed status and hours today.
 * @csspart queue - A point's live queue.
 * @csspart select - The button that chooses a point.
 * @csspart directions - The "directions" link.
 * @csspart demo - The "demo data" flag of a point.
 * @cssprop --hpasc-color-primary - Buttons and accents.
 * @cssprop --hpasc-color-success - The "open now" status.
 * @cssprop --hpasc-color-error - The "closed now" status and errors.
 * @cssprop --hpasc-branch-finder-selected-border - The border of the chosen point (default: 3 px primary).
 */
@localized()
export class HpascBranchFinder extends LitElement {
  static override styles = [tokens, widgetStyles, styles, comboboxStyles];

  /** The site's publishable key (with `base-url`), unless a `core` or a surrounding `<hpasc-provider>` is given. */
  @property({ attribute: 'api-key' }) apiKey = '';
  @property({ attribute: 'base-url' }) baseUrl = '';
  /** An SDK core (`createCore` from `@hpasc/sdk/core`) to use instead of `api-key` and `base-url`. */
  @property({ attribute: false }) core?: Core;
  /** How many points to show, 1–20 (default 5). */
  @property({ type: Number }) limit = 5;
  /** The instant "open now" and "today" are judged at; by default the current time. For tests and stories. */
  @property({ attribute: false }) now?: Date;
  /** A state to render from data alone (see `BranchFinderPreview`). */
  @property({ attribute: false }) preview?: BranchFinderPreview;

  @consume({ context: hpascContext, subscribe: true })
  @state() private provided?: HpascContextValue;

  @state() private phase: BranchFinderPhase = 'start';
  @state() private locationIssue: LocationIssue | null = null;
  @state() private origin: SearchOrigin | null = null;
  @state() private results: NearestPoint[] = [];
  @state() private queues: Record<string, PointQueue> = {};
  @state() private sectorNames: Record<string, string> = {};
  @state() private units: Unit[] = [];
  @state() private unitCode = '';
  @state() private address = '';
  @state() private addressUnmatched = false;
  @state() private failure: BranchFinderFailure | null = null;
  @state() private selected: string | null = null;
  @state() private announcement = '';
  @state() private locale: Locale = 'vi';

  /** The last search, for "try again". */
  private lastSearch: ((signal: AbortSignal) => Promise<void>) | null = null;
  private inFlight: AbortController | null = null;
  private unitsOf: Core | null = null;
  private visible = true;
  private timer: ReturnType<typeof setInterval> | undefined;
  private observer: IntersectionObserver | undefined;
  private focusAfterRender: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void useLocaleOf(this).then((locale) => { this.locale = locale; });
    this.observer = new IntersectionObserver((entries) => { this.visible = entries.some((e) => e.isIntersecting); });
    this.observer.observe(this);
    this.timer = setInterval(() => this.tick(), queueRefreshMs);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    clearInterval(this.timer);
    this.inFlight?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('preview') && this.preview) return this.showPreview(this.preview);
    if (this.preview) return;
    const core = this.sdk();
    if (core && core !== this.unitsOf) {
      this.unitsOf = core;
      void this.loadUnits(core);
    }
  }

  protected override updated(): void {
    if (!this.focusAfterRender) return;
    (this.renderRoot.querySelector(this.focusAfterRender) as HTMLElement | null)?.focus();
    this.focusAfterRender = null;
  }

  private showPreview(preview: BranchFinderPreview): void {
    this.inFlight?.abort();
    this.phase = preview.phase;
    this.locationIssue = preview.locationIssue ?? null;
    this.origin = preview.origin ?? null;
    this.results = preview.results ?? [];
    this.queues = preview.queues ?? {};
    this.sectorNames = preview.sectors ?? {};
    this.units = preview.units ?? [];
    this.unitCode = preview.unitCode ?? '';
    this.address = preview.address ?? '';
    this.addressUnmatched = preview.addressUnmatched ?? false;
    this.failure = preview.failure ?? null;
    this.selected = preview.selected ?? null;
    this.announcement = this.phase === 'results' ? this.countText() : '';
  }

  private sdk(): Core | null {
    return configuredCore(this, this.provided);
  }

  private get count(): number {
    return countWithin(this.limit, 1, 20, 5);
  }

  private get instant(): Date {
    return this.now ?? (this.preview?.now ? new Date(this.preview.now) : new Date());
  }

  // --- loading --------------------------------------------------------------------------------------

  private async loadUnits(core: Core): Promise<void> {
    try {
      const units: Unit[] = [];
      for await (const unit of listUnits(core, { limit: 100 })) units.push(unit);
      if (core === this.unitsOf) this.units = units;
    } catch {
      // Without the list, the location button still works; the chooser says nothing matches.
    }
  }

  private locate(): void {
    if (this.phase === 'locating') return;
    const geolocation = 'geolocation' in navigator ? navigator.geolocation : null;
    if (!geolocation) return this.locationFailed('unavailable');
    this.inFlight?.abort();
    this.phase = 'locating';
    this.announcement = '';
    geolocation.getCurrentPosition(
      (position) => {
        if (this.phase !== 'locating') return;
        const { latitude: lat, longitude: lng } = position.coords;
        if (lat < hanoi.lat[0] || lat > hanoi.lat[1] || lng < hanoi.lng[0] || lng > hanoi.lng[1]) return this.locationFailed('outside');
        void this.search((signal) => this.nearest({ lat: round3(lat), lng: round3(lng) }, { kind: 'device' }, signal));
      },
      (error) => { if (this.phase === 'locating') this.locationFailed(error.code === 1 ? 'refused' : 'unavailable'); },
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 300_000 },
    );
  }

  private locationFailed(issue: LocationIssue): void {
    this.phase = 'location-failed';
    this.locationIssue = issue;
    // Straight on to the other way of finding a point.
    this.focusAfterRender = '#commune';
  }

  private chooseUnit(code: string): void {
    this.unitCode = code;
    this.addressUnmatched = false;
    const unit = this.units.find((u) => u.code === code);
    if (unit) void this.search((signal) => this.nearUnit(unit, { kind: 'unit', unitName: unit.name }, signal));
  }

  private findAddress(event: Event): void {
    event.preventDefault();
    const unit = unitInAddress(this.address, this.units);
    this.addressUnmatched = !unit;
    if (!unit) return void (this.renderRoot.querySelector('#address') as HTMLElement | null)?.focus();
    this.unitCode = unit.code;
    void this.search((signal) => this.nearUnit(unit, { kind: 'address', unitName: unit.name }, signal));
  }

  /** Runs a search, keeping it for "try again"; only the latest search's answer is shown. */
  private async search(run: (signal: AbortSignal) => Promise<void>): Promise<void> {
    this.lastSearch = run;
    this.inFlight?.abort();
    const inFlight = new AbortController();
    this.inFlight = inFlight;
    this.phase = 'searching';
    this.failure = null;
    this.announcement = '';
    try {
      await run(inFlight.signal);
    } catch (error) {
      if (inFlight.signal.aborted) return;
      const known = error instanceof HpascError ? error : null;
      this.phase = 'failed';
      this.failure = { message: known?.message ?? msg('Đã có lỗi xảy ra. Vui lòng thử lại.', { id: 'error.generic' }), requestId: known?.requestId ?? null };
      this.dispatchEvent(new CustomEvent('hpasc-error', { detail: { code: known?.code ?? 'unknown', requestId: known?.requestId ?? null }, bubbles: true, composed: true }));
    }
  }

  /** A commune's or ward's own reception point stands for where it is (units carry no coordinates). */
  private async nearUnit(unit: Unit, origin: SearchOrigin, signal: AbortSignal): Promise<void> {
    const page = await listPoints(this.sdk()!, { unit: unit.code, limit: 10 }, { signal });
    const point = page.items.find((p) => p.kind === 'commune') ?? page.items[0];
    if (signal.aborted) return;
    if (!point) throw new Error('no point in this unit');
    await this.nearest(point.location, origin, signal);
  }

  private async nearest(at: { lat: number; lng: number }, origin: SearchOrigin, signal: AbortSignal): Promise<void> {
    const core = this.sdk()!;
    let found = await findNearestPoints(core, { lat: at.lat, lng: at.lng, radiusKm: promiseKm, limit: this.count }, { signal });
    if (!found.items.length) found = await findNearestPoints(core, { lat: at.lat, lng: at.lng, radiusKm: furtherKm, limit: furtherCount }, { signal });
    if (signal.aborted) return;
    this.origin = origin;
    this.results = found.items;
    this.queues = {};
    this.selected = null;
    this.phase = 'results';
    this.announcement = this.countText();
    void this.loadSectorNames(core);
    void this.refreshQueues();
  }

  private async loadSectorNames(core: Core): Promise<void> {
    if (!this.results.some((r) => r.point.sectors.length) || Object.keys(this.sectorNames).length) return;
    try {
      this.sectorNames = Object.fromEntries((await listSectors(core)).items.map((s) => [s.id, s.name]));
    } catch {
      // The sector ids stay unnamed; the rest of the point is still shown.
    }
  }

  private async refreshQueues(): Promise<void> {
    const core = this.sdk();
    if (!core || this.preview || this.phase !== 'results') return;
    const shown = this.results;
    const answers = await Promise.allSettled(shown.map((r) => getPointQueue(core, r.point.id)));
    if (shown !== this.results) return;
    const queues = { ...this.queues };
    answers.forEach((answer, i) => { if (answer.status === 'fulfilled') queues[shown[i]!.point.id] = answer.value; });
    this.queues = queues;
  }

  /** Every minute: fresh queues, and open/closed judged again — only while someone can see them. */
  private tick(): void {
    if (document.hidden || !this.visible || this.phase !== 'results') return;
    this.requestUpdate();
    void this.refreshQueues();
  }

  private retry(): void {
    if (this.lastSearch) void this.search(this.lastSearch);
    else this.phase = 'start';
  }

  private select(pointId: string): void {
    this.selected = pointId;
    this.dispatchEvent(new CustomEvent('hpasc-point-select', { detail: { pointId }, bubbles: true, composed: true }));
  }

  // --- words and numbers ----------------------------------------------------------------------------

  private within(r: NearestPoint): boolean {
    return r.distanceMeters <= promiseKm * 1000;
  }

  private countText(): string {
    const n = this.results.filter((r) => this.within(r)).length;
    if (n) return msg(str`Tìm thấy ${n} điểm tiếp nhận trong phạm vi ${promiseKm} km.`, { id: 'branchFinder.count' });
    return this.results.length
      ? msg(str`Không có điểm tiếp nhận nào trong phạm vi ${promiseKm} km. Đây là ${this.results.length} điểm gần nhất ở xa hơn.`, { id: 'branchFinder.countFurther' })
      : msg(str`Không tìm thấy điểm tiếp nhận nào trong phạm vi ${furtherKm} km.`, { id: 'branchFinder.countNone' });
  }

  private km(meters: number): string {
    return new Intl.NumberFormat(intlTag(this.locale), { style: 'unit', unit: 'kilometer', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(meters / 1000);
  }

  private minutes(value: number): string {
    return new Intl.NumberFormat(intlTag(this.locale), { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(value);
  }

  private originText(origin: SearchOrigin): string {
    switch (origin.kind) {
      case 'device': return msg('Khoảng cách tính theo đường thẳng từ vị trí hiện tại của bạn.', { id: 'branchFinder.fromDevice' });
      case 'unit': return msg(str`Khoảng cách tính theo đường thẳng từ bộ phận một cửa của ${origin.unitName}.`, { id: 'branchFinder.fromUnit' });
      case 'address': return msg(str`Chưa tra được vị trí chính xác của địa chỉ, nên đang tìm theo ${origin.unitName} có trong địa chỉ bạn nhập; khoảng cách tính từ bộ phận một cửa của ${origin.unitName}.`, { id: 'branchFinder.fromAddress' });
    }
  }

  private locationIssueText(issue: LocationIssue): string {
    switch (issue) {
      case 'refused': return msg('Bạn chưa cho phép trang này dùng vị trí của thiết bị. Hãy chọn xã, phường hoặc nhập địa chỉ bên dưới; hoặc cho phép dùng vị trí trong cài đặt của trình duyệt rồi thử lại.', { id: 'branchFinder.refused' });
      case 'unavailable': return msg('Không xác định được vị trí của thiết bị. Hãy chọn xã, phường hoặc nhập địa chỉ bên dưới.', { id: 'branchFinder.unavailable' });
      case 'outside': return msg('Vị trí của bạn nằm ngoài Hà Nội. Hãy chọn xã, phường hoặc nhập địa chỉ ở Hà Nội bên dưới.', { id: 'branchFinder.outside' });
    }
  }

  // --- rendering ------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<section part="base" class="finder" lang=${this.locale} aria-labelledby="finder-title">
      <h2 id="finder-title">${msg('Tìm điểm tiếp nhận hồ sơ gần bạn', { id: 'branchFinder.title' })}</h2>
      <p class="help">${msg('Bạn có thể nộp hồ sơ tại bất kỳ điểm tiếp nhận nào của Trung tâm, không phụ thuộc nơi cư trú.', { id: 'branchFinder.intro' })}</p>
      ${this.renderLocate()}
      ${this.renderCommune()}
      ${this.renderAddress()}
      ${this.renderOutcome()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  private renderLocate(): TemplateResult {
    const locating = this.phase === 'locating';
    return html`<div class="locate">
      <button part="locate" type="button" aria-busy=${locating ? 'true' : 'false'} aria-describedby="locate-help" @click=${() => this.locate()}>${locating
        ? msg('Đang xác định vị trí…', { id: 'branchFinder.locating' }) : msg('Dùng vị trí hiện tại của tôi', { id: 'branchFinder.locate' })}</button>
      <p class="help" id="locate-help">${msg('Vị trí chỉ dùng để tìm điểm gần bạn, được làm tròn khoảng 100 m và không được lưu lại.', { id: 'branchFinder.locateHelp' })}</p>
      ${this.phase === 'location-failed' && this.locationIssue ? html`<div class="notice warning" role="alert"><p>${this.locationIssueText(this.locationIssue)}</p></div>` : nothing}
    </div>`;
  }

  private renderCommune(): TemplateResult {
    return html`<div class="field" part="commune">
      <label for="commune">${msg('Hoặc chọn xã, phường', { id: 'branchFinder.commune' })}</label>
      <p class="help" id="commune-help">${msg('Gõ tên xã, phường (có dấu hoặc không dấu) rồi chọn trong danh sách.', { id: 'branchFinder.communeHelp' })}</p>
      <hpasc-combobox input-id="commune" described-by="commune-help" .value=${this.unitCode}
        empty-text=${msg('Không tìm thấy xã, phường nào.', { id: 'branchFinder.communeNone' })}
        .options=${this.units.map((u) => ({ value: u.code, label: u.name }))}
        @change=${(e: Event) => this.chooseUnit((e.target as HTMLInputElement).value)}></hpasc-combobox>
    </div>`;
  }

  private renderAddress(): TemplateResult {
    const describedBy = `address-help${this.addressUnmatched ? ' address-error' : ''}`;
    return html`<form part="address" class="field address" novalidate @submit=${(e: Event) => this.findAddress(e)}>
      <label for="address">${msg('Hoặc nhập địa chỉ', { id: 'branchFinder.address' })}</label>
      <p class="help" id="address-help">${msg('Ghi cả tên xã, phường, ví dụ: Số 1 Đinh Tiên Hoàng, phường Hoàn Kiếm. Điểm tiếp nhận được tìm theo xã, phường trong địa chỉ.', { id: 'branchFinder.addressHelp' })}</p>
      ${this.addressUnmatched ? html`<p class="error" id="address-error">${msg('Không nhận ra tên xã, phường nào của Hà Nội trong địa chỉ này. Hãy ghi rõ tên xã, phường hoặc chọn trong danh sách ở trên.', { id: 'branchFinder.addressUnmatched' })}</p>` : nothing}
      <div class="address-row">
        <input id="address" type="text" autocomplete="street-address" aria-invalid=${this.addressUnmatched ? 'true' : 'false'} aria-describedby=${describedBy}
          .value=${live(this.address)} @input=${(e: Event) => { this.address = (e.target as HTMLInputElement).value; }}>
        <button type="submit" class="secondary">${msg('Tìm', { id: 'branchFinder.find' })}</button>
      </div>
    </form>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    switch (this.phase) {
      case 'start':
      case 'location-failed':
        return nothing;
      case 'locating':
        return html`<p class="progress">${msg('Đang chờ trình duyệt cho biết vị trí. Nếu trình duyệt hỏi, hãy chọn “Cho phép”.', { id: 'branchFinder.locatingHelp' })}</p>`;
      case 'searching':
        return html`<p class="progress" aria-busy="true">${msg('Đang tìm điểm tiếp nhận gần nhất…', { id: 'branchFinder.searching' })}</p>`;
      case 'failed':
        return html`<div class="notice failure" role="alert">
          <p><strong>${msg('Chưa tìm được điểm tiếp nhận.', { id: 'branchFinder.failed' })}</strong> ${this.failure?.message ?? ''}</p>
          ${this.failure?.requestId ? html`<p>${msg(str`Mã yêu cầu: ${this.failure.requestId}. Đường dây hỗ trợ: 024.1022.`, { id: 'error.requestId' })}</p>` : nothing}
          <button type="button" @click=${() => this.retry()}>${msg('Thử lại', { id: 'action.retry' })}</button>
        </div>`;
      case 'results':
        return this.renderResults();
    }
  }

  private renderResults(): TemplateResult {
    const near = this.results.filter((r) => this.within(r));
    const further = this.results.filter((r) => !this.within(r));
    return html`<div class="outcome">
      <h3 class="count">${this.countText()}</h3>
      ${this.origin ? html`<p class="help origin">${this.originText(this.origin)}</p>` : nothing}
      ${near.length ? this.renderList(near, 0) : nothing}
      ${further.length && near.length ? html`<h3 class="count">${msg(str`Xa hơn ${promiseKm} km`, { id: 'branchFinder.further' })}</h3>` : nothing}
      ${further.length ? this.renderList(further, near.length) : nothing}
    </div>`;
  }

  private renderList(items: NearestPoint[], first: number): TemplateResult {
    return html`<ol part="results" class="results" start=${first + 1}>${items.map((r, i) => this.renderPoint(r, first + i))}</ol>`;
  }

  private renderPoint({ point, distanceMeters }: NearestPoint, i: number): TemplateResult {
    const chosen = this.selected === point.id;
    const today = hoursToday(point.openingHours, this.instant);
    const hours = today.ranges.map((r) => `${r.opens}–${r.closes}`).join(', ');
    const directions = `https://www.google.com/maps/dir/?api=1&destination=${point.location.lat},${point.location.lng}`;
    return html`<li part="point" class="point ${chosen ? 'selected' : ''}" data-point=${point.id}>
      <h4 id="p-${i}">${point.name}</h4>
      ${point.demo ? html`<p class="demo" part="demo">${msg('Dữ liệu mô phỏng', { id: 'branchFinder.demo' })}</p>` : nothing}
      <p class="distance" part="distance">${msg(str`Cách ${this.km(distanceMeters)}`, { id: 'branchFinder.distance' })}</p>
      <p class="hours" part="hours">
        <strong class=${today.openNow ? 'open' : 'closed'}>${today.openNow ? msg('Đang mở cửa', { id: 'branchFinder.openNow' }) : msg('Đang đóng cửa', { id: 'branchFinder.closedNow' })}</strong>
        · ${today.ranges.length ? msg(str`Hôm nay: ${hours}`, { id: 'branchFinder.hoursToday' }) : msg('Hôm nay không làm việc', { id: 'branchFinder.closedToday' })}
      </p>
      ${this.renderQueue(this.queues[point.id])}
      <dl class="review">
        <dt>${msg('Địa chỉ', { id: 'branchFinder.addressOf' })}</dt><dd>${point.address}</dd>
        <dt>${msg('Tiếp nhận', { id: 'branchFinder.services' })}</dt><dd>${point.sectors.length
          ? point.sectors.map((id) => this.sectorNames[id] ?? id).join('; ')
          : msg('Hồ sơ thuộc mọi lĩnh vực', { id: 'branchFinder.allSectors' })}</dd>
        ${point.phone ? html`<dt>${msg('Điện thoại', { id: 'branchFinder.phone' })}</dt><dd><a href="tel:${point.phone.replace(/[^\d+]/g, '')}">${point.phone}</a></dd>` : nothing}
      </dl>
      <div class="actions">
        <button part="select" type="button" class=${chosen ? '' : 'secondary'} aria-pressed=${chosen ? 'true' : 'false'} aria-describedby="p-${i}"
          @click=${() => this.select(point.id)}>${chosen ? msg('Đã chọn điểm này', { id: 'branchFinder.selected' }) : msg('Chọn điểm này', { id: 'branchFinder.select' })}</button>
        <a part="directions" class="button secondary" href=${directions} target="_blank" rel="noopener noreferrer" aria-describedby="p-${i}">${msg('Chỉ đường', { id: 'branchFinder.directions' })}<span class="visually-hidden"> ${msg('(mở trang bản đồ trong thẻ mới)', { id: 'branchFinder.newTab' })}</span></a>
      </div>
    </li>`;
  }

  private renderQueue(queue: PointQueue | undefined): TemplateResult {
    if (!queue) return html`<p class="queue help" part="queue">${msg('Đang lấy số người đang chờ…', { id: 'branchFinder.queueLoading' })}</p>`;
    const wait = queue.estimatedWaitMinutes === null
      ? msg('chưa ước tính được thời gian chờ', { id: 'branchFinder.waitUnknown' })
      : msg(str`chờ khoảng ${this.minutes(queue.estimatedWaitMinutes)}`, { id: 'branchFinder.wait' });
    return html`<p class="queue" part="queue">${msg(str`${queue.waiting} người đang chờ · ${queue.countersOpen} quầy đang mở · ${wait}`, { id: 'branchFinder.queue' })}</p>`;
  }
}
