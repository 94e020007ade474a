/**
 * <hpasc-my-dossiers>: every state from `myDossiersStates` (the same list the accessibility tests run),
 * rendered from data alone — signed out, loading, empty, the list, more pages, failures, the withdrawal form,
 * the rating open — plus a live story against the sandbox (`npm run storybook` starts it).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sandboxApi, sandboxKey, sandboxSite } from './sandbox.ts';
import '../packages/elements/src/provider/provider.ts';
import '../packages/elements/src/sign-in/sign-in.ts';
import '../packages/elements/src/my-dossiers/my-dossiers.ts';
import { myDossiersStates } from '../packages/elements/src/my-dossiers/my-dossiers.states.ts';
import type { MyDossiersPreview } from '../packages/elements/src/my-dossiers/my-dossiers.component.ts';

const meta: Meta<{ preview?: MyDossiersPreview }> = {
  title: 'Widgets/My dossiers (hpasc-my-dossiers)',
  component: 'hpasc-my-dossiers',
  tags: ['autodocs'],
  render: ({ preview }) => html`<hpasc-my-dossiers lang=${preview?.lang ?? 'vi'} .preview=${preview}></hpasc-my-dossiers>`,
};
export default meta;

type Story = StoryObj<{ preview?: MyDossiersPreview }>;

/** One story per state; Storybook needs named exports, so they are listed once here from the data. */
const story = (name: keyof typeof myDossiersStates): Story => ({ name, args: { preview: myDossiersStates[name] } });

export const SignedOut = story('Signed out');
export const Loading = story('Loading');
export const Empty = story('Empty');
export const List = story('List');
export const MorePages = story('More pages');
export const LoadingMore = story('Loading more');
export const CouldNotLoad = story('Could not load');
export const CouldNotLoadMore = story('Could not load more');
export const WithdrawFormOpen = story('Withdraw form open');
export const WithdrawReasonMissing = story('Withdraw, reason missing');
export const RatingOpen = story('Rating open');
export const English = story('English');
export const EnglishSignedOut = story('English, signed out');

/** Talks to the sandbox: sign in as a test citizen, then see their dossiers, 5 at a time. */
export const Live: Story = {
  tags: ['live'],
  render: () => html`<hpasc-provider api-key=${sandboxKey} base-url=${sandboxApi}>
    <hpasc-sign-in></hpasc-sign-in>
    <hpasc-my-dossiers page-size="5" track-url=${`${sandboxSite}/ward-portal/theo-doi.html`}></hpasc-my-dossiers>
  </hpasc-provider>`,
};
