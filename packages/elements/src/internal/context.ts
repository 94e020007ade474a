/** What `<hpasc-provider>` hands to the widgets inside it: one API core (one key, one language, one token hook). */
import { createContext } from '@lit/context';
import type { Core } from '@hpasc/sdk/core';

export interface HpascContextValue {
  core: Core;
}

export const hpascContext = createContext<HpascContextValue>(Symbol.for('hpasc-context'));
