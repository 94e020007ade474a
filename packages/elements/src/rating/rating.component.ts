import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { consume } from '@lit/context';
import { AuthError, ConflictError, HpascError, ValidationError } from '@hpasc/sdk';
import { getDossier, lookupDossier, newIdempotencyKey, rateDossier, type Core, type RequestOptions } from '@hpasc/sdk/core';
import { hpascContext, type HpascContextValue } from '../internal/context.ts';
import { tokens } from '../tokens.ts';
import { widgetCore } from '../internal/core.ts';
import { widgetStyles } from '../internal/styles.ts';
import { useLocaleOf } from '../localization.ts';
import type { Locale } from '../internal/locale.ts';
import { KioskOutbox } from './kiosk-queue.ts';
import {
  commentMaxLength, criterionKeys, criterionLabel, intlTag, levelLabel, levels, maxScore, scoreLabel,
  type CriterionKey, type CriterionScore, type SatisfactionLevel,
} from './rating.labels.ts';
import { styles } from './rating.styles.ts';

/**
 * Where the widget is: `checking` the dossier, asking for a `verify`er (no tracking token yet), the dossier
 * `not-returned` yet, the `form`, `sending`, `thanks`, `already-rated` (409), or `unavailable` (the dossier
 * could not be read).
 */
export type RatingPhase = 'checking' | 'verify' | 'not-returned' | 'form' | 'sending' | 'thanks' | 'already-rated' | 'unavailable';

export interface RatingFailure {
  message: string;
  requestId: string | null;
}

/** A message for one field, by its JSON Pointer in the request (`/level`, `/comment`, `/criteria/staffAttitude`, `/verifier`). */
export interface RatingIssue {
  pointer: string;
  message: string;
}

export type RatingCriteriaChoice = Partial<Record<CriterionKey, CriterionScore>>;

/** A state to render from data alone, without a server (Storybook, documentation, tests). */
export interface RatingPreview {
  phase: RatingPhase;
  mode?: 'default' | 'kiosk';
  dossier?: string;
  counter?: number;
  level?: SatisfactionLevel;
  criteria?: RatingCriteriaChoice;
  comment?: string;
  failure?: RatingFailure;
  issues?: RatingIssue[];
  /** Kiosk: ratings waiting on the device to be sent. */
  waiting?: number;
  /** The language the state is shown in (stories and tests set the element's `lang` from it). */
  lang?: Locale;
}

export type RatedDetail = { dossierCode: string; level: SatisfactionLevel } | { pointId: string; level: SatisfactionLevel };
export interface RatingErrorDetail {
  code: string;
  requestId: string | null;
}

/** How long the kiosk's thank-you stays before the next citizen's start screen, at most. */
const kioskThanksSeconds = 5;

const fieldIds: Record<string, string> = { '/level': 'level-0', '/comment': 'comment', '/verifier': 'verifier' };
const fieldIdOf = (pointer: string) => fieldIds[pointer] ?? (pointer.startsWith('/criteria/') ? `c-${pointer.slice(10)}-0` : '');

/**
 * `<hpasc-rating dossier="000.00.12.H26-251124-0001">` — a citizen rates the service (đánh giá mức độ hài
 * lòng) once the dossier's result is returned (status 10): one of three levels, the nine criteria if they
 * wish (0–2 points each, 18 in all), a comment; sent once, whatever happens on the way.
 *
 * `<hpasc-rating mode="kiosk" point="cn-01-d01" counter="3">` — the counter tablet: three big choices and a
 * send button, no typing, back to the start after each rating and after `reset-after` idle seconds; ratings
 * made offline wait on the device (with their time and key) and are sent when the connection returns.
 *
 * @fires hpasc-rated - The rating was recorded (kiosk: or queued to be sent). `detail: { dossierCode, level }`, in kiosk mode `{ pointId, level }` (no personal data)
 * @fires hpasc-error - Something failed. `detail: { code, requestId }`
 * @csspart base - The widget's frame.
 * @csspart form - The rating form.
 * @csspart levels - The group of the three levels.
 * @csspart level - One level choice (a label holding its radio button).
 * @csspart criteria - The optional criteria.
 * @csspart comment - The comment box.
 * @csspart submit - The send button.
 * @csspart thanks - The thank-you message.
 * @csspart waiting - Kiosk: how many ratings wait to be sent (for staff).
 * @cssprop --hpasc-color-primary - Buttons, the chosen level.
 * @cssprop --hpasc-target-size - Minimum size of anything to tap (44 px; 64 px at least in kiosk mode).
 * @cssprop --hpasc-kiosk-target-size - Size of the kiosk's choices (default 96 px, never under 64 px).
 */
@localized()
export class HpascRating extends LitElement {
  static override styles = [tokens, widgetStyles, styles];

  /** The dossier code (mã hồ sơ) to rate. */
  @property() dossier = '';
  /** The site's publishable key (with `base-url`), unless a `core` or a surrounding `<hpasc-provider>` is given. */
  @property({ attribute: 'api-key' }) apiKey = '';
  @property({ attribute: 'base-url' }) baseUrl = '';
  /** An SDK core (`createCore` from `@hpasc/sdk/core`), e.g. the tracker's, which holds the dossier's tracking token. */
  @property({ attribute: false }) core?: Core;
  /** A tracking token for the dossier, for pages that have one (never an attribute: it would show in the DOM). */
  @property({ attribute: false }) token?: string;
  /** `kiosk` for the tablets at the counters. */
  @property() mode: 'default' | 'kiosk' = 'default';
  /** Kiosk: the reception point's id. */
  @property() point = '';
  /** Kiosk: the counter (quầy) number, 1–99. */
  @property({ type: Number }) counter?: number;
  /** Kiosk: seconds without a touch after which an unfinished rating is cleared. */
  @property({ attribute: 'reset-after', type: Number }) resetAfter = 20;
  /** A state to render from data alone, without a server (see `RatingPreview`). */
  @property({ attribute: false }) preview?: RatingPreview;

  /** The configuration of a surrounding `<hpasc-provider>`, if any. */
  @consume({ context: hpascContext, subscribe: true })
  @state() private provided?: HpascContextValue;

  @state() private phase: RatingPhase = 'checking';
  @state() private level?: SatisfactionLevel;
  @state() private criteria: RatingCriteriaChoice = {};
  @state() private comment = '';
  @state() private verifier = '';
  @state() private failure: RatingFailure | null = null;
  @state() private issues: RatingIssue[] = [];
  @state() private waiting = 0;
  @state() private locale: Locale = 'vi';

  /** One key per rating: every retry of it (after a failure, after a reload of the dossier) reuses it. */
  private attemptKey = newIdempotencyKey();
  /** A tracking token obtained here, with the citizen's verifier. */
  private lookedUpToken?: string;
  private outbox?: KioskOutbox;
  private resetTimer: ReturnType<typeof setTimeout> | undefined;
  private focusAfterRender: 'heading' | 'summary' | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void useLocaleOf(this).then((locale) => { this.locale = locale; });
    if (this.outbox) this.outbox.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.outbox?.stop();
    clearTimeout(this.resetTimer);
  }

  private get kiosk(): boolean {
    return (this.preview?.mode ?? this.mode) === 'kiosk';
  }

  private get code(): string {
    return this.preview?.dossier ?? this.dossier;
  }

  private get counterNumber(): number | undefined {
    const n = this.preview?.counter ?? this.counter;
    return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 99 ? n : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('preview') && this.preview) return this.showPreview(this.preview);
    if (this.preview) return;
    const configured = Boolean(this.core || this.provided || this.apiKey);
    const configChanged = changed.has('core') || changed.has('apiKey') || changed.has('baseUrl') || (changed as Map<PropertyKey, unknown>).has('provided');
    if (this.mode === 'kiosk') {
      if (configured && this.point && !this.outbox) this.startKiosk();
      return;
    }
    if (configured && this.dossier && (configChanged || changed.has('dossier') || changed.has('token'))) void this.check();
  }

  protected override updated(): void {
    const root = this.renderRoot as ShadowRoot;
    const target = this.focusAfterRender === 'summary' ? root.querySelector<HTMLElement>('.summary') : this.focusAfterRender === 'heading' ? root.querySelector<HTMLElement>('h2') : null;
    this.focusAfterRender = null;
    target?.focus();
  }

  private showPreview(preview: RatingPreview): void {
    this.phase = preview.phase;
    this.level = preview.level;
    this.criteria = preview.criteria ?? {};
    this.comment = preview.comment ?? '';
    this.failure = preview.failure ?? null;
    this.issues = preview.issues ?? [];
    this.waiting = preview.waiting ?? 0;
  }

  private sdk(): Core {
    return widgetCore(this, this.provided);
  }

  private requestOptions(): RequestOptions {
    const token = this.lookedUpToken ?? this.token;
    return token ? { trackingToken: token } : {};
  }

  // --- the citizen's rating of a dossier -------------------------------------------------------------

  /** Rating opens once the result is returned (status 10); without a token the citizen first proves the dossier is theirs. */
  private async check(): Promise<void> {
    this.phase = 'checking';
    this.failure = null;
    try {
      const dossier = await getDossier(this.sdk(), this.dossier, this.requestOptions());
      this.phase = Number(dossier.status) === 10 ? 'form' : 'not-returned';
    } catch (error) {
      if (error instanceof AuthError) {
        this.phase = 'verify';
        return;
      }
      this.phase = 'unavailable';
      this.fail(error);
    }
  }

  private async verify(): Promise<void> {
    const verifier = this.verifier.trim();
    if (!verifier) return this.showIssues([{ pointer: '/verifier', message: msg('Hãy nhập mã tra cứu hoặc 4 số cuối số điện thoại.', { id: 'rating.verifierRequired' }) }]);
    this.issues = [];
    this.failure = null;
    try {
      this.lookedUpToken = (await lookupDossier(this.sdk(), this.dossier, verifier)).trackingToken;
      this.verifier = '';
      await this.check();
      this.focusAfterRender = 'heading';
    } catch (error) {
      if (error instanceof HpascError && error.status >= 400 && error.status < 500 && error.status !== 429) {
        this.emit('hpasc-error', { code: error.code, requestId: error.requestId });
        return this.showIssues([{ pointer: '/verifier', message: msg('Mã tra cứu hoặc số điện thoại không khớp với hồ sơ này.', { id: 'rating.verifierWrong' }) }]);
      }
      this.fail(error);
    }
  }

  private input(): { level: SatisfactionLevel; criteria?: RatingCriteriaChoice; comment?: string } {
    const comment = this.comment.trim().normalize('NFC');
    return {
      level: this.level!,
      ...(Object.keys(this.criteria).length ? { criteria: this.criteria } : {}),
      ...(comment ? { comment } : {}),
    };
  }

  private submit(): void {
    if (!this.level) return this.showIssues([{ pointer: '/level', message: msg('Hãy chọn một mức độ hài lòng.', { id: 'rating.levelRequired' }) }]);
    if (this.kiosk) return this.queueKioskRating(this.level);
    if (this.comment.length > commentMaxLength) return this.showIssues([{ pointer: '/comment', message: msg(str`Góp ý tối đa ${commentMaxLength} ký tự.`, { id: 'rating.commentTooLong' }) }]);
    void this.send();
  }

  private async send(): Promise<void> {
    const level = this.level!;
    this.phase = 'sending';
    this.failure = null;
    this.issues = [];
    try {
      await rateDossier(this.sdk(), this.dossier, this.input(), { ...this.requestOptions(), idempotencyKey: this.attemptKey });
      this.phase = 'thanks';
      this.focusAfterRender = 'heading';
      this.emit('hpasc-rated', { dossierCode: this.dossier, level } satisfies RatedDetail);
    } catch (error) {
      this.phase = 'form';
      if (error instanceof ConflictError && error.code !== 'request_in_progress') {
        // Rated already (here with this key, or elsewhere), or not yet returned: nothing to send again.
        this.phase = error.code === 'invalid_state' ? 'not-returned' : 'already-rated';
        this.focusAfterRender = 'heading';
        this.emit('hpasc-error', { code: error.code, requestId: error.requestId } satisfies RatingErrorDetail);
        return;
      }
      if (error instanceof AuthError) {
        this.lookedUpToken = undefined;
        this.phase = 'verify';
      }
      if (error instanceof ValidationError && error.fields.length) {
        this.emit('hpasc-error', { code: error.code, requestId: error.requestId } satisfies RatingErrorDetail);
        return this.showIssues(error.fields.map((f) => ({ pointer: f.pointer, message: f.message })));
      }
      this.fail(error);
    }
  }

  // --- the kiosk -------------------------------------------------------------------------------------

  private startKiosk(): void {
    this.phase = 'form';
    this.outbox = new KioskOutbox(() => this.sdk(), (waiting) => { this.waiting = waiting; });
    if (this.isConnected) this.outbox.start();
  }

  /** The citizen sees the thank-you at once; the rating waits on the device until the center has it. */
  private queueKioskRating(level: SatisfactionLevel): void {
    const counter = this.counterNumber;
    const rating = { key: newIdempotencyKey(), pointId: this.point, input: { level, ...(counter ? { counter } : {}), ratedAt: new Date().toISOString() } };
    this.phase = 'thanks';
    this.level = undefined;
    this.issues = [];
    this.focusAfterRender = 'heading';
    this.emit('hpasc-rated', { pointId: this.point, level } satisfies RatedDetail);
    this.scheduleReset(Math.min(this.resetAfter, kioskThanksSeconds));
    void this.outbox?.add(rating);
  }

  /** Any touch or key restarts the idle clock; when it runs out, the kiosk is back at its start, empty. */
  private touched = (): void => {
    if (this.kiosk && !this.preview && this.phase === 'form') this.scheduleReset(this.resetAfter);
  };

  private scheduleReset(seconds: number): void {
    clearTimeout(this.resetTimer);
    this.resetTimer = setTimeout(() => {
      this.level = undefined;
      this.issues = [];
      this.phase = 'form';
    }, (Number.isFinite(seconds) ? Math.max(seconds, 1) : 20) * 1000);
  }

  // --- shared ----------------------------------------------------------------------------------------

  private showIssues(issues: RatingIssue[]): void {
    this.issues = issues;
    this.focusAfterRender = 'summary';
  }

  private fail(error: unknown): void {
    const known = error instanceof HpascError ? error : null;
    this.failure = { message: known?.message ?? msg('Đã có lỗi xảy ra. Vui lòng thử lại.', { id: 'error.generic' }), requestId: known?.requestId ?? null };
    this.emit('hpasc-error', { code: known?.code ?? 'unknown', requestId: known?.requestId ?? null } satisfies RatingErrorDetail);
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private focusField(pointer: string): void {
    (this.renderRoot as ShadowRoot).getElementById(fieldIdOf(pointer))?.focus();
  }

  private issueFor(pointer: string): string | undefined {
    return this.issues.find((i) => i.pointer === pointer)?.message;
  }

  private number(value: number): string {
    return new Intl.NumberFormat(intlTag(this.locale)).format(value);
  }

  // --- rendering -------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<div part="base" class=${this.kiosk ? 'rating kiosk' : 'rating'} lang=${this.locale}
      @pointerdown=${this.touched} @keydown=${this.touched} @change=${this.touched}>${this.kiosk ? this.renderKiosk() : this.renderPhase()}</div>`;
  }

  private renderPhase(): TemplateResult {
    switch (this.phase) {
      case 'checking': return html`<p role="status">${msg('Đang kiểm tra hồ sơ…', { id: 'rating.checking' })}</p>`;
      case 'unavailable': return html`<h2 tabindex="-1">${msg('Chưa mở được phần đánh giá', { id: 'rating.unavailableTitle' })}</h2>
        ${this.renderFailure()}
        <div class="actions"><button type="button" @click=${() => void this.check()}>${msg('Thử lại', { id: 'action.retry' })}</button></div>`;
      case 'verify': return this.renderVerify();
      case 'not-returned': return html`<div role="status"><h2 tabindex="-1">${msg('Hồ sơ chưa trả kết quả', { id: 'rating.notReturnedTitle' })}</h2>
        <p>${msg(str`Ông/bà có thể đánh giá hồ sơ ${this.code} sau khi nhận kết quả giải quyết.`, { id: 'rating.notReturnedText' })}</p></div>`;
      case 'thanks': return html`<div part="thanks" class="thanks" role="status">
        <h2 tabindex="-1">${msg('Cảm ơn ông/bà đã đánh giá', { id: 'rating.thanksTitle' })}</h2>
        <p>${msg(str`Đánh giá “${this.level ? levelLabel(this.level) : ''}” cho hồ sơ ${this.code} đã được ghi nhận.`, { id: 'rating.thanksText' })}</p>
        <p>${msg('Ý kiến của người dân giúp Trung tâm phục vụ tốt hơn.', { id: 'rating.thanksNote' })}</p></div>`;
      case 'already-rated': return html`<div role="status" class="notice">
        <h2 tabindex="-1">${msg('Hồ sơ này đã được đánh giá', { id: 'rating.alreadyTitle' })}</h2>
        <p>${msg(str`Mỗi hồ sơ chỉ được đánh giá một lần, và hồ sơ ${this.code} đã có đánh giá.`, { id: 'rating.alreadyText' })}</p>
        <p>${msg('Nếu cần góp ý thêm, ông/bà có thể gửi phản ánh, kiến nghị tới Trung tâm.', { id: 'rating.alreadyFeedback' })}</p></div>`;
      case 'form': case 'sending': return this.renderForm();
    }
  }

  private renderVerify(): TemplateResult {
    const error = this.issueFor('/verifier');
    return html`<form part="form" class="form" novalidate @submit=${(e: Event) => { e.preventDefault(); void this.verify(); }}>
      <h2 tabindex="-1">${msg('Đánh giá mức độ hài lòng', { id: 'rating.title' })}</h2>
      ${this.renderSummary()}${this.failure ? this.renderFailure() : nothing}
      <p>${msg(str`Để đánh giá hồ sơ ${this.code}, hãy nhập mã tra cứu in trên giấy tiếp nhận, hoặc 4 số cuối số điện thoại đã đăng ký.`, { id: 'rating.verifyText' })}</p>
      <div class="field">
        <label for="verifier">${msg('Mã tra cứu hoặc 4 số cuối số điện thoại', { id: 'rating.verifierLabel' })}</label>
        ${error ? html`<p class="error" id="verifier-error">${error}</p>` : nothing}
        <input id="verifier" autocomplete="off" maxlength="20" .value=${this.verifier} aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'verifier-error' : nothing} @input=${(e: Event) => { this.verifier = (e.target as HTMLInputElement).value; }}>
      </div>
      <div class="actions"><button type="submit">${msg('Tiếp tục', { id: 'rating.verifySubmit' })}</button></div>
    </form>`;
  }

  private renderForm(): TemplateResult {
    const sending = this.phase === 'sending';
    const commentError = this.issueFor('/comment');
    const scored = criterionKeys.filter((k) => this.criteria[k] !== undefined);
    const points = scored.reduce((sum, k) => sum + (this.criteria[k] ?? 0), 0);
    const openCriteria = scored.length > 0 || this.issues.some((i) => i.pointer.startsWith('/criteria/'));
    return html`<form part="form" class="form" novalidate aria-busy=${sending ? 'true' : 'false'} @submit=${(e: Event) => { e.preventDefault(); this.submit(); }}>
      <h2 tabindex="-1">${msg('Đánh giá mức độ hài lòng', { id: 'rating.title' })}</h2>
      <p class="help">${msg(str`Hồ sơ ${this.code}`, { id: 'rating.dossier' })}</p>
      ${this.renderSummary()}
      ${this.failure ? this.renderFailure(true) : nothing}
      ${this.renderLevels(msg('Ông/bà hài lòng thế nào với việc giải quyết hồ sơ này? (bắt buộc)', { id: 'rating.levelQuestion' }))}
      <details class="criteria" part="criteria" ?open=${openCriteria}>
        <summary>${msg('Đánh giá chi tiết theo 9 tiêu chí (không bắt buộc)', { id: 'rating.criteriaTitle' })}</summary>
        <p class="help">${msg(str`Mỗi tiêu chí tối đa 2 điểm, tổng ${maxScore} điểm. Đã chấm ${scored.length}/9 tiêu chí: ${points} điểm.`, { id: 'rating.criteriaHelp' })}</p>
        ${criterionKeys.map((key) => this.renderCriterion(key))}
      </details>
      <div class="field" part="comment">
        <label for="comment">${msg('Góp ý thêm (không bắt buộc)', { id: 'rating.commentLabel' })}</label>
        <p class="help" id="comment-help">${msg('Xin đừng ghi thông tin cá nhân như số định danh hay số điện thoại.', { id: 'rating.commentHelp' })}</p>
        ${commentError ? html`<p class="error" id="comment-error">${commentError}</p>` : nothing}
        <textarea id="comment" rows="4" maxlength=${commentMaxLength} .value=${this.comment} aria-invalid=${commentError ? 'true' : 'false'}
          aria-describedby=${`comment-help comment-count${commentError ? ' comment-error' : ''}`}
          @input=${(e: Event) => { this.comment = (e.target as HTMLTextAreaElement).value; }}></textarea>
        <p class="help count" id="comment-count">${msg(str`${this.number(this.comment.length)}/${this.number(commentMaxLength)} ký tự`, { id: 'rating.commentCount' })}</p>
      </div>
      <div class="actions">
        <button type="submit" part="submit" ?disabled=${sending}>${sending
          ? msg('Đang gửi…', { id: 'rating.sending' })
          : this.failure ? msg('Gửi lại', { id: 'rating.resend' }) : msg('Gửi đánh giá', { id: 'rating.submit' })}</button>
      </div>
      ${sending ? html`<p role="status" class="help">${msg('Đang gửi đánh giá…', { id: 'rating.sendingStatus' })}</p>` : nothing}
    </form>`;
  }

  private renderLevels(question: TemplateResult | string): TemplateResult {
    const error = this.issueFor('/level');
    return html`<fieldset class="levels" part="levels" aria-describedby=${error ? 'level-error' : nothing}>
      <legend>${question}</legend>
      ${error ? html`<p class="error" id="level-error">${error}</p>` : nothing}
      <div class="choices">${levels.map((level, i) => html`<label class=${`level ${level}`} part="level">
        <input type="radio" name="level" id=${`level-${i}`} value=${level} .checked=${this.level === level} aria-invalid=${error ? 'true' : 'false'}
          @change=${() => { this.level = level; this.issues = this.issues.filter((x) => x.pointer !== '/level'); }}>
        <span>${levelLabel(level)}</span></label>`)}</div>
    </fieldset>`;
  }

  private renderCriterion(key: CriterionKey): TemplateResult {
    const error = this.issueFor(`/criteria/${key}`);
    const scores: (CriterionScore | undefined)[] = [undefined, 0, 1, 2];
    return html`<fieldset class="criterion" aria-describedby=${error ? `c-${key}-error` : nothing}>
      <legend>${criterionLabel(key)}</legend>
      ${error ? html`<p class="error" id=${`c-${key}-error`}>${error}</p>` : nothing}
      <div class="scores">${scores.map((score, i) => html`<label class="score">
        <input type="radio" name=${`c-${key}`} id=${`c-${key}-${i}`} .checked=${this.criteria[key] === score}
          @change=${() => { this.criteria = withScore(this.criteria, key, score); }}>
        <span>${scoreLabel(score)}</span></label>`)}</div>
    </fieldset>`;
  }

  private renderKiosk(): TemplateResult {
    const counter = this.counterNumber;
    const waiting = html`<p class="waiting" part="waiting" role="status">${this.waiting
      ? msg(str`${this.number(this.waiting)} đánh giá đang chờ gửi`, { id: 'kiosk.waiting' }) : nothing}</p>`;
    if (this.phase === 'thanks') {
      return html`<div part="thanks" class="thanks" role="status">
        <h2 tabindex="-1">${msg('Cảm ơn ông/bà!', { id: 'kiosk.thanksTitle' })}</h2>
        <p>${msg('Đánh giá của ông/bà đã được ghi nhận.', { id: 'kiosk.thanksText' })}</p>
      </div>${waiting}`;
    }
    const question = counter
      ? msg(str`Ông/bà có hài lòng với việc phục vụ tại quầy số ${counter}?`, { id: 'kiosk.questionCounter' })
      : msg('Ông/bà có hài lòng với việc phục vụ tại đây?', { id: 'kiosk.question' });
    return html`<form part="form" class="form" novalidate @submit=${(e: Event) => { e.preventDefault(); this.submit(); }}>
      ${this.renderSummary()}
      ${this.renderLevels(html`<h2 tabindex="-1">${question}</h2>`)}
      <div class="actions"><button type="submit" part="submit">${msg('Gửi đánh giá', { id: 'rating.submit' })}</button></div>
    </form>${waiting}`;
  }

  private labelFor(pointer: string): string {
    if (pointer === '/level') return msg('Mức độ hài lòng', { id: 'rating.levelLabel' });
    if (pointer === '/comment') return msg('Góp ý thêm (không bắt buộc)', { id: 'rating.commentLabel' });
    if (pointer === '/verifier') return msg('Mã tra cứu hoặc 4 số cuối số điện thoại', { id: 'rating.verifierLabel' });
    const key = pointer.slice('/criteria/'.length) as CriterionKey;
    return criterionKeys.includes(key) ? criterionLabel(key) : '';
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (!this.issues.length) return nothing;
    return html`<div class="summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
      <h3 id="summary-title">${msg('Có thông tin cần sửa', { id: 'rating.summaryTitle' })}</h3>
      <ul>${this.issues.map((issue) => {
        const label = this.labelFor(issue.pointer);
        const id = fieldIdOf(issue.pointer);
        return html`<li>${id
          ? html`<a href=${`#${id}`} @click=${(e: Event) => { e.preventDefault(); this.focusField(issue.pointer); }}>${label ? `${label}: ` : ''}${issue.message}</a>`
          : issue.message}</li>`;
      })}</ul>
    </div>`;
  }

  private renderFailure(keptChoices = false): TemplateResult {
    return html`<div class="notice failure" role="alert">
      <p>${this.failure?.message}</p>
      ${keptChoices ? html`<p>${msg('Các lựa chọn của ông/bà vẫn được giữ nguyên. Hãy bấm “Gửi lại”.', { id: 'rating.choicesKept' })}</p>` : nothing}
      ${this.failure?.requestId ? html`<p>${msg(str`Mã yêu cầu: ${this.failure.requestId}. Đường dây hỗ trợ: 024.1022.`, { id: 'error.requestId' })}</p>` : nothing}
    </div>`;
  }
}

function withScore(criteria: RatingCriteriaChoice, key: CriterionKey, score: CriterionScore | undefined): RatingCriteriaChoice {
  const next = { ...criteria };
  if (score === undefined) delete next[key];
  else next[key] = score;
  return next;
}
