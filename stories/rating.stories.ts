/**
 * <hpasc-rating> (citizen and kiosk): every state from `ratingStates` (the same list the accessibility tests
 * run), rendered from data alone, plus a live story against the sandbox. <hpasc-rating-summary> has its own
 * file, so each tag gets its own docs page.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sandboxApi, sandboxKey } from './sandbox.ts';
import '../packages/elements/src/rating/rating.ts';
import { ratingStates } from '../packages/elements/src/rating/rating.states.ts';
import type { RatingPreview } from '../packages/elements/src/rating/rating.component.ts';

interface Args {
  preview?: RatingPreview;
}

const meta: Meta<Args> = {
  title: 'Widgets/Rating (hpasc-rating)',
  component: 'hpasc-rating',
  tags: ['autodocs'],
  render: ({ preview }) => html`<hpasc-rating lang=${preview?.lang ?? 'vi'} .preview=${preview}></hpasc-rating>`,
};
export default meta;

type Story = StoryObj<Args>;

/** One story per state; Storybook needs named exports, so they are listed once here from the data. */
const rating = (name: string): Story => ({ name, args: { preview: ratingStates[name] } });

export const Checking = rating('Checking');
export const VerifierNeeded = rating('Verifier needed');
export const VerifierWrong = rating('Verifier wrong');
export const NotYetReturned = rating('Not yet returned');
export const CouldNotLoad = rating('Could not load');
export const LevelNotChosen = rating('Level not chosen');
export const LevelMissing = rating('Level missing');
export const ChosenWithCriteria = rating('Chosen, with criteria');
export const Sending = rating('Sending');
export const ThankYou = rating('Thank you');
export const AlreadyRated = rating('Already rated (409)');
export const SendFailed = rating('Send failed, with request id');
export const RefusedFields = rating('Refused fields (422)');
export const KioskStart = rating('Kiosk start');
export const KioskLevelChosen = rating('Kiosk, level chosen');
export const KioskThankYou = rating('Kiosk thank-you');
export const KioskOfflineQueued = rating('Offline queued (kiosk)');
export const English = rating('English');
export const EnglishKiosk = rating('English, kiosk');

/** Talks to the sandbox: a counter tablet at a real reception point. */
export const LiveKiosk: Story = {
  tags: ['live'],
  render: () => html`<hpasc-rating mode="kiosk" point="cn-01-d01" counter="3" api-key=${sandboxKey} base-url=${sandboxApi}></hpasc-rating>`,
};

