import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { consume } from '@lit/context';
import { AuthError, HpascError, type Schemas } from '@hpasc/sdk';
import { listMyDossiers, withdrawDossier, type Core, type Page } from '@hpasc/sdk/core';
import { hpascContext, type HpascContextValue } from '../internal/context.ts';
import { tokens } from '../tokens.ts';
import { useLocaleOf } from '../localization.ts';
import type { Locale } from '../internal/locale.ts';
import { widgetStyles } from '../internal/styles.ts';
import { PartOnDemand } from '../internal/part-on-demand.ts';
import { reasonIssue, renderWithdraw, withdrawable, withdrawStyles } from '../internal/withdraw.ts';
import { statusWords } from '../dossier-tracker/dossier-tracker.words.ts';
import { countWithin } from '../internal/numbers.ts';
import { styles } from './my-dossiers.styles.ts';

type Dossier = Schemas['Dossier'];
type Failure = { message: string; requestId: string | null };

/** A state to render from data alone (Storybook, documentation, tests). */
export interface MyDossiersPreview {
  /** Nobody is signed in. */
  signedOut?: boolean;
  loading?: boolean;
  /** The dossiers shown so far (an empty list: the citizen has none). */
  dossiers?: Dossier[];
  /** Another page can be loaded. */
  more?: boolean;
  /** The next page is loading. */
  loadingMore?: boolean;
  /** The list, or its next page, could not be loaded. */
  failure?: Failure;
  /** The dossier whose withdrawal form is open, what was typed and whether its errors show. */
  withdrawing?: { code: string; reason?: string; showErrors?: boolean };
  /** The dossier whose rating is open. */
  rating?: string;
  /** The language the state is shown in (stories and tests set the element's `lang` from it). */
  lang?: Locale;
}

type Phase = 'signed-out' | 'loading' | 'list' | 'failed';

const tz = 'Asia/Ho_Chi_Minh';

/**
 * `<hpasc-my-dossiers>` — "my dossiers" (hồ sơ của tôi): the signed-in citizen's dossiers, newest first, a
 * page at a time, each with its status in plain words, its return date and whether it is on time; from the
 * list the citizen opens a dossier in the tracker (to follow it, send documents or pay fees), withdraws it
 * with a reason, or rates the service once the result is returned. Signed out, it asks to sign in and makes
 * no request. It uses a `core` with a token provider, or the surrounding `<hpasc-provider>` (its signed-in
 * citizen; the list reloads when the citizen signs in, out, or changes).
 *
 * @fires hpasc-track - The citizen asked to open a dossier in the tracker. `detail: { dossierCode }`; cancel
 *   it to stop a `track-url` link from being followed.
 * @fires hpasc-withdrawn - The citizen withdrew a dossier. `detail: { dossierCode }`
 * @fires hpasc-error - Something failed. `detail: { code, requestId }`
 * @slot sign-in - Shown when nobody is signed in, e.g. an `<hpasc-sign-in>`.
 * @csspart base - The widget's frame.
 * @csspart list - The list of dossiers.
 * @csspart dossier - One dossier of the list.
 * @csspart withdraw - The withdrawal form.
 * @csspart more - The button that loads the next page.
 * @cssprop --hpasc-color-primary - Buttons and accents.
 * @cssprop --hpasc-color-success - The on-time badge.
 * @cssprop --hpasc-color-error - The overdue badge and errors.
 */
@localized()
export class HpascMyDossiers extends LitElement {
  static override styles = [tokens, widgetStyles, withdrawStyles, styles];

  /** An SDK core whose `getAccessToken` gives the signed-in citizen's token, instead of the provider's. */
  @property({ attribute: false }) core?: Core;
  /** Dossiers per page, 1–50 (default 10). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;
  /** The tracker's page: "track" links to `<track-url>#ho-so=<code>` (never a PIN or token in the link). */
  @property({ attribute: 'track-url' }) trackUrl = '';
  /** A state to render from data alone (see `MyDossiersPreview`). */
  @property({ attribute: false }) preview?: MyDossiersPreview;

  @consume({ context: hpascContext, subscribe: true })
  @state() private provided?: HpascContextValue;

  @state() private phase: Phase = 'signed-out';
  @state() private dossiers: Dossier[] = [];
  @state() private hasMore = false;
  @state() private loadingMore = false;
  @state() private failure: Failure | null = null;
  /** `<hpasc-rating>`, loaded when first shown. */
  private readonly ratingWidget = new PartOnDemand(this, () => import('../rating/rating.ts'));
  @state() private withdrawingCode: string | null = null;
  @state() private withdrawReason = '';
  @state() private withdrawTried = false;
  @state() private withdrawFailure: Failure | null = null;
  @state() private busy = false;
  @state() private ratingCode: string | null = null;
  @state() private announcement = '';
  @state() private locale: Locale = 'vi';

  /** The next page's loader, from the last page read. */
  private nextPage: (() => Promise<Page<Dossier>>) | null = null;
  /** The load under way; aborted when the list's owner changes, so one citizen's list never shows for another. */
  private inFlight: AbortController | null = null;
  /** Whose list is shown: a change of core or citizen reloads it. */
  private owner: { core: Core | null; sub: string | null } | undefined;
  private focusAfterRender: string | null = null;

  /** A dossier submitted on this page (by the form) joins the list at once. */
  private readonly onSubmitted = (): void => { if (this.signedIn && !this.preview) void this.load(); };

  override connectedCallback(): void {
    super.connectedCallback();
    void useLocaleOf(this).then((locale) => { this.locale = locale; });
    document.addEventListener('hpasc-submitted', this.onSubmitted);
    // Back in the page (moved, or re-attached by a framework): the list is read again for whoever is signed in.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('hpasc-submitted', this.onSubmitted);
    this.inFlight?.abort();
    this.owner = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('preview') && this.preview) return this.showPreview(this.preview);
    if (this.preview) return;
    const owner = { core: this.sdk, sub: this.core ? null : this.provided?.citizen?.sub ?? null };
    if (!this.owner || owner.core !== this.owner.core || owner.sub !== this.owner.sub || changed.has('pageSize')) {
      this.owner = owner;
      void this.load();
    }
  }

  protected override updated(): void {
    // <hpasc-rating> loads when the citizen opens a rating: most visits to the list never do.
    if (this.ratingCode) this.ratingWidget.request();
    if (!this.focusAfterRender) return;
    (this.renderRoot.querySelector(this.focusAfterRender) as HTMLElement | null)?.focus();
    this.focusAfterRender = null;
  }

  private showPreview(preview: MyDossiersPreview): void {
    this.inFlight?.abort();
    this.dossiers = preview.dossiers ?? [];
    this.hasMore = preview.more ?? false;
    this.loadingMore = preview.loadingMore ?? false;
    this.failure = preview.failure ?? null;
    this.withdrawingCode = preview.withdrawing?.code ?? null;
    this.withdrawReason = preview.withdrawing?.reason ?? '';
    this.withdrawTried = preview.withdrawing?.showErrors ?? false;
    this.ratingCode = preview.rating ?? null;
    this.phase = preview.signedOut ? 'signed-out' : preview.loading ? 'loading' : preview.dossiers ? 'list' : preview.failure ? 'failed' : 'signed-out';
  }

  private get sdk(): Core | null {
    return this.core ?? this.provided?.core ?? null;
  }

  /** A given core speaks for a citizen when it has a token provider; the provider says who is signed in. */
  private get signedIn(): boolean {
    if (this.core) return Boolean(this.core.options.getAccessToken);
    return Boolean(this.provided?.core && this.provided.citizen);
  }

  private get limit(): number {
    return countWithin(this.pageSize, 1, 50, 10);
  }

  // --- loading --------------------------------------------------------------------------------------

  private async load(): Promise<void> {
    this.inFlight?.abort();
    this.dossiers = [];
    this.nextPage = null;
    this.hasMore = false;
    this.failure = null;
    this.closeWithdraw();
    this.ratingCode = null;
    if (!this.signedIn) {
      this.inFlight = null;
      this.phase = 'signed-out';
      return;
    }
    const inFlight = new AbortController();
    this.inFlight = inFlight;
    this.phase = 'loading';
    try {
      const page = await listMyDossiers(this.sdk!, { limit: this.limit }, { signal: inFlight.signal });
      if (inFlight.signal.aborted) return;
      this.take(page);
      this.phase = 'list';
    } catch (error) {
      if (inFlight.signal.aborted) return;
      if (error instanceof AuthError) {
        this.phase = 'signed-out';
        return;
      }
      this.phase = 'failed';
      this.failure = this.fail(error);
    }
  }

  private async loadMore(): Promise<void> {
    const inFlight = this.inFlight;
    if (!this.nextPage || this.loadingMore || !inFlight) return;
    this.loadingMore = true;
    this.failure = null;
    try {
      const page = await this.nextPage();
      if (inFlight.signal.aborted) return;
      const first = this.dossiers.length;
      this.take(page);
      this.announcement = this.countText();
      // Keyboard and screen-reader users carry on from the first dossier just loaded.
      if (this.dossiers.length > first) this.focusAfterRender = `#d-${first}`;
    } catch (error) {
      if (!inFlight.signal.aborted) this.failure = this.fail(error);
    } finally {
      this.loadingMore = false;
    }
  }

  /**
   * Appends a page. Cursors count from the newest dossier, so one submitted meanwhile would repeat the last
   * one already shown: a dossier shows once.
   */
  private take(page: Page<Dossier>): void {
    const shown = new Set(this.dossiers.map((d) => d.code));
    this.dossiers = [...this.dossiers, ...page.items.filter((d) => !shown.has(d.code))];
    this.nextPage = page.hasNextPage() ? () => page.nextPage() : null;
    this.hasMore = this.nextPage !== null;
  }

  private retry(): void {
    if (this.phase === 'failed' || !this.nextPage) void this.load();
    else void this.loadMore();
  }

  // --- actions --------------------------------------------------------------------------------------

  private track(event: Event, code: string): void {
    const go = this.dispatchEvent(new CustomEvent('hpasc-track', { detail: { dossierCode: code }, bubbles: true, composed: true, cancelable: true }));
    if (!go) event.preventDefault();
  }

  private trackHref(code: string): string {
    return `${this.trackUrl.split('#')[0]}#ho-so=${encodeURIComponent(code)}`;
  }

  private openWithdraw(code: string, index: number): void {
    this.closeWithdraw();
    this.withdrawingCode = code;
    this.focusAfterRender = `#reason-${index}`;
  }

  private closeWithdraw(): void {
    this.withdrawingCode = null;
    this.withdrawReason = '';
    this.withdrawTried = false;
    this.withdrawFailure = null;
  }

  private async withdraw(event: Event, code: string, index: number): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.withdrawTried = true;
    if (reasonIssue(this.withdrawReason)) return void (this.renderRoot.querySelector(`#reason-${index}`) as HTMLElement | null)?.focus();
    this.busy = true;
    this.withdrawFailure = null;
    try {
      const dossier = await withdrawDossier(this.sdk!, code, { reason: this.withdrawReason.trim() });
      this.dossiers = this.dossiers.map((d) => (d.code === code ? dossier : d));
      this.closeWithdraw();
      this.announcement = msg(str`Đã rút hồ sơ ${code}.`, { id: 'myDossiers.withdrawnNow' });
      this.focusAfterRender = `#d-${index}`;
      this.emit('hpasc-withdrawn', { dossierCode: code });
    } catch (error) {
      this.withdrawFailure = this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private cancelWithdraw(index: number): void {
    this.closeWithdraw();
    this.focusAfterRender = `#withdraw-${index}`;
  }

  /** What to show of an error; the page hears of it by its code and request id only. */
  private fail(error: unknown): Failure {
    const known = error instanceof HpascError ? error : null;
    this.emit('hpasc-error', { code: known?.code ?? 'unknown', requestId: known?.requestId ?? null });
    return { message: known?.message ?? msg('Đã có lỗi xảy ra. Vui lòng thử lại.', { id: 'error.generic' }), requestId: known?.requestId ?? null };
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // --- rendering ------------------------------------------------------------------------------------

  private date(value: string): string {
    const at = value.length === 10 ? new Date(`${value}T12:00:00+07:00`) : new Date(value);
    return new Intl.DateTimeFormat(this.locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'long', timeZone: tz }).format(at);
  }

  private countText(): string {
    const n = this.dossiers.length;
    return this.hasMore
      ? msg(str`Đang hiển thị ${n} hồ sơ mới nhất.`, { id: 'myDossiers.countSoFar' })
      : msg(str`Tất cả ${n} hồ sơ của bạn.`, { id: 'myDossiers.countAll' });
  }

  protected override render(): TemplateResult {
    return html`<section part="base" class="form" lang=${this.locale} aria-labelledby="my-dossiers-title">
      <h2 id="my-dossiers-title" tabindex="-1">${msg('Hồ sơ của tôi', { id: 'myDossiers.title' })}</h2>
      ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  private renderBody(): TemplateResult {
    switch (this.phase) {
      case 'signed-out': return html`<div class="notice signed-out">
        <p>${msg('Hãy đăng nhập bằng tài khoản định danh điện tử VNeID để xem các hồ sơ bạn đã nộp.', { id: 'myDossiers.signInPrompt' })}</p>
        <slot name="sign-in"></slot>
      </div>`;
      case 'loading': return html`<p role="status">${msg('Đang tải hồ sơ của bạn…', { id: 'myDossiers.loading' })}</p>`;
      case 'failed': return this.renderFailure(this.failure, msg('Chưa tải được danh sách hồ sơ.', { id: 'myDossiers.loadFailed' }));
      case 'list': return this.renderList();
    }
  }

  private renderFailure(failure: Failure | null, what: string, retry = true): TemplateResult {
    return html`<div role="alert" class="notice failure">
      <p><strong>${what}</strong> ${failure?.message ?? ''}</p>
      ${failure?.requestId ? html`<p>${msg(str`Mã yêu cầu: ${failure.requestId}. Đường dây hỗ trợ: 024.1022.`, { id: 'error.requestId' })}</p>` : nothing}
      ${retry ? html`<button type="button" class="secondary" @click=${() => this.retry()}>${msg('Thử lại', { id: 'action.retry' })}</button>` : nothing}
    </div>`;
  }

  private renderList(): TemplateResult {
    if (!this.dossiers.length) {
      return html`<p class="notice">${msg('Bạn chưa có hồ sơ nào. Hồ sơ bạn nộp khi đã đăng nhập sẽ hiện ở đây.', { id: 'myDossiers.empty' })}</p>`;
    }
    return html`<p class="help count">${this.countText()}</p>
      <ol part="list" class="dossiers">${this.dossiers.map((d, i) => this.renderDossier(d, i))}</ol>
      ${this.failure ? this.renderFailure(this.failure, msg('Chưa tải được thêm hồ sơ.', { id: 'myDossiers.moreFailed' })) : nothing}
      ${this.hasMore ? html`<div class="actions">
        <button part="more" type="button" class="secondary" aria-busy=${this.loadingMore ? 'true' : 'false'} @click=${() => void this.loadMore()}>${this.loadingMore
          ? msg('Đang tải thêm…', { id: 'myDossiers.loadingMore' }) : msg('Xem thêm', { id: 'myDossiers.more' })}</button>
      </div>` : nothing}`;
  }

  private renderDossier(d: Dossier, i: number): TemplateResult {
    const words = statusWords(d.status);
    const actionNeeded = d.status === 5 || d.status === 6;
    return html`<li part="dossier" class="dossier">
      <h3 id="d-${i}" tabindex="-1">${d.procedure.name}</h3>
      <p class="code-line">${msg('Mã hồ sơ', { id: 'myDossiers.code' })}: <strong class="code">${d.code}</strong></p>
      <p class="status status-${d.status}">${words.title}</p>
      ${actionNeeded ? html`<p class="help">${words.detail}</p>` : nothing}
      ${this.renderBadge(d)}
      <dl class="review">
        <dt>${msg('Ngày nộp', { id: 'myDossiers.submittedAt' })}</dt><dd>${this.date(d.submittedAt)}</dd>
        ${d.dueDate ? html`<dt>${msg('Ngày hẹn trả kết quả', { id: 'myDossiers.dueDate' })}</dt><dd>${this.date(d.dueDate)}</dd>` : nothing}
        ${d.returnedAt ? html`<dt>${msg('Ngày trả kết quả', { id: 'myDossiers.returnedAt' })}</dt><dd>${this.date(d.returnedAt)}</dd>` : nothing}
      </dl>
      <div class="actions">
        ${this.renderTrack(d, i, actionNeeded)}
        ${withdrawable.includes(d.status) && this.withdrawingCode !== d.code ? html`<button id="withdraw-${i}" type="button" class="secondary"
          aria-describedby="d-${i}" @click=${() => this.openWithdraw(d.code, i)}>${msg('Rút hồ sơ', { id: 'withdraw.open' })}</button>` : nothing}
        ${d.status === 10 && d.rating.eligible ? html`<button type="button" class="secondary" aria-expanded=${this.ratingCode === d.code ? 'true' : 'false'}
          aria-describedby="d-${i}" @click=${() => { this.ratingCode = this.ratingCode === d.code ? null : d.code; }}>${msg('Đánh giá mức độ hài lòng', { id: 'myDossiers.rate' })}</button>` : nothing}
      </div>
      ${this.withdrawingCode === d.code ? this.renderWithdraw(d, i) : nothing}
      ${this.ratingCode === d.code ? html`${this.ratingWidget.renderFailure()}<hpasc-rating dossier=${d.code} lang=${this.locale}
        .core=${this.preview ? undefined : this.sdk ?? undefined} .preview=${this.preview ? { dossier: d.code, phase: 'form' } : undefined}></hpasc-rating>` : nothing}
    </li>`;
  }

  /** Following the dossier, sending documents and paying fees happen in the tracker. */
  private renderTrack(d: Dossier, i: number, actionNeeded: boolean): TemplateResult {
    const label = d.status === 5 ? msg('Bổ sung giấy tờ', { id: 'myDossiers.supplement' })
      : d.status === 6 ? msg('Nộp phí, lệ phí', { id: 'myDossiers.pay' })
      : msg('Theo dõi hồ sơ', { id: 'myDossiers.track' });
    const kind = actionNeeded ? '' : 'secondary';
    return this.trackUrl
      ? html`<a class="button ${kind}" href=${this.trackHref(d.code)} aria-describedby="d-${i}" @click=${(e: Event) => this.track(e, d.code)}>${label}</a>`
      : html`<button type="button" class=${kind} aria-describedby="d-${i}" @click=${(e: Event) => this.track(e, d.code)}>${label}</button>`;
  }

  private renderBadge(d: Dossier): TemplateResult | typeof nothing {
    if ([3, 7, 8].includes(d.status) || d.dueDate === null) return nothing;
    return d.timing.overdue || d.timing.onTime === false
      ? html`<p class="badge overdue">${msg('Quá hạn', { id: 'myDossiers.overdue' })}</p>`
      : html`<p class="badge on-time">${msg('Đúng hạn', { id: 'myDossiers.onTime' })}</p>`;
  }

  private renderWithdraw(d: Dossier, i: number): TemplateResult {
    return renderWithdraw({
      code: d.code, id: String(i), level: 4, reason: this.withdrawReason, showErrors: this.withdrawTried, busy: this.busy,
      failure: this.withdrawFailure ? this.renderFailure(this.withdrawFailure, msg('Chưa rút được hồ sơ.', { id: 'myDossiers.withdrawFailed' }), false) : nothing,
      onInput: (reason) => { this.withdrawReason = reason; },
      onSubmit: (e) => void this.withdraw(e, d.code, i),
      onCancel: () => this.cancelWithdraw(i),
    });
  }
}
