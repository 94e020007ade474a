/**
 * What comes after the form: the receipt of a feedback sent, and what a lookup found (the feedback's status in
 * plain words and the agency's answer). Only citizens who send or follow a feedback see them, so
 * `<hpasc-feedback-form>` loads this module before sending or with the lookup's answer, not with the page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Schemas } from '@hpasc/sdk';

type Feedback = Schemas['Feedback'];
type FeedbackReceipt = Schemas['FeedbackReceipt'];

/** What the receipt needs from the form. */
export interface ReceiptView {
  date(value: string): string;
  dateTime(value: string): string;
  /** Look the feedback up at once. */
  follow(): void;
  /** A new, empty form. */
  another(): void;
}

export function renderReceipt(receipt: FeedbackReceipt, view: ReceiptView): TemplateResult {
  return html`<div part="receipt" class="form">
    <h2 tabindex="-1">${msg('Đã gửi phản ánh, kiến nghị', { id: 'feedback.sentTitle' })}</h2>
    <p>${msg('Mã phản ánh', { id: 'feedback.code' })}</p>
    <p class="code">${receipt.code}</p>
    <dl class="review">
      <dt>${msg('Mã tra cứu', { id: 'feedback.pin' })}</dt><dd class="pin">${receipt.trackingPin}</dd>
      <dt>${msg('Gửi lúc', { id: 'feedback.submittedAt' })}</dt><dd>${view.dateTime(receipt.submittedAt)}</dd>
      <dt>${msg('Hạn trả lời', { id: 'feedback.answerDueDate' })}</dt><dd>${view.date(receipt.answerDueDate)}</dd>
    </dl>
    <p class="notice">${msg('Hãy ghi lại mã phản ánh và mã tra cứu để theo dõi kết quả trả lời. Có thể tra cứu bằng 4 số cuối điện thoại thay cho mã tra cứu.', { id: 'feedback.keep' })}</p>
    <div class="actions">
      <button type="button" @click=${view.follow}>${msg('Xem tình trạng xử lý', { id: 'feedback.follow' })}</button>
      <button type="button" class="secondary" @click=${view.another}>${msg('Gửi phản ánh khác', { id: 'feedback.another' })}</button>
    </div>
  </div>`;
}

/** What the result needs from the form: its state, its formatting and its actions. */
export interface ResultView {
  /** The feedback's topic in plain words. */
  topic: string;
  failure: TemplateResult | typeof nothing;
  busy: boolean;
  /** The verifier is known, so the status can be asked for again. */
  canRefresh: boolean;
  announcement: string;
  date(value: string): string;
  dateTime(value: string): string;
  refresh(): void;
  lookUpAnother(): void;
}

export function statusWords(status: Schemas['FeedbackStatus']): { title: string; detail: string } {
  switch (status) {
    case 'received': return {
      title: msg('Đã tiếp nhận', { id: 'feedback.status.received' }),
      detail: msg('Trung tâm đã nhận phản ánh và sẽ chuyển tới bộ phận phụ trách.', { id: 'feedback.status.receivedDetail' }),
    };
    case 'processing': return {
      title: msg('Đang xem xét, xử lý', { id: 'feedback.status.processing' }),
      detail: msg('Bộ phận phụ trách đang xem xét nội dung phản ánh.', { id: 'feedback.status.processingDetail' }),
    };
    case 'answered': return {
      title: msg('Đã có trả lời', { id: 'feedback.status.answered' }),
      detail: msg('Cơ quan đã trả lời phản ánh, kiến nghị của bạn.', { id: 'feedback.status.answeredDetail' }),
    };
    default: return {
      title: msg('Đã kết thúc', { id: 'feedback.status.closed' }),
      detail: msg('Việc xử lý phản ánh này đã kết thúc.', { id: 'feedback.status.closedDetail' }),
    };
  }
}

export function renderResult(feedback: Feedback, view: ResultView): TemplateResult {
  const words = statusWords(feedback.status);
  return html`<section part="result" class="form" aria-labelledby="result-title">
    <h2 id="result-title" tabindex="-1">${feedback.title}</h2>
    <p>${msg('Mã phản ánh', { id: 'feedback.code' })}: <strong>${feedback.code}</strong></p>
    ${view.failure}
    <div class="status status-${feedback.status}">
      <p class="status-title">${words.title}</p>
      <p class="help">${words.detail}</p>
    </div>
    <dl class="review">
      <dt>${msg('Nội dung', { id: 'feedback.topicShort' })}</dt><dd>${view.topic}</dd>
      ${feedback.dossierCode ? html`<dt>${msg('Mã hồ sơ liên quan', { id: 'feedback.dossierCodeShort' })}</dt><dd>${feedback.dossierCode}</dd>` : nothing}
      <dt>${msg('Gửi lúc', { id: 'feedback.submittedAt' })}</dt><dd>${view.dateTime(feedback.submittedAt)}</dd>
      <dt>${msg('Hạn trả lời', { id: 'feedback.answerDueDate' })}</dt><dd>${view.date(feedback.answerDueDate)}</dd>
    </dl>
    ${feedback.answer ? html`<h3>${msg('Trả lời của cơ quan', { id: 'feedback.answer' })}</h3>
      <div class="answer"><p>${feedback.answer.text}</p>
        <p class="help">${feedback.answer.answeredBy} · <time datetime=${feedback.answer.answeredAt}>${view.dateTime(feedback.answer.answeredAt)}</time></p></div>`
      : html`<p>${msg('Chưa có trả lời. Bạn sẽ xem được câu trả lời tại đây khi cơ quan trả lời.', { id: 'feedback.noAnswer' })}</p>`}
    <div class="actions">
      ${view.canRefresh ? html`<button type="button" ?disabled=${view.busy} @click=${view.refresh}>${msg('Cập nhật tình trạng', { id: 'feedback.refresh' })}</button>` : nothing}
      <button type="button" class="secondary" @click=${view.lookUpAnother}>${msg('Tra cứu phản ánh khác', { id: 'feedback.lookupAnother' })}</button>
    </div>
    <div class="visually-hidden" role="status" aria-live="polite">${view.announcement}</div>
  </section>`;
}
