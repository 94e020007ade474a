/**
 * <hpasc-sign-in>: every state from `signInStates` (the list its accessibility tests run), from data alone.
 * Signing in for real needs `npm start` and a surrounding <hpasc-provider>: see the ward-portal example.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@hpasc/elements';
import { signInStates, type SignInPreview } from '@hpasc/elements';

const meta: Meta<{ preview?: SignInPreview }> = {
  title: 'Widgets/Sign-in (hpasc-sign-in)',
  component: 'hpasc-sign-in',
  tags: ['autodocs'],
  render: ({ preview }) => html`<hpasc-sign-in .preview=${preview}></hpasc-sign-in>`,
};
export default meta;

type Story = StoryObj<{ preview?: SignInPreview }>;

const story = (name: keyof typeof signInStates): Story => ({ name, args: { preview: signInStates[name] } });

export const SignedOut = story('Signed out');
export const SigningIn = story('Signing in (popup open)');
export const PopupBlocked = story('Popup blocked (redirecting)');
export const SignedIn = story('Signed in');
export const AboutToExpire = story('Signed in, about to expire');
export const Expired = story('Expired');
export const Failed = story('Failed');
