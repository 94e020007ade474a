/** Registers `<hpasc-feedback-form>` (once, however many times the script is loaded). */
import type {} from '../events.ts';
import { HpascFeedbackForm, type FeedbackSentDetail } from './feedback-form.component.ts';

export { HpascFeedbackForm };

if (!customElements.get('hpasc-feedback-form')) customElements.define('hpasc-feedback-form', HpascFeedbackForm);

declare global {
  interface HTMLElementTagNameMap {
    'hpasc-feedback-form': HpascFeedbackForm;
  }
  interface HTMLElementEventMap {
    'hpasc-feedback-sent': CustomEvent<FeedbackSentDetail>;
  }
}

export type { FeedbackSentDetail };
