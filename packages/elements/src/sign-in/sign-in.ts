/** Registers `<hpasc-sign-in>` (once, however many times the script is loaded). */
import type {} from '../events.ts';
import { HpascSignIn } from './sign-in.component.ts';

export { HpascSignIn };

if (!customElements.get('hpasc-sign-in')) customElements.define('hpasc-sign-in', HpascSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'hpasc-sign-in': HpascSignIn;
  }
  interface HTMLElementEventMap {
    'hpasc-signed-in': CustomEvent<{ demo: boolean }>;
    'hpasc-signed-out': CustomEvent<{ expired: boolean }>;
  }
}
