/** Registers `<hpasc-dossier-tracker>` (once, however many times the script is loaded). */
import type {} from '../events.ts';
import { HpascDossierTracker } from './dossier-tracker.component.ts';

export { HpascDossierTracker };

if (!customElements.get('hpasc-dossier-tracker')) customElements.define('hpasc-dossier-tracker', HpascDossierTracker);

declare global {
  interface HTMLElementTagNameMap {
    'hpasc-dossier-tracker': HpascDossierTracker;
  }
}
