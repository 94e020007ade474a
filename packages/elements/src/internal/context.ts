/**
 * What `<hpasc-provider>` hands to the widgets inside it: one API core (one key, one language, one token
 * hook), the signed-in citizen if any, and the session `<hpasc-sign-in>` drives. The session's code comes
 * with `<hpasc-sign-in>` (the only way a citizen signs in), which hands it to the provider through
 * `openSession`: pages without a sign-in never load it.
 */
import { createContext } from '@lit/context';
import type { Schemas } from '@hpasc/sdk';
import type { Core } from '@hpasc/sdk/core';
import type { CitizenSession } from './session.ts';

export interface HpascContextValue {
  core: Core;
  /** The signed-in citizen (from `<hpasc-sign-in>`), or null when nobody is signed in. */
  citizen: Schemas['CitizenClaims'] | null;
  /** The citizen session, once a `<hpasc-sign-in>` has opened it (the same one for every widget). */
  session?: CitizenSession;
  /**
   * Opens the provider's session, made by `create` the first time (with the provider's core), and returns it;
   * later calls return the same session.
   */
  openSession?: (create: (core: () => Core) => CitizenSession) => CitizenSession;
}

export const hpascContext = createContext<HpascContextValue>(Symbol.for('hpasc-context'));
