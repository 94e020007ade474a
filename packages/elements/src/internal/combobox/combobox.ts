import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { foldForSearch } from '@hpasc/sdk/validators';

export { comboboxStyles } from './combobox.styles.ts';

export interface ComboOption {
  value: string;
  label: string;
}

/**
 * `<hpasc-combobox>` (internal): a select with type-ahead for long lists (communes, ethnic groups), following
 * the ARIA combobox pattern — typing filters without diacritics ("hoan kiem" finds "Hoàn Kiếm"), arrows move,
 * Enter chooses, Escape closes. It renders into the light DOM of whatever contains it, so the form's
 * `<label for>` and error links reach its input.
 *
 * @fires change - A choice was made; `value` holds it.
 */
export class HpascCombobox extends LitElement {
  /** The input's id, for the label's `for`. */
  @property({ attribute: 'input-id' }) inputId = '';
  @property({ attribute: false }) options: ComboOption[] = [];
  @property() value = '';
  @property({ attribute: 'aria-invalid-value' }) invalid = 'false';
  @property({ attribute: 'described-by' }) describedBy = '';
  @property({ attribute: 'empty-text' }) emptyText = '';
  @state() private query: string | null = null;
  @state() private open = false;
  @state() private active = 0;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get candidates(): ComboOption[] {
    if (this.query === null || this.query.trim() === '') return this.options.slice(0, 50);
    const folded = foldForSearch(this.query);
    const words = folded.split(' ').filter(Boolean);
    return this.options.filter((o) => { const label = foldForSearch(o.label); return words.every((w) => label.includes(w)); }).slice(0, 50);
  }

  private choose(option: ComboOption): void {
    this.value = option.value;
    this.query = null;
    this.open = false;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onKey = (event: KeyboardEvent): void => {
    const list = this.candidates;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.open) { this.open = true; return; }
      this.active = (this.active + (event.key === 'ArrowDown' ? 1 : -1) + list.length) % Math.max(list.length, 1);
    } else if (event.key === 'Enter' && this.open && list[this.active]) {
      event.preventDefault();
      this.choose(list[this.active]!);
    } else if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      this.open = false;
      this.query = null;
    }
  };

  protected override render() {
    const list = this.open ? this.candidates : [];
    const listId = `${this.inputId}-list`;
    const chosen = this.options.find((o) => o.value === this.value);
    const shown = this.query ?? chosen?.label ?? '';
    return html`<input id=${this.inputId} type="text" role="combobox" autocomplete="off" aria-autocomplete="list"
        aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${listId} aria-invalid=${this.invalid}
        aria-describedby=${this.describedBy || nothing} aria-activedescendant=${this.open && list[this.active] ? `${listId}-${this.active}` : nothing}
        .value=${live(shown)}
        @input=${(e: InputEvent) => { if (e.isComposing) return; this.query = (e.target as HTMLInputElement).value; this.open = true; this.active = 0; }}
        @compositionend=${(e: CompositionEvent) => { this.query = (e.target as HTMLInputElement).value; this.open = true; this.active = 0; }}
        @keydown=${this.onKey} @blur=${() => { this.open = false; this.query = null; }}>
      <ul id=${listId} role="listbox" class="combobox-list" ?hidden=${!this.open}>
        ${list.length === 0 && this.open ? html`<li class="combobox-empty">${this.emptyText}</li>` : nothing}
        ${list.map((o, i) => html`<li id=${`${listId}-${i}`} role="option" aria-selected=${i === this.active ? 'true' : 'false'}
          @mousedown=${(e: Event) => { e.preventDefault(); this.choose(o); }}>${o.label}</li>`)}
      </ul>`;
  }
}

if (!customElements.get('hpasc-combobox')) customElements.define('hpasc-combobox', HpascCombobox);

declare global {
  interface HTMLElementTagNameMap {
    'hpasc-combobox': HpascCombobox;
  }
}
