/**
 * Runtime schemas (zod/mini) generated from the contract, in a subpath of their own so production bundles
 * that do not validate responses leave them out.
 */
import { config } from 'zod/mini';

// zod probes `new Function` for a faster path; under a strict Content Security Policy that probe is reported
// as a violation even though zod catches it. The widgets must run under such a policy.
config({ jitless: true });

export * from './generated/zod.ts';
