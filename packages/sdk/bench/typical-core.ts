// The "typical import" the size budget holds (see README): find a procedure, submit a dossier, track it —
// through per-operation functions, so only what is imported is bundled.
import { createCore, getDossier, getProcedure, listProcedures, lookupDossier, submitDossier } from '@hpasc/sdk/core';

const core = createCore({ baseUrl: 'https://example.invalid/v1', apiKey: 'pk_test_example' });
const page = await listProcedures(core, { q: 'khai sinh' });
export const procedure = await getProcedure(core, page.items[0]!.code);
export const receipt = await submitDossier(core, JSON.parse(localStorage.getItem('draft') ?? '{}'), { submissionToken: 'st' });
await lookupDossier(core, receipt.dossierCode, '1234');
export const dossier = await getDossier(core, receipt.dossierCode);
