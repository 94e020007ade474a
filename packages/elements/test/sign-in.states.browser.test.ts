/** Every state of <hpasc-sign-in> (the list behind its stories) renders from data, speaks plainly and passes axe. */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/sign-in/sign-in.ts';
import type { HpascSignIn } from '../src/sign-in/sign-in.component.ts';
import { signInStates } from '../src/sign-in/sign-in.states.ts';

describe('<hpasc-sign-in> states', () => {
  for (const [name, preview] of Object.entries(signInStates)) {
    it(`${name}: renders from data and passes axe`, async () => {
      const el = await fixture<HpascSignIn>(html`<hpasc-sign-in lang="vi" .preview=${preview}></hpasc-sign-in>`);
      await el.updateComplete;
      const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      if (preview.phase === 'signed-in') expect(text).to.contain(`Đã đăng nhập: ${preview.name}`);
      if (preview.phase === 'signed-in' && preview.minutesLeft! <= 2) expect(el.shadowRoot!.querySelector('[role=alert]'), 'the coming expiry is said before it bites').to.exist;
      if (['signed-out', 'expired', 'failed'].includes(preview.phase)) expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Đăng nhập bằng VNeID');
      if (preview.failure?.requestId) expect(text).to.contain(preview.failure.requestId);
      await expect(el).to.be.accessible();
    });
  }
});
