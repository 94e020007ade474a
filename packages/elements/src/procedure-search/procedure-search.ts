/** Registers `<hpasc-procedure-search>` (once, however many times the script is loaded). */
import type {} from '../events.ts';
import { HpascProcedureSearch, type ProcedureSelectDetail, type SearchResultsDetail } from './procedure-search.component.ts';

export { HpascProcedureSearch };

if (!customElements.get('hpasc-procedure-search')) customElements.define('hpasc-procedure-search', HpascProcedureSearch);

declare global {
  interface HTMLElementTagNameMap {
    'hpasc-procedure-search': HpascProcedureSearch;
  }
  interface HTMLElementEventMap {
    /** The citizen chose to start a procedure; cancel it to handle the start yourself. */
    'hpasc-procedure-select': CustomEvent<ProcedureSelectDetail>;
    /** Results (or their absence) are on screen. */
    'hpasc-search-results': CustomEvent<SearchResultsDetail>;
  }
}
