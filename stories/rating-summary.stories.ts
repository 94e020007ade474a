/**
 * <hpasc-rating-summary>: every state from `ratingSummaryStates` (the same list the accessibility tests run),
 * rendered from data alone, plus a live story against the sandbox.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sandboxApi, sandboxKey } from './sandbox.ts';
import '../packages/elements/src/provider/provider.ts';
import '../packages/elements/src/rating-summary/rating-summary.ts';
import { ratingSummaryStates } from '../packages/elements/src/rating-summary/rating-summary.states.ts';
import type { RatingSummaryPreview } from '../packages/elements/src/rating-summary/rating-summary.component.ts';

interface Args {
  preview?: RatingSummaryPreview;
}

const meta: Meta<Args> = {
  title: 'Widgets/Rating summary (hpasc-rating-summary)',
  component: 'hpasc-rating-summary',
  tags: ['autodocs'],
  render: ({ preview }) => html`<hpasc-rating-summary lang=${preview?.lang ?? 'vi'} .preview=${preview}></hpasc-rating-summary>`,
};
export default meta;

type Story = StoryObj<Args>;

/** One story per state; Storybook needs named exports, so they are listed once here from the data. */
const state = (name: string): Story => ({ name, args: { preview: ratingSummaryStates[name] } });

export const Loading = state('Summary loading');
export const Loaded = state('Summary loaded');
export const LoadedRealFigures = state('Summary loaded, real figures');
export const Empty = state('Summary empty');
export const Failed = state('Summary failed');
export const English = state('Summary, English');

/** Talks to the sandbox: the satisfaction figures of branch 1. */
export const Live: Story = {
  tags: ['live'],
  render: () => html`<hpasc-provider api-key=${sandboxKey} base-url=${sandboxApi}>
    <hpasc-rating-summary scope="branch" scope-id="cn-01"></hpasc-rating-summary></hpasc-provider>`,
};
