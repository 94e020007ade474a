/**
 * @hpasc/sdk — the typed client of the Hanoi Public Administration Service Center's API.
 * Every request and response shape comes from the contract (`openapi/hpasc.openapi.yaml`).
 */
export type { components, operations, paths } from './generated/types.ts';

import type { components } from './generated/types.ts';

/** The contract's component schemas by name, e.g. `Schemas['DossierReceipt']`. */
export type Schemas = components['schemas'];
