/**
 * @hpasc/sdk/core — one function per operation over a small core, for bundles that use only a few:
 * `const core = createCore({ baseUrl, apiKey }); await submitDossier(core, input)`.
 */
export { createCore, newIdempotencyKey, type ClientOptions, type Core, type RequestOptions, type Validators } from './client/core.ts';
export { LiveEvents } from './client/live.ts';
export * from './client/resources/auth.ts';
export * from './client/resources/catalog.ts';
export * from './client/resources/directory.ts';
export * from './client/resources/dossiers.ts';
export * from './client/resources/public.ts';
export * from './client/resources/uploads.ts';
export * from './client/resources/verifications.ts';
export * from './client/errors.ts';
export { Page, type PagePromise } from './client/pagination.ts';
