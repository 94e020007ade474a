/**
 * A signed-in citizen's session (phiên đăng nhập), in memory only: the tokens never go to localStorage,
 * sessionStorage, the host page's cookies or a URL. The access token is renewed with the refresh token
 * (rotated by the server) shortly before it expires; when that fails the session has expired.
 */
import type { Schemas } from '@hpasc/sdk';
import { getUserInfo, refreshTokens, revokeToken, type Core } from '@hpasc/sdk/core';

/** Renew when less than this is left, so a request never leaves with a token about to die. */
const renewMarginMs = 60_000;

export type SessionState = 'signed-out' | 'signed-in' | 'expired';

export class CitizenSession extends EventTarget {
  state: SessionState = 'signed-out';
  citizen: Schemas['CitizenClaims'] | null = null;
  /** When the access token stops working (ms since the epoch). */
  expiresAt = 0;
  private access: string | null = null;
  private refresh: string | null = null;
  private renewing: Promise<void> | null = null;

  /** `core` is the page's core, whose token provider is this session's `accessToken`. */
  constructor(private readonly core: () => Core) {
    super();
  }

  async start(tokens: Schemas['TokenResponse']): Promise<void> {
    this.keep(tokens);
    this.citizen = await getUserInfo(this.core());
    this.change('signed-in');
  }

  /** The access token for a request, renewed first when it is about to expire; null when signed out. */
  async accessToken(): Promise<string | null> {
    if (!this.access) return null;
    if (this.expiresAt - Date.now() < renewMarginMs) await this.renew().catch(() => undefined);
    return this.access;
  }

  /** A new token pair from the refresh token (once at a time); the session expires if the server refuses. */
  renew(): Promise<void> {
    this.renewing ??= (async () => {
      try {
        if (!this.refresh) throw new Error('no refresh token');
        this.keep(await refreshTokens(this.core(), this.refresh));
        this.change('signed-in');
      } catch (error) {
        this.clear();
        this.change('expired');
        throw error;
      } finally {
        this.renewing = null;
      }
    })();
    return this.renewing;
  }

  /** Signs out (`signed-out`), or lets a session nobody used run out (`expired`); the tokens are revoked either way. */
  async end(state: 'signed-out' | 'expired' = 'signed-out'): Promise<void> {
    const tokens = [this.refresh, this.access].filter((t): t is string => Boolean(t));
    this.clear();
    this.change(state);
    await Promise.all(tokens.map((token) => revokeToken(this.core(), token).catch(() => undefined)));
  }

  private keep(tokens: Schemas['TokenResponse']): void {
    this.access = tokens.access_token;
    this.refresh = tokens.refresh_token ?? null;
    this.expiresAt = Date.now() + tokens.expires_in * 1000;
  }

  private clear(): void {
    this.access = this.refresh = null;
    this.citizen = null;
    this.expiresAt = 0;
  }

  private change(state: SessionState): void {
    this.state = state;
    this.dispatchEvent(new Event('change'));
  }
}
