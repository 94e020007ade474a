/** Registers `<hpasc-branch-finder>` (once, however many times the script is loaded). */
import type {} from '../events.ts';
import { HpascBranchFinder } from './branch-finder.component.ts';

export { HpascBranchFinder };

if (!customElements.get('hpasc-branch-finder')) customElements.define('hpasc-branch-finder', HpascBranchFinder);

declare global {
  interface HTMLElementTagNameMap {
    'hpasc-branch-finder': HpascBranchFinder;
  }
  interface HTMLElementEventMap {
    /** The citizen chose a reception point (its id only). */
    'hpasc-point-select': CustomEvent<{ pointId: string }>;
  }
}
