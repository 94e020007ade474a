/** Every state of <hpasc-sign-in> (the list behind its stories) renders from data, speaks plainly and passes axe. */
import { expect } from '@open-wc/testing';
import '../src/sign-in/sign-in.ts';
import type { HpascSignIn, SignInPreview } from '../src/sign-in/sign-in.component.ts';
import { signInStates } from '../src/sign-in/sign-in.states.ts';
import { describeStates } from './support/states.ts';

describeStates<HpascSignIn, SignInPreview>('hpasc-sign-in', signInStates, {
  check(_el, shadow, preview) {
    const text = shadow.textContent!.replace(/\s+/g, ' ');
    if (preview.phase === 'signed-in') expect(text).to.contain(`Đã đăng nhập: ${preview.name}`);
    if (preview.phase === 'signed-in' && preview.minutesLeft! <= 2) expect(shadow.querySelector('[role=alert]'), 'the coming expiry is said before it bites').to.exist;
    if (['signed-out', 'expired', 'failed'].includes(preview.phase)) expect(shadow.querySelector('button')!.textContent).to.equal('Đăng nhập bằng VNeID');
    if (preview.failure?.requestId) expect(text).to.contain(preview.failure.requestId);
  },
});
