/**
 * The center's tokens for one of the sandbox's test citizens, without any page: the fake VNeID's form posted
 * straight away (what picking the citizen on its page does), the code read from the page that would post it
 * to the opener, then exchanged with the PKCE verifier. Runs in Node and in the browser.
 */
import type { Schemas } from '@hpasc/sdk';
import { createCore, createPkce, exchangeCode } from '@hpasc/sdk/core';

export const testKey = 'pk_test_hpasc_sandbox_local';

/** `base` is the sandbox's origin; `redirectUri` must be on an origin the test key allows (localhost ones are). */
export async function citizenTokens(base: string, sub: string, redirectUri: string): Promise<Schemas['TokenResponse']> {
  const core = createCore({ baseUrl: `${base}/v1`, apiKey: testKey });
  const { verifier, challenge, state } = await createPkce();
  const login = await fetch(`${base}/sandbox/idp/login`, {
    method: 'POST',
    body: new URLSearchParams({
      client_id: testKey, redirect_uri: redirectUri, state, code_challenge: challenge, response_mode: 'web_message',
      scope: 'openid profile dossiers', ui_locales: 'vi', sub,
    }),
  });
  const page = await login.text();
  const code = /"code":"([^"]+)"/.exec(page)?.[1];
  if (!code) throw new Error(`the fake VNeID answered ${login.status}: ${page.slice(0, 300)}`);
  return exchangeCode(core, { code, verifier, redirectUri });
}
