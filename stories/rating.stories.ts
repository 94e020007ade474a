/**
 * <hpasc-rating> (citizen and kiosk) and <hpasc-rating-summary>: every state from `ratingStates` and
 * `ratingSummaryStates` (the same lists the accessibility tests run), rendered from data alone, plus live
 * stories against the sandbox when `npm start` runs.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/provider/provider.ts';
import '../packages/elements/src/rating/rating.ts';
import '../packages/elements/src/rating-summary/rating-summary.ts';
import { ratingStates } from '../packages/elements/src/rating/rating.states.ts';
import { ratingSummaryStates } from '../packages/elements/src/rating-summary/rating-summary.states.ts';
import type { RatingPreview } from '../packages/elements/src/rating/rating.component.ts';
import type { RatingSummaryPreview } from '../packages/elements/src/rating-summary/rating-summary.component.ts';

interface Args {
  preview?: RatingPreview;
  summary?: RatingSummaryPreview;
}

const meta: Meta<Args> = {
  title: 'Widgets/Rating (hpasc-rating, hpasc-rating-summary)',
  component: 'hpasc-rating',
  tags: ['autodocs'],
  render: ({ preview, summary }) => (summary
    ? html`<hpasc-rating-summary lang=${summary.lang ?? 'vi'} .preview=${summary}></hpasc-rating-summary>`
    : html`<hpasc-rating lang=${preview?.lang ?? 'vi'} .preview=${preview}></hpasc-rating>`),
};
export default meta;

type Story = StoryObj<Args>;

/** One story per state; Storybook needs named exports, so they are listed once here from the data. */
const rating = (name: string): Story => ({ name, args: { preview: ratingStates[name] } });
const summary = (name: string): Story => ({ name, args: { summary: ratingSummaryStates[name] } });

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
export const SummaryLoading = summary('Summary loading');
export const SummaryLoaded = summary('Summary loaded');
export const SummaryLoadedRealFigures = summary('Summary loaded, real figures');
export const SummaryEmpty = summary('Summary empty');
export const SummaryFailed = summary('Summary failed');
export const SummaryEnglish = summary('Summary, English');

/** Talks to the sandbox (`npm start`): a counter tablet at a real reception point. */
export const LiveKiosk: Story = {
  render: () => html`<hpasc-rating mode="kiosk" point="cn-01-d01" counter="3" api-key="pk_test_hpasc_sandbox_local" base-url="http://127.0.0.1:8787/v1"></hpasc-rating>`,
};

/** Talks to the sandbox (`npm start`): the satisfaction figures of branch 1. */
export const LiveSummary: Story = {
  render: () => html`<hpasc-provider api-key="pk_test_hpasc_sandbox_local" base-url="http://127.0.0.1:8787/v1">
    <hpasc-rating-summary scope="branch" scope-id="cn-01"></hpasc-rating-summary></hpasc-provider>`,
};
