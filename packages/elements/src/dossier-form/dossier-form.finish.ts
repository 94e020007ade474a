/**
 * The end of `<hpasc-dossier-form>`, which a citizen reaches only after the procedure's own steps and the
 * documents: how to receive the result, the review and consent, the one-time code that confirms the
 * applicant's mobile, the submission and the receipt (and their SDK calls). The form loads this module when
 * the citizen reaches the documents step (or a later one, or a code or a receipt is shown), shows the delivery
 * and review steps once it is here, and waits for it before sending; if it cannot load, those steps say so
 * (Continue asks again), nothing is sent, and everything typed is still there.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Schemas, ValidationError } from '@hpasc/sdk';
import { getIssuedDocument, requestVerification, submitDossier, type Core } from '@hpasc/sdk/core';
import { normalizeMobile } from '@hpasc/sdk/validators';
import type { Locale } from '../internal/locale.ts';
import { renderField, type FieldContext } from '../internal/form/fields.ts';
import { loadPart } from '../internal/load-part.ts';

type FormField = Schemas['FormField'];

const same = (label: string) => ({ vi: label, en: label });

/** The choice of how to receive the result (also what names its errors in the form's summary). */
export function deliveryFields(): FormField[] {
  return [{
    pointer: '/method', widget: 'radio', label: same(msg('Cách nhận kết quả', { id: 'delivery.method' })),
    options: [
      { value: 'counter', label: same(msg('Nhận tại điểm tiếp nhận', { id: 'delivery.counter' })) },
      { value: 'postal', label: same(msg('Qua dịch vụ bưu chính công ích', { id: 'delivery.postal' })) },
      { value: 'electronic', label: same(msg('Bản điện tử (tra cứu trực tuyến)', { id: 'delivery.electronic' })) },
    ],
  }];
}

/** The delivery step: the method, then the reception point (once listed) or the postal address. */
export function renderDelivery(ctx: FieldContext, delivery: Record<string, unknown>, points: Schemas['ReceptionPoint'][]): TemplateResult {
  const method = delivery['method'];
  const pointId = delivery['pointId'];
  const pointError = ctx.error('/delivery/pointId');
  return html`${deliveryFields().map((f) => renderField(f, ctx, '/delivery'))}
    ${method === 'counter' ? html`<div class="field"><label for="f-delivery-pointId">${msg('Điểm tiếp nhận nhận kết quả', { id: 'delivery.point' })}</label>
      ${pointError ? html`<p class="error" id="f-delivery-pointId-error">${pointError}</p>` : nothing}
      <select id="f-delivery-pointId" aria-invalid=${pointError ? 'true' : 'false'} @change=${(e: Event) => ctx.set('/delivery/pointId', (e.target as HTMLSelectElement).value || undefined)}>
        ${points.map((p) => html`<option value=${p.id} ?selected=${p.id === pointId}>${p.name}</option>`)}
      </select>${points.length ? nothing : html`<p class="help" role="status">${msg('Đang tải danh sách điểm tiếp nhận…', { id: 'delivery.pointsLoading' })}</p>`}</div>` : nothing}
    ${method === 'postal' ? [
      renderField({ pointer: '/recipientName', widget: 'text', label: same(msg('Người nhận', { id: 'delivery.recipient' })), autocomplete: 'name' }, ctx, '/delivery'),
      renderField({ pointer: '/phone', widget: 'phone', label: same(msg('Số điện thoại người nhận', { id: 'delivery.phone' })) }, ctx, '/delivery'),
      renderField({ pointer: '/address', widget: 'address', label: same(msg('Địa chỉ nhận', { id: 'delivery.address' })) }, ctx, '/delivery'),
    ] : nothing}`;
}

/** What the review step shows. */
export interface ReviewView {
  procedure: Schemas['Procedure'];
  applicant: Record<string, unknown>;
  /** How many files are attached. */
  files: number;
  /** The one-time code's field, while one is awaited. */
  code: TemplateResult | typeof nothing;
}

/** The review step: what is being filed, by whom, with how many files; the two consents; the one-time code. */
export function renderReview(ctx: FieldContext, view: ReviewView): TemplateResult {
  const a = view.applicant;
  return html`<dl class="review">
      <dt>${msg('Thủ tục', { id: 'review.procedure' })}</dt><dd>${view.procedure.code} — ${view.procedure.name}</dd>
      <dt>${msg('Người nộp hồ sơ', { id: 'step.applicant' })}</dt><dd>${String(a['fullName'] ?? '')}</dd>
      <dt>${msg('Số điện thoại di động', { id: 'applicant.phone' })}</dt><dd>${String(a['phone'] ?? '')}</dd>
      <dt>${msg('Giấy tờ đính kèm', { id: 'step.documents' })}</dt><dd>${view.files}</dd>
    </dl>
    ${renderField({ pointer: '/truthful', widget: 'checkbox', label: same(msg('Tôi cam đoan những nội dung khai trên đây là đúng sự thật.', { id: 'review.truthful' })) }, ctx, '/consent')}
    ${renderField({ pointer: '/dataProcessing', widget: 'checkbox', label: same(msg('Tôi đồng ý để cơ quan nhà nước xử lý dữ liệu cá nhân của tôi để giải quyết thủ tục này.', { id: 'review.dataProcessing' })) }, ctx, '/consent')}
    ${view.code}`;
}

export { checkVerification } from '@hpasc/sdk/core';

/** Sends a one-time code to the applicant's mobile (given as typed: it goes in its normal form). */
export function sendCode(sdk: Core, phone: unknown, procedureCode: string): Promise<Schemas['Verification']> {
  return requestVerification(sdk, { phone: normalizeMobile(String(phone ?? '')) ?? '', procedureCode });
}

/**
 * Whether a field of the submission (a pointer the server names) is filled on a step: the applicant, the
 * documents and the delivery have theirs; the procedure's own steps, the fields their layout holds.
 */
export function stepOwns(form: Schemas['Procedure']['form'], stepId: string, pointer: string): boolean {
  if (pointer.startsWith('/applicant')) return stepId === 'applicant';
  if (pointer.startsWith('/documents')) return stepId === 'documents';
  if (pointer.startsWith('/delivery')) return stepId === 'delivery';
  const step = form.layout.steps.find((s) => s.id === stepId);
  return Boolean(step?.sections.some((sec) => sec.fields.some((f) => pointer === `/data${f.pointer}` || pointer.startsWith(`/data${f.pointer}/`))));
}

/** The files sent for each document slot. */
export type SentDocuments = { slotId: string; uploadIds: string[] }[];

/** What the form holds when it sends. */
export interface Submission {
  procedure: Schemas['Procedure'];
  draftId: string;
  applicant: Record<string, unknown>;
  /** The procedure's own data, visible fields only. */
  data: Record<string, unknown>;
  documents: SentDocuments;
  delivery: Record<string, unknown>;
  locale: Locale;
  submissionToken: string | undefined;
}

/**
 * Sends the dossier, with the draft's id as Idempotency-Key (so a retry is the same submission). The mobile goes
 * in its normal form and an empty email is left out.
 */
export function submit(sdk: Core, input: Submission): Promise<Schemas['DossierReceipt']> {
  const a = input.applicant as Schemas['CitizenApplicant'];
  const applicant = { ...a, type: 'citizen' as const, phone: normalizeMobile(a.phone) ?? a.phone, ...(a.email ? {} : { email: undefined }) };
  return submitDossier(sdk, {
    procedureCode: input.procedure.code, formRevision: input.procedure.form.revision, draftId: input.draftId, applicant,
    data: input.data, documents: input.documents, delivery: input.delivery as Schemas['Delivery'],
    consent: { truthful: true, dataProcessing: true }, locale: input.locale,
  }, { idempotencyKey: input.draftId, ...(input.submissionToken ? { submissionToken: input.submissionToken } : {}) });
}

/**
 * The server's field errors, placed where the form shows them. Its pointers name fields of the submission; a
 * document's pointer carries its index in the submission: the form names the slot, and `drop` forgets the files
 * the server no longer accepts (expired or already used) so the citizen attaches them again.
 */
export function fieldIssues(fields: ValidationError['fields'], documents: SentDocuments, drop: (slotId: string, uploadId: string) => void): { pointer: string; message: string }[] {
  return fields.map((f) => {
    const match = /^\/documents\/(\d+)(?:\/uploadIds\/(\d+))?/.exec(f.pointer);
    if (!match) return { pointer: f.pointer, message: f.message };
    const sent = documents[Number(match[1])];
    if (sent && match[2] !== undefined) drop(sent.slotId, sent.uploadIds[Number(match[2])]!);
    return { pointer: sent ? `/documents/${sent.slotId}` : '/documents', message: f.message };
  });
}

/** The one-time code sent to the applicant's mobile: where it went, what was typed, what is wrong with it. */
export function renderCode(maskedPhone: string, otp: string, error: string | undefined, onInput: (value: string) => void): TemplateResult {
  return html`<div class="field">
    <p class="notice" role="status">${msg(str`Mã xác thực đã được gửi tới số ${maskedPhone}.`, { id: 'otp.sent' })}</p>
    <label for="f-otp">${msg('Mã xác thực (6 chữ số)', { id: 'otp.label' })}</label>
    ${error ? html`<p class="error" id="f-otp-error">${error}</p>` : nothing}
    <input id="f-otp" inputmode="numeric" autocomplete="one-time-code" maxlength="6" .value=${otp}
      aria-invalid=${error ? 'true' : 'false'} @input=${(e: Event) => onInput((e.target as HTMLInputElement).value.trim())}>
  </div>`;
}

/** What the receipt needs from the form. */
export interface ReceiptView {
  locale: Locale;
  /** The QR code of the tracking link, once its encoder has loaded. */
  qr: TemplateResult | typeof nothing;
  trackingLink: string;
  failure: TemplateResult | typeof nothing;
  print(): void;
}

export function renderReceipt(receipt: Schemas['DossierReceipt'], view: ReceiptView): TemplateResult {
  const tag = view.locale === 'vi' ? 'vi-VN' : 'en-GB';
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(`${receipt.dueDate}T12:00:00+07:00`));
  const money = new Intl.NumberFormat(tag, { style: 'currency', currency: 'VND' }).format(receipt.fees.totalVnd);
  return html`<div class="receipt" part="receipt">
    <h2 tabindex="-1">${msg('Đã nộp hồ sơ thành công', { id: 'receipt.title' })}</h2>
    <p>${msg('Mã hồ sơ', { id: 'receipt.code' })}</p><p class="code">${receipt.dossierCode}</p>
    <dl class="review">
      <dt>${msg('Mã tra cứu', { id: 'receipt.pin' })}</dt><dd>${receipt.trackingPin}</dd>
      <dt>${msg('Ngày hẹn trả kết quả', { id: 'receipt.dueDate' })}</dt><dd>${date}</dd>
      <dt>${msg('Phí, lệ phí', { id: 'receipt.fees' })}</dt><dd>${money}</dd>
      <dt>${msg('Nơi tiếp nhận', { id: 'receipt.point' })}</dt><dd>${receipt.receptionPoint.name}</dd>
    </dl>
    <p class="notice">${msg('Hãy lưu mã hồ sơ và mã tra cứu để theo dõi tiến độ giải quyết.', { id: 'receipt.keep' })}</p>
    <figure class="qr-figure">${view.qr}
      <figcaption>${msg('Quét mã để theo dõi hồ sơ (không chứa mã tra cứu).', { id: 'receipt.qrCaption' })}</figcaption></figure>
    ${view.failure}
    <div class="actions">
      <a class="button" href=${view.trackingLink}>${msg('Theo dõi hồ sơ', { id: 'receipt.track' })}</a>
      <button type="button" class="secondary" @click=${view.print}>${msg('In giấy tiếp nhận', { id: 'receipt.print' })}</button>
    </div>
  </div>`;
}

/**
 * Prints the official receipt (form 01 of Circular 03/2025) as the center issues it, not the host page; the
 * printing code loads on the call.
 */
export async function printReceipt(root: Node, sdk: Core, receipt: Schemas['DossierReceipt']): Promise<void> {
  const [{ printDocument }, page] = await Promise.all([
    loadPart(() => import('../internal/print.ts')),
    getIssuedDocument(sdk, receipt.dossierCode, receipt.receiptDocumentId, 'html'),
  ]);
  printDocument(root, page);
}
