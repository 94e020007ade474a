/**
 * <hpasc-service-stats>: every state from `serviceStatsStates` (the same list the accessibility tests run),
 * rendered from data alone, plus live stories against the sandbox (`npm run storybook` starts it).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sandboxApi, sandboxKey } from './sandbox.ts';
import '../packages/elements/src/provider/provider.ts';
import '../packages/elements/src/service-stats/service-stats.ts';
import { serviceStatsStates } from '../packages/elements/src/service-stats/service-stats.states.ts';
import type { ServiceStatsPreview } from '../packages/elements/src/service-stats/service-stats.component.ts';

interface Args {
  preview?: ServiceStatsPreview;
}

const meta: Meta<Args> = {
  title: 'Widgets/Service stats (hpasc-service-stats)',
  component: 'hpasc-service-stats',
  tags: ['autodocs'],
  render: ({ preview }) => html`<hpasc-service-stats lang=${preview?.lang ?? 'vi'} .preview=${preview}></hpasc-service-stats>`,
};
export default meta;

type Story = StoryObj<Args>;

/** One story per state; Storybook needs named exports, so they are listed once here from the data. */
const state = (name: string): Story => ({ name, args: { preview: serviceStatsStates[name] } });

export const Loading = state('Loading');
export const LoadedTwelveMonths = state('Loaded, twelve months');
export const LoadedByQuarterRealFigures = state('Loaded by quarter, real figures');
export const EmptyPeriod = state('Empty period');
export const FailedWithRequestId = state('Failed, with request id');
export const English = state('English');

/** Talks to the sandbox: the whole center, month by month. */
export const LiveCity: Story = {
  tags: ['live'],
  render: () => html`<hpasc-provider api-key=${sandboxKey} base-url=${sandboxApi}>
    <hpasc-service-stats scope="city"></hpasc-service-stats></hpasc-provider>`,
};

/** Talks to the sandbox: branch 1, by quarter. */
export const LiveBranchByQuarter: Story = {
  tags: ['live'],
  render: () => html`<hpasc-service-stats scope="branch" scope-id="cn-01" granularity="quarter"
    api-key=${sandboxKey} base-url=${sandboxApi}></hpasc-service-stats>`,
};
