/** Registers `<hpasc-rating>` (once, however many times the script is loaded). */
import { HpascRating, type RatedDetail, type RatingErrorDetail } from './rating.component.ts';

export { HpascRating };

if (!customElements.get('hpasc-rating')) customElements.define('hpasc-rating', HpascRating);

declare global {
  interface HTMLElementTagNameMap {
    'hpasc-rating': HpascRating;
  }
  interface HTMLElementEventMap {
    'hpasc-rated': CustomEvent<RatedDetail>;
  }
}

export type { RatedDetail, RatingErrorDetail };
