/** Registers `<hpasc-dossier-form>` (once, however many times the script is loaded). */
import type {} from '../events.ts';
import { HpascDossierForm } from './dossier-form.component.ts';

export { HpascDossierForm };

if (!customElements.get('hpasc-dossier-form')) customElements.define('hpasc-dossier-form', HpascDossierForm);

declare global {
  interface HTMLElementTagNameMap {
    'hpasc-dossier-form': HpascDossierForm;
  }
}
