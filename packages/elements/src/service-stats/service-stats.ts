/** Registers `<hpasc-service-stats>` (once, however many times the script is loaded). */
import { HpascServiceStats } from './service-stats.component.ts';

export { HpascServiceStats };

if (!customElements.get('hpasc-service-stats')) customElements.define('hpasc-service-stats', HpascServiceStats);

declare global {
  interface HTMLElementTagNameMap {
    'hpasc-service-stats': HpascServiceStats;
  }
}
