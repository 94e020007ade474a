/**
 * Every visual state of `<hpasc-dossier-form>` as data — the one list behind its stories and its
 * accessibility tests (as GOV.UK keeps component examples). Each state renders from properties alone.
 */
import type { Schemas } from '@hpasc/sdk';
import type { DossierFormPreview } from './dossier-form.component.ts';

export interface DossierFormDirectory {
  procedure: Schemas['Procedure'];
  units: Schemas['Unit'][];
  points: Schemas['ReceptionPoint'][];
}

/** DEMO DATA: a made-up applicant and receipt. */
const applicant = { fullName: 'Phạm Thị Hoa', citizenId: '001190012345', birthDate: '1990-03-08', phone: '0912345678', address: { detail: 'Số 5 phố Hàng Gai', unitCode: '00070' } };

export function dossierFormStates({ procedure, units, points }: DossierFormDirectory): Record<string, DossierFormPreview> {
  const base = { procedure, units, points };
  const states: Record<string, DossierFormPreview> = {
    Loading: { ...base, loading: true },
    'Load failed': { ...base, failure: { message: 'Không kết nối được với máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.', requestId: 'req_0123456789abcdef' } },
    Applicant: { ...base, step: 'applicant' },
    'Applicant, with errors': { ...base, step: 'applicant', values: { applicant: { fullName: 'Phạm Thị Hoa', citizenId: '12345' } }, showErrors: true },
  };
  for (const step of procedure.form.layout.steps) {
    states[`Step: ${step.title.vi}`] = { ...base, step: step.id, values: { applicant } };
    states[`Step: ${step.title.vi}, continued empty`] = { ...base, step: step.id, values: { applicant }, showErrors: true };
  }
  Object.assign(states, {
    Documents: { ...base, step: 'documents', values: { applicant } },
    'Documents, missing': { ...base, step: 'documents', values: { applicant }, showErrors: true },
    Delivery: { ...base, step: 'delivery', values: { applicant } },
    'Delivery by post': { ...base, step: 'delivery', values: { applicant, delivery: { method: 'postal' } }, showErrors: true },
    Review: { ...base, step: 'review', values: { applicant } },
    'Review, consent missing': { ...base, step: 'review', values: { applicant }, showErrors: true },
    'Offline, waiting to send': { ...base, step: 'review', values: { applicant, consent: { truthful: true, dataProcessing: true } }, queued: true },
    'Submit failed': { ...base, step: 'review', values: { applicant }, failure: { message: 'Hệ thống đang gặp sự cố. Hãy thử lại sau.', requestId: 'req_fedcba9876543210' } },
    Receipt: {
      ...base,
      receipt: {
        dossierCode: '000.00.12.H26-251110-0042', trackingPin: 'K7M2QX', verifierHint: { accepted: ['pin', 'phone-last4'], maskedPhone: '091****678' },
        status: 1, procedure: { code: procedure.code, name: procedure.name }, formRevision: procedure.form.revision, submittedAt: '2025-11-10T09:15:00+07:00',
        dueDate: '2025-11-13', processingTime: procedure.processingTime, fees: { totalVnd: procedure.feeVnd, paidVnd: 0, items: [] },
        receptionPoint: { id: points[0]?.id ?? 'cn-01-d01', name: points[0]?.name ?? 'Chi nhánh số 1', address: points[0]?.address ?? '' },
        delivery: { method: 'counter', point: null }, receiptDocumentId: 'doc_01JD3QJ6K8M0N2P4Q6R8S0T2V4',
        trackingToken: 'tt_test_preview', trackingTokenExpiresAt: '2025-11-10T09:45:00+07:00',
      },
    },
  } satisfies Record<string, DossierFormPreview>);
  return states;
}
