/**
 * The DOM events the widgets fire, typed for `addEventListener` (they bubble and cross shadow roots). Their
 * details carry codes and statuses, never personal data.
 */
import type { Schemas } from '@hpasc/sdk';

export interface HpascErrorDetail {
  code: string;
  requestId: string | null;
}

/** The form: its procedure is loaded. The tracker: its dossier is shown. */
export type HpascReadyDetail = { procedure: string } | { dossierCode: string; status: Schemas['DossierStatus'] };

export interface HpascStatusChangeDetail {
  dossierCode: string;
  status: Schemas['DossierStatus'];
}

declare global {
  interface HTMLElementEventMap {
    'hpasc-ready': CustomEvent<HpascReadyDetail>;
    'hpasc-error': CustomEvent<HpascErrorDetail>;
    'hpasc-step-change': CustomEvent<{ step: string; index: number }>;
    'hpasc-submit': CustomEvent<{ procedure: string }>;
    'hpasc-submitted': CustomEvent<{ dossierCode: string; dueDate: string }>;
    'hpasc-draft-saved': CustomEvent<{ savedAt: string }>;
    'hpasc-receipt-printed': CustomEvent<{ dossierCode: string }>;
    'hpasc-status-change': CustomEvent<HpascStatusChangeDetail>;
    'hpasc-withdrawn': CustomEvent<{ dossierCode: string }>;
    'hpasc-supplement-sent': CustomEvent<{ dossierCode: string }>;
    'hpasc-payment-start': CustomEvent<{ dossierCode: string; paymentId: string }>;
  }
}
