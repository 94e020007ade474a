/**
 * One template per field widget of the form schema, in the form's own shadow root (so labels, error links
 * and focus work). Inputs are never rewritten while an IME composition is open (`live`), and text is stored
 * in NFC.
 */
import { html, noChange, nothing, type CSSResult, type TemplateResult } from 'lit';
import { directive, Directive, type PropertyPart } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { Schemas } from '@hpasc/sdk';
import { toNfc } from '@hpasc/sdk/validators';
import type { Locale } from '../locale.ts';

type FormField = Schemas['FormField'];
type LocalizedText = Schemas['LocalizedText'];

export interface FieldContext {
  locale: Locale;
  get(pointer: string): unknown;
  set(pointer: string, value: unknown): void;
  error(pointer: string): string | undefined;
  units: readonly Schemas['Unit'][];
  /** Fields someone else vouches for (a signed-in citizen's identity): shown, not editable. */
  locked?(pointer: string): boolean;
  /** Renders the fields again (once a part they wait for has loaded, or could not). */
  refresh?(): void;
  /**
   * Adds to the widget's shadow root the look of a part that loads when a field first needs it (the combobox's),
   * so a widget that may never show one does not carry it; called on each render that shows one.
   */
  adoptStyles?(look: CSSResult): void;
}

interface Choice {
  value: string;
  label: string;
}

/** `<hpasc-combobox>`: loading, defined, or its module could not load (offline, a broken cache). */
let combobox: 'loading' | 'ready' | 'failed' | undefined;
/** The combobox's look, for the shadow root it renders into (see `FieldContext.adoptStyles`). */
let comboboxLook: CSSResult | undefined;

/**
 * A long list to choose from: the type-ahead `<hpasc-combobox>`, loaded when a field first needs it (many
 * forms have none). Until it is defined the element shows nothing for a moment; if it cannot load, the
 * field is a plain `<select>` of the same choices, under the same id, so nothing is lost.
 */
function choices(ctx: FieldContext, id: string, value: string, options: Choice[], invalid: string | undefined, describedBy: string | undefined,
  emptyText: string, onChange: (value: string | undefined) => void): TemplateResult {
  if (!combobox) {
    combobox = 'loading';
    import('../combobox/combobox.ts').then((loaded) => { comboboxLook = loaded.comboboxStyles; return 'ready' as const; }, () => 'failed' as const)
      .then((outcome) => { combobox = outcome; ctx.refresh?.(); });
  }
  if (comboboxLook) ctx.adoptStyles?.(comboboxLook);
  if (combobox === 'failed') {
    return html`<select id=${id} aria-invalid=${invalid ?? 'false'} aria-describedby=${ifDefined(describedBy)}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value || undefined)}>
      <option value="" ?selected=${!value}>${msg('— Chọn —', { id: 'field.choose' })}</option>
      ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>`;
  }
  return html`<hpasc-combobox input-id=${id} aria-invalid-value=${ifDefined(invalid)} described-by=${describedBy ?? ''} .value=${value}
    empty-text=${emptyText} .options=${options} @change=${(e: Event) => onChange((e.target as HTMLInputElement).value || undefined)}></hpasc-combobox>`;
}

/** A stable element id for a data pointer, e.g. `/child/fullName` → `f-child-fullName`. */
export const fieldId = (pointer: string) => `f${pointer.replace(/\//g, '-')}`;
export const text = (value: LocalizedText | undefined, locale: Locale) => (value ? value[locale] : '');

const widthClass = (field: FormField) => `field ${field.width ?? 'full'}`;

function described(id: string, field: FormField, error: string | undefined) {
  return [field.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function helpAndError(id: string, field: FormField, ctx: FieldContext, error: string | undefined) {
  return html`${field.help ? html`<p class="help" id="${id}-help">${text(field.help, ctx.locale)}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}`;
}

/** Text typed by a citizen: NFC once the composition is over; nothing written back while composing. */
function onText(ctx: FieldContext, pointer: string) {
  return (event: InputEvent) => {
    if (event.isComposing) return;
    const value = (event.target as HTMLInputElement).value;
    ctx.set(pointer, value === '' ? undefined : toNfc(value));
  };
}

/**
 * A date (ngày, tháng, năm) is typed in three boxes, as GOV.UK asks for dates people know: no calendar to
 * scroll back decades on a phone (and no costly native date control to build). Complete parts make an ISO
 * date; incomplete ones are kept as typed, in a form the `date` format refuses, so nothing is lost.
 */
export function composeDate(day: string, month: string, year: string): string | undefined {
  if (!day && !month && !year) return undefined;
  return /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year)
    ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : `${year}-${month}-${day}`;
}

export function dateParts(value: unknown): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = typeof value === 'string' ? value.split('-') : [];
  return { day, month, year };
}

/** Writes a date part into its box unless the box already shows that number (a typed `5` stays, not `05`). */
const datePart = directive(class extends Directive {
  render(value: string) { return value; }
  override update(part: PropertyPart, [value]: [string]) {
    const shown = (part.element as HTMLInputElement).value;
    return shown === value || (/^\d+$/.test(shown) && /^\d+$/.test(value) && Number(shown) === Number(value)) ? noChange : value;
  }
});

function renderDate(field: FormField, ctx: FieldContext, pointer: string, id: string, label: string, error: string | undefined, describedBy: string | undefined) {
  const parts = dateParts(ctx.get(pointer));
  const invalid = error ? 'true' : 'false';
  const box = (part: 'day' | 'month' | 'year', boxId: string, boxLabel: string) => html`<div class="date-part ${part}">
    <label for=${boxId}>${boxLabel}</label>
    <input id=${boxId} type="text" inputmode="numeric" maxlength=${part === 'year' ? 4 : 2} aria-invalid=${invalid} ?readonly=${ctx.locked?.(pointer) ?? false}
      autocomplete=${ifDefined(field.autocomplete === 'bday' ? `bday-${part}` : undefined)} .value=${datePart(parts[part])}
      @input=${(event: InputEvent) => {
        if (event.isComposing) return;
        const next = { ...dateParts(ctx.get(pointer)), [part]: (event.target as HTMLInputElement).value.trim().replace(/-/g, '') };
        ctx.set(pointer, composeDate(next.day, next.month, next.year));
      }}></div>`;
  return html`<fieldset class=${widthClass(field)} aria-describedby=${ifDefined(describedBy)}><legend>${label}</legend>${helpAndError(id, field, ctx, error)}
    <div class="date-parts">${box('day', id, msg('Ngày', { id: 'field.day' }))}${box('month', `${id}-month`, msg('Tháng', { id: 'field.month' }))}${box('year', `${id}-year`, msg('Năm', { id: 'field.year' }))}</div>
  </fieldset>`;
}

const inputKinds: Record<string, { type: string; inputmode?: string; autocomplete?: string }> = {
  text: { type: 'text' },
  'citizen-id': { type: 'text', inputmode: 'numeric' },
  phone: { type: 'tel', inputmode: 'tel', autocomplete: 'tel' },
  email: { type: 'email', inputmode: 'email', autocomplete: 'email' },
  'tax-code': { type: 'text', inputmode: 'numeric' },
};

export function renderField(field: FormField, ctx: FieldContext, base = ''): TemplateResult {
  const pointer = base + field.pointer;
  const id = fieldId(pointer);
  const error = ctx.error(pointer);
  const value = ctx.get(pointer);
  const label = text(field.label, ctx.locale);
  const invalid = error ? 'true' : 'false';
  const describedBy = described(id, field, error);
  const onComposed = (event: CompositionEvent) => ctx.set(pointer, toNfc((event.target as HTMLInputElement).value) || undefined);

  switch (field.widget) {
    case 'date':
      return renderDate(field, ctx, pointer, id, label, error, describedBy);
    case 'textarea':
      return html`<div class=${widthClass(field)}><label for=${id}>${label}</label>${helpAndError(id, field, ctx, error)}
        <textarea id=${id} rows="4" aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)} .value=${live(String(value ?? ''))}
          @input=${onText(ctx, pointer)} @compositionend=${onComposed}></textarea></div>`;
    case 'number':
    case 'money': {
      const amount = typeof value === 'number' ? value : undefined;
      const words = field.widget === 'money' && amount !== undefined
        ? new Intl.NumberFormat(ctx.locale === 'vi' ? 'vi-VN' : 'en-GB', { style: 'currency', currency: 'VND' }).format(amount) : '';
      return html`<div class=${widthClass(field)}><label for=${id}>${label}</label>${helpAndError(id, field, ctx, error)}
        <input id=${id} type="text" inputmode="numeric" aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)}
          .value=${live(amount === undefined ? String(value ?? '') : String(amount))}
          @input=${(e: Event) => {
            const typed = (e.target as HTMLInputElement).value.trim();
            // Money is whole đồng, written with separators (1.000.000); other numbers may have a decimal comma (12,5).
            const raw = field.widget === 'money' ? typed.replace(/[\s.,]/g, '') : typed.replace(/\s/g, '').replace(',', '.');
            ctx.set(pointer, raw === '' ? undefined : /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw);
          }}>
        ${words ? html`<p class="help" aria-live="polite">${words}</p>` : nothing}</div>`;
    }
    case 'combobox':
      return html`<div class=${widthClass(field)}><label for=${id}>${label}</label>${helpAndError(id, field, ctx, error)}
        ${choices(ctx, id, String(value ?? ''), (field.options ?? []).map((o) => ({ value: String(o.value), label: text(o.label, ctx.locale) })), invalid, describedBy,
          msg('Không có lựa chọn phù hợp.', { id: 'field.noMatch' }),
          (chosen) => ctx.set(pointer, (field.options ?? []).find((o) => String(o.value) === chosen)?.value))}</div>`;
    case 'select':
      return html`<div class=${widthClass(field)}><label for=${id}>${label}</label>${helpAndError(id, field, ctx, error)}
        <select id=${id} aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)}
          @change=${(e: Event) => {
            const index = (e.target as HTMLSelectElement).selectedIndex - 1;
            ctx.set(pointer, index < 0 ? undefined : field.options![index]!.value);
          }}>
          <option value="" ?selected=${value === undefined}>${msg('— Chọn —', { id: 'field.choose' })}</option>
          ${(field.options ?? []).map((o, i) => html`<option value=${i} ?selected=${o.value === value}>${text(o.label, ctx.locale)}</option>`)}
        </select></div>`;
    case 'radio':
      return html`<fieldset class=${widthClass(field)} id=${id} tabindex="-1" aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)}>
        <legend>${label}</legend>${helpAndError(id, field, ctx, error)}
        ${(field.options ?? []).map((o, i) => html`<label class="choice"><input type="radio" name=${id} .checked=${o.value === value}
          @change=${() => ctx.set(pointer, o.value)} id=${i === 0 ? `${id}-0` : `${id}-${i}`}> ${text(o.label, ctx.locale)}</label>`)}
      </fieldset>`;
    case 'checkboxes': {
      const chosen = Array.isArray(value) ? value : [];
      return html`<fieldset class=${widthClass(field)} id=${id} tabindex="-1" aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)}>
        <legend>${label}</legend>${helpAndError(id, field, ctx, error)}
        ${(field.options ?? []).map((o) => html`<label class="choice"><input type="checkbox" .checked=${chosen.includes(o.value)}
          @change=${(e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            const next = on ? [...chosen, o.value] : chosen.filter((v) => v !== o.value);
            ctx.set(pointer, next.length ? next : undefined);
          }}> ${text(o.label, ctx.locale)}</label>`)}
      </fieldset>`;
    }
    case 'checkbox':
      return html`<div class=${widthClass(field)}>${helpAndError(id, field, ctx, error)}<label class="choice"><input id=${id} type="checkbox"
        aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)} .checked=${value === true}
        @change=${(e: Event) => ctx.set(pointer, (e.target as HTMLInputElement).checked ? true : undefined)}> ${label}</label></div>`;
    case 'address': {
      const address = (value ?? {}) as { detail?: string; unitCode?: string };
      const detailError = ctx.error(`${pointer}/detail`) ?? error;
      return html`<fieldset class=${widthClass(field)} aria-describedby=${ifDefined(describedBy)}><legend>${label}</legend>${helpAndError(id, field, ctx, error)}
        <label for=${`${id}-unitCode`}>${msg('Xã, phường (Hà Nội)', { id: 'field.commune' })}</label>
        <p class="help" id=${`${id}-unitCode-help`}>${msg('Gõ tên xã, phường (có dấu hoặc không dấu) rồi chọn trong danh sách.', { id: 'field.communeHelp' })}</p>
        ${choices(ctx, `${id}-unitCode`, address.unitCode ?? '', ctx.units.map((u) => ({ value: u.code, label: u.name })), undefined, `${id}-unitCode-help`,
          msg('Không tìm thấy xã, phường nào.', { id: 'field.communeNone' }), (chosen) => ctx.set(`${pointer}/unitCode`, chosen))}
        <label for=${`${id}-detail`}>${msg('Số nhà, đường, thôn, tổ', { id: 'field.street' })}</label>
        ${detailError && detailError !== error ? html`<p class="error" id="${id}-detail-error">${detailError}</p>` : nothing}
        <input id=${`${id}-detail`} type="text" autocomplete="street-address" aria-invalid=${detailError ? 'true' : 'false'}
          .value=${live(address.detail ?? '')} @input=${onText(ctx, `${pointer}/detail`)}
          @compositionend=${(e: CompositionEvent) => ctx.set(`${pointer}/detail`, toNfc((e.target as HTMLInputElement).value) || undefined)}>
      </fieldset>`;
    }
    case 'group': {
      const items = Array.isArray(value) ? value : [];
      const group = field.group!;
      return html`<fieldset class="group" id=${id} tabindex="-1" aria-describedby=${ifDefined(describedBy)}><legend>${label}</legend>${helpAndError(id, field, ctx, error)}
        ${items.map((_, i) => html`<fieldset class="item"><legend>${text(group.itemLabel, ctx.locale)} ${i + 1}</legend>
          ${group.fields.map((f) => renderField(f, ctx, `${pointer}/${i}`))}
          <button type="button" class="secondary" @click=${() => ctx.set(pointer, items.filter((__, j) => j !== i))}>
            ${msg(str`Xóa ${text(group.itemLabel, ctx.locale)} ${i + 1}`, { id: 'field.removeItem' })}</button>
        </fieldset>`)}
        <button type="button" class="secondary" @click=${() => ctx.set(pointer, [...items, {}])}>${text(group.addLabel, ctx.locale)}</button>
      </fieldset>`;
    }
    default: {
      const kind = inputKinds[field.widget] ?? inputKinds['text']!;
      return html`<div class=${widthClass(field)}><label for=${id}>${label}</label>${helpAndError(id, field, ctx, error)}
        <input id=${id} type=${kind.type} inputmode=${ifDefined(kind.inputmode)} autocomplete=${ifDefined(field.autocomplete ?? kind.autocomplete)} ?readonly=${ctx.locked?.(pointer) ?? false}
          placeholder=${ifDefined(field.placeholder ? text(field.placeholder, ctx.locale) : undefined)}
          aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)} .value=${live(String(value ?? ''))}
          @input=${onText(ctx, pointer)} @compositionend=${onComposed}></div>`;
    }
  }
}
