/**
 * <hpasc-sign-in> in a provider with a real session from the sandbox: a citizen at work is renewed before
 * the end; one who leaves the page alone sees the end coming, then is signed out as expired; sign-out
 * revokes. (The popup and redirect flows run end to end in test/sign-in.e2e.node.test.ts.)
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/provider/provider.ts';
import '../src/sign-in/sign-in.ts';
import type { HpascProvider } from '../src/provider/provider.component.ts';
import type { HpascSignIn } from '../src/sign-in/sign-in.component.ts';
import type { CitizenSession } from '../src/internal/session.ts';
import { citizenTokens, testKey } from '../../../test/support/citizens.ts';

const { base } = (await (await fetch('/__sandbox.json')).json()) as { base: string };

async function signedInWidget(sub: string): Promise<{ el: HpascSignIn; session: CitizenSession }> {
  const provider = await fixture<HpascProvider>(html`<hpasc-provider lang="vi" api-key=${testKey} base-url=${`${base}/v1`}><hpasc-sign-in></hpasc-sign-in></hpasc-provider>`);
  const el = provider.querySelector('hpasc-sign-in')!;
  await el.updateComplete;
  const session = (provider as unknown as { session: CitizenSession }).session;
  const signedIn = oneEvent(session, 'change');
  await session.start(await citizenTokens(base, sub, `${location.origin}/`));
  await signedIn;
  await el.updateComplete;
  return { el, session };
}

const text = (el: HpascSignIn) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<hpasc-sign-in> with a session', () => {
  it('renews the session of a citizen who keeps working, before it ends', async () => {
    const { el, session } = await signedInWidget('demo-citizen-01');
    expect(text(el)).to.contain('Đã đăng nhập: Nguyễn Thị Lan');
    session.expiresAt = Date.now() + 60_000;
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, key: 'a' }));
    await waitUntil(() => session.expiresAt > Date.now() + 10 * 60_000, 'renewed for another quarter hour');
    expect(session.state).to.equal('signed-in');
  });

  it('warns a citizen who left the page alone, then signs them out as expired', async function () {
    this.timeout(20_000);
    const { el, session } = await signedInWidget('demo-citizen-02');
    // Nobody has typed or clicked for ten minutes.
    (el as unknown as { lastActivity: number }).lastActivity = Date.now() - 10 * 60_000;
    session.expiresAt = Date.now() + 90_000;
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'the coming end is said', { timeout: 8_000 });
    expect(text(el)).to.contain('Phiên đăng nhập sắp hết hạn');
    await expect(el).to.be.accessible();
    session.expiresAt = Date.now() - 1;
    const out = oneEvent(el, 'hpasc-signed-out');
    expect((await out).detail).to.deep.equal({ expired: true });
    await el.updateComplete;
    expect(text(el)).to.contain('Phiên đăng nhập đã hết hạn');
    expect(session.citizen).to.equal(null);
  });

  it('signs out with one button', async () => {
    const { el, session } = await signedInWidget('demo-citizen-03');
    const out = oneEvent(el, 'hpasc-signed-out');
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Đăng xuất')!.click();
    expect((await out).detail).to.deep.equal({ expired: false });
    expect(session.state).to.equal('signed-out');
    expect(await session.accessToken()).to.equal(null);
  });
});
