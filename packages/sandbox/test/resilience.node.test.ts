/**
 * Submissions under injected faults, and the limits that guard a public key: the same submit sent 20 times
 * at once with one Idempotency-Key, through errors and connections dropped before and after the commit,
 * yields exactly one dossier; lookups by code and verifier are rate-limited per address.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { applicant, newDraftId, pngBytes, startSandbox, testKey, type Procedure, type RunningSandbox } from './support/sandbox.ts';

describe('a submit under 30 % injected faults', () => {
  let sb: RunningSandbox;
  before(async () => { sb = await startSandbox(); });
  after(async () => {
    assert.deepEqual(sb.sandbox.violations, []);
    await sb.stop();
  });

  it('sent 20 times concurrently with one Idempotency-Key, yields exactly one dossier', async () => {
    const list = await sb.api('/procedures?limit=50');
    let procedure: Procedure | undefined;
    for (const { code } of list.body.items as { code: string }[]) {
      const p = (await sb.api(`/procedures/${code}`)).body as Procedure;
      if (JSON.stringify(p.form.data.required) === '["request"]' && p.submission.verifiedPhone) { procedure = p; break; }
    }
    assert.ok(procedure);
    const verification = await sb.api('/verifications', { method: 'POST', json: { phone: applicant.phone, procedureCode: procedure.code }, headers: { 'Idempotency-Key': randomBytes(12).toString('hex') } });
    const { code } = (await sb.api(`/sandbox/verifications/${verification.body.id}`)).body as { code: string };
    const { submissionToken } = (await sb.api(`/verifications/${verification.body.id}/check`, { method: 'POST', json: { code } })).body as { submissionToken: string };
    const draftId = newDraftId();
    const documents = [];
    for (const slot of procedure.form.documents.filter((s) => s.required && !s.appliesWhen)) {
      const form = new FormData();
      form.set('file', new Blob([pngBytes]), 'scan.png');
      form.set('draftId', draftId);
      form.set('purpose', 'dossier');
      const up = await sb.api('/uploads', { method: 'POST', body: form, headers: { 'Idempotency-Key': randomBytes(12).toString('hex') } });
      documents.push({ slotId: slot.id, uploadIds: [up.body.id as string] });
    }
    const body = JSON.stringify({
      procedureCode: procedure.code, formRevision: procedure.form.revision, draftId, applicant, data: { request: 'Đề nghị giải quyết theo quy định.' },
      documents, delivery: { method: 'counter', pointId: 'cn-01-d01' }, consent: { truthful: true, dataProcessing: true },
    });
    const before = Number((await sb.sandbox.db.get<{ n: number }>('SELECT count(*) AS n FROM dossiers WHERE demo = 0'))!.n);

    const key = `one-submit-${randomBytes(8).toString('hex')}`;
    const outcomes: string[] = [];
    /** A client as the SDK behaves: retry network errors, 5xx, 429 and "in progress" with the same key. */
    const client = async (): Promise<{ dossierCode: string }> => {
      for (let attempt = 1; attempt <= 30; attempt++) {
        try {
          const response = await fetch(`${sb.base}/v1/dossiers`, {
            method: 'POST', body,
            headers: { 'Content-Type': 'application/json', 'X-Api-Key': testKey, 'Idempotency-Key': key, 'X-Submission-Token': submissionToken },
          });
          const answer = await response.json() as { dossierCode: string; code?: string };
          outcomes.push(String(response.status));
          if (response.status === 201) return answer;
          assert.ok([409, 429, 500, 503].includes(response.status), `unexpected ${response.status}`);
          if (response.status === 409) assert.equal(answer.code, 'request_in_progress');
        } catch (error) {
          if (error instanceof assert.AssertionError) throw error;
          outcomes.push('dropped');
        }
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
      }
      throw new Error('no receipt after 30 attempts');
    };
    // First the worst case alone: the dossier is committed, then the connection drops before the receipt.
    await sb.api('/sandbox/faults', { method: 'PUT', body: 'dropsAfterCommit=1' });
    await assert.rejects(fetch(`${sb.base}/v1/dossiers`, { method: 'POST', body, headers: { 'Content-Type': 'application/json', 'X-Api-Key': testKey, 'Idempotency-Key': key, 'X-Submission-Token': submissionToken } }));
    assert.equal(Number((await sb.sandbox.db.get<{ n: number }>('SELECT count(*) AS n FROM dossiers WHERE demo = 0'))!.n) - before, 1, 'committed before the drop');
    await sb.api('/sandbox/faults', { method: 'PUT', body: 'latency=0..30,errors=0.1,drops=0.1,dropsAfterCommit=0.1,seed=20261123' });
    const receipts = await Promise.all(Array.from({ length: 20 }, client));
    await sb.api('/sandbox/faults', { method: 'PUT', body: '' });

    const codes = new Set(receipts.map((r) => r.dossierCode));
    assert.equal(codes.size, 1, 'every client got the same receipt');
    const afterCount = Number((await sb.sandbox.db.get<{ n: number }>('SELECT count(*) AS n FROM dossiers WHERE demo = 0'))!.n);
    assert.equal(afterCount - before, 1, 'exactly one dossier was created');
    const uploadsAttached = await sb.sandbox.db.all('SELECT id FROM uploads WHERE draft_id = ? AND attached = 1', [draftId]);
    assert.equal(uploadsAttached.length, documents.length);
    // The faults really happened: the run saw drops and errors, not only clean answers.
    assert.ok(outcomes.includes('dropped'), 'connections were dropped');
    assert.ok(outcomes.includes('500'), 'errors were injected');
    console.log(`  20 clients, ${outcomes.length} attempts: ${[...new Set(outcomes)].map((o) => `${o}×${outcomes.filter((x) => x === o).length}`).join(', ')}`);
  });
});

describe('limits of a public key', () => {
  let sb: RunningSandbox;
  before(async () => { sb = await startSandbox({ limits: { lookupsPerAddress: { limit: 5, windowMs: 60_000 }, perKey: { limit: 40, windowMs: 60_000 } } }); });
  after(async () => { await sb.stop(); });

  it('rate-limits lookups per address with Retry-After, so codes cannot be enumerated', async () => {
    const statuses: number[] = [];
    let retryAfter = 0;
    for (let i = 0; i < 8; i++) {
      const r = await sb.api('/dossiers/lookup', { method: 'POST', json: { code: `000.00.12.H26-261123-${String(i).padStart(4, '0')}`, verifier: 'AAAAAA' } });
      statuses.push(r.status);
      if (r.status === 429) retryAfter = Number(r.headers.get('retry-after'));
    }
    assert.deepEqual(statuses, [404, 404, 404, 404, 404, 429, 429, 429]);
    assert.ok(retryAfter > 0 && retryAfter <= 60);
  });

  it('limits requests per key', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await sb.api('/sectors')).status);
    assert.ok(statuses.slice(0, 30).every((s) => s === 200));
    assert.equal(statuses.at(-1), 429);
  });
});
