import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { guard } from 'lit/directives/guard.js';
import { localized, msg, str } from '@lit/localize';
import { consume } from '@lit/context';
import { HpascError, type Schemas } from '@hpasc/sdk';
import { getProcedure, listAgencies, listProcedures, listSectors, type Core } from '@hpasc/sdk/core';
import { hpascContext, type HpascContextValue } from '../internal/context.ts';
import { configuredCore } from '../internal/core.ts';
import { countWithin } from '../internal/numbers.ts';
import { tokens } from '../tokens.ts';
import { widgetStyles } from '../internal/styles.ts';
import { useLocaleOf } from '../localization.ts';
import type { Locale } from '../internal/locale.ts';
import { intlTag } from '../rating/rating.labels.ts';
import { styles } from './procedure-search.styles.ts';

type ProcedureSummary = Schemas['ProcedureSummary'];
type Procedure = Schemas['Procedure'];
type Sector = Schemas['Sector'];
type Agency = Schemas['Agency'];
type Level = Schemas['GovernmentLevel'];
type OnlineLevel = Schemas['OnlineLevel'];
type ApplicantType = Schemas['ApplicantType'];

/** The filters; '' means "any". */
export interface ProcedureFilters {
  sector: string;
  level: Level | '';
  agency: string;
  onlineLevel: OnlineLevel | '';
  applicantType: ApplicantType | '';
}

export interface ProcedureSearchFailure {
  message: string;
  requestId: string | null;
}

/** `idle`: nothing asked yet; `searching`: the first answer is on its way; `results` (none when `items` is empty); `failed`. */
export type ProcedureSearchPhase = 'idle' | 'searching' | 'results' | 'failed';

/** A state to render from data alone (Storybook, documentation, tests). */
export interface ProcedureSearchPreview {
  phase: ProcedureSearchPhase;
  query?: string;
  filters?: Partial<ProcedureFilters>;
  /** Open the filters. */
  filtersOpen?: boolean;
  items?: ProcedureSummary[];
  total?: number;
  /** Whether there is a next page. */
  more?: boolean;
  loadingMore?: boolean;
  sectors?: Sector[];
  agencies?: Agency[];
  failure?: ProcedureSearchFailure;
  /** A procedure's details: loading (code only), shown, or failed. */
  detail?: { code: string; procedure?: Procedure; failure?: ProcedureSearchFailure };
  lang?: Locale;
}

export interface ProcedureSelectDetail {
  code: string;
  name: string;
}

export interface SearchResultsDetail {
  /** Procedures matching, in all. */
  total: number;
  /** Procedures listed so far. */
  shown: number;
}

interface Answer {
  items: ProcedureSummary[];
  total: number;
  next: (() => Promise<Answer>) | null;
}

const noFilters: ProcedureFilters = { sector: '', level: '', agency: '', onlineLevel: '', applicantType: '' };
const filterKeys = Object.keys(noFilters) as (keyof ProcedureFilters)[];
/** Typing pauses shorter than this are still typing. */
const debounceMs = 150;
/** "Searching…" shows only when an answer is slower than this (no flicker on fast ones). */
const slowMs = 400;
const minQueryLength = 2;
const maxQueryLength = 200;
const cacheSize = 30;
/** Results a phone's screen shows at once below the search box. */
const firstScreen = 2;

/** Only web links are followed (a document template's link comes from data). */
const webLink = (url: string | undefined): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

/**
 * `<hpasc-procedure-search>` — finding the right administrative procedure (thủ tục hành chính) before
 * submitting: type-ahead over the whole catalog, with or without diacritics ("dang ky khai sinh" finds
 * "Đăng ký khai sinh"), filters (sector, level, agency, online service level, citizen or business), results
 * with processing time, fee and online level, and a procedure's details — documents, steps, requirements,
 * results, legal bases — with a button to start the dossier.
 *
 * Typing stays responsive on the largest catalog: typing itself re-renders nothing; the search waits for a
 * pause (150 ms), aborts a search overtaken by a newer one, remembers recent answers, and asks for one page
 * at a time ("show more" appends the next). A new answer's first screenful is rendered at once and the rest
 * of the page in the task after it is painted; the browser skips laying out and painting results off screen
 * (`content-visibility: auto`) while every result stays in the DOM, so find-in-page, screen-reader list
 * navigation and tabbing reach all of them. `npm run bench` holds the widget's part of a keystroke → results
 * painted to 16 ms at p95 on 6,300 procedures under 4× CPU throttling.
 *
 * Starting: the start button fires `hpasc-procedure-select` (cancelable). Unless a listener cancels it, the
 * widget then opens the procedure in the `<hpasc-dossier-form>` whose id is in `form`, or follows `start-url`
 * (`{code}` replaced by the procedure's code).
 *
 * Configure it with `api-key` and `base-url`, a `core`, or a surrounding `<hpasc-provider>`.
 *
 * @fires hpasc-procedure-select - The citizen chose to start a procedure. Cancelable. `detail: { code, name }`
 * @fires hpasc-search-results - Results (or their absence) are on screen. `detail: { total, shown }`
 * @fires hpasc-error - A search or a procedure failed to load. `detail: { code, requestId }`
 * @csspart base - The widget's frame.
 * @csspart search - The search box.
 * @csspart filters - The filters (a disclosure).
 * @csspart count - The number of procedures found.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart more - The "show more" button.
 * @csspart detail - A procedure's details.
 * @csspart back - The button back to the results.
 * @csspart start - The start button (or link).
 * @cssprop --hpasc-color-primary - Buttons, links and accents.
 * @cssprop --hpasc-color-error - Errors.
 */
@localized()
export class HpascProcedureSearch extends LitElement {
  static override styles = [tokens, widgetStyles, styles];

  /** The site's publishable key (with `base-url`), unless a `core` or a surrounding `<hpasc-provider>` is given. */
  @property({ attribute: 'api-key' }) apiKey = '';
  @property({ attribute: 'base-url' }) baseUrl = '';
  /** An SDK core (`createCore` from `@hpasc/sdk/core`) to use instead of `api-key` and `base-url`. */
  @property({ attribute: false }) core?: Core;
  /** A search to start with. */
  @property() query = '';
  /** Filters to start with (the citizen can change them): a sector id, `city`/`commune`/`central`, an agency id, `full`/`partial`/`none`, `citizen`/`business`. */
  @property() sector = '';
  @property() level: Level | '' = '';
  @property() agency = '';
  @property({ attribute: 'online-level' }) onlineLevel: OnlineLevel | '' = '';
  @property({ attribute: 'applicant-type' }) applicantType: ApplicantType | '' = '';
  /** Results per page, 1–100 (default 10). */
  @property({ type: Number }) limit = 10;
  /** The id of an `<hpasc-dossier-form>` on the page that the start button opens the procedure in. */
  @property() form = '';
  /** Where the start button leads, `{code}` standing for the procedure's code, e.g. `/nop-ho-so?thu-tuc={code}`. */
  @property({ attribute: 'start-url' }) startUrl = '';
  /** A state to render from data alone (see `ProcedureSearchPreview`). */
  @property({ attribute: false }) preview?: ProcedureSearchPreview;

  @consume({ context: hpascContext, subscribe: true })
  @state() private provided?: HpascContextValue;

  @state() private phase: ProcedureSearchPhase = 'idle';
  @state() private filters: ProcedureFilters = { ...noFilters };
  @state() private filtersOpen = false;
  @state() private items: ProcedureSummary[] = [];
  @state() private total = 0;
  @state() private busy = false;
  @state() private slow = false;
  @state() private loadingMore = false;
  @state() private failure: ProcedureSearchFailure | null = null;
  @state() private sectors: Sector[] = [];
  @state() private agencies: Agency[] = [];
  @state() private detail: { code: string; procedure?: Procedure; failure?: ProcedureSearchFailure } | null = null;
  @state() private announcement = '';
  @state() private locale: Locale = 'vi';
  /**
   * The results after the first screenful, as rendered: a new answer's first screenful is rendered at once,
   * the rest in the task after it is painted (the list is `aria-busy` meanwhile), so the first results show
   * within a frame and the list's nodes are updated in place rather than removed and added again.
   */
  @state() private tail: ProcedureSummary[] = [];
  @state() private tailPending = false;

  /** What is in the search box; not reactive: typing re-renders nothing. */
  private typed = '';
  private next: Answer['next'] = null;
  private shownKey = '';
  private cache = new Map<string, Answer>();
  private inFlight: AbortController | null = null;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  private listsOf: Core | null = null;
  private cacheOf: string = '';
  /** Where the citizen was in the results when opening a procedure, to come back to. */
  private returnIndex = -1;
  private focusAfterRender: 'detail' | 'search' | number | null = null;
  private announceAfterRender = false;
  /** The results whose tail is scheduled to render. */
  private tailFor: ProcedureSummary[] | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void useLocaleOf(this).then((locale) => { this.locale = locale; });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounce);
    clearTimeout(this.slowTimer);
    this.inFlight?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('preview') && this.preview) return this.showPreview(this.preview);
    if (this.preview) return;
    const core = this.sdk();
    const coreChanged = core !== null && core !== this.listsOf;
    if (coreChanged) {
      this.listsOf = core;
      this.cache.clear();
      void this.loadLists(core);
    }
    const presets = (['sector', 'level', 'agency', 'onlineLevel', 'applicantType'] as const).filter((k) => changed.has(k));
    if (presets.length) this.filters = { ...this.filters, ...Object.fromEntries(presets.map((k) => [k, this[k]])) };
    if (changed.has('query')) this.typed = this.query.slice(0, maxQueryLength);
    if (core && (coreChanged || presets.length || changed.has('query') || changed.has('limit'))) this.schedule(0, coreChanged);
  }

  protected override updated(): void {
    if (this.tailPending && this.tailFor !== this.items) {
      const items = this.tailFor = this.items;
      requestAnimationFrame(() => setTimeout(() => {
        if (this.items !== items) return;
        this.tail = items.slice(firstScreen);
        this.tailPending = false;
      }));
    }
    if (this.announceAfterRender) {
      this.announceAfterRender = false;
      this.dispatchEvent(new CustomEvent<SearchResultsDetail>('hpasc-search-results', { detail: { total: this.total, shown: this.items.length }, bubbles: true, composed: true }));
    }
    const focus = this.focusAfterRender;
    if (focus === null) return;
    this.focusAfterRender = null;
    if (focus === 'detail') (this.renderRoot.querySelector('#detail-title') as HTMLElement | null)?.focus();
    else if (focus === 'search') (this.renderRoot.querySelector('#q') as HTMLElement | null)?.focus();
    else this.focusResult(focus);
  }

  private showPreview(preview: ProcedureSearchPreview): void {
    this.inFlight?.abort();
    clearTimeout(this.debounce);
    this.phase = preview.phase;
    this.typed = preview.query ?? '';
    this.filters = { ...noFilters, ...preview.filters };
    this.filtersOpen = preview.filtersOpen ?? false;
    this.items = preview.items ?? [];
    this.tail = this.items.slice(firstScreen);
    this.tailPending = false;
    this.total = preview.total ?? this.items.length;
    this.next = preview.more ? () => new Promise<Answer>(() => {}) : null;
    this.loadingMore = preview.loadingMore ?? false;
    this.busy = this.slow = preview.phase === 'searching';
    this.sectors = preview.sectors ?? [];
    this.agencies = preview.agencies ?? [];
    this.failure = preview.failure ?? null;
    this.detail = preview.detail ?? null;
    this.announcement = preview.phase === 'results' ? this.countText() : '';
  }

  private sdk(): Core | null {
    return configuredCore(this, this.provided);
  }

  private get pageSize(): number {
    return countWithin(this.limit, 1, 100, 10);
  }

  // --- loading --------------------------------------------------------------------------------------

  private async loadLists(core: Core): Promise<void> {
    const [sectors, agencies] = await Promise.allSettled([
      listSectors(core),
      (async () => { const all: Agency[] = []; for await (const a of listAgencies(core, { limit: 100 })) all.push(a); return all; })(),
    ]);
    if (core !== this.listsOf) return;
    // Without these lists the search still works; the filters offer only "any".
    if (sectors.status === 'fulfilled') this.sectors = sectors.value.items;
    if (agencies.status === 'fulfilled') this.agencies = agencies.value;
  }

  private onInput(event: InputEvent): void {
    this.typed = (event.target as HTMLInputElement).value;
    // An input method still composing a letter (Vietnamese Telex on a phone) searches when it is done.
    if (event.isComposing) return;
    this.schedule(debounceMs);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.schedule(0, true);
  }

  private setFilter<K extends keyof ProcedureFilters>(key: K, value: ProcedureFilters[K]): void {
    this.filters = { ...this.filters, [key]: value };
    this.schedule(0);
  }

  private clearFilters(): void {
    this.filters = { ...noFilters };
    this.schedule(0);
  }

  private schedule(delay: number, force = false): void {
    clearTimeout(this.debounce);
    if (delay === 0) return void this.search(force);
    this.debounce = setTimeout(() => void this.search(force), delay);
  }

  private get activeFilters(): number {
    return filterKeys.filter((k) => this.filters[k] !== '').length;
  }

  /** The request a search makes, or null when there is nothing (yet) to search for. */
  private request(): { q?: string } & Partial<Record<keyof ProcedureFilters, string>> | null {
    const q = this.typed.trim().replace(/\s+/g, ' ').slice(0, maxQueryLength);
    const filters = Object.fromEntries(filterKeys.filter((k) => this.filters[k] !== '').map((k) => [k, this.filters[k]]));
    if (q.length < minQueryLength && !Object.keys(filters).length) return null;
    return { ...(q.length >= minQueryLength ? { q } : {}), ...filters };
  }

  private async search(force: boolean): Promise<void> {
    const core = this.sdk();
    if (!core || this.preview) return;
    const request = this.request();
    const key = JSON.stringify([request, this.pageSize]);
    if (key === this.shownKey && !force && this.phase !== 'failed') return;
    this.inFlight?.abort();
    this.inFlight = null;
    clearTimeout(this.slowTimer);
    this.detail = null;
    if (!request) {
      this.shownKey = key;
      this.phase = 'idle';
      this.items = this.tail = [];
      this.tailPending = false;
      this.busy = this.slow = false;
      this.announcement = '';
      return;
    }
    const cacheKey = `${this.locale}\n${key}`;
    if (this.cacheOf !== this.locale) { this.cache.clear(); this.cacheOf = this.locale; }
    const cached = this.cache.get(cacheKey);
    if (cached && !force) return this.show(key, cached);
    const inFlight = new AbortController();
    this.inFlight = inFlight;
    this.busy = true;
    if (this.phase !== 'results') this.phase = 'searching';
    this.slowTimer = setTimeout(() => { this.slow = true; }, slowMs);
    try {
      const answer = await this.fetchPage(core, request, inFlight.signal);
      if (inFlight.signal.aborted) return;
      this.cache.delete(cacheKey);
      this.cache.set(cacheKey, answer);
      if (this.cache.size > cacheSize) this.cache.delete(this.cache.keys().next().value!);
      this.show(key, answer);
    } catch (error) {
      if (inFlight.signal.aborted) return;
      this.fail(error, 'search');
    } finally {
      if (this.inFlight === inFlight) {
        this.inFlight = null;
        clearTimeout(this.slowTimer);
        this.busy = this.slow = false;
      }
    }
  }

  private async fetchPage(core: Core, request: Record<string, string>, signal: AbortSignal): Promise<Answer> {
    const toAnswer = (page: Awaited<ReturnType<typeof listProcedures>>): Answer => ({
      items: page.items,
      total: page.total ?? page.items.length,
      next: page.hasNextPage() ? () => page.nextPage().then(toAnswer) : null,
    });
    return toAnswer(await listProcedures(core, { ...request, limit: this.pageSize }, { signal }));
  }

  private show(key: string, answer: Answer): void {
    clearTimeout(this.slowTimer);
    this.busy = this.slow = false;
    this.shownKey = key;
    this.phase = 'results';
    this.failure = null;
    this.items = answer.items;
    // The previous results below the first screenful stay for a frame, so their nodes are updated in place.
    this.tail = this.tail.slice(0, Math.max(0, answer.items.length - firstScreen));
    this.tailPending = answer.items.length > firstScreen;
    this.total = answer.total;
    this.next = answer.next;
    this.announcement = this.countText();
    this.announceAfterRender = true;
  }

  private async loadMore(): Promise<void> {
    if (!this.next || this.loadingMore) return;
    const key = this.shownKey;
    const first = this.items.length;
    this.loadingMore = true;
    try {
      const answer = await this.next();
      if (key !== this.shownKey) return;
      this.items = [...this.items, ...answer.items];
      this.tail = this.items.slice(firstScreen);
      this.tailPending = false;
      this.next = answer.next;
      this.announcement = msg(str`Đã hiển thị ${this.items.length} trên ${this.number(this.total)} thủ tục.`, { id: 'procedureSearch.shown' });
      this.announceAfterRender = true;
      // The citizen goes on reading where the new results begin.
      this.focusAfterRender = first;
    } catch (error) {
      if (key === this.shownKey) this.fail(error, 'more');
    } finally {
      this.loadingMore = false;
    }
  }

  private fail(error: unknown, what: 'search' | 'more' | 'detail'): void {
    const known = error instanceof HpascError ? error : null;
    const failure = { message: known?.message ?? msg('Đã có lỗi xảy ra. Vui lòng thử lại.', { id: 'error.generic' }), requestId: known?.requestId ?? null };
    if (what === 'detail' && this.detail) this.detail = { ...this.detail, failure };
    else {
      this.failure = failure;
      // A failed first search shows its failure in place of results; a failed "more" keeps what is shown.
      if (what === 'search') this.phase = 'failed';
    }
    this.dispatchEvent(new CustomEvent('hpasc-error', { detail: { code: known?.code ?? 'unknown', requestId: known?.requestId ?? null }, bubbles: true, composed: true }));
  }

  private retry(): void {
    if (this.detail) return void this.openDetail(this.detail.code, this.returnIndex);
    if (this.phase === 'results' && this.failure) {
      this.failure = null;
      return void this.loadMore();
    }
    this.schedule(0, true);
  }

  private focusResult(index: number): void {
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"] .open`)?.focus();
  }

  // --- a procedure's details --------------------------------------------------------------------------

  private async openDetail(code: string, index: number): Promise<void> {
    const core = this.sdk();
    this.returnIndex = index;
    this.detail = { code };
    this.focusAfterRender = 'detail';
    if (!core || this.preview) return;
    try {
      const procedure = await getProcedure(core, code);
      if (this.detail?.code === code) this.detail = { code, procedure };
    } catch (error) {
      if (this.detail?.code === code) this.fail(error, 'detail');
    }
  }

  private closeDetail(): void {
    this.detail = null;
    this.focusAfterRender = this.returnIndex >= 0 && this.returnIndex < this.items.length ? this.returnIndex : 'search';
  }

  private startHref(code: string): string | null {
    return this.startUrl ? this.startUrl.replaceAll('{code}', encodeURIComponent(code)) : null;
  }

  private start(event: Event, procedure: Procedure): void {
    const chosen = this.dispatchEvent(new CustomEvent<ProcedureSelectDetail>('hpasc-procedure-select', {
      detail: { code: procedure.code, name: procedure.name }, bubbles: true, composed: true, cancelable: true,
    }));
    if (!chosen) return void event.preventDefault();
    const root = this.getRootNode() as Document | ShadowRoot;
    const form = this.form ? root.getElementById(this.form) as (HTMLElement & { procedure?: string }) | null : null;
    if (form?.localName !== 'hpasc-dossier-form') return;
    event.preventDefault();
    form.procedure = procedure.code;
    // Focus follows the citizen to the form (made focusable as a skip link's target is).
    if (!form.hasAttribute('tabindex')) form.setAttribute('tabindex', '-1');
    form.scrollIntoView({ block: 'start' });
    form.focus({ preventScroll: true });
  }

  // --- words and numbers ----------------------------------------------------------------------------

  /** A count with its thousands grouped as the language writes them (1.255 / 1,255) — without Intl, slow on a cheap phone. */
  private number(value: number): string {
    return String(Math.trunc(value)).replace(/\B(?=(\d{3})+$)/g, this.locale === 'vi' ? '.' : ',');
  }

  /** One currency formatter per language: making one is slow on a cheap phone. */
  private vnd: { locale: Locale; format: Intl.NumberFormat } | null = null;

  private money(amount: number): string {
    if (amount === 0) return msg('Miễn phí', { id: 'procedureSearch.free' });
    if (this.vnd?.locale !== this.locale) this.vnd = { locale: this.locale, format: new Intl.NumberFormat(intlTag(this.locale), { style: 'currency', currency: 'VND' }) };
    return this.vnd.format.format(amount);
  }

  private duration(time: Schemas['ProcessingTime']): string {
    return time.workingDays === null ? time.text : msg(str`${time.workingDays} ngày làm việc`, { id: 'procedureSearch.workingDays' });
  }

  private countText(): string {
    if (!this.items.length) return msg('Không tìm thấy thủ tục nào phù hợp.', { id: 'procedureSearch.none' });
    return msg(str`Tìm thấy ${this.number(this.total)} thủ tục.`, { id: 'procedureSearch.count' });
  }

  private levelText(level: Level): string {
    switch (level) {
      case 'central': return msg('Cấp trung ương', { id: 'procedureSearch.levelCentral' });
      case 'city': return msg('Cấp tỉnh (thành phố)', { id: 'procedureSearch.levelCity' });
      case 'commune': return msg('Cấp xã', { id: 'procedureSearch.levelCommune' });
    }
  }

  private onlineText(level: OnlineLevel): string {
    switch (level) {
      case 'full': return msg('Trực tuyến toàn trình', { id: 'procedureSearch.onlineFull' });
      case 'partial': return msg('Trực tuyến một phần', { id: 'procedureSearch.onlinePartial' });
      case 'none': return msg('Không trực tuyến', { id: 'procedureSearch.onlineNone' });
    }
  }

  private applicantText(type: ApplicantType): string {
    return type === 'citizen' ? msg('Công dân', { id: 'procedureSearch.citizen' }) : msg('Tổ chức, doanh nghiệp', { id: 'procedureSearch.business' });
  }

  private channelText(channel: Schemas['Channel']): string {
    switch (channel) {
      case 1: return msg('Nộp trực tiếp', { id: 'procedureSearch.channelInPerson' });
      case 2: return msg('Nộp trực tuyến', { id: 'procedureSearch.channelOnline' });
      case 3: return msg('Qua dịch vụ bưu chính công ích', { id: 'procedureSearch.channelPostal' });
    }
  }

  // --- rendering ------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<section part="base" class="search" lang=${this.locale} aria-labelledby="search-title">
      <h2 id="search-title">${msg('Tra cứu thủ tục hành chính', { id: 'procedureSearch.title' })}</h2>
      <div ?hidden=${this.detail !== null}>
        ${this.renderSearchBox()}
        ${guard([this.filters, this.filtersOpen, this.sectors, this.agencies, this.locale], () => this.renderFilters())}
        ${this.renderOutcome()}
      </div>
      ${this.detail ? this.renderDetail(this.detail) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.detail ? '' : this.announcement}</div>
    </section>`;
  }

  private renderSearchBox(): TemplateResult {
    return html`<form part="search" class="field searchbox" role="search" novalidate @submit=${(e: Event) => this.onSubmit(e)}>
      <label for="q">${msg('Tên hoặc mã thủ tục', { id: 'procedureSearch.label' })}</label>
      <p class="help" id="q-help">${msg('Gõ có dấu hoặc không dấu, ví dụ: dang ky khai sinh. Kết quả hiện ngay khi bạn gõ.', { id: 'procedureSearch.help' })}</p>
      <div class="row">
        <input id="q" type="search" name="q" autocomplete="off" spellcheck="false" enterkeyhint="search" maxlength=${maxQueryLength}
          aria-describedby="q-help" .value=${live(this.typed)}
          @input=${(e: InputEvent) => this.onInput(e)} @compositionend=${() => this.schedule(debounceMs)}>
        <button type="submit">${msg('Tìm', { id: 'procedureSearch.find' })}</button>
      </div>
    </form>`;
  }

  private renderFilters(): TemplateResult {
    const f = this.filters;
    const active = this.activeFilters;
    const agencies = this.agencies.filter((a) => a.id === f.agency || ((!f.level || a.level === f.level) && (!f.sector || a.sectors.includes(f.sector))));
    const select = <K extends keyof ProcedureFilters>(key: K, label: string, any: string, options: [string, string][]) => html`<div class="field">
      <label for="f-${key}">${label}</label>
      <select id="f-${key}" @change=${(e: Event) => this.setFilter(key, (e.target as HTMLSelectElement).value as ProcedureFilters[K])}>
        <option value="" ?selected=${f[key] === ''}>${any}</option>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${f[key] === value}>${text}</option>`)}
      </select>
    </div>`;
    return html`<details part="filters" class="filters" ?open=${this.filtersOpen} @toggle=${(e: Event) => { this.filtersOpen = (e.target as HTMLDetailsElement).open; }}>
      <summary>${active
        ? msg(str`Lọc kết quả (đang chọn ${active})`, { id: 'procedureSearch.filtersActive' })
        : msg('Lọc kết quả theo lĩnh vực, cấp, cơ quan', { id: 'procedureSearch.filters' })}</summary>
      <div class="grid">
        ${select('sector', msg('Lĩnh vực', { id: 'procedureSearch.sector' }), msg('Tất cả lĩnh vực', { id: 'procedureSearch.anySector' }),
          this.sectors.map((s) => [s.id, s.name]))}
        ${select('level', msg('Cấp thực hiện', { id: 'procedureSearch.level' }), msg('Tất cả các cấp', { id: 'procedureSearch.anyLevel' }),
          (['commune', 'city', 'central'] as const).map((l) => [l, this.levelText(l)]))}
        ${select('agency', msg('Cơ quan thực hiện', { id: 'procedureSearch.agency' }), msg('Tất cả cơ quan', { id: 'procedureSearch.anyAgency' }),
          agencies.map((a) => [a.id, a.name]))}
        ${select('onlineLevel', msg('Dịch vụ công trực tuyến', { id: 'procedureSearch.onlineLevel' }), msg('Tất cả mức độ', { id: 'procedureSearch.anyOnline' }),
          (['full', 'partial', 'none'] as const).map((l) => [l, this.onlineText(l)]))}
        ${select('applicantType', msg('Đối tượng thực hiện', { id: 'procedureSearch.applicantType' }), msg('Công dân và tổ chức', { id: 'procedureSearch.anyApplicant' }),
          (['citizen', 'business'] as const).map((t) => [t, this.applicantText(t)]))}
      </div>
      ${active ? html`<button type="button" class="secondary" @click=${() => this.clearFilters()}>${msg('Bỏ tất cả bộ lọc', { id: 'procedureSearch.clearFilters' })}</button>` : nothing}
    </details>`;
  }

  private renderFailure(failure: ProcedureSearchFailure, title: string): TemplateResult {
    return html`<div class="notice failure" role="alert">
      <p><strong>${title}</strong> ${failure.message}</p>
      ${failure.requestId ? html`<p>${msg(str`Mã yêu cầu: ${failure.requestId}. Đường dây hỗ trợ: 024.1022.`, { id: 'error.requestId' })}</p>` : nothing}
      <button type="button" @click=${() => this.retry()}>${msg('Thử lại', { id: 'action.retry' })}</button>
    </div>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    switch (this.phase) {
      case 'idle':
        return html`<p class="help idle">${msg('Nhập ít nhất 2 ký tự của tên hoặc mã thủ tục, hoặc chọn một bộ lọc.', { id: 'procedureSearch.idle' })}</p>`;
      case 'searching':
        return html`<p class="progress" aria-busy="true">${this.slow ? msg('Đang tìm thủ tục…', { id: 'procedureSearch.searching' }) : ''}</p>`;
      case 'failed':
        return this.renderFailure(this.failure!, msg('Chưa tìm được thủ tục.', { id: 'procedureSearch.failed' }));
      case 'results':
        return this.items.length ? this.renderResults() : this.renderEmpty();
    }
  }

  private renderEmpty(): TemplateResult {
    const q = this.request()?.q;
    return html`<div class="outcome empty" aria-busy=${this.busy ? 'true' : 'false'}>
      <h3 part="count" class="count">${q
        ? msg(str`Không tìm thấy thủ tục nào phù hợp với “${q}”.`, { id: 'procedureSearch.noneFor' })
        : msg('Không tìm thấy thủ tục nào phù hợp.', { id: 'procedureSearch.none' })}</h3>
      <ul class="help">
        <li>${msg('Kiểm tra lại chính tả, hoặc gõ ít từ hơn (ví dụ: “khai sinh” thay vì “đăng ký khai sinh cho con”).', { id: 'procedureSearch.tipSpelling' })}</li>
        <li>${msg('Tìm theo mã thủ tục nếu bạn biết, ví dụ: 1.001193.', { id: 'procedureSearch.tipCode' })}</li>
        ${this.activeFilters ? html`<li>${msg('Bỏ bớt bộ lọc đang chọn.', { id: 'procedureSearch.tipFilters' })}</li>` : nothing}
      </ul>
      ${this.activeFilters ? html`<button type="button" class="secondary" @click=${() => this.clearFilters()}>${msg('Bỏ tất cả bộ lọc', { id: 'procedureSearch.clearFilters' })}</button>` : nothing}
    </div>`;
  }

  private renderResults(): TemplateResult {
    const remaining = this.total - this.items.length;
    return html`<div class="outcome">
      <h3 part="count" class="count" id="count">${this.countText()}${this.slow ? html` <span class="progress">${msg('Đang tìm…', { id: 'procedureSearch.refreshing' })}</span>` : nothing}</h3>
      <ol part="results" class="results" aria-labelledby="count" aria-busy=${this.busy || this.tailPending ? 'true' : 'false'}>
        ${this.items.slice(0, firstScreen).map((p, i) => this.renderItem(p, i))}${this.tail.map((p, i) => this.renderItem(p, firstScreen + i))}
      </ol>
      ${this.failure ? this.renderFailure(this.failure, msg('Chưa tải thêm được thủ tục.', { id: 'procedureSearch.moreFailed' })) : nothing}
      ${this.next && !this.failure ? html`<button part="more" type="button" class="secondary more" aria-busy=${this.loadingMore ? 'true' : 'false'} @click=${() => this.loadMore()}>${this.loadingMore
        ? msg('Đang tải thêm…', { id: 'procedureSearch.loadingMore' })
        : msg(str`Xem thêm (còn ${this.number(remaining)} thủ tục)`, { id: 'procedureSearch.more' })}</button>` : nothing}
      ${!this.next && this.items.length > this.pageSize ? html`<p class="help">${msg('Đã hiển thị tất cả kết quả.', { id: 'procedureSearch.all' })}</p>` : nothing}
    </div>`;
  }

  /** A result: three lines of text (name, where it is handled, time · fee · online level) — cheap to lay out. */
  private renderItem(p: ProcedureSummary, i: number): TemplateResult {
    const facts = `${msg('Thời hạn', { id: 'procedureSearch.timeShort' })}: ${this.duration(p.processingTime)} · ${msg('Phí', { id: 'procedureSearch.feeShort' })}: ${this.money(p.feeVnd)} · ${this.onlineText(p.onlineLevel)}`;
    return html`<li part="result" class="result ${i < firstScreen ? '' : 'later'}" data-index=${i} data-code=${p.code}>
      <h4><button type="button" class="open" aria-describedby="r-${i}" @click=${() => this.openDetail(p.code, i)}>${p.name}</button></h4>
      <p class="meta" id="r-${i}">${`${msg(str`Mã ${p.code}`, { id: 'procedureSearch.code' })} · ${p.sector.name} · ${p.agency.name}`}</p>
      <p class="facts">${facts}</p>
    </li>`;
  }

  private renderDetail(detail: NonNullable<HpascProcedureSearch['detail']>): TemplateResult {
    const back = html`<button part="back" type="button" class="secondary back" @click=${() => this.closeDetail()}>${msg('← Quay lại kết quả tìm kiếm', { id: 'procedureSearch.back' })}</button>`;
    const p = detail.procedure;
    // One template whatever the state, so the focused heading stays the same element when the procedure arrives.
    return html`<article part="detail" class="detail" aria-labelledby="detail-title" aria-busy=${p || detail.failure ? 'false' : 'true'}>
      ${back}
      <h3 id="detail-title" tabindex="-1">${p ? p.name : msg(str`Thủ tục ${detail.code}`, { id: 'procedureSearch.detailCode' })}</h3>
      ${p ? this.renderProcedure(p) : detail.failure
        ? this.renderFailure(detail.failure, msg('Chưa tải được thông tin thủ tục.', { id: 'procedureSearch.detailFailed' }))
        : html`<p class="progress">${msg('Đang tải thông tin thủ tục…', { id: 'procedureSearch.detailLoading' })}</p>`}
      ${p ? html`<div class="actions">${back}</div>` : nothing}
    </article>`;
  }

  private renderProcedure(p: Procedure): TemplateResult {
    const section = (title: string, body: TemplateResult | typeof nothing, show = true) => (show ? html`<h4>${title}</h4>${body}` : nothing);
    return html`<dl class="review">
        <dt>${msg('Mã thủ tục', { id: 'procedureSearch.codeLabel' })}</dt><dd>${p.code}</dd>
        <dt>${msg('Lĩnh vực', { id: 'procedureSearch.sector' })}</dt><dd>${p.sector.name}</dd>
        <dt>${msg('Cấp thực hiện', { id: 'procedureSearch.level' })}</dt><dd>${this.levelText(p.level)}</dd>
        <dt>${msg('Cơ quan thực hiện', { id: 'procedureSearch.agency' })}</dt><dd>${p.agency.name}</dd>
        ${p.coordinatingAgencies.length ? html`<dt>${msg('Cơ quan phối hợp', { id: 'procedureSearch.coordinating' })}</dt><dd>${p.coordinatingAgencies.map((a) => a.name).join('; ')}</dd>` : nothing}
        <dt>${msg('Đối tượng thực hiện', { id: 'procedureSearch.applicantType' })}</dt><dd>${p.applicantTypes.map((t) => this.applicantText(t)).join(', ')}</dd>
        <dt>${msg('Dịch vụ công trực tuyến', { id: 'procedureSearch.onlineLevel' })}</dt><dd>${this.onlineText(p.onlineLevel)}</dd>
      </dl>
      ${this.renderStart(p)}
      ${section(msg('Thời hạn giải quyết và phí, lệ phí', { id: 'procedureSearch.channels' }), html`<ul class="channels">${p.channels.map((c) => html`<li>
        <strong>${this.channelText(c.channel)}:</strong> ${this.duration(c.processingTime)}.
        ${c.fees.length ? c.fees.map((fee) => html`${fee.name}: ${this.money(fee.amountVnd)}${fee.note && fee.amountVnd !== 0 ? ` (${fee.note})` : ''}. `) : msg('Không mất phí, lệ phí.', { id: 'procedureSearch.noFee' })}
      </li>`)}</ul>`)}
      ${section(msg('Thành phần hồ sơ', { id: 'procedureSearch.documents' }), html`${p.documentGroups.map((g) => html`<h5>${g.title}</h5><ol>${g.documents.map((d) => {
        const template = webLink(d.templateUrl);
        return html`<li>${d.name}${d.copies ? html` <span class="copies">(${d.copies})</span>` : nothing}${template
          ? html` <a href=${template} target="_blank" rel="noopener noreferrer">${msg('Tải mẫu', { id: 'procedureSearch.template' })}<span class="visually-hidden"> ${msg('(mở trong thẻ mới)', { id: 'procedureSearch.newTab' })}</span></a>` : nothing}</li>`;
      })}</ol>`)}`, p.documentGroups.length > 0)}
      ${section(msg('Trình tự thực hiện', { id: 'procedureSearch.steps' }), html`<ol>${p.steps.map((s) => html`<li>${s}</li>`)}</ol>`, p.steps.length > 0)}
      ${section(msg('Yêu cầu, điều kiện', { id: 'procedureSearch.requirements' }), html`<ul>${p.requirements.map((s) => html`<li>${s}</li>`)}</ul>`, p.requirements.length > 0)}
      ${section(msg('Kết quả thực hiện', { id: 'procedureSearch.results' }), html`<ul>${p.results.map((s) => html`<li>${s}</li>`)}</ul>`, p.results.length > 0)}
      ${section(msg('Căn cứ pháp lý', { id: 'procedureSearch.legalBases' }), html`<ul>${p.legalBases.map((b) => html`<li>${b.number ? html`<strong>${b.number}</strong> — ` : nothing}${b.title}</li>`)}</ul>`, p.legalBases.length > 0)}`;
  }

  private renderStart(p: Procedure): TemplateResult {
    if (!p.submission.online) {
      return html`<div class="notice start-offline"><p>${msg('Thủ tục này chưa nhận hồ sơ trực tuyến. Bạn có thể nộp hồ sơ tại bất kỳ điểm tiếp nhận nào của Trung tâm, hoặc qua bưu chính công ích nếu thủ tục cho phép.', { id: 'procedureSearch.offline' })}</p></div>`;
    }
    const label = msg('Nộp hồ sơ trực tuyến', { id: 'procedureSearch.start' });
    const href = this.startHref(p.code);
    const partial = p.onlineLevel === 'partial'
      ? html`<p class="help">${msg('Dịch vụ công trực tuyến một phần: bạn nộp hồ sơ trực tuyến, một số bước (như xuất trình bản chính hoặc nhận kết quả) có thể cần làm trực tiếp.', { id: 'procedureSearch.partialHelp' })}</p>`
      : nothing;
    return html`<div class="start">
      ${partial}
      ${href
        ? html`<a part="start" class="button" href=${href} @click=${(e: Event) => this.start(e, p)}>${label}</a>`
        : html`<button part="start" type="button" @click=${(e: Event) => this.start(e, p)}>${label}</button>`}
    </div>`;
  }
}
