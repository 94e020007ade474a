/**
 * <hpasc-dossier-form>: every state from `dossierFormStates` (the same list the accessibility tests run),
 * rendered from data alone, plus a live story against the sandbox (`npm run storybook` starts it).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sandboxApi, sandboxKey } from './sandbox.ts';
import '@hpasc/elements';
import { dossierFormStates, type DossierFormDirectory, type DossierFormPreview } from '@hpasc/elements';
import directory from './generated/directory.json';

const states = dossierFormStates(directory as unknown as DossierFormDirectory);

const meta: Meta<{ preview?: DossierFormPreview }> = {
  title: 'Widgets/Dossier form (hpasc-dossier-form)',
  component: 'hpasc-dossier-form',
  tags: ['autodocs'],
  render: ({ preview }) => html`<hpasc-dossier-form .preview=${preview}></hpasc-dossier-form>`,
};
export default meta;

type Story = StoryObj<{ preview?: DossierFormPreview }>;

/** One story per state; Storybook needs named exports, so they are listed once here from the data. */
const story = (name: string): Story => ({ name, args: { preview: states[name] } });

export const Loading = story('Loading');
export const LoadFailed = story('Load failed');
export const Applicant = story('Applicant');
export const ApplicantWithErrors = story('Applicant, with errors');
export const Documents = story('Documents');
export const DocumentsMissing = story('Documents, missing');
export const Delivery = story('Delivery');
export const DeliveryByPost = story('Delivery by post');
export const Review = story('Review');
export const ReviewConsentMissing = story('Review, consent missing');
export const OfflineWaiting = story('Offline, waiting to send');
export const SubmitFailed = story('Submit failed');
export const Receipt = story('Receipt');
export const ProcedureSteps: Story = {
  name: 'Procedure steps (all)',
  render: () => html`${Object.entries(states).filter(([name]) => name.startsWith('Step: ')).map(([name, preview]) => html`<h3>${name}</h3><hpasc-dossier-form .preview=${preview}></hpasc-dossier-form>`)}`,
};

/** Talks to the sandbox: the real thing, end to end. */
export const Live: Story = {
  tags: ['live'],
  render: () => html`<hpasc-dossier-form procedure="1.001193" api-key=${sandboxKey} base-url=${sandboxApi}></hpasc-dossier-form>`,
};
