/** Registers `<hpasc-my-dossiers>` (once, however many times the script is loaded). */
import type {} from '../events.ts';
import { HpascMyDossiers } from './my-dossiers.component.ts';

export { HpascMyDossiers };

if (!customElements.get('hpasc-my-dossiers')) customElements.define('hpasc-my-dossiers', HpascMyDossiers);

declare global {
  interface HTMLElementTagNameMap {
    'hpasc-my-dossiers': HpascMyDossiers;
  }
  interface HTMLElementEventMap {
    /** A dossier is to be opened in the tracker (its code only, never a PIN or token). */
    'hpasc-track': CustomEvent<{ dossierCode: string }>;
  }
}
