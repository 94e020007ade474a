/**
 * Withdrawing a dossier (rút hồ sơ, status 7), as the tracker and "my dossiers" both offer it: the citizen
 * says why (required, at most 1,000 characters, counted as they type) and confirms, or changes their mind.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { Schemas } from '@hpasc/sdk';

/** Statuses a citizen may still withdraw from (not yet decided, refused or stopped). */
export const withdrawable: readonly Schemas['DossierStatus'][] = [1, 2, 4, 5, 6];
export const reasonMax = 1000;

/** The form's look, for the widgets that show it. */
export const withdrawStyles = css`
  .withdraw { border-top: 1px solid var(--hpasc-color-border); margin-top: calc(var(--hpasc-space) * 2); padding-top: calc(var(--hpasc-space) * 1.5); }
  .withdraw .actions { margin-top: var(--hpasc-space); }
`;

/** What is wrong with a reason, or null. */
export function reasonIssue(reason: string): string | null {
  const trimmed = reason.trim();
  if (!trimmed) return msg('Vui lòng cho biết lý do rút hồ sơ.', { id: 'withdraw.reasonRequired' });
  return trimmed.length > reasonMax ? msg(str`Lý do có tối đa ${reasonMax} ký tự.`, { id: 'withdraw.reasonTooLong' }) : null;
}

export interface WithdrawView {
  code: string;
  /** Makes the form's ids unique on a page that lists several dossiers. */
  id: string;
  /** The heading's level where the form stands (3 in the tracker, 4 in a list of dossiers). */
  level: 3 | 4;
  reason: string;
  showErrors: boolean;
  busy: boolean;
  /** A failure of the last attempt, shown in the form. */
  failure: TemplateResult | typeof nothing;
  onInput(reason: string): void;
  onSubmit(event: Event): void;
  onCancel(): void;
}

/** The button that opens the form is the widget's; this is the form. Its reason box is `#reason-<id>`. */
export function renderWithdraw(view: WithdrawView): TemplateResult {
  const error = view.showErrors ? reasonIssue(view.reason) : null;
  const box = `reason-${view.id}`;
  const title = msg(str`Rút hồ sơ ${view.code}`, { id: 'withdraw.title' });
  return html`<form part="withdraw" class="withdraw" novalidate aria-labelledby="${box}-title" @submit=${view.onSubmit}>
    ${view.level === 3 ? html`<h3 id="${box}-title">${title}</h3>` : html`<h4 id="${box}-title">${title}</h4>`}
    <p>${msg('Hồ sơ đã rút sẽ không được giải quyết tiếp. Nếu cần, bạn phải nộp một hồ sơ mới.', { id: 'withdraw.warning' })}</p>
    ${view.failure}
    <div class="field">
      <label for=${box}>${msg('Lý do rút hồ sơ', { id: 'withdraw.reason' })}</label>
      ${error ? html`<p class="error" id="${box}-error">${error}</p>` : nothing}
      <textarea id=${box} rows="3" maxlength=${reasonMax} aria-invalid=${error ? 'true' : 'false'} aria-describedby="${box}-count${error ? ` ${box}-error` : ''}"
        .value=${live(view.reason)} @input=${(e: Event) => view.onInput((e.target as HTMLTextAreaElement).value)}></textarea>
      <p class="help" id="${box}-count">${msg(str`${view.reason.length}/${reasonMax} ký tự`, { id: 'withdraw.reasonCount' })}</p>
    </div>
    <div class="actions">
      <button type="submit" aria-busy=${view.busy ? 'true' : 'false'}>${msg('Xác nhận rút hồ sơ', { id: 'withdraw.confirm' })}</button>
      <button type="button" class="secondary" @click=${view.onCancel}>${msg('Không rút nữa', { id: 'withdraw.cancel' })}</button>
    </div>
  </form>`;
}
