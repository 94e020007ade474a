/**
 * <hpasc-branch-finder>: every state from `branchFinderStates` (the same list the accessibility tests run),
 * rendered from data alone — start, locating, location refused or unavailable, searching, results (near the
 * device, for a commune, from a typed address), no point within 5 km, a failure, English — plus a live story
 * against the sandbox (`npm run storybook` starts it).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sandboxApi, sandboxKey } from './sandbox.ts';
import '../packages/elements/src/provider/provider.ts';
import '../packages/elements/src/branch-finder/branch-finder.ts';
import { branchFinderStates } from '../packages/elements/src/branch-finder/branch-finder.states.ts';
import type { BranchFinderPreview } from '../packages/elements/src/branch-finder/branch-finder.component.ts';

const meta: Meta<{ preview?: BranchFinderPreview }> = {
  title: 'Widgets/Branch finder (hpasc-branch-finder)',
  component: 'hpasc-branch-finder',
  tags: ['autodocs'],
  render: ({ preview }) => html`<hpasc-branch-finder lang=${preview?.lang ?? 'vi'} .preview=${preview}></hpasc-branch-finder>`,
};
export default meta;

type Story = StoryObj<{ preview?: BranchFinderPreview }>;

/** One story per state; Storybook needs named exports, so they are listed once here from the data. */
const story = (name: keyof typeof branchFinderStates): Story => ({ name, args: { preview: branchFinderStates[name] } });

export const Start = story('Start');
export const Locating = story('Locating');
export const LocationRefused = story('Location refused');
export const LocationUnavailable = story('Location unavailable');
export const LocationOutsideHanoi = story('Location outside Hanoi');
export const Searching = story('Searching');
export const ResultsNearYou = story('Results near you');
export const ResultsQueuesLoading = story('Results, queues loading');
export const ResultsForACommune = story('Results for a commune');
export const ResultsFromATypedAddress = story('Results from a typed address');
export const AddressNotRecognised = story('Address not recognised');
export const PointChosen = story('Point chosen');
export const ClosedNowSunday = story('Closed now (Sunday)');
export const NoPointWithin5Km = story('No point within 5 km');
export const CouldNotSearch = story('Could not search');
export const English = story('English');
export const EnglishLocationRefused = story('English, location refused');

/** Talks to the sandbox: the location button asks the browser for the device's position. */
export const Live: Story = {
  tags: ['live'],
  render: () => html`<hpasc-provider api-key=${sandboxKey} base-url=${sandboxApi}>
    <hpasc-branch-finder></hpasc-branch-finder></hpasc-provider>`,
};
