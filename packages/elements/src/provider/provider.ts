/** Registers `<hpasc-provider>` (once, however many times the script is loaded). */
import { HpascProvider } from './provider.component.ts';

export { HpascProvider };

if (!customElements.get('hpasc-provider')) customElements.define('hpasc-provider', HpascProvider);

declare global {
  interface HTMLElementTagNameMap {
    'hpasc-provider': HpascProvider;
  }
}
