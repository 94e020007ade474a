// The typical import with the contract checks switched on (development builds).
import { createClient } from '@hpasc/sdk';
import { validators } from '@hpasc/sdk/validate';

const client = createClient({ baseUrl: 'https://example.invalid/v1', apiKey: 'pk_test_example', validate: validators });
const page = await client.procedures.search('khai sinh');
export const procedure = await client.procedures.get(page.items[0]!.code);
export const receipt = await client.dossiers.submit(JSON.parse(localStorage.getItem('draft') ?? '{}'), { submissionToken: 'st' });
export const dossier = await client.dossiers.get(receipt.dossierCode);
