import { adoptStyles, html, LitElement, nothing, supportsAdoptingStyleSheets, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { consume } from '@lit/context';
import { hpascContext, type HpascContextValue } from '../internal/context.ts';
import { HpascError, ValidationError, type Schemas } from '@hpasc/sdk';
import { createCore, getProcedure, type Core } from '@hpasc/sdk/core';
import { checkCitizenId, checkMobile } from '@hpasc/sdk/validators';
import { tokens } from '../tokens.ts';
import { useLocaleOf } from '../localization.ts';
import { resolveLocale, type Locale } from '../internal/locale.ts';
import { FormModel, type FieldIssue } from '../internal/form/form-model.ts';
import { fieldId, renderField, text, type FieldContext } from '../internal/form/fields.ts';
import { issueMessage } from '../internal/form/messages.ts';
import { deleteDraft, loadDraft, saveDraft, type Draft } from '../internal/drafts.ts';
import type { qrCode } from '../internal/qr.ts';
import type { DocumentUploads, KeptUpload, UploadState } from '../internal/uploads.ts';
import { getAt, setAt } from '../internal/form/pointer.ts';
import { widgetStyles } from '../internal/styles.ts';
import { loadPart } from '../internal/load-part.ts';
import { renderDraftOffer, renderDraftToggle } from '../internal/draft-controls.ts';
import { styles } from './dossier-form.styles.ts';

type Procedure = Schemas['Procedure'];
type FormField = Schemas['FormField'];
type DocumentSlot = Schemas['DocumentSlot'];

interface Values {
  applicant: Record<string, unknown>;
  data: Record<string, unknown>;
  delivery: Record<string, unknown>;
  consent: Record<string, unknown>;
}

/** What a draft keeps: the values, the step, the uploads made and their files (to upload again if needed). */
interface DraftContent {
  stepIndex: number;
  values: Values;
  uploads: Record<string, KeptUpload[]>;
  files: Record<string, File>;
}

interface Step {
  id: string;
  title: string;
}

type Status = 'loading' | 'failed' | 'ready' | 'sending' | 'done';

/**
 * A state to show without a server (Storybook, documentation, tests): the procedure and directory as data,
 * and where the citizen is.
 */
export interface DossierFormPreview {
  procedure: Procedure;
  units?: Schemas['Unit'][];
  points?: Schemas['ReceptionPoint'][];
  /** The step to show (`applicant`, a form step id, `documents`, `delivery`, `review`). */
  step?: string;
  values?: Partial<Values>;
  /** Show the current step's errors, as after pressing Continue. */
  showErrors?: boolean;
  receipt?: Schemas['DossierReceipt'];
  queued?: boolean;
  failure?: { message: string; requestId: string | null };
  loading?: boolean;
}

const same = (label: string) => ({ vi: label, en: label });
/** The applicant's fields that VNeID vouches for: locked when the citizen is signed in. */
const identityFields = ['/applicant/fullName', '/applicant/citizenId', '/applicant/birthDate'];

/**
 * `<hpasc-dossier-form procedure="1.001193">` — a citizen submits a dossier (hồ sơ) for any procedure from
 * a form rendered from its form schema: applicant, the procedure's own steps, documents, how to receive the
 * result, review and consent, then the receipt.
 *
 * @fires hpasc-ready - The procedure is loaded and the first step shown. `detail: { procedure }`
 * @fires hpasc-step-change - Another step is shown. `detail: { step, index }`
 * @fires hpasc-submit - The dossier is being sent. `detail: { procedure }`
 * @fires hpasc-submitted - A receipt came back. `detail: { dossierCode, dueDate }` (no personal data)
 * @fires hpasc-error - Something failed. `detail: { code, requestId }`
 * @fires hpasc-draft-saved - The draft was saved in this browser. `detail: { savedAt }`
 * @fires hpasc-receipt-printed - The official receipt was sent to the printer. `detail: { dossierCode }`
 * @csspart base - The widget's frame.
 * @csspart form - The form.
 * @cssprop --hpasc-color-primary - Buttons and accents.
 */
@localized()
export class HpascDossierForm extends LitElement {
  static override styles = [tokens, widgetStyles, styles];

  /** The procedure code, e.g. `1.001193`. */
  @property() procedure = '';
  /** The site's publishable key (with `base-url`), unless a `client` is given. */
  @property({ attribute: 'api-key' }) apiKey = '';
  @property({ attribute: 'base-url' }) baseUrl = '';
  /** An SDK core (`createCore` from `@hpasc/sdk/core`) to use instead of `api-key` and `base-url`. */
  @property({ attribute: false }) core?: Core;
  /** Values to start the applicant with, e.g. a signed-in citizen's name and ID number. */
  @property({ attribute: false }) applicant: Record<string, unknown> = {};
  /** Values to start the procedure's own fields with (by their place in the form data, e.g. `{ child: { nationality: 'Việt Nam' } }`). */
  @property({ attribute: false }) data: Record<string, unknown> = {};
  /**
   * Fields the host page fills itself and the citizen does not see, as space-separated pointers into the form
   * data, e.g. `hidden-fields="/child/nationality"`. Their prefilled values are still submitted.
   */
  @property({ attribute: 'hidden-fields', converter: (value) => (value ?? '').split(/\s+/).filter(Boolean) }) hiddenFields: string[] = [];
  /**
   * The page where citizens track dossiers (with `<hpasc-dossier-tracker>`); the receipt's QR code opens it at
   * `#ho-so=<code>`. Defaults to this page.
   */
  @property({ attribute: 'track-url' }) trackUrl = '';
  /** A state to render from data alone, without a server (see `DossierFormPreview`). */
  @property({ attribute: false }) preview?: DossierFormPreview;
  /** `kiosk` for shared counter tablets: no draft is ever kept on the device. */
  @property() mode: 'default' | 'kiosk' = 'default';

  /** The configuration of a surrounding `<hpasc-provider>`, if any. */
  @consume({ context: hpascContext, subscribe: true })
  @state() private provided?: HpascContextValue;

  @state() private status: Status = 'loading';
  /** Loading has taken long enough to say so (a quick load shows no flash of a loading message). */
  @state() private slowLoad = false;
  @state() private stepIndex = 0;
  @state() private values: Values = { applicant: {}, data: {}, delivery: { method: 'counter' }, consent: {} };
  @state() private issues: { pointer: string; message: string }[] = [];
  @state() private failure: { message: string; requestId: string | null } | null = null;
  @state() private verification: { id: string; maskedPhone: string } | null = null;
  @state() private otp = '';
  @state() private receipt: Schemas['DossierReceipt'] | null = null;
  /** The QR encoder, loaded once a receipt is shown (lean-qr is a tenth of the form's weight). */
  @state() private qr: typeof qrCode | null = null;
  /** The citizen agreed to keep a draft in this browser. */
  @state() private keepDraft = false;
  @state() private draftOffer: Draft<DraftContent> | null = null;
  @state() private draftSavedAt: number | null = null;
  @state() private formChanged = false;
  /** Offline: the submit waits for the connection and is then sent, once. */
  @state() private queued = false;


  private sdk?: Core;
  private definition?: Procedure;
  private model?: FormModel;
  private units: Schemas['Unit'][] = [];
  private points: Schemas['ReceptionPoint'][] = [];
  private locale: Locale = 'vi';
  private localeReady: Promise<void> = Promise.resolve();
  private draftId = `dr_${crypto.randomUUID().replace(/-/g, '')}`;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The documents step's files (thành phần hồ sơ), uploaded as soon as they are chosen. Their code loads when
   * the citizen reaches that step, or restores a draft that has files.
   */
  private documents?: DocumentUploads;
  private documentsLoading?: Promise<DocumentUploads>;
  /** Loading the documents' code was asked for on this visit of the step (a failure is not retried in a loop). */
  private documentsAsked = false;
  private submissionToken: string | undefined;
  /**
   * Delivery, review, the one-time code, the submission and the receipt (see `dossier-form.finish.ts`), loaded
   * when the documents step is reached (or a later one, or a code or receipt is shown).
   */
  private finish?: typeof import('./dossier-form.finish.ts');
  private finishLoading = false;
  /** Loading the end's code was asked for on this visit of the step (a failure is not retried in a loop). */
  private finishAsked = false;
  private focusAfterRender: 'heading' | 'summary' | null = null;
  /** Looks added after the first render (see `adopt`). */
  private readonly adopted = new Set<CSSResult>();

  override connectedCallback(): void {
    super.connectedCallback();
    // The form shows itself once its language is in place, so English readers never see a flash of Vietnamese.
    this.localeReady = useLocaleOf(this).then((locale) => { this.locale = locale; });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('applicant')) this.values = { ...this.values, applicant: { ...this.applicant, ...this.values.applicant } };
    if (changed.has('data')) this.values = { ...this.values, data: { ...this.data, ...this.values.data } };
    const provided = changed as Map<PropertyKey, unknown>;
    const coreChanged = provided.has('provided') && (provided.get('provided') as HpascContextValue | undefined)?.core !== this.provided?.core;
    if (provided.has('provided') && this.provided?.citizen) this.prefillFromIdentity(this.provided.citizen);
    if (changed.has('preview') && this.preview) this.showPreview(this.preview);
    else if ((changed.has('procedure') || changed.has('core') || changed.has('apiKey') || changed.has('baseUrl') || coreChanged)
      && this.procedure && !this.preview && (this.core || this.provided || this.apiKey)) void this.load();
  }

  /** A signed-in citizen's name, ID number and birth date come from VNeID and are locked; the phone is a suggestion. */
  private prefillFromIdentity(citizen: Schemas['CitizenClaims']): void {
    const applicant: Record<string, unknown> = { ...this.values.applicant, fullName: citizen.name, citizenId: citizen.citizenId, birthDate: citizen.birthDate };
    if (citizen.phone && !applicant['phone']) applicant['phone'] = citizen.phone;
    this.values = { ...this.values, applicant };
  }

  /** Some procedures are filed online only by a signed-in citizen (no one-time code instead). */
  private get needsSignIn(): boolean {
    return !this.definition!.submission.verifiedPhone && !this.signedIn;
  }

  private get signInText(): string {
    return msg('Thủ tục này chỉ nộp trực tuyến được khi đã đăng nhập VNeID. Hãy đăng nhập rồi nộp.', { id: 'form.signInRequired' });
  }

  private get signedIn(): boolean {
    return Boolean(this.provided?.citizen) && !this.core && !this.apiKey;
  }

  private showPreview(preview: DossierFormPreview): void {
    this.definition = preview.procedure;
    this.model = new FormModel(preview.procedure.form);
    this.units = preview.units ?? [];
    this.points = preview.points ?? [];
    this.values = { ...this.values, delivery: { method: 'counter', pointId: this.points[0]?.id }, ...preview.values };
    this.status = preview.loading ? 'loading' : preview.receipt ? 'done' : preview.failure && !preview.step ? 'failed' : 'ready';
    this.slowLoad = true;
    this.receipt = preview.receipt ?? null;
    this.queued = preview.queued ?? false;
    this.failure = preview.failure ?? null;
    this.stepIndex = Math.max(0, this.steps.findIndex((s) => s.id === preview.step));
    this.issues = preview.showErrors ? this.issuesOf(this.steps[this.stepIndex]!).map((i) => ({ pointer: i.pointer, message: issueMessage(i) })) : [];
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.receipt && !this.qr) void import('../internal/qr.ts').then(({ qrCode }) => { this.qr = qrCode; }, () => undefined);
    // On the documents step, their code loads (once per visit of the step: a failure shows, and Continue retries).
    if (this.status === 'ready' && this.definition && !this.documents && !this.documentsAsked && this.steps[this.stepIndex]?.id === 'documents') {
      this.documentsAsked = true;
      void this.loadDocuments().catch((error: unknown) => this.fail(error));
    }
    // A receipt or a code shown from data (a preview) renders once its module is here; a failure shows as any other.
    // So does the end of the form, on its steps. It starts loading on the documents step (where files go up, so
    // the citizen is online), so that a connection lost afterwards still lets the dossier wait and be sent
    // (`queue`); a failure there is told only on the steps that need it.
    const at = this.steps[this.stepIndex]?.id;
    if (this.status === 'ready' && this.definition && !this.finish && !this.finishAsked && (at === 'documents' || at === 'delivery' || at === 'review')) {
      this.finishAsked = true;
      void this.loadFinish().then(() => this.requestUpdate(), (error: unknown) => { if (at !== 'documents') this.fail(error); });
    }
    if ((this.receipt || this.verification) && !this.finish && !this.finishLoading) {
      this.finishLoading = true;
      void this.loadFinish().then(() => this.requestUpdate(), (error: unknown) => this.fail(error));
    }
    const touched = ['values', 'stepIndex', 'keepDraft'].some((k) => (changed as Map<PropertyKey, unknown>).has(k));
    if (touched && this.keepDraft && this.status === 'ready') this.scheduleSave();
    const target = this.focusAfterRender && this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender === 'summary' ? '.summary' : 'h2');
    this.focusAfterRender = null;
    target?.focus();
  }

  private async load(): Promise<void> {
    // The procedure is asked for at once, while the language's catalog loads and the loading state renders.
    this.sdk = this.core ?? (this.apiKey ? undefined : this.provided?.core) ?? createCore({ baseUrl: this.baseUrl, apiKey: this.apiKey, locale: resolveLocale(this) });
    this.status = 'loading';
    this.slowLoad = false;
    setTimeout(() => { this.slowLoad = true; }, 400);
    try {
      // The procedure comes first and alone, so the form shows as soon as it can.
      const sdk = this.sdk;
      const procedureLoaded = getProcedure(sdk, this.procedure);
      // Looking for a draft in IndexedDB takes a while on slow phones: it runs while the procedure is on its way.
      const draft = this.mode === 'kiosk' ? Promise.resolve(undefined) : loadDraft<DraftContent>(this.procedure).catch(() => undefined);
      const [procedure] = await Promise.all([procedureLoaded, this.localeReady]);
      this.definition = procedure;
      this.model = new FormModel(procedure.form);
      this.draftOffer = (await draft) ?? null;
      this.status = 'ready';
      this.emit('hpasc-ready', { procedure: procedure.code });
      // Communes and reception points are asked for once the first step is painted, not before it (or after
      // 100 ms at most, for a page in a background tab that paints nothing); their code comes with them.
      await this.updateComplete;
      await new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve)); setTimeout(resolve, 100); });
      const { loadPlaces } = await loadPart(() => import('./dossier-form.places.ts'));
      const { units, points } = await loadPlaces(sdk);
      this.units = units;
      this.points = points;
      if (!this.values.delivery['pointId']) this.values = setAt(this.values, '/delivery/pointId', points[0]?.id);
      this.requestUpdate();
    } catch (error) {
      this.fail(error);
    }
  }

  private get steps(): Step[] {
    const form = this.definition?.form;
    return [
      { id: 'applicant', title: msg('Người nộp hồ sơ', { id: 'step.applicant' }) },
      ...(form?.layout.steps ?? []).map((s) => ({ id: s.id, title: text(s.title, this.locale) })),
      { id: 'documents', title: msg('Giấy tờ đính kèm', { id: 'step.documents' }) },
      { id: 'delivery', title: msg('Nhận kết quả', { id: 'step.delivery' }) },
      { id: 'review', title: msg('Kiểm tra và nộp', { id: 'step.review' }) },
    ];
  }

  private get applicantFields(): FormField[] {
    return [
      { pointer: '/fullName', widget: 'text', label: same(msg('Họ, chữ đệm và tên', { id: 'applicant.fullName' })), autocomplete: 'name' },
      { pointer: '/citizenId', widget: 'citizen-id', label: same(msg('Số định danh cá nhân (CCCD)', { id: 'applicant.citizenId' })), width: 'half', help: same(msg('12 chữ số trên thẻ căn cước.', { id: 'applicant.citizenIdHelp' })) },
      { pointer: '/birthDate', widget: 'date', label: same(msg('Ngày sinh', { id: 'applicant.birthDate' })), width: 'half', autocomplete: 'bday' },
      { pointer: '/phone', widget: 'phone', label: same(msg('Số điện thoại di động', { id: 'applicant.phone' })), width: 'half', help: same(msg('Mã xác thực (OTP) sẽ được gửi tới số này.', { id: 'applicant.phoneHelp' })) },
      { pointer: '/email', widget: 'email', label: same(msg('Email (nếu có)', { id: 'applicant.email' })), width: 'half' },
      { pointer: '/address', widget: 'address', label: same(msg('Nơi cư trú', { id: 'applicant.address' })) },
    ];
  }

  /** Fields read and write the form's values by full pointer (`/applicant/…`, `/data/…`), as the server names them. */
  private get context(): FieldContext {
    return {
      locale: this.locale,
      units: this.units,
      get: (pointer) => getAt(this.values, pointer),
      set: (pointer, value) => { this.values = setAt(this.values, pointer, value); },
      locked: (pointer) => this.signedIn && identityFields.includes(pointer),
      error: (pointer) => this.issues.find((i) => i.pointer === pointer)?.message,
      refresh: () => this.requestUpdate(),
      adoptStyles: (look) => this.adopt(look),
    };
  }

  /** A look that comes with a lazily loaded part (the combobox), added once to this form's shadow root. */
  private adopt(look: CSSResult): void {
    const root = this.renderRoot as ShadowRoot;
    if (!supportsAdoptingStyleSheets) {
      if (!this.adopted.has(look)) adoptStyles(root, [look]);
    } else if (!root.adoptedStyleSheets.includes(look.styleSheet!)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, look.styleSheet!];
    this.adopted.add(look);
  }

  // --- validation, one step at a time ---------------------------------------------------------------

  private issuesOf(step: Step): FieldIssue[] {
    const model = this.model!;
    switch (step.id) {
      case 'applicant': return this.applicantIssues();
      case 'documents': return this.visibleSlots().filter((s) => s.required && !this.uploaded(s.id).length).map((s) => ({ pointer: `/documents/${s.id}`, code: 'document_required' }));
      case 'delivery': return this.deliveryIssues();
      case 'review': return (['truthful', 'dataProcessing'] as const).filter((k) => this.values.consent[k] !== true).map((k) => ({ pointer: `/consent/${k}`, code: 'consent' }));
      default: {
        const own = new Set(this.definition!.form.layout.steps.find((s) => s.id === step.id)!.sections.flatMap((s) => s.fields.map((f) => f.pointer)));
        // Required objects the step's fields live in are judged as begun, so a missing one names its fields.
        let data = this.values.data;
        const required = model.requiredObjects();
        for (const pointer of own) {
          const parents = pointer.split('/').slice(1, -1);
          for (let i = 1; i <= parents.length; i++) {
            const parent = `/${parents.slice(0, i).join('/')}`;
            if (required.has(parent) && getAt(data, parent) === undefined) data = setAt(data, parent, {});
          }
        }
        return model.validate(data)
          .filter((issue) => [...own].some((p) => issue.pointer === p || issue.pointer.startsWith(`${p}/`)))
          .map((issue) => ({ ...issue, pointer: `/data${issue.pointer}` }));
      }
    }
  }

  private applicantIssues(): FieldIssue[] {
    const a = this.values.applicant as { fullName?: string; citizenId?: string; birthDate?: string; phone?: string; email?: string; address?: { detail?: string } };
    const issues: FieldIssue[] = [];
    const need = (value: unknown, pointer: string) => { if (value === undefined || value === '') issues.push({ pointer, code: 'required' }); return Boolean(value); };
    if (need(a.fullName, '/applicant/fullName') && a.fullName!.length > 100) issues.push({ pointer: '/applicant/fullName', code: 'maxLength', params: { limit: 100 } });
    if (need(a.citizenId, '/applicant/citizenId')) {
      const problem = checkCitizenId(a.citizenId!, a.birthDate ? { birthDate: a.birthDate } : {});
      if (problem) issues.push({ pointer: '/applicant/citizenId', code: problem.code === 'format' ? 'format.vn-citizen-id' : problem.code });
    }
    if (need(a.birthDate, '/applicant/birthDate') && !/^\d{4}-\d{2}-\d{2}$/.test(a.birthDate!)) issues.push({ pointer: '/applicant/birthDate', code: 'format.date' });
    if (need(a.phone, '/applicant/phone') && checkMobile(a.phone!)) issues.push({ pointer: '/applicant/phone', code: 'format.vn-phone' });
    if (a.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.email)) issues.push({ pointer: '/applicant/email', code: 'format.email' });
    need(a.address?.detail, '/applicant/address/detail');
    return issues;
  }

  private deliveryIssues(): FieldIssue[] {
    const d = this.values.delivery as { method?: string; pointId?: string; recipientName?: string; phone?: string; address?: { detail?: string } };
    const issues: FieldIssue[] = [];
    if (d.method === 'counter' && !d.pointId) issues.push({ pointer: '/delivery/pointId', code: 'required' });
    if (d.method === 'postal') {
      if (!d.recipientName) issues.push({ pointer: '/delivery/recipientName', code: 'required' });
      if (!d.phone) issues.push({ pointer: '/delivery/phone', code: 'required' });
      else if (checkMobile(d.phone)) issues.push({ pointer: '/delivery/phone', code: 'format.vn-phone' });
      if (!d.address?.detail) issues.push({ pointer: '/delivery/address/detail', code: 'required' });
    }
    return issues;
  }

  private visibleSlots(): DocumentSlot[] {
    return this.model ? this.model.slotsFor(this.model.visibleData(this.values.data)) : [];
  }

  private showIssues(issues: FieldIssue[]): void {
    this.issues = issues.map((i) => ({ pointer: i.pointer, message: issueMessage(i) }));
    this.focusAfterRender = 'summary';
  }

  // --- navigation -----------------------------------------------------------------------------------

  private next = (): void => {
    const step = this.steps[this.stepIndex]!;
    // Files cannot be attached until the documents' code is here: Continue asks for it again, and does not
    // leave the step while it is missing (even when every document is optional).
    const waiting = step.id === 'documents' && !this.documents && this.visibleSlots().length > 0;
    if (waiting) this.documentsAsked = false;
    // The delivery and review steps show nothing to fill until the end's code is here: Continue asks again.
    if ((step.id === 'delivery' || step.id === 'review') && !this.finish) {
      this.finishAsked = false;
      this.failure = null;
      return this.requestUpdate();
    }
    const issues = this.issuesOf(step);
    if (issues.length) return this.showIssues(issues);
    if (waiting) return this.requestUpdate();
    if (step.id === 'review') return void this.send();
    this.go(this.stepIndex + 1);
  };

  private back = (): void => this.go(this.stepIndex - 1);

  private loadDocuments(): Promise<DocumentUploads> {
    return (this.documentsLoading ??= loadPart(() => import('../internal/uploads.ts')).then(({ DocumentUploads }) => {
      this.documents = new DocumentUploads(
        this,
        () => ({ core: this.sdk!, draftId: this.draftId, purpose: 'dossier', procedureCode: this.definition!.code }),
        () => { if (this.keepDraft && this.status === 'ready') this.scheduleSave(); },
      );
      this.requestUpdate();
      return this.documents;
    }, (error: unknown) => {
      this.documentsLoading = undefined;
      throw error;
    }));
  }

  /** The files of a slot that are uploaded. */
  private uploaded(slotId: string): UploadState[] {
    return this.documents?.done(slotId) ?? [];
  }

  private async loadFinish(): Promise<typeof import('./dossier-form.finish.ts')> {
    return (this.finish ??= await loadPart(() => import('./dossier-form.finish.ts')));
  }

  private go(index: number): void {
    this.documentsAsked = false;
    this.finishAsked = false;
    this.issues = [];
    this.failure = null;
    this.stepIndex = Math.max(0, Math.min(index, this.steps.length - 1));
    this.focusAfterRender = 'heading';
    this.emit('hpasc-step-change', { step: this.steps[this.stepIndex]!.id, index: this.stepIndex });
  }

  private focusField(pointer: string): void {
    const root = this.renderRoot as ShadowRoot;
    const id = fieldId(pointer);
    const target = root.getElementById(id) ?? root.getElementById(`${id}-0`) ?? root.getElementById(fieldId(pointer.replace(/\/[^/]+$/, '')));
    (target?.querySelector('input, select, textarea') as HTMLElement | null ?? target)?.focus();
  }

  // --- drafts ---------------------------------------------------------------------------------------

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveNow(), 500);
  }

  private async saveNow(): Promise<void> {
    if (!this.keepDraft || this.mode === 'kiosk' || !this.definition) return;
    const { uploads, files } = this.documents?.kept() ?? { uploads: {}, files: {} };
    try {
      const draft = await saveDraft<DraftContent>({
        procedure: this.definition.code, formRevision: this.definition.form.revision, draftId: this.draftId,
        content: { stepIndex: this.stepIndex, values: this.values, uploads, files },
      });
      this.draftSavedAt = draft.savedAt;
      this.emit('hpasc-draft-saved', { savedAt: new Date(draft.savedAt).toISOString() });
    } catch {
      // Storage may be full or refused (private browsing): the form goes on without a draft.
      this.draftSavedAt = null;
    }
  }

  private async restoreDraft(): Promise<void> {
    const draft = this.draftOffer!;
    // A draft with files needs the documents' code first; if it cannot load, the draft stays offered and says so.
    if (Object.values(draft.content.uploads ?? {}).some((list) => list.length)) {
      try {
        (await this.loadDocuments()).restore(draft.content.uploads, draft.content.files ?? {});
      } catch (error) {
        return this.fail(error);
      }
    }
    this.failure = null;
    this.draftId = draft.draftId;
    this.values = draft.content.values;
    this.formChanged = draft.formRevision !== this.definition!.form.revision;
    this.keepDraft = true;
    this.draftSavedAt = draft.savedAt;
    this.draftOffer = null;
    this.go(Math.min(draft.content.stepIndex, this.steps.length - 1));
  }

  private async discardDraft(): Promise<void> {
    await deleteDraft(this.procedure).catch(() => undefined);
    this.draftOffer = null;
    this.draftSavedAt = null;
    this.keepDraft = false;
    this.focusAfterRender = 'heading';
  }

  private toggleDraft(on: boolean): void {
    this.keepDraft = on;
    if (!on) void this.discardDraft();
  }

  // --- sending --------------------------------------------------------------------------------------

  private async send(): Promise<void> {
    const procedure = this.definition!;
    this.failure = null;
    if (!navigator.onLine) return this.queue();
    if (this.needsSignIn) return void (this.failure = { message: this.signInText, requestId: null });
    let finish: typeof import('./dossier-form.finish.ts');
    try {
      finish = await this.loadFinish();
    } catch (error) {
      return this.fail(error);
    }
    // A signed-in citizen is known to the center: no one-time code.
    if (!this.submissionToken && procedure.submission.verifiedPhone && !this.signedIn) {
      if (!this.verification) return void this.requestCode(finish);
      if (!/^\d{6}$/.test(this.otp)) return this.showIssues([{ pointer: '/otp', code: 'required' }]);
      try {
        this.submissionToken = (await finish.checkVerification(this.sdk!, this.verification.id, this.otp)).submissionToken;
      } catch (error) {
        if (error instanceof ValidationError) return this.showIssues([{ pointer: '/otp', code: 'otp' }]);
        return this.fail(error);
      }
    }
    this.status = 'sending';
    this.emit('hpasc-submit', { procedure: procedure.code });
    const documents = this.visibleSlots()
      .map((slot) => ({ slotId: slot.id, uploadIds: this.uploaded(slot.id).map((u) => u.uploadId!) }))
      .filter((d) => d.uploadIds.length);
    try {
      const receipt = await finish.submit(this.sdk!, {
        procedure, draftId: this.draftId, applicant: this.values.applicant, data: this.model!.visibleData(this.values.data),
        documents, delivery: this.values.delivery, locale: this.locale, submissionToken: this.submissionToken,
      });
      this.receipt = receipt;
      this.queued = false;
      this.status = 'done';
      clearTimeout(this.saveTimer);
      void deleteDraft(procedure.code).catch(() => undefined);
      this.focusAfterRender = 'heading';
      this.emit('hpasc-submitted', { dossierCode: receipt.dossierCode, dueDate: receipt.dueDate });
    } catch (error) {
      this.status = 'ready';
      if (error instanceof ValidationError && error.fields.length) {
        // The server's pointers name fields of the submission: show the first step that holds one (a document's
        // names its slot, and files the server no longer accepts are dropped, to attach again).
        const issues = finish.fieldIssues(error.fields, documents, (slotId, uploadId) => this.documents?.drop(slotId, uploadId));
        const index = this.steps.findIndex((s) => issues.some((i) => finish.stepOwns(procedure.form, s.id, i.pointer)));
        if (index >= 0 && index !== this.stepIndex) this.go(index);
        this.issues = issues;
        this.focusAfterRender = 'summary';
        return;
      }
      if (error instanceof HpascError && (error.code === 'network' || error.code === 'timeout')) return this.queue();
      this.fail(error);
    }
  }

  /** No connection: the dossier waits and is sent when the browser is back online — with the same key, so once. */
  private queue(): void {
    this.queued = true;
    this.status = 'ready';
    window.addEventListener('online', () => void this.send(), { once: true });
  }

  private async requestCode(finish: typeof import('./dossier-form.finish.ts')): Promise<void> {
    try {
      const verification = await finish.sendCode(this.sdk!, this.values.applicant['phone'], this.definition!.code);
      this.verification = { id: verification.id, maskedPhone: verification.maskedPhone };
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    const known = error instanceof HpascError ? error : null;
    if (this.status === 'loading') this.status = 'failed';
    this.failure = { message: known?.message ?? msg('Đã có lỗi xảy ra. Vui lòng thử lại.', { id: 'error.generic' }), requestId: known?.requestId ?? null };
    this.emit('hpasc-error', { code: known?.code ?? 'unknown', requestId: known?.requestId ?? null });
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // --- rendering ------------------------------------------------------------------------------------

  /** Its language on the frame, inside the shadow root: a provider's `lang` reaches screen readers too. */
  protected override render(): TemplateResult {
    return html`<div part="base" lang=${this.locale}>${this.renderView()}</div>`;
  }

  private renderView(): TemplateResult {
    if (this.status === 'loading') return this.slowLoad ? html`<p role="status">${msg('Đang tải biểu mẫu…', { id: 'form.loading' })}</p>` : html``;
    if (this.status === 'failed') return html`<div role="alert" class="notice">${this.renderFailure()}</div>`;
    if (this.status === 'done' && this.receipt) {
      const receipt = this.receipt;
      if (!this.finish) return this.failure ? html`<div role="alert" class="notice">${this.renderFailure()}</div>` : html``;
      return this.finish.renderReceipt(receipt, {
        locale: this.locale, trackingLink: this.trackingLink(receipt.dossierCode), print: () => void this.printReceipt(receipt),
        qr: this.qr ? this.qr(this.trackingLink(receipt.dossierCode), msg('Mã QR mở trang theo dõi hồ sơ', { id: 'receipt.qr' })) : nothing,
        failure: this.failure ? html`<div role="alert" class="notice">${this.renderFailure()}</div>` : nothing,
      });
    }
    if (this.draftOffer) return this.renderDraftOffer(this.draftOffer);
    const steps = this.steps;
    const step = steps[this.stepIndex]!;
    const last = this.stepIndex === steps.length - 1;
    return html`<form part="form" class="form" novalidate @submit=${(e: Event) => { e.preventDefault(); this.next(); }}>
      <p class="progress">${msg(str`Bước ${this.stepIndex + 1} / ${steps.length}`, { id: 'form.progress' })} · ${text({ vi: this.definition!.name, en: this.definition!.name }, this.locale)}</p>
      <h2 tabindex="-1">${step.title}</h2>
      ${this.renderSummary()}
      ${this.failure ? html`<div role="alert" class="notice">${this.renderFailure()}</div>` : nothing}
      ${this.formChanged ? html`<p class="notice">${msg('Biểu mẫu đã được cập nhật từ khi lưu bản nháp. Hãy kiểm tra lại các thông tin trước khi nộp.', { id: 'draft.formChanged' })}</p>` : nothing}
      ${this.queued ? html`<p class="notice" role="status">${msg('Chưa có kết nối mạng. Hồ sơ đang chờ và sẽ được gửi tự động khi có mạng trở lại.', { id: 'form.queued' })}</p>` : nothing}
      ${this.renderStep(step)}
      <div class="actions">
        ${this.stepIndex > 0 ? html`<button type="button" class="secondary" @click=${this.back}>${msg('Quay lại', { id: 'form.back' })}</button>` : nothing}
        <button type="submit" ?disabled=${this.status === 'sending' || this.queued}>${last
          ? this.verification && !this.submissionToken ? msg('Xác nhận mã và nộp hồ sơ', { id: 'form.confirmAndSubmit' }) : msg('Nộp hồ sơ', { id: 'form.submit' })
          : msg('Tiếp tục', { id: 'form.next' })}</button>
      </div>
      ${this.mode === 'kiosk' ? nothing : this.renderDraftControls()}
    </form>`;
  }

  private renderDraftControls(): TemplateResult {
    return renderDraftToggle({
      locale: this.locale, keep: this.keepDraft, savedAt: this.draftSavedAt,
      help: msg('Chỉ bật trên thiết bị của riêng bạn: bản nháp chứa thông tin cá nhân và giấy tờ đính kèm.', { id: 'draft.keepHelp' }),
      onToggle: (on) => this.toggleDraft(on), onDelete: () => void this.discardDraft(),
    });
  }

  private renderDraftOffer(draft: Draft<DraftContent>): TemplateResult {
    return renderDraftOffer({
      locale: this.locale, savedAt: draft.savedAt,
      title: msg('Bạn có một bản nháp chưa nộp', { id: 'draft.offerTitle' }),
      text: (saved) => msg(str`Bản nháp hồ sơ này được lưu trên thiết bị lúc ${saved}.`, { id: 'draft.offerText' }),
      failure: this.failure ? html`<div role="alert" class="notice">${this.renderFailure()}</div>` : nothing,
      onRestore: () => void this.restoreDraft(), onDiscard: () => void this.discardDraft(),
    });
  }

  private renderFailure(): TemplateResult {
    return html`<p>${this.failure?.message}</p>${this.failure?.requestId
      ? html`<p>${msg(str`Mã yêu cầu: ${this.failure.requestId}. Đường dây hỗ trợ: 024.1022.`, { id: 'error.requestId' })}</p>` : nothing}`;
  }

  /** The label a citizen sees for a pointer, so the summary says which field ("Ngày sinh: …"). */
  private labelFor(pointer: string): string | undefined {
    const inside = (fields: FormField[], base: string): string | undefined => {
      for (const field of fields) {
        const at = `${base}${field.pointer}`;
        if (pointer === at || (pointer.startsWith(`${at}/`) && field.widget !== 'group')) return text(field.label, this.locale);
        if (field.widget === 'group' && pointer.startsWith(`${at}/`)) {
          const [index, ...rest] = pointer.slice(at.length + 1).split('/');
          const item = `${text(field.group!.itemLabel, this.locale)} ${Number(index) + 1}`;
          const inner = rest.length ? inside(field.group!.fields, `${at}/${index}`) : undefined;
          return inner ? `${item} — ${inner}` : item;
        }
      }
      return undefined;
    };
    if (pointer.startsWith('/documents/')) return text(this.visibleSlots().find((s) => `/documents/${s.id}` === pointer)?.name, this.locale) || undefined;
    if (pointer === '/otp') return msg('Mã xác thực (6 chữ số)', { id: 'otp.label' });
    return inside(this.applicantFields, '/applicant')
      ?? inside(this.definition?.form.layout.steps.flatMap((s) => s.sections.flatMap((sec) => sec.fields)) ?? [], '/data')
      ?? inside(this.finish?.deliveryFields() ?? [], '/delivery')
      ?? (pointer === '/delivery/pointId' ? msg('Điểm tiếp nhận nhận kết quả', { id: 'delivery.point' }) : undefined);
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (!this.issues.length) return nothing;
    return html`<div class="summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
      <h3 id="summary-title">${msg('Có thông tin cần sửa', { id: 'form.summaryTitle' })}</h3>
      <ul>${this.issues.map((i) => {
        const label = this.labelFor(i.pointer);
        return html`<li><a href=${`#${fieldId(i.pointer)}`} @click=${(e: Event) => { e.preventDefault(); this.focusField(i.pointer); }}>${label ? `${label}: ` : ''}${i.message}</a></li>`;
      })}</ul>
    </div>`;
  }

  private renderStep(step: Step): TemplateResult {
    switch (step.id) {
      case 'applicant': return html`${this.signedIn ? html`<p class="notice">${msg('Họ tên, số định danh, ngày sinh lấy từ tài khoản VNeID của bạn.', { id: 'applicant.fromIdentity' })}</p>`
        : this.needsSignIn ? html`<p class="notice">${this.signInText}</p>` : nothing}
        ${this.applicantFields.map((f) => renderField(f, this.context, '/applicant'))}`;
      case 'documents': return this.renderDocuments();
      case 'delivery':
      case 'review': {
        // The end of the form is its own module (see `dossier-form.finish.ts`): a failure to load it shows above.
        const finish = this.finish;
        if (!finish) return this.failure ? html`` : html`<p role="status">${msg('Đang tải biểu mẫu…', { id: 'form.loading' })}</p>`;
        return step.id === 'delivery' ? finish.renderDelivery(this.context, this.values.delivery, this.points) : finish.renderReview(this.context, {
          procedure: this.definition!, applicant: this.values.applicant, files: this.visibleSlots().reduce((n, s) => n + this.uploaded(s.id).length, 0),
          code: this.verification && !this.submissionToken ? finish.renderCode(this.verification.maskedPhone, this.otp,
            this.issues.find((i) => i.pointer === '/otp')?.message, (value) => { this.otp = value; }) : nothing,
        });
      }
      default: {
        const layout = this.definition!.form.layout.steps.find((s) => s.id === step.id)!;
        const hidden = new Set(this.hiddenFields);
        const visible = new Set(this.model!.visibleFields(this.values.data).map((v) => v.field).filter((f) => !hidden.has(f.pointer)));
        return html`${layout.sections.filter((s) => s.fields.some((f) => visible.has(f))).map((section) => html`<section>
          ${section.title ? html`<h3>${text(section.title, this.locale)}</h3>` : nothing}
          ${section.description ? html`<p class="help">${text(section.description, this.locale)}</p>` : nothing}
          ${section.fields.filter((f) => visible.has(f)).map((f) => renderField(f, this.context, '/data'))}
        </section>`)}`;
      }
    }
  }

  private renderDocuments(): TemplateResult {
    const slots = this.visibleSlots();
    if (!slots.length) return html`<p>${msg('Thủ tục này không yêu cầu đính kèm giấy tờ.', { id: 'documents.none' })}</p>`;
    const documents = this.documents;
    if (!documents) return html`<p role="status">${msg('Đang tải biểu mẫu…', { id: 'form.loading' })}</p>`;
    return html`${slots.map((slot) => documents.render(slot, fieldId(`/documents/${slot.id}`), this.locale,
      this.issues.find((i) => i.pointer === `/documents/${slot.id}`)?.message))}`;
  }

  /** The tracker's address for a dossier: the code in the hash (never the PIN, never in a query sent to a server). */
  private trackingLink(code: string): string {
    const page = this.trackUrl || `${location.origin}${location.pathname}`;
    return `${page.split('#')[0]}#ho-so=${encodeURIComponent(code)}`;
  }

  /**
   * Prints the official receipt (form 01 of Circular 03/2025) as the center issues it, not the host page. The
   * printing code loads on the click; if it cannot (offline), the failure shows under the receipt, as any other.
   */
  private async printReceipt(receipt: Schemas['DossierReceipt']): Promise<void> {
    try {
      await (await this.loadFinish()).printReceipt(this.renderRoot, this.sdk!, receipt);
      this.emit('hpasc-receipt-printed', { dossierCode: receipt.dossierCode });
    } catch (error) {
      this.fail(error);
    }
  }
}

