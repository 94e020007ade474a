/**
 * @hpasc/sdk — the typed client of the Hanoi Public Administration Service Center's API.
 * Every request and response shape comes from the contract (`openapi/hpasc.openapi.yaml`).
 */
export type { components, operations, paths } from './generated/types.ts';
export { createClient, type FullClientOptions, type HpascClient } from './client/client.ts';
export { newIdempotencyKey, type ClientOptions, type RequestOptions, type Validators } from './client/core.ts';
export {
  AuthError, ConflictError, HpascError, NetworkError, NotFoundError, RateLimitError, ServerError, TimeoutError, ValidationError, type FieldError,
} from './client/errors.ts';
export type { Locale } from './client/messages.ts';
export { Page, type PagePromise } from './client/pagination.ts';
export type { UploadInput, UploadOptions, UploadProgress } from './client/resources/uploads.ts';
export type { SubmitOptions } from './client/resources/dossiers.ts';
export type { LiveOptions, WatchOptions } from './client/live.ts';

import type { components } from './generated/types.ts';

/** The contract's component schemas by name, e.g. `Schemas['DossierReceipt']`. */
export type Schemas = components['schemas'];
