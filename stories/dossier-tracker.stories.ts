/**
 * <hpasc-dossier-tracker>: every state from `dossierTrackerStates` (the same list the accessibility tests
 * run), rendered from data alone — lookup, each status, overdue with apology, documents or fees asked for —
 * plus a live story against the sandbox (`npm run storybook` starts it).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sandboxApi, sandboxKey } from './sandbox.ts';
import '@hpasc/elements';
import { dossierTrackerStates, type DossierTrackerPreview } from '@hpasc/elements';

const meta: Meta<{ preview?: DossierTrackerPreview }> = {
  title: 'Widgets/Dossier tracker (hpasc-dossier-tracker)',
  component: 'hpasc-dossier-tracker',
  tags: ['autodocs'],
  render: ({ preview }) => html`<hpasc-dossier-tracker .preview=${preview}></hpasc-dossier-tracker>`,
};
export default meta;

type Story = StoryObj<{ preview?: DossierTrackerPreview }>;

/** One story per state; Storybook needs named exports, so they are listed once here from the data. */
const story = (name: keyof typeof dossierTrackerStates): Story => ({ name, args: { preview: dossierTrackerStates[name] } });

export const Lookup = story('Lookup');
export const LookupFromQrCode = story('Lookup, from a QR code');
export const LookupWithErrors = story('Lookup, with errors');
export const LookupNotFound = story('Lookup, not found');
export const Loading = story('Loading');
export const Submitted = story('Submitted (1)');
export const Accepted = story('Accepted (2)');
export const Refused = story('Refused at reception (3)');
export const Processing = story('Processing (4)');
export const SupplementRequested = story('Supplement requested (5)');
export const FeesDue = story('Fees due (6)');
export const Withdrawn = story('Withdrawn (7)');
export const Stopped = story('Stopped (8)');
export const ResultReady = story('Result ready (9)');
export const Returned = story('Returned (10)');
export const OverdueWithApology = story('Overdue, with apology');
export const Withdrawing = story('Withdrawing');
export const UpdateFailed = story('Update failed');

/** Talks to the sandbox: look up a dossier sent from the dossier form's live story, with its code and PIN. */
export const Live: Story = {
  tags: ['live'],
  render: () => html`<hpasc-dossier-tracker api-key=${sandboxKey} base-url=${sandboxApi}></hpasc-dossier-tracker>`,
};
