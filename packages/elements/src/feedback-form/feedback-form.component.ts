import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import { consume } from '@lit/context';
import { HpascError, NotFoundError, ValidationError, type Schemas } from '@hpasc/sdk';
import { lookupFeedback, submitFeedback, type Core } from '@hpasc/sdk/core';
import { checkMobile, cleanDossierCode, normalizeMobile, toNfc } from '@hpasc/sdk/validators';
import { hpascContext, type HpascContextValue } from '../internal/context.ts';
import { widgetCore } from '../internal/core.ts';
import { tokens } from '../tokens.ts';
import { useLocaleOf } from '../localization.ts';
import type { Locale } from '../internal/locale.ts';
import { fieldId, renderField, type FieldContext } from '../internal/form/fields.ts';
import { issueMessage } from '../internal/form/messages.ts';
import { getAt, setAt } from '../internal/form/pointer.ts';
import type { FieldIssue } from '../internal/form/form-model.ts';
import { deleteDraft, loadDraft, saveDraft, type Draft } from '../internal/drafts.ts';
import { DocumentUploads, type KeptUpload } from '../internal/uploads.ts';
import { widgetStyles } from '../internal/styles.ts';
import { loadPart } from '../internal/load-part.ts';
import { dossierCodeHelp, dossierCodeIssue } from '../internal/dossier-code.ts';
import { renderDraftOffer, renderDraftToggle } from '../internal/draft-controls.ts';
import { topicLabel, topics } from './feedback-form.labels.ts';
import { styles } from './feedback-form.styles.ts';

type FeedbackReceipt = Schemas['FeedbackReceipt'];
type Feedback = Schemas['Feedback'];

/** What the citizen types, by the places the contract gives them (`/contact/phone`, …). */
export interface FeedbackValues {
  topic?: Schemas['FeedbackTopic'];
  title?: string;
  dossierCode?: string;
  content?: string;
  contact?: { fullName?: string; phone?: string; email?: string };
  consent?: { dataProcessing?: boolean };
}

export interface FeedbackSentDetail {
  feedbackCode: string;
}

export interface FeedbackFailure {
  message: string;
  requestId: string | null;
}

/** A state to render from data alone (Storybook, documentation, tests). */
export interface FeedbackFormPreview {
  lang?: Locale;
  /** `form` (default) or `lookup`. */
  view?: 'form' | 'lookup';
  values?: FeedbackValues;
  /** Files already uploaded. */
  attachments?: string[];
  /** Show the form's own errors, as after pressing Send. */
  showErrors?: boolean;
  /** Errors as the server named them (problem+json pointers). */
  issues?: { pointer: string; message: string }[];
  sending?: boolean;
  receipt?: FeedbackReceipt;
  failure?: FeedbackFailure;
  /** A kept draft offered on arrival, saved at this time. */
  draftOffer?: { savedAt: number };
  /** The draft toggle is on and the draft was saved at this time. */
  draftSavedAt?: number;
  lookup?: { code?: string; verifier?: string; showErrors?: boolean };
  /** What the lookup found. */
  feedback?: Feedback;
}

interface DraftContent {
  values: FeedbackValues;
  uploads: Record<string, KeptUpload[]>;
  files: Record<string, File>;
}

type View = 'form' | 'sending' | 'sent' | 'lookup' | 'found';

/** The key of the feedback draft in the drafts store (one per origin, as a dossier draft is per procedure). */
const draftKey = 'feedback';
const newDraftId = () => `fb_${crypto.randomUUID().replace(/-/g, '')}`;
const same = (label: string) => ({ vi: label, en: label });
const tz = 'Asia/Ho_Chi_Minh';
/** The contract's limits (FeedbackInput). */
const limits = { title: 200, contentMin: 10, content: 5000, fullName: 100, attachments: 5, fileBytes: 10_485_760 };
const feedbackCodePattern = /^PAKN-\d{6}-\d{4}$/;
const cleanFeedbackCode = (value: string) => value.replace(/\s+/g, '').toUpperCase();
const length = (value: string | undefined) => [...(value ?? '')].length;

/**
 * `<hpasc-feedback-form>` — a citizen sends feedback or a petition (phản ánh, kiến nghị) to the center: the
 * topic, a related dossier if any, what happened, how to reach them, files, and consent to process their
 * personal data; then the receipt with the feedback code and its PIN. A lookup (code + PIN, or the last 4
 * digits of the mobile) follows the feedback to its answer. With the citizen's consent the draft is kept on
 * this device for 7 days; never in kiosk mode.
 *
 * @fires hpasc-feedback-sent - The receipt came back. `detail: { feedbackCode }` (no personal data)
 * @fires hpasc-error - Something failed. `detail: { code, requestId }`
 * @csspart base - Everything the widget shows (carries its `lang`).
 * @csspart form - The feedback form.
 * @csspart summary - The error summary.
 * @csspart receipt - The receipt after sending.
 * @csspart lookup - The lookup form.
 * @csspart result - The feedback found by the lookup, with its answer.
 * @cssprop --hpasc-color-primary - Buttons and accents.
 * @cssprop --hpasc-color-error - Errors and the over-limit counter.
 * @cssprop --hpasc-color-success - The answer's accent.
 * @cssprop --hpasc-target-size - The smallest height of buttons and fields (44 px).
 */
@localized()
export class HpascFeedbackForm extends LitElement {
  static override styles = [tokens, widgetStyles, styles];

  @property({ attribute: 'api-key' }) apiKey = '';
  @property({ attribute: 'base-url' }) baseUrl = '';
  /** An SDK core to use instead of `api-key` and `base-url`. */
  @property({ attribute: false }) core?: Core;
  /** `lookup` opens on the lookup (follow a feedback already sent). */
  @property() view: 'form' | 'lookup' = 'form';
  /** `kiosk` for shared counter tablets: no draft is ever kept on the device. */
  @property() mode: 'default' | 'kiosk' = 'default';
  /** A state to render from data alone (see `FeedbackFormPreview`). */
  @property({ attribute: false }) preview?: FeedbackFormPreview;

  @consume({ context: hpascContext, subscribe: true })
  @state() private provided?: HpascContextValue;

  @state() private shown: View = 'form';
  @state() private values: FeedbackValues = {};
  @state() private issues: { pointer: string; message: string }[] = [];
  @state() private failure: FeedbackFailure | null = null;
  @state() private receipt: FeedbackReceipt | null = null;
  @state() private keepDraft = false;
  @state() private draftOffer: Draft<DraftContent> | null = null;
  @state() private draftSavedAt: number | null = null;
  @state() private lookupCode = '';
  @state() private lookupVerifier = '';
  @state() private lookupTried = false;
  @state() private busy = false;
  @state() private feedback: Feedback | null = null;
  @state() private announcement = '';

  private locale: Locale = 'vi';
  /** One per draft: the uploads' binding and the submit's Idempotency-Key, reused on every retry. */
  private draftId = newDraftId();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private focusAfterRender: string | null = null;
  /** The receipt and the lookup's result (see `feedback-form.result.ts`), loaded before sending or with a lookup. */
  private result?: typeof import('./feedback-form.result.ts');
  private readonly attachments = new DocumentUploads(
    this,
    () => ({ core: this.sdk, draftId: this.draftId, purpose: 'feedback' }),
    () => { if (this.keepDraft) this.scheduleSave(); },
  );

  override connectedCallback(): void {
    super.connectedCallback();
    void useLocaleOf(this).then((locale) => { this.locale = locale; this.requestUpdate(); });
    if (!this.preview && this.mode !== 'kiosk') {
      void loadDraft<DraftContent>(draftKey).catch(() => undefined).then((draft) => {
        if (draft && !this.preview && this.shown === 'form') this.draftOffer = draft;
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.saveTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('preview') && this.preview) this.showPreview(this.preview);
    else if (changed.has('view') && !this.preview) this.shown = this.view === 'lookup' ? 'lookup' : 'form';
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A receipt or a result shown from data (a preview) renders once its module is here.
    if ((this.shown === 'found' || this.shown === 'sent') && !this.result) {
      void this.loadResult().then(() => this.requestUpdate(), (error: unknown) => { this.shown = this.shown === 'sent' ? 'form' : 'lookup'; this.fail(error); });
    }
    if ((changed as Map<PropertyKey, unknown>).has('values') && this.keepDraft && this.shown === 'form') this.scheduleSave();
    const target = this.focusAfterRender ? this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender) : null;
    this.focusAfterRender = null;
    target?.focus();
  }

  private showPreview(preview: FeedbackFormPreview): void {
    this.values = preview.values ?? {};
    this.receipt = preview.receipt ?? null;
    this.feedback = preview.feedback ?? null;
    this.failure = preview.failure ?? null;
    this.issues = preview.issues ?? (preview.showErrors ? this.formIssues().map((i) => ({ pointer: i.pointer, message: this.messageOf(i) })) : []);
    this.draftOffer = preview.draftOffer ? { version: 1, procedure: draftKey, formRevision: 1, draftId: 'fb_preview_0000000000', savedAt: preview.draftOffer.savedAt, expiresAt: 0, content: { values: {}, uploads: {}, files: {} } } : null;
    this.keepDraft = preview.draftSavedAt !== undefined;
    this.draftSavedAt = preview.draftSavedAt ?? null;
    this.lookupCode = preview.lookup?.code ?? preview.feedback?.code ?? '';
    this.lookupVerifier = preview.lookup?.verifier ?? '';
    this.lookupTried = preview.lookup?.showErrors ?? false;
    this.attachments.restore({ [this.attachmentSlot.id]: (preview.attachments ?? []).map((name, i) => ({ key: `preview-${i}`, name, uploadId: `up_preview${i}` })) }, {});
    this.shown = preview.receipt ? 'sent' : preview.feedback ? 'found' : preview.sending ? 'sending' : (preview.view ?? 'form') === 'lookup' || preview.lookup ? 'lookup' : 'form';
  }

  private get sdk(): Core {
    return widgetCore(this, this.provided);
  }

  /** Files travel as one slot of the contract's limits: PDF, JPEG or PNG, 10 MB each, 5 in all. */
  private get attachmentSlot(): Schemas['DocumentSlot'] {
    return {
      id: 'attachments', name: same(msg('Tệp đính kèm (ảnh chụp, văn bản)', { id: 'feedback.attachments' })), required: false,
      accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeBytes: limits.fileBytes, maxFiles: limits.attachments,
    };
  }

  // --- fields ---------------------------------------------------------------------------------------

  private get context(): FieldContext {
    return {
      locale: this.locale,
      units: [],
      get: (pointer) => getAt(this.values, pointer),
      set: (pointer, value) => { this.values = setAt(this.values, pointer, value); },
      error: (pointer) => this.errorOf(pointer),
    };
  }

  /** Errors after Send, and the dossier code's as soon as it is typed in full. */
  private errorOf(pointer: string): string | undefined {
    const shown = this.issues.find((i) => i.pointer === pointer)?.message;
    if (shown || pointer !== '/dossierCode') return shown;
    const code = cleanDossierCode(this.values.dossierCode ?? '');
    return code.length >= 25 ? this.dossierCodeMessage() : undefined;
  }

  private dossierCodeMessage(): string | undefined {
    const code = cleanDossierCode(this.values.dossierCode ?? '');
    return (code && dossierCodeIssue(code)) || undefined;
  }

  private get fields(): Record<string, Schemas['FormField']> {
    return {
      topic: {
        pointer: '/topic', widget: 'radio', label: same(msg('Bạn muốn phản ánh, kiến nghị về việc gì?', { id: 'feedback.topic' })),
        options: topics.map((value) => ({ value, label: same(topicLabel(value)) })),
      },
      title: { pointer: '/title', widget: 'text', label: same(msg('Tiêu đề', { id: 'feedback.title' })), help: same(msg('Một câu ngắn, ví dụ: Hồ sơ khai sinh chưa được trả đúng hẹn.', { id: 'feedback.titleHelp' })) },
      dossierCode: {
        pointer: '/dossierCode', widget: 'text', width: 'half', label: same(msg('Mã hồ sơ liên quan (nếu có)', { id: 'feedback.dossierCode' })),
        help: same(dossierCodeHelp()),
      },
      fullName: { pointer: '/contact/fullName', widget: 'text', autocomplete: 'name', label: same(msg('Họ và tên', { id: 'feedback.fullName' })) },
      phone: {
        pointer: '/contact/phone', widget: 'phone', width: 'half', label: same(msg('Số điện thoại di động', { id: 'feedback.phone' })),
        help: same(msg('Để cán bộ liên hệ khi cần; 4 số cuối cũng dùng để tra cứu.', { id: 'feedback.phoneHelp' })),
      },
      email: { pointer: '/contact/email', widget: 'email', width: 'half', label: same(msg('Email (nếu có)', { id: 'feedback.email' })) },
      consent: {
        pointer: '/consent/dataProcessing', widget: 'checkbox',
        label: same(msg('Tôi đồng ý để Trung tâm xử lý họ tên, số điện thoại, email và nội dung trên để giải quyết phản ánh, kiến nghị này.', { id: 'feedback.consent' })),
      },
    };
  }

  /** The label the summary names a field by. */
  private labelFor(pointer: string): string | undefined {
    if (pointer === '/content') return msg('Nội dung phản ánh, kiến nghị', { id: 'feedback.content' });
    if (pointer.startsWith('/attachments')) return this.attachmentSlot.name[this.locale];
    return Object.values(this.fields).find((f) => f.pointer === pointer)?.label[this.locale];
  }

  // --- validation -----------------------------------------------------------------------------------

  private formIssues(): FieldIssue[] {
    const v = this.values;
    const issues: FieldIssue[] = [];
    const need = (value: unknown, pointer: string) => {
      const missing = value === undefined || value === '' || (typeof value === 'string' && !value.trim());
      if (missing) issues.push({ pointer, code: 'required' });
      return !missing;
    };
    const atMost = (value: string | undefined, pointer: string, limit: number) => {
      if (length(value) > limit) issues.push({ pointer, code: 'maxLength', params: { limit } });
    };
    if (!v.topic) issues.push({ pointer: '/topic', code: 'enum' });
    if (need(v.title, '/title')) atMost(v.title, '/title', limits.title);
    if (v.dossierCode?.trim() && this.dossierCodeMessage()) issues.push({ pointer: '/dossierCode', code: 'dossierCode' });
    if (need(v.content, '/content')) {
      if (length(v.content!.trim()) < limits.contentMin) issues.push({ pointer: '/content', code: 'minLength', params: { limit: limits.contentMin } });
      atMost(v.content, '/content', limits.content);
    }
    if (need(v.contact?.fullName, '/contact/fullName')) atMost(v.contact!.fullName, '/contact/fullName', limits.fullName);
    if (need(v.contact?.phone, '/contact/phone') && checkMobile(v.contact!.phone!.trim())) issues.push({ pointer: '/contact/phone', code: 'format.vn-phone' });
    if (v.contact?.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.contact.email.trim())) issues.push({ pointer: '/contact/email', code: 'format.email' });
    if ((this.attachments.uploads[this.attachmentSlot.id] ?? []).some((u) => u.status === 'uploading')) issues.push({ pointer: '/attachments', code: 'uploading' });
    if (v.consent?.dataProcessing !== true) issues.push({ pointer: '/consent/dataProcessing', code: 'consent' });
    return issues;
  }

  private messageOf(issue: FieldIssue): string {
    if (issue.code === 'dossierCode') return this.dossierCodeMessage() ?? '';
    if (issue.code === 'uploading') return msg('Hãy chờ các tệp tải lên xong rồi gửi.', { id: 'feedback.stillUploading' });
    if (issue.pointer === '/topic') return msg('Hãy chọn một nội dung phản ánh, kiến nghị.', { id: 'feedback.topicRequired' });
    return issueMessage(issue);
  }

  private showIssues(issues: { pointer: string; message: string }[]): void {
    this.issues = issues;
    this.focusAfterRender = '.summary';
  }

  private focusField(pointer: string): void {
    const root = this.renderRoot as ShadowRoot;
    const id = fieldId(pointer);
    (root.getElementById(`${id}-0`) ?? root.getElementById(id))?.focus();
  }

  // --- sending --------------------------------------------------------------------------------------

  private input(): Schemas['FeedbackInput'] {
    const v = this.values;
    const contact = v.contact!;
    const code = cleanDossierCode(v.dossierCode ?? '');
    const attachments = this.attachments.done(this.attachmentSlot.id).map((u) => u.uploadId!);
    return {
      topic: v.topic!, title: toNfc(v.title!.trim()), content: toNfc(v.content!.trim()),
      ...(code ? { dossierCode: code } : {}),
      contact: {
        fullName: toNfc(contact.fullName!.trim()), phone: normalizeMobile(contact.phone!.trim()) ?? contact.phone!.trim(),
        ...(contact.email?.trim() ? { email: contact.email.trim() } : {}),
      },
      ...(attachments.length ? { attachments } : {}),
      draftId: this.draftId, consent: { dataProcessing: true }, locale: this.locale,
    };
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const issues = this.formIssues();
    if (issues.length) return this.showIssues(issues.map((i) => ({ pointer: i.pointer, message: this.messageOf(i) })));
    this.issues = [];
    this.failure = null;
    this.shown = 'sending';
    const input = this.input();
    try {
      // The receipt's module first: if it cannot load, nothing is sent and the form says so.
      await this.loadResult();
      // The draft's id is the key: a retry after a lost answer gets the same receipt, never a second feedback.
      const receipt = await submitFeedback(this.sdk, input, { idempotencyKey: this.draftId });
      this.receipt = receipt;
      this.shown = 'sent';
      clearTimeout(this.saveTimer);
      void deleteDraft(draftKey).catch(() => undefined);
      this.draftSavedAt = null;
      this.keepDraft = false;
      this.focusAfterRender = 'h2';
      this.emit('hpasc-feedback-sent', { feedbackCode: receipt.code });
    } catch (error) {
      this.shown = 'form';
      if (error instanceof ValidationError && error.fields.length) {
        this.showIssues(error.fields.map((f) => {
          const attachment = /^\/attachments\/(\d+)/.exec(f.pointer);
          if (!attachment) return { pointer: f.pointer, message: f.message };
          const id = input.attachments?.[Number(attachment[1])];
          if (id) this.attachments.drop(this.attachmentSlot.id, id);
          return { pointer: '/attachments', message: f.message };
        }));
        return;
      }
      this.fail(error);
      this.focusAfterRender = '.failure';
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

  private startOver(): void {
    this.values = {};
    this.issues = [];
    this.failure = null;
    this.receipt = null;
    this.draftId = newDraftId();
    this.attachments.restore({}, {});
    this.shown = 'form';
    this.focusAfterRender = 'h2';
  }

  // --- drafts ---------------------------------------------------------------------------------------

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveNow(), 500);
  }

  private async saveNow(): Promise<void> {
    if (!this.keepDraft || this.mode === 'kiosk' || this.preview || this.shown !== 'form') return;
    const { uploads, files } = this.attachments.kept();
    try {
      const draft = await saveDraft<DraftContent>({ procedure: draftKey, formRevision: 1, draftId: this.draftId, content: { values: this.values, uploads, files } });
      if (this.keepDraft) this.draftSavedAt = draft.savedAt;
    } catch {
      // Storage may be full or refused (private browsing): the form goes on without a draft.
      this.draftSavedAt = null;
    }
  }

  private restoreDraft(): void {
    const draft = this.draftOffer!;
    this.draftId = draft.draftId;
    this.values = draft.content.values;
    this.attachments.restore(draft.content.uploads, draft.content.files ?? {});
    this.keepDraft = true;
    this.draftSavedAt = draft.savedAt;
    this.draftOffer = null;
    this.focusAfterRender = 'h2';
  }

  private async discardDraft(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.keepDraft = false;
    this.draftSavedAt = null;
    if (this.draftOffer) {
      this.draftOffer = null;
      this.focusAfterRender = 'h2';
    }
    await deleteDraft(draftKey).catch(() => undefined);
  }

  private toggleDraft(on: boolean): void {
    if (!on) return void this.discardDraft();
    this.keepDraft = true;
    void this.saveNow();
  }

  // --- lookup ---------------------------------------------------------------------------------------

  private codeIssue(): string | null {
    const code = cleanFeedbackCode(this.lookupCode);
    if (!code) return msg('Vui lòng nhập mã phản ánh.', { id: 'feedback.codeRequired' });
    return feedbackCodePattern.test(code) ? null : msg('Mã phản ánh chưa đúng dạng, ví dụ PAKN-251124-0007.', { id: 'feedback.codeFormat' });
  }

  private verifierIssue(): string | null {
    const verifier = this.lookupVerifier.trim();
    if (!verifier) return msg('Vui lòng nhập mã tra cứu hoặc 4 số cuối điện thoại.', { id: 'feedback.verifierRequired' });
    return /^[0-9A-Za-z]{4,6}$/.test(verifier) ? null : msg('Mã tra cứu gồm 6 chữ và số; hoặc nhập 4 số cuối điện thoại.', { id: 'feedback.verifierFormat' });
  }

  private async lookUp(event?: Event): Promise<void> {
    event?.preventDefault();
    this.lookupTried = true;
    if (this.codeIssue() || this.verifierIssue()) {
      this.focusAfterRender = this.codeIssue() ? '#f-lookup-code' : '#f-lookup-verifier';
      return;
    }
    this.busy = true;
    this.failure = null;
    try {
      const previous = this.feedback?.status;
      // The result's module comes with the answer; if it cannot load, the lookup says so and keeps what was typed.
      const [feedback, { statusWords }] = await Promise.all([
        lookupFeedback(this.sdk, { code: cleanFeedbackCode(this.lookupCode), verifier: this.lookupVerifier.trim() }),
        this.loadResult(),
      ]);
      this.feedback = feedback;
      if (this.shown === 'found' && previous !== this.feedback.status) this.announcement = statusWords(this.feedback.status).title;
      else this.focusAfterRender = 'h2';
      this.shown = 'found';
    } catch (error) {
      this.shown = 'lookup';
      this.fail(error instanceof NotFoundError
        ? new HpascError({ message: msg('Không tìm thấy phản ánh với mã phản ánh và mã tra cứu này. Hãy kiểm tra lại giấy biên nhận.', { id: 'feedback.notFound' }), status: 404, code: error.code, requestId: error.requestId })
        : error);
      this.focusAfterRender = '.failure';
    } finally {
      this.busy = false;
    }
  }

  private async loadResult(): Promise<typeof import('./feedback-form.result.ts')> {
    return (this.result ??= await loadPart(() => import('./feedback-form.result.ts')));
  }

  private follow(receipt: FeedbackReceipt): void {
    this.lookupCode = receipt.code;
    this.lookupVerifier = receipt.trackingPin;
    void this.lookUp();
  }

  private switchTo(view: 'form' | 'lookup'): void {
    this.failure = null;
    this.shown = view;
    this.focusAfterRender = 'h2';
  }

  // --- rendering ------------------------------------------------------------------------------------

  private date(value: string): string {
    return new Intl.DateTimeFormat(this.locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'full', timeZone: tz }).format(new Date(`${value}T12:00:00+07:00`));
  }

  private dateTime(value: string): string {
    return new Intl.DateTimeFormat(this.locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: tz }).format(new Date(value));
  }

  protected override render(): TemplateResult {
    return html`<div part="base" lang=${this.locale}>${this.renderView()}</div>`;
  }

  private renderView(): TemplateResult {
    if (this.shown === 'sent' && this.receipt) {
      const receipt = this.receipt;
      return this.result ? this.result.renderReceipt(receipt, {
        date: (value) => this.date(value), dateTime: (value) => this.dateTime(value), follow: () => this.follow(receipt), another: () => this.startOver(),
      }) : html``;
    }
    if (this.shown === 'found' && this.feedback) {
      return this.result ? this.result.renderResult(this.feedback, {
        topic: topicLabel(this.feedback.topic), failure: this.renderFailure(), busy: this.busy, canRefresh: Boolean(this.lookupVerifier), announcement: this.announcement,
        date: (value) => this.date(value), dateTime: (value) => this.dateTime(value),
        refresh: () => void this.lookUp(), lookUpAnother: () => { this.feedback = null; this.switchTo('lookup'); },
      }) : html``;
    }
    if (this.shown === 'lookup') return this.renderLookup();
    if (this.draftOffer) return this.renderDraftOffer(this.draftOffer);
    return this.renderForm();
  }

  private renderFailure(): TemplateResult | typeof nothing {
    if (!this.failure) return nothing;
    return html`<div class="notice failure" role="alert" tabindex="-1">
      <p>${this.failure.message}</p>
      ${this.failure.requestId ? html`<p>${msg(str`Mã yêu cầu: ${this.failure.requestId}. Đường dây hỗ trợ: 024.1022.`, { id: 'error.requestId' })}</p>` : nothing}
    </div>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (!this.issues.length) return nothing;
    return html`<div part="summary" class="summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
      <h3 id="summary-title">${msg('Có thông tin cần sửa', { id: 'feedback.summaryTitle' })}</h3>
      <ul>${this.issues.map((i) => {
        const label = this.labelFor(i.pointer);
        return html`<li><a href=${`#${fieldId(i.pointer)}`} @click=${(e: Event) => { e.preventDefault(); this.focusField(i.pointer); }}>${label ? `${label}: ` : ''}${i.message}</a></li>`;
      })}</ul>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const ctx = this.context;
    const f = this.fields;
    const sending = this.shown === 'sending';
    return html`<form part="form" class="form" novalidate @submit=${(e: Event) => void this.send(e)} aria-busy=${sending ? 'true' : 'false'}>
      <h2 tabindex="-1">${msg('Gửi phản ánh, kiến nghị', { id: 'feedback.formTitle' })}</h2>
      <p class="switch"><button type="button" class="link" @click=${() => this.switchTo('lookup')}>${msg('Đã gửi phản ánh? Tra cứu kết quả xử lý', { id: 'feedback.toLookup' })}</button></p>
      ${this.renderSummary()}
      ${this.renderFailure()}
      ${renderField(f['topic']!, ctx)}
      ${renderField(f['title']!, ctx)}
      ${renderField(f['dossierCode']!, ctx)}
      ${this.renderContent()}
      <fieldset>
        <legend>${msg('Thông tin liên hệ', { id: 'feedback.contact' })}</legend>
        ${renderField(f['fullName']!, ctx)}
        ${renderField(f['phone']!, ctx)}
        ${renderField(f['email']!, ctx)}
      </fieldset>
      ${this.attachments.render(this.attachmentSlot, fieldId('/attachments'), this.locale, this.errorOf('/attachments'))}
      ${renderField(f['consent']!, ctx)}
      ${sending ? html`<p role="status">${msg('Đang gửi phản ánh…', { id: 'feedback.sending' })}</p>` : nothing}
      <div class="actions">
        <button type="submit" ?disabled=${sending}>${this.failure ? msg('Gửi lại', { id: 'feedback.resend' }) : msg('Gửi phản ánh', { id: 'feedback.send' })}</button>
      </div>
      ${this.mode === 'kiosk' ? nothing : this.renderDraftControls()}
    </form>`;
  }

  /** The content, with a counter against the contract's limit (typing on past it is allowed, and named). */
  private renderContent(): TemplateResult {
    const id = fieldId('/content');
    const error = this.errorOf('/content');
    const used = length(this.values.content);
    const left = limits.content - used;
    return html`<div class="field">
      <label for=${id}>${msg('Nội dung phản ánh, kiến nghị', { id: 'feedback.content' })}</label>
      <p class="help" id="${id}-help">${msg('Việc gì, ở đâu, khi nào. Không cần ghi số căn cước.', { id: 'feedback.contentHelp' })}</p>
      ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
      <textarea id=${id} rows="6" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${`${id}-help ${id}-count${error ? ` ${id}-error` : ''}`}
        .value=${live(this.values.content ?? '')}
        @input=${(e: InputEvent) => { if (!e.isComposing) this.setContent((e.target as HTMLTextAreaElement).value); }}
        @compositionend=${(e: CompositionEvent) => this.setContent((e.target as HTMLTextAreaElement).value)}></textarea>
      <p class="help count ${left < 0 ? 'over' : ''}" id="${id}-count">${left >= 0
        ? msg(str`Còn ${left} / ${limits.content} ký tự.`, { id: 'feedback.countLeft' })
        : msg(str`Quá ${-left} ký tự (tối đa ${limits.content}).`, { id: 'feedback.countOver' })}</p>
    </div>`;
  }

  private setContent(value: string): void {
    this.values = setAt(this.values, '/content', value === '' ? undefined : toNfc(value));
  }

  private renderDraftControls(): TemplateResult {
    return renderDraftToggle({
      locale: this.locale, keep: this.keepDraft, savedAt: this.draftSavedAt,
      help: msg('Chỉ bật trên thiết bị của riêng bạn: bản nháp chứa thông tin liên hệ và tệp đính kèm.', { id: 'feedback.keepDraftHelp' }),
      onToggle: (on) => this.toggleDraft(on), onDelete: () => void this.discardDraft(),
    });
  }

  private renderDraftOffer(draft: Draft<DraftContent>): TemplateResult {
    return renderDraftOffer({
      locale: this.locale, savedAt: draft.savedAt,
      title: msg('Bạn có một phản ánh chưa gửi', { id: 'feedback.draftOfferTitle' }),
      text: (saved) => msg(str`Bản nháp được lưu trên thiết bị này lúc ${saved}.`, { id: 'feedback.draftOfferText' }),
      failure: nothing,
      onRestore: () => this.restoreDraft(), onDiscard: () => void this.discardDraft(),
    });
  }

  private renderLookup(): TemplateResult {
    const codeError = this.lookupTried || cleanFeedbackCode(this.lookupCode).length >= 16 ? this.codeIssue() : null;
    const verifierError = this.lookupTried ? this.verifierIssue() : null;
    return html`<form part="lookup" class="form" novalidate @submit=${(e: Event) => void this.lookUp(e)}>
      <h2 tabindex="-1">${msg('Tra cứu phản ánh, kiến nghị', { id: 'feedback.lookupTitle' })}</h2>
      <p class="switch"><button type="button" class="link" @click=${() => this.switchTo('form')}>${msg('Gửi phản ánh, kiến nghị mới', { id: 'feedback.toForm' })}</button></p>
      ${this.renderFailure()}
      <div class="field half">
        <label for="f-lookup-code">${msg('Mã phản ánh', { id: 'feedback.code' })}</label>
        <p class="help" id="f-lookup-code-help">${msg('Ví dụ PAKN-251124-0007.', { id: 'feedback.codeHelp' })}</p>
        ${codeError ? html`<p class="error" id="f-lookup-code-error">${codeError}</p>` : nothing}
        <input id="f-lookup-code" type="text" autocomplete="off" spellcheck="false" maxlength="30" aria-invalid=${codeError ? 'true' : 'false'}
          aria-describedby=${codeError ? 'f-lookup-code-help f-lookup-code-error' : 'f-lookup-code-help'} .value=${live(this.lookupCode)}
          @input=${(e: Event) => { this.lookupCode = (e.target as HTMLInputElement).value; }}>
      </div>
      <div class="field half">
        <label for="f-lookup-verifier">${msg('Mã tra cứu', { id: 'feedback.pin' })}</label>
        <p class="help" id="f-lookup-verifier-help">${msg('Mã tra cứu trên giấy biên nhận, hoặc 4 số cuối điện thoại đã khai.', { id: 'feedback.verifierHelp' })}</p>
        ${verifierError ? html`<p class="error" id="f-lookup-verifier-error">${verifierError}</p>` : nothing}
        <input id="f-lookup-verifier" type="text" autocomplete="off" spellcheck="false" maxlength="10" aria-invalid=${verifierError ? 'true' : 'false'}
          aria-describedby=${verifierError ? 'f-lookup-verifier-help f-lookup-verifier-error' : 'f-lookup-verifier-help'} .value=${live(this.lookupVerifier)}
          @input=${(e: Event) => { this.lookupVerifier = (e.target as HTMLInputElement).value; }}>
      </div>
      <div class="actions"><button type="submit" ?disabled=${this.busy}>${msg('Tra cứu', { id: 'feedback.lookup' })}</button></div>
    </form>`;
  }
}

