/**
 * What the dossier form and the feedback form show of a draft kept on the device (see ./drafts.ts): the
 * consent toggle with the time of the last save and a delete button, and the offer to carry on with a draft
 * found on arrival. Each form says in its own words what its draft holds.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Locale } from './locale.ts';

const when = (locale: Locale, time: number, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { ...options, timeZone: 'Asia/Ho_Chi_Minh' }).format(time);

export interface DraftToggleView {
  locale: Locale;
  keep: boolean;
  savedAt: number | null;
  /** What the draft holds, so the citizen knows why to keep it only on their own device. */
  help: string;
  onToggle(on: boolean): void;
  onDelete(): void;
}

export function renderDraftToggle(view: DraftToggleView): TemplateResult {
  return html`<div class="draft">
    <label class="choice"><input id="f-keep-draft" type="checkbox" .checked=${view.keep} @change=${(e: Event) => view.onToggle((e.target as HTMLInputElement).checked)}>
      ${msg('Lưu bản nháp trên thiết bị này (tối đa 7 ngày)', { id: 'draft.keep' })}</label>
    <p class="help">${view.help}</p>
    ${view.savedAt ? html`<p role="status">${msg(str`Đã lưu bản nháp lúc ${when(view.locale, view.savedAt, { timeStyle: 'short' })}.`, { id: 'draft.savedAt' })}
      <button type="button" class="secondary" @click=${view.onDelete}>${msg('Xóa bản nháp', { id: 'draft.delete' })}</button></p>` : nothing}
  </div>`;
}

export interface DraftOfferView {
  locale: Locale;
  savedAt: number;
  title: string;
  /** Says when the draft was saved, given that time. */
  text(saved: string): string;
  failure: TemplateResult | typeof nothing;
  onRestore(): void;
  onDiscard(): void;
}

export function renderDraftOffer(view: DraftOfferView): TemplateResult {
  return html`<div class="form">
    <h2 tabindex="-1">${view.title}</h2>
    <p>${view.text(when(view.locale, view.savedAt, { dateStyle: 'medium', timeStyle: 'short' }))}</p>
    ${view.failure}
    <div class="actions">
      <button type="button" @click=${view.onRestore}>${msg('Tiếp tục bản nháp', { id: 'draft.restore' })}</button>
      <button type="button" class="secondary" @click=${view.onDiscard}>${msg('Bắt đầu lại và xóa bản nháp', { id: 'draft.discard' })}</button>
    </div>
  </div>`;
}
