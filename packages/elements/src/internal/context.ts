/**
 * What `<hpasc-provider>` hands to the widgets inside it: one API core (one key, one language, one token
 * hook), the signed-in citizen if any, and the session `<hpasc-sign-in>` drives.
 */
import { createContext } from '@lit/context';
import type { Schemas } from '@hpasc/sdk';
import type { Core } from '@hpasc/sdk/core';
import type { CitizenSession } from './session.ts';

export interface HpascContextValue {
  core: Core;
  /** The signed-in citizen (from `<hpasc-sign-in>`), or null when nobody is signed in. */
  citizen: Schemas['CitizenClaims'] | null;
  session?: CitizenSession;
}

export const hpascContext = createContext<HpascContextValue>(Symbol.for('hpasc-context'));
