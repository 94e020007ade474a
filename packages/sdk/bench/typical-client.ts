// The "typical import" the size budget holds: the client, used to find a procedure, submit, track live.
import { createClient } from '@hpasc/sdk';

const client = createClient({ baseUrl: 'https://example.invalid/v1', apiKey: 'pk_test_example' });
const page = await client.procedures.search('khai sinh');
const procedure = await client.procedures.get(page.items[0]!.code);
export const receipt = await client.dossiers.submit(JSON.parse(localStorage.getItem('draft') ?? '{}'), { submissionToken: 'st' });
await client.dossiers.track('000.00.12.H26-261123-0001', '1234');
export const dossier = await client.dossiers.get('000.00.12.H26-261123-0001');
for await (const event of client.dossiers.watch('000.00.12.H26-261123-0001')) console.log(event.status, procedure.name);
