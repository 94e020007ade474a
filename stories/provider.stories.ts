/**
 * <hpasc-provider>: configures every widget inside it once (key, API address, language) and shares one
 * citizen session between them. It draws nothing itself; the story shows two widgets inside one provider,
 * rendered from data alone, so its docs page (attributes, properties, slot) sits beside the widgets'.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sandboxApi, sandboxKey } from './sandbox.ts';
import '@hpasc/elements';
import { ratingSummaryStates, signInStates } from '@hpasc/elements';

const meta: Meta = {
  title: 'Widgets/Provider (hpasc-provider)',
  component: 'hpasc-provider',
  tags: ['autodocs'],
};
export default meta;

export const TwoWidgets: StoryObj = {
  name: 'Two widgets, one configuration',
  render: () => html`<hpasc-provider api-key=${sandboxKey} base-url=${sandboxApi}>
    <hpasc-sign-in .preview=${signInStates['Signed in']}></hpasc-sign-in>
    <hpasc-rating-summary .preview=${ratingSummaryStates['Summary loaded']}></hpasc-rating-summary>
  </hpasc-provider>`,
};
