/**
 * How files travel to the server (the SDK's upload with progress, and its delete), in a module of its own so
 * pages load it only once a citizen chooses a file (see `internal/uploads.ts`).
 */
export { createUpload, deleteUpload } from '@hpasc/sdk/core';
