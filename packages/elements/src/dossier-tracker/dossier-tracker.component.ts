import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import { consume } from '@lit/context';
import { HpascError, NotFoundError, AuthError, type Schemas } from '@hpasc/sdk';
import { createPayment, getDossier, getIssuedDocument, listIssuedDocuments, lookupDossier, supplementDossier, withdrawDossier, type Core } from '@hpasc/sdk/core';
import { cleanDossierCode } from '@hpasc/sdk/validators';
import { hpascContext, type HpascContextValue } from '../internal/context.ts';
import { tokens } from '../tokens.ts';
import { useLocaleOf } from '../localization.ts';
import type { Locale } from '../internal/locale.ts';
import { liveEventsOf } from '../internal/live.ts';
import { widgetCore } from '../internal/core.ts';
import type { DocumentUploads } from '../internal/uploads.ts';
import { widgetStyles } from '../internal/styles.ts';
import { PartOnDemand } from '../internal/part-on-demand.ts';
import { loadPart } from '../internal/load-part.ts';
import { dossierCodeHelp, dossierCodeIssue } from '../internal/dossier-code.ts';
import { reasonIssue, renderWithdraw, withdrawable, withdrawStyles } from '../internal/withdraw.ts';
import { styles } from './dossier-tracker.styles.ts';
import { eventWords, statusWords } from './dossier-tracker.words.ts';

type Dossier = Schemas['Dossier'];
type DossierEvent = Schemas['DossierEvent'];
type IssuedDocument = Schemas['IssuedDocument'];

/** A state to render from data alone (Storybook, documentation, tests). */
export interface DossierTrackerPreview {
  dossier?: Dossier;
  events?: DossierEvent[];
  documents?: IssuedDocument[];
  /** The lookup form, with what was typed and whether its errors show. */
  lookup?: { code?: string; verifier?: string; showErrors?: boolean };
  failure?: { message: string; requestId: string | null };
  loading?: boolean;
  /** The withdrawal form is open. */
  withdrawing?: boolean;
  /** A payment was created: its link to the payment platform. */
  payment?: Schemas['Payment'];
}

type Status = 'lookup' | 'loading' | 'tracking' | 'failed';

const hashKey = 'ho-so';
const newDraftId = () => `dr_${crypto.randomUUID().replace(/-/g, '')}`;
const tz = 'Asia/Ho_Chi_Minh';

/**
 * `<hpasc-dossier-tracker>` — a citizen follows a dossier (hồ sơ) live: its status in plain words, the
 * timeline, the return date counted in working days, the apology and new date when it is late, what to do
 * when documents or fees are asked for, how to collect the result, and the documents the center issued.
 * Without `code`, it shows a lookup (dossier code + tracking PIN); a receipt's QR code opens it at
 * `#ho-so=<code>`, which fills the code in.
 *
 * @fires hpasc-ready - The dossier is shown. `detail: { dossierCode, status }`
 * @fires hpasc-status-change - A live update changed the status. `detail: { dossierCode, status }`
 * @fires hpasc-withdrawn - The citizen withdrew the dossier. `detail: { dossierCode }`
 * @fires hpasc-supplement-sent - The documents asked for were sent. `detail: { dossierCode }`
 * @fires hpasc-payment-start - A payment was opened on the payment platform. `detail: { dossierCode, paymentId }`
 * @fires hpasc-error - Something failed. `detail: { code, requestId }`
 * @csspart base - The widget's frame.
 * @csspart tracker - The dossier view.
 * @csspart lookup - The lookup form.
 * @csspart timeline - The list of events.
 * @csspart withdraw - The withdrawal form.
 * @cssprop --hpasc-color-primary - Buttons and accents.
 * @cssprop --hpasc-color-success - The on-time badge.
 * @cssprop --hpasc-color-error - The overdue badge and errors.
 */
@localized()
export class HpascDossierTracker extends LitElement {
  static override styles = [tokens, widgetStyles, withdrawStyles, styles];

  /** The dossier code; with a `token` (or a signed-in citizen) the dossier shows at once. */
  @property() code = '';
  /** A tracking token for `code`, e.g. from a receipt. Kept in memory only. */
  @property({ attribute: false }) token = '';
  @property({ attribute: 'api-key' }) apiKey = '';
  @property({ attribute: 'base-url' }) baseUrl = '';
  /** An SDK core to use instead of `api-key` and `base-url`. */
  @property({ attribute: false }) core?: Core;
  /** A state to render from data alone (see `DossierTrackerPreview`). */
  @property({ attribute: false }) preview?: DossierTrackerPreview;

  @consume({ context: hpascContext, subscribe: true })
  @state() private provided?: HpascContextValue;

  @state() private status: Status = 'lookup';
  @state() private dossier: Dossier | null = null;
  @state() private events: DossierEvent[] = [];
  @state() private documents: IssuedDocument[] = [];
  @state() private codeInput = '';
  @state() private verifierInput = '';
  @state() private lookupTried = false;
  @state() private failure: { message: string; requestId: string | null } | null = null;
  /** `<hpasc-rating>`, loaded when first shown. */
  private readonly ratingWidget = new PartOnDemand(this, () => import('../rating/rating.ts'));
  @state() private announcement = '';
  @state() private withdrawing = false;
  @state() private withdrawReason = '';
  @state() private withdrawTried = false;
  @state() private payment: Schemas['Payment'] | null = null;
  @state() private busy = false;
  @state() private paymentReturned = false;

  @query('h2') private heading?: HTMLElement;

  private locale: Locale = 'vi';
  private watching: AbortController | null = null;
  private focusHeading = false;
  /** Events up to this id were there when the dossier was first shown; later ones are news. */
  private liveFrom = 0;
  private announcedStatus: Schemas['DossierStatus'] | null = null;
  /** The supplement's own draft: its key binds the files to it, and makes a re-sent supplement count once. */
  private supplementDraftId = newDraftId();
  /** The upload code, loaded when documents are asked for (most visits never see that), and its files. */
  private readonly uploads = new PartOnDemand(this, () => import('../internal/uploads.ts'));
  private supplement?: DocumentUploads;
  @state() private supplementMissing: string[] = [];
  /** Rated in this tracker: the rating stays on its thank-you even when the dossier says it is no longer eligible. */
  @state() private rated = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void useLocaleOf(this).then((locale) => { this.locale = locale; this.requestUpdate(); });
    window.addEventListener('hashchange', this.onHash);
    window.addEventListener('online', this.onOnline);
    document.addEventListener('visibilitychange', this.onVisible);
    this.onHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    window.removeEventListener('online', this.onOnline);
    document.removeEventListener('visibilitychange', this.onVisible);
    this.watching?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('preview') && this.preview) return this.showPreview(this.preview);
    if ((changed.has('code') || changed.has('token')) && this.code && !this.preview) {
      this.codeInput = this.code;
      if (this.token) this.sdk.trackingTokens.set(cleanDossierCode(this.code), { token: this.token, expiresAt: '' });
      if (this.token || this.provided?.citizen) void this.track(cleanDossierCode(this.code));
    }
  }

  protected override updated(): void {
    // <hpasc-rating> loads once a returned dossier shows it: most visits to a tracker never need it.
    if (this.dossier?.status === 10) this.ratingWidget.request();
    if (this.dossier?.pendingAction?.kind === 'supplement') this.uploads.request();
    if (this.focusHeading) {
      this.focusHeading = false;
      this.heading?.focus();
    }
  }

  private showPreview(preview: DossierTrackerPreview): void {
    this.dossier = preview.dossier ?? null;
    this.events = preview.events ?? [];
    this.documents = preview.documents ?? [];
    this.codeInput = preview.lookup?.code ?? preview.dossier?.code ?? '';
    this.verifierInput = preview.lookup?.verifier ?? '';
    this.lookupTried = preview.lookup?.showErrors ?? false;
    this.failure = preview.failure ?? null;
    this.withdrawing = preview.withdrawing ?? false;
    this.payment = preview.payment ?? null;
    this.status = preview.loading ? 'loading' : preview.dossier ? 'tracking' : preview.failure && !preview.lookup ? 'failed' : 'lookup';
  }

  private get sdk(): Core {
    return widgetCore(this, this.provided);
  }

  /** `#ho-so=<code>` (from a receipt's QR code) fills the code in; the PIN is never in a link. */
  private onHash = (): void => {
    if (this.code || this.preview) return;
    const code = new URLSearchParams(location.hash.slice(1)).get(hashKey);
    // Back from the payment platform (in its own tab): this tab has no tracking token, so it says what happened.
    this.paymentReturned = new URLSearchParams(location.search).has('payment');
    if (code && cleanDossierCode(code) !== cleanDossierCode(this.codeInput)) {
      this.codeInput = cleanDossierCode(code);
      if (this.status === 'tracking') this.stopTracking();
    }
  };

  /** Back online (or awake again): the stream resumes where it stopped, and the dossier is read again. */
  private onOnline = (): void => {
    if (this.dossier && this.status === 'tracking') this.follow(this.dossier.code);
  };

  private onVisible = (): void => {
    if (document.visibilityState === 'visible') this.onOnline();
  };

  // --- lookup ---------------------------------------------------------------------------------------

  private codeIssue(): string | null {
    const code = cleanDossierCode(this.codeInput);
    if (!code) return msg('Vui lòng nhập mã hồ sơ.', { id: 'tracker.codeRequired' });
    return dossierCodeIssue(code);
  }

  private verifierIssue(): string | null {
    const verifier = this.verifierInput.trim();
    if (!verifier) return msg('Vui lòng nhập mã tra cứu.', { id: 'tracker.verifierRequired' });
    return verifier.length > 20 ? msg('Mã tra cứu có tối đa 20 ký tự.', { id: 'tracker.verifierLong' }) : null;
  }

  private async lookUp(event: Event): Promise<void> {
    event.preventDefault();
    this.lookupTried = true;
    if (this.codeIssue() || this.verifierIssue()) {
      await this.updateComplete;
      (this.renderRoot.querySelector(this.codeIssue() ? '#f-code' : '#f-verifier') as HTMLElement | null)?.focus();
      return;
    }
    this.busy = true;
    this.failure = null;
    try {
      const answer = await lookupDossier(this.sdk, this.codeInput, this.verifierInput);
      this.verifierInput = '';
      await this.track(answer.dossierCode);
    } catch (error) {
      this.fail(error instanceof NotFoundError
        ? new HpascError({ message: msg('Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này. Hãy kiểm tra lại giấy tiếp nhận.', { id: 'tracker.notFound' }), status: 404, code: error.code, requestId: error.requestId })
        : error);
    } finally {
      this.busy = false;
    }
  }

  // --- tracking -------------------------------------------------------------------------------------

  private async track(code: string): Promise<void> {
    this.status = 'loading';
    try {
      const [dossier, documents] = await Promise.all([getDossier(this.sdk, code), listIssuedDocuments(this.sdk, code)]);
      this.dossier = dossier;
      this.documents = documents.items;
      this.events = [];
      this.liveFrom = Number(dossier.latestEventId ?? 0);
      this.announcedStatus = dossier.status;
      this.status = 'tracking';
      this.focusHeading = true;
      this.emit('hpasc-ready', { dossierCode: code, status: dossier.status });
      this.follow(code);
    } catch (error) {
      this.status = 'lookup';
      this.fail(error);
    }
  }

  private stopTracking(): void {
    this.watching?.abort();
    this.watching = null;
    this.dossier = null;
    this.events = [];
    this.documents = [];
    this.status = 'lookup';
  }

  /** The timeline, then live events over the page's one shared stream; a restart never repeats an event. */
  private follow(code: string): void {
    this.watching?.abort();
    const watching = new AbortController();
    this.watching = watching;
    void (async () => {
      try {
        for await (const event of liveEventsOf(this.sdk).watch(code, { signal: watching.signal })) {
          if (this.events.some((e) => e.id === event.id)) continue;
          this.events = [...this.events, event].sort((a, b) => Number(a.id) - Number(b.id));
          if (Number(event.id) <= this.liveFrom) continue;
          if (event.status !== this.announcedStatus) this.announce(event.status);
          await this.refresh(event);
        }
      } catch (error) {
        if (watching.signal.aborted) return;
        if (error instanceof AuthError) {
          this.stopTracking();
          this.codeInput = code;
          this.failure = { message: msg('Phiên theo dõi đã hết hạn. Hãy nhập lại mã tra cứu để xem tiếp.', { id: 'tracker.expired' }), requestId: null };
          return;
        }
        this.fail(error);
      }
    })();
  }

  /** Each status a live event brings is announced, politely, and told to the page. */
  private announce(status: Schemas['DossierStatus']): void {
    this.announcedStatus = status;
    this.payment = null;
    this.announcement = msg(str`Hồ sơ vừa được cập nhật: ${statusWords(status).title}.`, { id: 'tracker.updated' });
    this.emit('hpasc-status-change', { dossierCode: this.dossier?.code, status });
  }

  /**
   * A live event: the dossier is read again unless it already shows the event, and the documents when the
   * event issued one that is not listed yet.
   */
  private async refresh(event: DossierEvent): Promise<void> {
    const code = event.dossierCode;
    const [dossier, documents] = await Promise.all([
      this.dossier && Number(event.id) <= Number(this.dossier.latestEventId ?? 0) ? this.dossier : getDossier(this.sdk, code),
      event.documentId && !this.documents.some((d) => d.id === event.documentId) ? listIssuedDocuments(this.sdk, code).then((d) => d.items) : this.documents,
    ]);
    this.dossier = dossier;
    this.documents = documents;
  }

  // --- actions --------------------------------------------------------------------------------------

  private async withdraw(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.withdrawTried = true;
    if (reasonIssue(this.withdrawReason)) return void (this.renderRoot.querySelector('#reason-tracker') as HTMLElement | null)?.focus();
    this.busy = true;
    try {
      this.dossier = await withdrawDossier(this.sdk, this.dossier!.code, { reason: this.withdrawReason.trim() });
      this.announcedStatus = this.dossier.status;
      this.withdrawing = false;
      this.announcement = msg('Đã rút hồ sơ.', { id: 'tracker.withdrawnNow' });
      this.emit('hpasc-withdrawn', { dossierCode: this.dossier.code });
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  /** Sends the documents asked for (status 5); the dossier goes back to processing and the clock runs again. */
  private async sendSupplement(request: Schemas['SupplementRequest']): Promise<void> {
    const supplement = this.supplement!;
    this.supplementMissing = request.slots.filter((slot) => slot.required && !supplement.done(slot.id).length).map((slot) => slot.id);
    if (this.supplementMissing.length) {
      await this.updateComplete;
      return void (this.renderRoot.querySelector(`#f-supplement-${this.supplementMissing[0]}`) as HTMLElement | null)?.focus();
    }
    this.busy = true;
    try {
      const documents = request.slots.map((slot) => ({ slotId: slot.id, uploadIds: supplement.done(slot.id).map((u) => u.uploadId!) })).filter((d) => d.uploadIds.length);
      this.dossier = await supplementDossier(this.sdk, this.dossier!.code, { requestId: request.requestId, draftId: this.supplementDraftId, documents }, { idempotencyKey: this.supplementDraftId });
      this.announcedStatus = this.dossier.status;
      this.announcement = msg('Đã gửi giấy tờ bổ sung. Hồ sơ được giải quyết tiếp.', { id: 'tracker.supplementSent' });
      this.supplementDraftId = newDraftId();
      this.emit('hpasc-supplement-sent', { dossierCode: this.dossier.code });
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  /** Opens a payment; the platform comes back to this page at the dossier (`#ho-so=`), never with the PIN. */
  private async startPayment(): Promise<void> {
    this.busy = true;
    try {
      const back = `${location.origin}${location.pathname}#${hashKey}=${encodeURIComponent(this.dossier!.code)}`;
      this.payment = await createPayment(this.sdk, this.dossier!.code, { returnUrl: back });
      this.emit('hpasc-payment-start', { dossierCode: this.dossier!.code, paymentId: this.payment.id });
      await this.updateComplete;
      (this.renderRoot.querySelector('#payment-link') as HTMLElement | null)?.focus();
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private async print(document: IssuedDocument): Promise<void> {
    try {
      // The printing code loads on the click, with the document.
      const [{ printDocument }, page] = await Promise.all([
        loadPart(() => import('../internal/print.ts')),
        getIssuedDocument(this.sdk, document.dossierCode, document.id, 'html'),
      ]);
      printDocument(this.renderRoot, page);
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    const known = error instanceof HpascError ? error : null;
    this.failure = { message: known?.message ?? msg('Đã có lỗi xảy ra. Vui lòng thử lại.', { id: 'error.generic' }), requestId: known?.requestId ?? null };
    this.emit('hpasc-error', { code: known?.code ?? 'unknown', requestId: known?.requestId ?? null });
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // --- rendering ------------------------------------------------------------------------------------

  private date(value: string): string {
    return new Intl.DateTimeFormat(this.locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'full', timeZone: tz }).format(new Date(`${value}T12:00:00+07:00`));
  }

  private dateTime(value: string): string {
    return new Intl.DateTimeFormat(this.locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: tz }).format(new Date(value));
  }

  private money(amount: number): string {
    return new Intl.NumberFormat(this.locale === 'vi' ? 'vi-VN' : 'en-GB', { style: 'currency', currency: 'VND' }).format(amount);
  }

  /** Its language on the frame, inside the shadow root: a provider's `lang` reaches screen readers too. */
  protected override render(): TemplateResult {
    return html`<div part="base" lang=${this.locale}>${this.renderView()}</div>`;
  }

  private renderView(): TemplateResult {
    if (this.status === 'loading') return html`<p role="status">${msg('Đang tải thông tin hồ sơ…', { id: 'tracker.loading' })}</p>`;
    if (this.status === 'tracking' && this.dossier) return this.renderDossier(this.dossier);
    if (this.status === 'failed') return html`<div role="alert" class="notice">${this.renderFailure()}</div>`;
    return this.renderLookup();
  }

  private renderFailure(): TemplateResult {
    return html`<p>${this.failure?.message}</p>${this.failure?.requestId
      ? html`<p>${msg(str`Mã yêu cầu: ${this.failure.requestId}. Đường dây hỗ trợ: 024.1022.`, { id: 'error.requestId' })}</p>` : nothing}`;
  }

  private renderLookup(): TemplateResult {
    const codeError = this.lookupTried || cleanDossierCode(this.codeInput).length >= 25 ? this.codeIssue() : null;
    const verifierError = this.lookupTried ? this.verifierIssue() : null;
    return html`<form part="lookup" class="form" novalidate @submit=${(e: Event) => void this.lookUp(e)}>
      <h2 tabindex="-1">${msg('Tra cứu hồ sơ', { id: 'tracker.lookupTitle' })}</h2>
      ${this.failure ? html`<div role="alert" class="notice">${this.renderFailure()}</div>` : nothing}
      ${this.paymentReturned ? html`<p class="notice" role="status">${msg('Bạn đã quay lại từ cổng thanh toán. Trang theo dõi hồ sơ đang mở ở thẻ trước sẽ tự cập nhật; hoặc nhập mã tra cứu để xem hồ sơ tại đây.', { id: 'tracker.paymentReturned' })}</p>` : nothing}
      <div class="field">
        <label for="f-code">${msg('Mã hồ sơ', { id: 'receipt.code' })}</label>
        <p class="help" id="f-code-help">${dossierCodeHelp()}</p>
        ${codeError ? html`<p class="error" id="f-code-error">${codeError}</p>` : nothing}
        <input id="f-code" type="text" autocomplete="off" spellcheck="false" maxlength="60" aria-invalid=${codeError ? 'true' : 'false'}
          aria-describedby=${codeError ? 'f-code-help f-code-error' : 'f-code-help'} .value=${live(this.codeInput)}
          @input=${(e: Event) => { this.codeInput = (e.target as HTMLInputElement).value; }}>
      </div>
      <div class="field half">
        <label for="f-verifier">${msg('Mã tra cứu', { id: 'receipt.pin' })}</label>
        <p class="help" id="f-verifier-help">${msg('Mã tra cứu trên giấy tiếp nhận, hoặc 4 số cuối điện thoại người nộp.', { id: 'tracker.verifierHelp' })}</p>
        ${verifierError ? html`<p class="error" id="f-verifier-error">${verifierError}</p>` : nothing}
        <input id="f-verifier" type="text" autocomplete="off" spellcheck="false" maxlength="20" aria-invalid=${verifierError ? 'true' : 'false'}
          aria-describedby=${verifierError ? 'f-verifier-help f-verifier-error' : 'f-verifier-help'} .value=${live(this.verifierInput)}
          @input=${(e: Event) => { this.verifierInput = (e.target as HTMLInputElement).value; }}>
      </div>
      <div class="actions"><button type="submit" ?disabled=${this.busy}>${msg('Xem hồ sơ', { id: 'tracker.lookup' })}</button></div>
    </form>`;
  }

  private renderDossier(d: Dossier): TemplateResult {
    const words = statusWords(d.status);
    return html`<section part="tracker" class="form" aria-labelledby="tracker-title">
      <h2 id="tracker-title" tabindex="-1">${d.procedure.name}</h2>
      <p class="code-line">${msg('Mã hồ sơ', { id: 'receipt.code' })}: <strong class="code">${d.code}</strong></p>
      ${this.failure ? html`<div role="alert" class="notice">${this.renderFailure()}</div>` : nothing}
      <div class="status status-${d.status}">
        <p class="status-title">${words.title}</p>
        <p class="help">${words.detail}</p>
        ${this.renderBadge(d)}
      </div>
      ${this.renderDates(d)}
      ${this.renderPending(d)}
      ${this.renderRefusal(d)}
      ${d.status === 10 && (d.rating.eligible || this.rated) ? html`${this.ratingWidget.renderFailure()}<hpasc-rating dossier=${d.code} lang=${this.locale}
        .core=${this.preview ? undefined : this.sdk} .preview=${this.preview ? { dossier: d.code, phase: 'form' } : undefined}
        @hpasc-rated=${() => { this.rated = true; }}></hpasc-rating>` : nothing}
      ${this.renderCollect(d)}
      ${this.renderDocuments()}
      ${this.renderWithdraw(d)}
      <h3>${msg('Quá trình giải quyết', { id: 'tracker.timeline' })}</h3>
      ${this.events.length ? html`<ol part="timeline" class="timeline" reversed>${[...this.events].reverse().map((e) => this.renderEvent(e))}</ol>`
        : html`<p class="help">${msg('Đang tải quá trình giải quyết…', { id: 'tracker.timelineLoading' })}</p>`}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  private renderBadge(d: Dossier): TemplateResult | typeof nothing {
    if ([3, 7, 8].includes(d.status) || d.dueDate === null) return nothing;
    const late = d.timing.overdue || d.timing.onTime === false;
    return late
      ? html`<p class="badge overdue">${msg('Quá hạn', { id: 'tracker.overdue' })}</p>`
      : html`<p class="badge on-time">${msg('Đúng hạn', { id: 'tracker.onTime' })}</p>`;
  }

  private renderDates(d: Dossier): TemplateResult | typeof nothing {
    if (!d.dueDate) return nothing;
    const left = d.timing.workingDaysLeft;
    const countdown = d.timing.clockPaused
      ? msg('Thời hạn giải quyết tạm dừng trong khi chờ bạn thực hiện yêu cầu dưới đây.', { id: 'tracker.clockPaused' })
      : left === null ? ''
      : left > 0 ? msg(str`Còn ${left} ngày làm việc.`, { id: 'tracker.daysLeft' })
      : left === 0 ? msg('Hôm nay là ngày hẹn trả kết quả.', { id: 'tracker.dueToday' })
      : msg(str`Đã quá hạn ${-left} ngày làm việc.`, { id: 'tracker.daysLate' });
    const apology = this.documents.filter((doc) => doc.kind === 'apology').at(-1);
    return html`<dl class="review">
        <dt>${msg('Ngày hẹn trả kết quả', { id: 'receipt.dueDate' })}</dt><dd>${this.date(d.dueDate)}${countdown ? html`<br><span class="help">${countdown}</span>` : nothing}</dd>
        ${d.originalDueDate && d.originalDueDate !== d.dueDate
          ? html`<dt>${msg('Ngày hẹn ban đầu', { id: 'tracker.originalDueDate' })}</dt><dd><s>${this.date(d.originalDueDate)}</s></dd>` : nothing}
      </dl>
      ${d.originalDueDate && d.originalDueDate !== d.dueDate ? html`<div class="notice apology">
        <p>${msg(str`Hồ sơ của bạn chậm so với ngày hẹn ban đầu. Cơ quan giải quyết đã gửi văn bản xin lỗi và hẹn trả kết quả vào ${this.date(d.dueDate)}.`, { id: 'tracker.apology' })}</p>
        ${apology ? html`<p>${apology.reason ?? ''}</p><button type="button" class="secondary" @click=${() => void this.print(apology)}>${msg('Xem và in văn bản xin lỗi', { id: 'tracker.printApology' })}</button>` : nothing}
      </div>` : nothing}`;
  }

  /** The documents to attach and the send button, once the upload code is here. */
  private renderSupplement(action: Schemas['SupplementRequest']): TemplateResult {
    const loaded = this.uploads.module;
    if (!loaded) return this.uploads.failed ? html`${this.uploads.renderFailure()}` : html`<p role="status">${msg('Đang tải biểu mẫu…', { id: 'form.loading' })}</p>`;
    const supplement = (this.supplement ??= new loaded.DocumentUploads(this, () => ({
      core: this.sdk, draftId: this.supplementDraftId, purpose: 'supplement', procedureCode: this.dossier!.procedure.code,
    })));
    return html`${action.slots.map((slot) => supplement.render(slot, `f-supplement-${slot.id}`, this.locale,
      this.supplementMissing.includes(slot.id) ? msg('Vui lòng đính kèm giấy tờ này.', { id: 'error.documentRequired' }) : undefined))}
      <div class="actions"><button type="submit" ?disabled=${this.busy}>${msg('Gửi giấy tờ bổ sung', { id: 'tracker.supplementSend' })}</button></div>`;
  }

  private renderPending(d: Dossier): TemplateResult | typeof nothing {
    const action = d.pendingAction;
    if (!action) return nothing;
    if (action.kind === 'supplement') {
      const request = this.documents.find((doc) => doc.id === action.documentId);
      return html`<form class="notice action" novalidate @submit=${(e: Event) => { e.preventDefault(); void this.sendSupplement(action); }}>
        <h3>${msg('Bạn cần bổ sung giấy tờ', { id: 'tracker.supplementTitle' })}</h3>
        <p>${action.reason}</p>
        ${request ? html`<button type="button" class="secondary" @click=${() => void this.print(request)}>${msg('Xem và in phiếu yêu cầu bổ sung', { id: 'tracker.printSupplement' })}</button>` : nothing}
        ${this.renderSupplement(action)}
      </form>`;
    }
    return html`<div class="notice action">
      <h3>${msg('Bạn cần nộp phí, lệ phí', { id: 'tracker.paymentTitle' })}</h3>
      <ul>${action.items.map((item) => html`<li>${item.name}: ${this.money(item.amountVnd)}</li>`)}</ul>
      <p>${msg(str`Tổng cộng: ${this.money(action.amountVnd)}`, { id: 'tracker.paymentTotal' })}${action.dueBy ? html` · ${msg(str`Hạn nộp: ${this.date(action.dueBy)}`, { id: 'tracker.paymentDueBy' })}` : nothing}</p>
      ${this.payment
        ? html`<p>${msg('Trang thanh toán sẽ mở trong thẻ mới. Sau khi thanh toán, trang này tự cập nhật.', { id: 'tracker.paymentOpened' })}</p>
          <a id="payment-link" class="button" href=${this.payment.redirectUrl} target="_blank" rel="noopener noreferrer">${msg('Mở cổng thanh toán', { id: 'tracker.paymentOpen' })}</a>`
        : html`<button type="button" ?disabled=${this.busy} @click=${() => void this.startPayment()}>${msg('Nộp phí trực tuyến', { id: 'tracker.pay' })}</button>`}
    </div>`;
  }

  private renderRefusal(d: Dossier): TemplateResult | typeof nothing {
    if (d.status !== 3 && d.status !== 8) return nothing;
    const notice = this.documents.filter((doc) => doc.kind === 'refusal' || doc.kind === 'stop-notice').at(-1);
    const reason = notice?.reason ?? this.events.filter((e) => e.status === d.status).at(-1)?.note;
    return html`<div class="notice">
      <h3>${d.status === 3 ? msg('Lý do không tiếp nhận', { id: 'tracker.refusalReason' }) : msg('Lý do dừng giải quyết', { id: 'tracker.stopReason' })}</h3>
      <p>${reason ?? ''}</p>
      ${notice ? html`<button type="button" class="secondary" @click=${() => void this.print(notice)}>${msg('Xem và in thông báo', { id: 'tracker.printNotice' })}</button>` : nothing}
    </div>`;
  }

  private renderCollect(d: Dossier): TemplateResult | typeof nothing {
    if ([3, 7, 8].includes(d.status)) return nothing;
    const how = d.delivery.method === 'counter'
      ? msg(str`Nhận kết quả tại ${d.delivery.point?.name ?? d.receptionPoint.name}. Mang theo giấy tiếp nhận và giấy tờ tùy thân.`, { id: 'tracker.collectCounter' })
      : d.delivery.method === 'postal'
        ? msg('Kết quả được gửi qua dịch vụ bưu chính công ích tới địa chỉ bạn đã khai.', { id: 'tracker.collectPostal' })
        : msg('Kết quả điện tử được gửi tới tài khoản của bạn và tra cứu được tại đây.', { id: 'tracker.collectElectronic' });
    return html`<dl class="review">
      <dt>${msg('Nhận kết quả', { id: 'step.delivery' })}</dt><dd>${how}</dd>
      <dt>${msg('Nơi tiếp nhận', { id: 'receipt.point' })}</dt><dd>${d.receptionPoint.name}</dd>
      ${d.fees.totalVnd > 0 ? html`<dt>${msg('Phí, lệ phí', { id: 'receipt.fees' })}</dt><dd>${this.money(d.fees.totalVnd)}${d.fees.paidVnd >= d.fees.totalVnd
        ? html` (${msg('đã nộp', { id: 'tracker.feesPaid' })})` : nothing}</dd>` : nothing}
    </dl>`;
  }

  private renderDocuments(): TemplateResult | typeof nothing {
    if (!this.documents.length) return nothing;
    return html`<h3>${msg('Giấy tờ cơ quan đã ban hành', { id: 'tracker.documents' })}</h3>
      <ul class="documents">${this.documents.map((doc) => html`<li>
        <span>${doc.formNumber ? msg(str`Mẫu số ${doc.formNumber}`, { id: 'tracker.formNumber' }) + ' · ' : ''}${doc.title} · ${this.dateTime(doc.issuedAt)}</span>
        <button type="button" class="secondary" @click=${() => void this.print(doc)} aria-label=${msg(str`Xem và in: ${doc.title}`, { id: 'tracker.printDocument' })}>${msg('Xem và in', { id: 'tracker.print' })}</button>
      </li>`)}</ul>`;
  }

  private renderWithdraw(d: Dossier): TemplateResult | typeof nothing {
    if (!withdrawable.includes(d.status)) return nothing;
    if (!this.withdrawing) {
      return html`<div class="actions"><button type="button" class="secondary" @click=${() => { this.withdrawing = true; }}>${msg('Rút hồ sơ', { id: 'withdraw.open' })}</button></div>`;
    }
    return renderWithdraw({
      code: d.code, id: 'tracker', level: 3, reason: this.withdrawReason, showErrors: this.withdrawTried, busy: this.busy, failure: nothing,
      onInput: (reason) => { this.withdrawReason = reason; },
      onSubmit: (e) => void this.withdraw(e),
      onCancel: () => { this.withdrawing = false; this.withdrawTried = false; },
    });
  }

  private renderEvent(e: DossierEvent): TemplateResult {
    const who = [e.actor.name, e.actor.title, e.actor.department].filter(Boolean).join(', ');
    return html`<li class="event">
      <p class="event-what">${eventWords(e.kind)}</p>
      <p class="help"><time datetime=${e.at}>${this.dateTime(e.at)}</time> · ${who}</p>
      ${e.note ? html`<p>${e.note}</p>` : nothing}
      ${e.dueDate ? html`<p>${msg(str`Hẹn trả kết quả: ${this.date(e.dueDate)}`, { id: 'tracker.eventDueDate' })}</p>` : nothing}
    </li>`;
  }
}
