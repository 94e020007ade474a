/**
 * Citizen sign-in through the center (OIDC authorization code + PKCE). The SDK makes the authorize URL and
 * exchanges codes; it never stores tokens — the caller keeps them in memory and hands the access token back
 * through `getAccessToken`.
 */
import type { Core, RequestOptions } from '../core.ts';
import type { Query, Schemas } from '../types.ts';

const toBase64Url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A fresh PKCE verifier and its S256 challenge, and a state value. */
export async function createPkce(): Promise<{ verifier: string; challenge: string; state: string }> {
  const verifier = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  return { verifier, challenge, state: toBase64Url(crypto.getRandomValues(new Uint8Array(24))) };
}

/** The URL to open in the sign-in popup (or to redirect to). */
export function authorizeUrl(core: Core, params: Omit<Query<'authorize'>, 'response_type' | 'client_id' | 'code_challenge_method'>): string {
  return core.url('auth/authorize', { response_type: 'code', client_id: core.options.apiKey, code_challenge_method: 'S256', ui_locales: core.locale, ...params });
}

export async function exchangeCode(core: Core, input: { code: string; verifier: string; redirectUri: string }, options?: RequestOptions): Promise<Schemas['TokenResponse']> {
  const body = { grant_type: 'authorization_code', client_id: core.options.apiKey, code: input.code, code_verifier: input.verifier, redirect_uri: input.redirectUri } as const;
  return core.call({ method: 'POST', operationId: 'exchangeToken', path: 'auth/token', urlencoded: body }, options);
}

/** A new token pair; the old refresh token stops working (rotation). */
export async function refreshTokens(core: Core, refreshToken: string, options?: RequestOptions): Promise<Schemas['TokenResponse']> {
  const body = { grant_type: 'refresh_token', client_id: core.options.apiKey, refresh_token: refreshToken } as const;
  return core.call({ method: 'POST', operationId: 'exchangeToken', path: 'auth/token', urlencoded: body }, options);
}

/** The signed-in citizen's claims (name, ID number, birth date). */
export function getUserInfo(core: Core, options?: RequestOptions): Promise<Schemas['CitizenClaims']> {
  return core.call({ method: 'GET', operationId: 'getUserInfo', path: 'auth/userinfo', auth: ['citizen'] }, options);
}

export async function revokeToken(core: Core, token: string, options?: RequestOptions): Promise<void> {
  const body = { token, client_id: core.options.apiKey };
  await core.call({ method: 'POST', operationId: 'revokeToken', path: 'auth/revoke', urlencoded: body }, options);
}
