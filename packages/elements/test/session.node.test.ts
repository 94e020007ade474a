/**
 * A citizen's session against a real sandbox: signed in from the center's tokens, the access token renewed
 * with the (rotated) refresh token before it expires, expired when the refresh token no longer works, and
 * revoked on sign-out — all in memory.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCore, getUserInfo, type Core } from '@hpasc/sdk/core';
import { citizenTokens } from '../../../test/support/citizens.ts';
import { startSandbox, testKey, type RunningSandbox } from '../../sandbox/test/support/sandbox.ts';
import { CitizenSession } from '../src/internal/session.ts';

let sandbox: RunningSandbox;
before(async () => { sandbox = await startSandbox(); });
after(async () => { await sandbox.stop(); });

/** A session with the page's core, whose token provider is the session, as `<hpasc-provider>` builds them. */
function sessionAndCore(): { session: CitizenSession; core: Core } {
  let core: Core | undefined;
  const session = new CitizenSession(() => core!);
  core = createCore({ baseUrl: `${sandbox.base}/v1`, apiKey: testKey, getAccessToken: () => session.accessToken() });
  return { session, core };
}

const tokensFor = (sub: string) => citizenTokens(sandbox.base, sub, 'http://localhost:8788/ward-portal/');

describe('CitizenSession', () => {
  it('starts with the claims, renews before expiry, and expires when the refresh token is gone', async () => {
    const { session, core } = sessionAndCore();
    const changes: string[] = [];
    session.addEventListener('change', () => changes.push(session.state));
    await session.start(await tokensFor('demo-citizen-01'));
    assert.equal(session.citizen?.name, 'Nguyễn Thị Lan');
    assert.ok(session.expiresAt > Date.now() + 10 * 60_000, 'about 15 minutes');
    const first = await session.accessToken();

    // Near its end, the access token is renewed before a request leaves.
    session.expiresAt = Date.now() + 5_000;
    const second = await session.accessToken();
    assert.notEqual(second, first);
    assert.equal((await getUserInfo(core)).sub, 'demo-citizen-01');

    // Past the refresh token's 8 hours, renewal fails: the session has expired and forgets the citizen.
    sandbox.sandbox.clock.advance(9 * 3600_000);
    session.expiresAt = Date.now() + 5_000;
    assert.equal(await session.accessToken(), null);
    assert.equal(session.state, 'expired');
    assert.equal(session.citizen, null);
    assert.deepEqual(changes, ['signed-in', 'signed-in', 'expired']);
  });

  it('revokes its tokens on sign-out', async () => {
    const { session, core } = sessionAndCore();
    const tokens = await tokensFor('demo-citizen-02');
    await session.start(tokens);
    await session.end();
    assert.equal(session.state, 'signed-out');
    const stale = createCore({ baseUrl: `${sandbox.base}/v1`, apiKey: testKey, getAccessToken: () => tokens.access_token });
    await assert.rejects(getUserInfo(stale), (error: Error) => error.name === 'AuthError');
  });
});
