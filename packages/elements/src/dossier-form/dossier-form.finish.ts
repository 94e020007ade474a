/**
 * The end of `<hpasc-dossier-form>`, which a citizen reaches only after every step: the one-time code that
 * confirms the applicant's mobile (and its SDK calls), and the receipt. The form loads this module when the
 * citizen reaches the review step, and waits for it before sending; if it cannot load, nothing is sent and
 * the form says so, with everything typed still there.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Schemas } from '@hpasc/sdk';
import type { Locale } from '../internal/locale.ts';

export { checkVerification, requestVerification } from '@hpasc/sdk/core';

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
