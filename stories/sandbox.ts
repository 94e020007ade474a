/**
 * Where the "Live" stories find the sandbox: `npm start`'s address, unless HPASC_SANDBOX_URL says otherwise
 * when Storybook is built or started (scripts/storybook.ts and the Storybook test start sandboxes of their
 * own); .storybook/main.ts puts it in the bundle.
 */
declare const __HPASC_SANDBOX_URL__: string;

const origin = new URL(__HPASC_SANDBOX_URL__);

/** The sandbox's API. */
export const sandboxApi = `${origin.origin}/v1`;
/** The sandbox's example pages, on the next port (another origin, as a department site). */
export const sandboxSite = `${origin.protocol}//${origin.hostname}:${Number(origin.port) + 1}`;
/** The sandbox's test key, allowed from any localhost origin. */
export const sandboxKey = 'pk_test_hpasc_sandbox_local';
