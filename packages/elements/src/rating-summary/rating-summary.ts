/** Registers `<hpasc-rating-summary>` (once, however many times the script is loaded). */
import { HpascRatingSummary } from './rating-summary.component.ts';

export { HpascRatingSummary };

if (!customElements.get('hpasc-rating-summary')) customElements.define('hpasc-rating-summary', HpascRatingSummary);

declare global {
  interface HTMLElementTagNameMap {
    'hpasc-rating-summary': HpascRatingSummary;
  }
}
