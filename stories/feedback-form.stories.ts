/**
 * <hpasc-feedback-form>: every state from `feedbackFormStates` (the same list the accessibility tests run),
 * rendered from data alone, plus a live story against the sandbox (`npm run storybook` starts it).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sandboxApi, sandboxKey } from './sandbox.ts';
import '../packages/elements/src/provider/provider.ts';
import '../packages/elements/src/feedback-form/feedback-form.ts';
import { feedbackFormStates } from '../packages/elements/src/feedback-form/feedback-form.states.ts';
import type { FeedbackFormPreview } from '../packages/elements/src/feedback-form/feedback-form.component.ts';

interface Args {
  preview?: FeedbackFormPreview;
}

const meta: Meta<Args> = {
  title: 'Widgets/Feedback (hpasc-feedback-form)',
  component: 'hpasc-feedback-form',
  tags: ['autodocs'],
  render: ({ preview }) => html`<hpasc-feedback-form lang=${preview?.lang ?? 'vi'} .preview=${preview}></hpasc-feedback-form>`,
};
export default meta;

type Story = StoryObj<Args>;

/** One story per state; Storybook needs named exports, so they are listed once here from the data. */
const state = (name: string): Story => ({ name, args: { preview: feedbackFormStates[name] } });

export const Empty = state('Empty');
export const WithErrors = state('With errors');
export const RefusedByServer = state('Refused by the server (422)');
export const FilledWithAttachments = state('Filled, with attachments');
export const Sending = state('Sending');
export const Sent = state('Sent (receipt)');
export const SendFailed = state('Send failed, with request id');
export const DraftOffer = state('Draft offer');
export const DraftKept = state('Draft kept');
export const Lookup = state('Lookup');
export const LookupWithErrors = state('Lookup, with errors');
export const LookupReceived = state('Lookup result: received');
export const LookupProcessing = state('Lookup result: processing');
export const LookupAnswered = state('Lookup result: answered');
export const LookupNotFound = state('Lookup, not found');
export const English = state('English');
export const EnglishAnswered = state('English, answered');

/** Talks to the sandbox: send feedback, then follow it. */
export const Live: Story = {
  tags: ['live'],
  render: () => html`<hpasc-provider api-key=${sandboxKey} base-url=${sandboxApi}>
    <hpasc-feedback-form></hpasc-feedback-form></hpasc-provider>`,
};
