/**
 * Every operation of the contract, driven over real HTTP against a running sandbox. The sandbox validates
 * each response against the contract itself (a violation is a 500 and is recorded); this suite fails on any
 * violation and prints which (operation × documented status) pairs it reached.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { applicant, newDraftId, pngBytes, startSandbox, testKey, type Procedure, type RunningSandbox } from './support/sandbox.ts';

let sb: RunningSandbox;
/** A free procedure and one with fees, both with the simple form (a statement of the request). */
let free: Procedure;
let paid: Procedure;
const origin = 'http://localhost:5173';

describe('the sandbox API', () => {
before(async () => {
  sb = await startSandbox();
  const list = await sb.api('/procedures?limit=50');
  const details: Procedure[] = [];
  for (const item of list.body.items as { code: string }[]) details.push((await sb.api(`/procedures/${item.code}`)).body as Procedure);
  const simple = details.filter((p) => JSON.stringify(p.form.data.required) === '["request"]' && p.submission.verifiedPhone && p.processingTime.workingDays);
  free = simple.find((p) => p.feeVnd === 0)!;
  paid = simple.find((p) => p.feeVnd > 0)!;
  assert.ok(free && paid, 'the seed has simple-form procedures with and without fees');
});

after(async () => {
  const documented = sb.sandbox.operations.flatMap((op) => Object.keys(op.responses).map((status) => `${op.operationId} ${status}`));
  const covered = documented.filter((pair) => sb.sandbox.coverage.has(pair));
  const byOperation = new Map<string, string[]>();
  for (const pair of documented) {
    const [op, status] = pair.split(' ') as [string, string];
    byOperation.set(op, [...(byOperation.get(op) ?? []), sb.sandbox.coverage.has(pair) ? status : `(${status})`]);
  }
  console.log(`\nContract coverage: ${covered.length} of ${documented.length} (operation × status) pairs = ${((covered.length / documented.length) * 100).toFixed(1)} %  — (status) = not reached`);
  for (const [op, statuses] of byOperation) console.log(`  ${op.padEnd(22)} ${statuses.join(' ')}`);
  const violations = [...sb.sandbox.violations];
  await sb.stop();
  assert.deepEqual(violations, [], 'every response matched the contract');
  assert.ok(covered.length / documented.length >= 0.8, `coverage ${covered.length}/${documented.length} is under 80 %`);
});

async function upload(draftId: string, fields: { procedureCode?: string; slotId?: string; purpose?: string; bytes?: Uint8Array<ArrayBuffer>; name?: string } = {}) {
  const form = new FormData();
  form.set('file', new Blob([fields.bytes ?? pngBytes]), fields.name ?? 'giay-to.png');
  form.set('draftId', draftId);
  form.set('purpose', fields.purpose ?? 'dossier');
  if (fields.procedureCode) form.set('procedureCode', fields.procedureCode);
  if (fields.slotId) form.set('slotId', fields.slotId);
  return sb.api('/uploads', { method: 'POST', body: form, headers: { 'Idempotency-Key': randomBytes(12).toString('hex') } });
}

let phoneSequence = 0;
/** A fresh mobile number per verification: the sandbox allows 5 codes per number per hour. */
const nextPhone = () => `0912${String(100000 + ++phoneSequence).slice(-6)}`;

async function verifiedPhone(procedureCode: string, phone: string): Promise<string> {
  const started = await sb.api('/verifications', { method: 'POST', json: { phone, procedureCode }, headers: { 'Idempotency-Key': randomBytes(12).toString('hex') } });
  assert.equal(started.status, 201, started.text);
  const { code } = (await sb.api(`/sandbox/verifications/${started.body.id}`)).body as { code: string };
  const checked = await sb.api(`/verifications/${started.body.id}/check`, { method: 'POST', json: { code } });
  assert.equal(checked.status, 200, checked.text);
  return checked.body.submissionToken as string;
}

/** A complete, valid submission for a simple-form procedure, its documents uploaded. */
async function submission(procedure: Procedure, phone: string = applicant.phone, draftId = newDraftId()) {
  const documents = [];
  for (const slot of procedure.form.documents.filter((s) => s.required && !s.appliesWhen)) {
    const up = await upload(draftId, { procedureCode: procedure.code, slotId: slot.id });
    assert.equal(up.status, 201, up.text);
    documents.push({ slotId: slot.id, uploadIds: [up.body.id as string] });
  }
  return {
    procedureCode: procedure.code, formRevision: procedure.form.revision, draftId, applicant: { ...applicant, phone },
    data: { request: 'Đề nghị giải quyết thủ tục theo quy định.' }, documents,
    delivery: { method: 'counter', pointId: 'cn-01-d01' }, consent: { truthful: true, dataProcessing: true },
  };
}

async function submit(body: unknown, token: string, key = randomBytes(12).toString('hex')) {
  return sb.api('/dossiers', { method: 'POST', json: body, headers: { 'Idempotency-Key': key, 'X-Submission-Token': token } });
}

/** Submits a dossier and returns its receipt; `scenario` picks how its life goes. */
async function newDossier(procedure: Procedure, scenario = 'normal') {
  const phone = nextPhone();
  const token = await verifiedPhone(procedure.code, phone);
  const response = await submit(await submission(procedure, phone), token);
  assert.equal(response.status, 201, response.text);
  const receipt = response.body as { dossierCode: string; trackingToken: string; trackingPin: string };
  assert.equal((await sb.api(`/sandbox/dossiers/${receipt.dossierCode}/scenario`, { method: 'PUT', json: { scenario } })).status, 200);
  return { ...receipt, phone };
}

const step = (code: string) => sb.api(`/sandbox/dossiers/${code}/step`, { method: 'POST' });
/** Tracking headers, with a fresh Idempotency-Key for the POSTs that need one. */
const tracking = (token: string) => ({ 'X-Tracking-Token': token, 'Idempotency-Key': randomBytes(12).toString('hex') });

describe('catalog and directory', () => {
  it('finds birth registration first, folded or not, and pages by cursor', async () => {
    for (const q of ['dang ky khai sinh', 'Đăng ký khai sinh', 'khai sinh']) {
      const r = await sb.api(`/procedures?q=${encodeURIComponent(q)}&limit=5`);
      assert.equal(r.status, 200);
      assert.equal(r.body.items[0].code, '1.001193', q);
    }
    const first = await sb.api('/procedures?limit=3');
    const second = await sb.api(`/procedures?limit=3&cursor=${first.body.nextCursor}`);
    assert.notEqual(first.body.items[0].code, second.body.items[0].code);
    assert.equal((await sb.api('/procedures?limit=0')).status, 400);
  });

  it('serves every seeded procedure, listed and in detail, within the contract', async () => {
    let cursor: string | null = null;
    const codes: string[] = [];
    do {
      const r = await sb.api(`/procedures?limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(r.status, 200, r.text);
      codes.push(...r.body.items.map((p: { code: string }) => p.code));
      cursor = r.body.nextCursor;
    } while (cursor);
    assert.equal(codes.length, sb.seeded.procedures);
    for (const code of codes) assert.equal((await sb.api(`/procedures/${code}`)).status, 200, code);
  });

  it('answers a procedure with an ETag, then 304; unknown codes are 404', async () => {
    const r = await sb.api('/procedures/1.001193');
    assert.equal(r.status, 200);
    assert.equal(r.body.code, '1.001193');
    assert.equal((await sb.api('/procedures/1.001193', { headers: { 'If-None-Match': r.headers.get('etag')! } })).status, 304);
    assert.equal((await sb.api('/procedures/1.999999')).status, 404);
  });

  it('lists sectors, agencies, units, branches and points, with 404s for unknown ids', async () => {
    assert.ok((await sb.api('/sectors')).body.items.length >= 10);
    const agencies = await sb.api('/agencies');
    assert.equal(agencies.status, 200);
    assert.equal((await sb.api(`/agencies/${agencies.body.items[0].id}`)).status, 200);
    assert.equal((await sb.api('/agencies/khong-co')).status, 404);
    assert.equal((await sb.api('/agencies?limit=500')).status, 400);
    const units = await sb.api('/units?q=hoan%20kiem');
    assert.equal(units.status, 200);
    assert.equal((await sb.api(`/units/${units.body.items[0].code}`)).status, 200);
    assert.equal((await sb.api('/units/99999')).status, 404);
    assert.equal((await sb.api('/units?limit=-1')).status, 400);
    const branches = await sb.api('/branches');
    assert.equal(branches.body.items.length, 12);
    assert.equal((await sb.api(`/branches/${branches.body.items[0].id}`)).status, 200);
    assert.equal((await sb.api('/branches/cn-99')).status, 404);
    const points = await sb.api('/points?limit=100');
    assert.equal(points.status, 200);
    assert.equal((await sb.api('/points?limit=1000')).status, 400);
    assert.equal((await sb.api('/points/cn-01-d01')).status, 200);
    assert.equal((await sb.api('/points/khong-co')).status, 404);
  });

  it('finds the nearest points within a radius and serves a live queue with ETag', async () => {
    const near = await sb.api('/points/nearest?lat=21.0285&lng=105.8542&radiusKm=3&limit=5');
    assert.equal(near.status, 200, near.text);
    const distances = near.body.items.map((i: { distanceMeters: number }) => i.distanceMeters);
    assert.deepEqual(distances, [...distances].sort((a: number, b: number) => a - b));
    assert.ok(distances.every((d: number) => d <= 3000));
    assert.equal((await sb.api('/points/nearest?lat=95&lng=105')).status, 400);
    const queue = await sb.api('/points/cn-01-d01/queue');
    assert.equal(queue.status, 200);
    assert.equal((await sb.api('/points/cn-01-d01/queue', { headers: { 'If-None-Match': queue.headers.get('etag')! } })).status, 304);
    assert.equal((await sb.api('/points/khong-co/queue')).status, 404);
  });
});

describe('uploads', () => {
  it('stores a sniffed file bound to its key and draft', async () => {
    const draft = newDraftId();
    const created = await upload(draft, { name: '../../etc/giấy tờ.png' });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.mediaType, 'image/png');
    assert.equal(created.body.fileName, 'giấy tờ.png');
    assert.equal((await sb.api(`/uploads/${created.body.id}`, { headers: { 'X-Draft-Id': draft } })).status, 200);
    // Another draft cannot see it.
    assert.equal((await sb.api(`/uploads/${created.body.id}`, { headers: { 'X-Draft-Id': newDraftId() } })).status, 404);
    assert.equal((await sb.api(`/uploads/${created.body.id}`, { method: 'DELETE', headers: { 'X-Draft-Id': draft } })).status, 204);
    assert.equal((await sb.api(`/uploads/${created.body.id}`, { method: 'DELETE', headers: { 'X-Draft-Id': draft } })).status, 404);
  });

  it('refuses files by content, size and slot, naming the field', async () => {
    const draft = newDraftId();
    const text = await upload(draft, { bytes: new TextEncoder().encode('MZ not a scan'), name: 'scan.png' });
    assert.equal(text.status, 415);
    assert.equal(text.body.errors[0].pointer, '/file');
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(pngBytes);
    const slot = free.form.documents[0]!;
    const tooBig = await upload(draft, { bytes: big, procedureCode: free.code, slotId: slot.id });
    assert.equal(tooBig.status, 413);
    const unknownSlot = await upload(draft, { procedureCode: free.code, slotId: 'khong-co' });
    assert.equal(unknownSlot.status, 422);
    assert.equal(unknownSlot.body.errors[0].pointer, '/slotId');
    const form = new FormData();
    form.set('file', new Blob([pngBytes]), 'a.png');
    const noDraft = await sb.api('/uploads', { method: 'POST', body: form, headers: { 'Idempotency-Key': 'k-no-draft-00001' } });
    assert.equal(noDraft.status, 422);
    assert.deepEqual(noDraft.body.errors.map((e: { pointer: string }) => e.pointer), ['/draftId', '/purpose']);
    assert.equal((await sb.api('/uploads', { method: 'POST', body: form })).status, 400, 'no Idempotency-Key');
  });
});

describe('one-time codes', () => {
  it('sends a code, counts wrong attempts, expires, and limits resends', async () => {
    const phone = '0987654321';
    const first = await sb.api('/verifications', { method: 'POST', json: { phone, procedureCode: free.code }, headers: { 'Idempotency-Key': 'otp-1-0000000001' } });
    assert.equal(first.status, 201, first.text);
    assert.equal(first.body.maskedPhone, '098****321');
    const again = await sb.api('/verifications', { method: 'POST', json: { phone, procedureCode: free.code }, headers: { 'Idempotency-Key': 'otp-1-0000000002' } });
    assert.equal(again.status, 429);
    assert.ok(Number(again.headers.get('retry-after')) > 0);
    const wrong = await sb.api(`/verifications/${first.body.id}/check`, { method: 'POST', json: { code: '999999' } });
    assert.equal(wrong.status, 422);
    assert.equal(wrong.body.errors[0].pointer, '/code');
    assert.equal((await sb.api('/verifications/vf_01JD3QJ6K8M0N2P4Q6R8S0T2V4/check', { method: 'POST', json: { code: '123456' } })).status, 404);
    await sb.api('/sandbox/clock/advance', { method: 'POST', json: { minutes: 6 } });
    assert.equal((await sb.api(`/verifications/${first.body.id}/check`, { method: 'POST', json: { code: '123456' } })).status, 410);
    const unknown = await sb.api('/verifications', { method: 'POST', json: { phone, procedureCode: '1.999999' }, headers: { 'Idempotency-Key': 'otp-1-0000000003' } });
    assert.equal(unknown.status, 422);
  });

  it('is refused for procedures that need a signed-in applicant', async () => {
    const list = await sb.api('/procedures?applicantType=business&limit=50');
    let business: string | undefined;
    for (const item of list.body.items as { code: string }[]) {
      if (!(await sb.api(`/procedures/${item.code}`)).body.submission.verifiedPhone) { business = item.code; break; }
    }
    assert.ok(business);
    const r = await sb.api('/verifications', { method: 'POST', json: { phone: '0977000111', procedureCode: business }, headers: { 'Idempotency-Key': 'otp-2-0000000001' } });
    assert.equal(r.status, 409);
  });
});

describe('dossiers', () => {
  it('submits idempotently: same key and body → same receipt; another body → 409', async () => {
    const phone = nextPhone();
    const token = await verifiedPhone(free.code, phone);
    const body = await submission(free, phone);
    const key = 'submit-same-key-0001';
    const first = await submit(body, token, key);
    assert.equal(first.status, 201, first.text);
    assert.match(first.body.dossierCode, /^\d{3}\.[0-9A-Z]{2}\.\d{2}\.[GH]\d{2}-\d{6}-\d{4}$/);
    const replay = await submit(body, token, key);
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(replay.body, first.body);
    const other = await submit({ ...body, data: { request: 'Một nội dung khác hẳn để thử.' } }, token, key);
    assert.equal(other.status, 409);
    assert.equal(other.body.code, 'idempotency_key_reused');
  });

  it('does not bind the key on 422: corrected and resent with the same key, it succeeds', async () => {
    const phone = nextPhone();
    const token = await verifiedPhone(free.code, phone);
    const body = await submission(free, phone);
    const key = 'submit-fix-and-retry-01';
    const wrong = await submit({ ...body, applicant: { ...body.applicant, citizenId: '001185012345' } }, token, key);
    assert.equal(wrong.status, 422);
    assert.deepEqual(wrong.body.errors.map((e: { pointer: string }) => e.pointer), ['/applicant/citizenId']);
    assert.match(wrong.body.errors[0].message, /year of birth/);
    const fixed = await submit(body, token, key);
    assert.equal(fixed.status, 201, fixed.text);
  });

  it('refuses what it cannot accept, each with its documented status', async () => {
    const phone = nextPhone();
    const token = await verifiedPhone(free.code, phone);
    const body = await submission(free, phone);
    assert.equal((await sb.api('/dossiers', { method: 'POST', json: body, headers: { 'X-Submission-Token': token } })).status, 400, 'no Idempotency-Key');
    assert.equal((await sb.api('/dossiers', { method: 'POST', json: body, headers: { 'Idempotency-Key': 'no-token-0000001' } })).status, 401);
    assert.equal((await submit({ ...body, procedureCode: '1.999999' }, token)).status, 404);
    const asText = await sb.api('/dossiers', { method: 'POST', body: 'x', headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': 'text-body-000001', 'X-Submission-Token': token } });
    assert.equal(asText.status, 415);
    const huge = await sb.api('/dossiers', { method: 'POST', body: JSON.stringify({ ...body, data: { request: 'x'.repeat(1_100_000) } }), headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'huge-body-000001', 'X-Submission-Token': token } });
    assert.equal(huge.status, 413);
    const foreignDraft = await upload(newDraftId());
    const slotId = free.form.documents[0]!.id;
    const borrowed = await submit({ ...body, documents: [{ slotId, uploadIds: [foreignDraft.body.id] }] }, token);
    assert.equal(borrowed.status, 422, 'an upload attaches only to the draft that created it');
    assert.deepEqual(borrowed.body.errors.find((e: { code: string }) => e.code === 'upload_unavailable')?.pointer, '/documents/0/uploadIds/0');
    const noPhone = await submit(body, 'st_test_not-a-token');
    assert.equal(noPhone.status, 401);
    const missingDoc = await submit({ ...body, documents: [] }, token);
    if (free.form.documents.some((s) => s.required && !s.appliesWhen)) {
      assert.equal(missingDoc.status, 422);
      assert.ok(missingDoc.body.errors.some((e: { code: string }) => e.code === 'document_required'));
    }
  });

  it('tracks by code and verifier without enumeration, with short-lived tokens', async () => {
    const receipt = await newDossier(free);
    const wrongPin = await sb.api('/dossiers/lookup', { method: 'POST', json: { code: receipt.dossierCode, verifier: 'ZZZZZZ' } });
    const wrongCode = await sb.api('/dossiers/lookup', { method: 'POST', json: { code: '000.00.12.H26-990101-0001', verifier: receipt.trackingPin } });
    assert.equal(wrongPin.status, 404);
    assert.equal(wrongCode.status, 404);
    assert.equal(wrongPin.body.title, wrongCode.body.title);
    assert.equal(wrongPin.body.detail, wrongCode.body.detail);
    assert.equal((await sb.api('/dossiers/lookup', { method: 'POST', json: { code: 'not a code', verifier: '1' } })).status, 422);
    const found = await sb.api('/dossiers/lookup', { method: 'POST', json: { code: receipt.dossierCode, verifier: receipt.phone.slice(-4) } });
    assert.equal(found.status, 200, found.text);
    const token = found.body.trackingToken as string;
    const dossier = await sb.api(`/dossiers/${receipt.dossierCode}`, { headers: tracking(token) });
    assert.equal(dossier.status, 200);
    assert.equal(dossier.body.applicantName, 'Phạm T. H.');
    assert.equal((await sb.api(`/dossiers/${receipt.dossierCode}`, { headers: { ...tracking(token), 'If-None-Match': dossier.headers.get('etag')! } })).status, 304);
    assert.equal((await sb.api(`/dossiers/${receipt.dossierCode}`)).status, 401);
    const other = await newDossier(free);
    assert.equal((await sb.api(`/dossiers/${other.dossierCode}`, { headers: tracking(token) })).status, 403);
    assert.equal((await sb.api('/dossiers/000.00.12.H26-990101-0001', { headers: tracking(token) })).status, 404);
  });

  it('moves through the lifecycle with events, documents and working-day due dates', async () => {
    const receipt = await newDossier(free);
    const code = receipt.dossierCode;
    for (let i = 0; i < 4; i++) assert.equal((await step(code)).body.moved, true);
    const events = await sb.api(`/dossiers/${code}/events`, { headers: tracking(receipt.trackingToken) });
    assert.equal(events.status, 200);
    assert.deepEqual(events.body.items.map((e: { status: number }) => e.status), [1, 2, 4, 9, 10]);
    assert.equal((await sb.api(`/dossiers/${code}/events`, { headers: { ...tracking(receipt.trackingToken), 'If-None-Match': events.headers.get('etag')! } })).status, 304);
    const after = await sb.api(`/dossiers/${code}/events?after=${events.body.items[2].id}`, { headers: tracking(receipt.trackingToken) });
    assert.equal(after.body.items.length, 2);
    assert.equal((await sb.api(`/dossiers/${code}/events?limit=0`, { headers: tracking(receipt.trackingToken) })).status, 400);
    assert.equal((await sb.api('/dossiers/000.00.12.H26-990101-0001/events', { headers: tracking(receipt.trackingToken) })).status, 404);
    const docs = await sb.api(`/dossiers/${code}/documents`, { headers: tracking(receipt.trackingToken) });
    assert.deepEqual(docs.body.items.map((d: { kind: string }) => d.kind), ['receipt', 'result-notice']);
    const receiptDoc = docs.body.items[0];
    assert.equal(receiptDoc.formNumber, '01');
    const html = await sb.api(`/dossiers/${code}/documents/${receiptDoc.id}`, { headers: { ...tracking(receipt.trackingToken), Accept: 'text/html' } });
    assert.equal(html.status, 200);
    assert.match(html.text, /Giấy tiếp nhận hồ sơ và hẹn trả kết quả/);
    assert.doesNotMatch(html.text, /<script/i);
    assert.equal((await sb.api(`/dossiers/${code}/documents/${receiptDoc.id}`, { headers: tracking(receipt.trackingToken) })).status, 200);
    assert.equal((await sb.api(`/dossiers/${code}/documents/${receiptDoc.id}`, { headers: { ...tracking(receipt.trackingToken), Accept: 'image/png' } })).status, 406);
    assert.equal((await sb.api(`/dossiers/${code}/documents/doc_01JD3QJ6K8M0N2P4Q6R8S0T2V4`, { headers: tracking(receipt.trackingToken) })).status, 404);
  });

  it('streams events live over SSE and resumes after Last-Event-ID', async () => {
    const receipt = await newDossier(free);
    const controller = new AbortController();
    const response = await fetch(`${sb.base}/v1/dossier-events/stream`, { headers: { 'X-Api-Key': testKey, 'X-Tracking-Token': receipt.trackingToken, Accept: 'text/event-stream' }, signal: controller.signal });
    assert.equal(response.status, 200);
    const reader = response.body!.getReader();
    let text = '';
    const read = async (until: RegExp) => {
      while (!until.test(text)) text += new TextDecoder().decode((await reader.read()).value);
    };
    await read(/"status":1/);
    await step(receipt.dossierCode);
    await read(/"status":2/);
    controller.abort();
    const ids = [...text.matchAll(/^id: (\d+)$/gm)].map((m) => m[1]);
    assert.equal(ids.length, 2);
    const notEvents = await sb.api('/dossier-events/stream', { headers: { ...tracking(receipt.trackingToken), Accept: 'application/json' } });
    assert.equal(notEvents.status, 406);
    assert.equal((await sb.api('/dossier-events/stream', { headers: { Accept: 'text/event-stream' } })).status, 401);
  });

  it('asks for a supplement, pauses the clock, and resumes when documents arrive', async () => {
    const receipt = await newDossier(free, 'supplement');
    const code = receipt.dossierCode;
    const draft = newDraftId();
    const notYet = await sb.api(`/dossiers/${code}/supplements`, { method: 'POST', json: { requestId: 'sr_01JD3QJ6K8M0N2P4Q6R8S0T2V4', draftId: draft, documents: [{ slotId: 'x', uploadIds: ['up_01JD3QJ6K8M0N2P4Q6R8S0T2V4'] }] }, headers: tracking(receipt.trackingToken) });
    assert.equal(notYet.status, 409, notYet.text);
    for (let i = 0; i < 3; i++) await step(code);
    const waiting = await sb.api(`/dossiers/${code}`, { headers: tracking(receipt.trackingToken) });
    assert.equal(waiting.body.status, 5);
    assert.equal(waiting.body.timing.clockPaused, true);
    const request = waiting.body.pendingAction;
    const up = await upload(draft, { purpose: 'supplement' });
    const wrongId = await sb.api(`/dossiers/${code}/supplements`, { method: 'POST', json: { requestId: 'sr_01JD3QJ6K8M0N2P4Q6R8S0T2V4', draftId: draft, documents: [{ slotId: request.slots[0].id, uploadIds: [up.body.id] }] }, headers: tracking(receipt.trackingToken) });
    assert.equal(wrongId.status, 422);
    await sb.api('/sandbox/clock/advance', { method: 'POST', json: { days: 3 } });
    // Tracking tokens live 30 minutes: three days later the citizen looks the dossier up again.
    assert.equal((await sb.api(`/dossiers/${code}`, { headers: tracking(receipt.trackingToken) })).status, 401);
    const again = await sb.api('/dossiers/lookup', { method: 'POST', json: { code, verifier: receipt.trackingPin } });
    const done = await sb.api(`/dossiers/${code}/supplements`, { method: 'POST', json: { requestId: request.requestId, draftId: draft, documents: [{ slotId: request.slots[0].id, uploadIds: [up.body.id] }] }, headers: tracking(again.body.trackingToken) });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.body.status, 4);
    assert.ok(done.body.dueDate > waiting.body.dueDate, 'the paused working days are added to the due date');
    assert.equal((await sb.api(`/uploads/${up.body.id}`, { method: 'DELETE', headers: { 'X-Draft-Id': draft } })).status, 409, 'an attached file cannot be deleted');
  });

  it('apologises with a new date when overdue, and refuses with reasons', async () => {
    const late = await newDossier(free, 'overdue');
    for (let i = 0; i < 3; i++) await step(late.dossierCode);
    const docs = await sb.api(`/dossiers/${late.dossierCode}/documents`, { headers: tracking(late.trackingToken) });
    const apology = docs.body.items.find((d: { kind: string }) => d.kind === 'apology');
    assert.equal(apology.formNumber, '04');
    const dossier = await sb.api(`/dossiers/${late.dossierCode}`, { headers: tracking(late.trackingToken) });
    assert.equal(dossier.body.dueDate, apology.newDueDate);
    assert.ok(dossier.body.originalDueDate < dossier.body.dueDate);
    const refused = await newDossier(free, 'refused');
    await step(refused.dossierCode);
    assert.equal((await sb.api(`/dossiers/${refused.dossierCode}`, { headers: tracking(refused.trackingToken) })).body.status, 3);
  });

  it('lets the applicant withdraw while in progress, not after', async () => {
    const receipt = await newDossier(free);
    assert.equal((await sb.api(`/dossiers/${receipt.dossierCode}/withdrawal`, { method: 'POST', json: { reason: '' }, headers: tracking(receipt.trackingToken) })).body.errors?.[0]?.pointer, '/reason');
    const withdrawn = await sb.api(`/dossiers/${receipt.dossierCode}/withdrawal`, { method: 'POST', json: { reason: 'Nộp nhầm thủ tục.' }, headers: tracking(receipt.trackingToken) });
    assert.equal(withdrawn.status, 200);
    assert.equal(withdrawn.body.status, 7);
    assert.equal((await sb.api(`/dossiers/${receipt.dossierCode}/withdrawal`, { method: 'POST', json: { reason: 'Lần nữa.' }, headers: tracking(receipt.trackingToken) })).status, 409);
  });
});

describe('payments', () => {
  it('asks for fees, pays on the simulated platform, and moves the dossier on', async () => {
    const receipt = await newDossier(paid, 'payment');
    const code = receipt.dossierCode;
    const early = await sb.api(`/dossiers/${code}/payments`, { method: 'POST', json: { returnUrl: `${origin}/theo-doi` }, headers: { ...tracking(receipt.trackingToken), 'Idempotency-Key': 'pay-early-000001' } });
    assert.equal(early.status, 409);
    for (let i = 0; i < 3; i++) await step(code);
    assert.equal((await sb.api(`/dossiers/${code}`, { headers: tracking(receipt.trackingToken) })).body.status, 6);
    const foreign = await sb.api(`/dossiers/${code}/payments`, { method: 'POST', json: { returnUrl: 'https://evil.example/steal' }, headers: { ...tracking(receipt.trackingToken), 'Idempotency-Key': 'pay-foreign-00001' } });
    assert.equal(foreign.status, 422);
    assert.equal(foreign.body.errors[0].pointer, '/returnUrl');
    const payment = await sb.api(`/dossiers/${code}/payments`, { method: 'POST', json: { returnUrl: `${origin}/theo-doi` }, headers: { ...tracking(receipt.trackingToken), 'Idempotency-Key': 'pay-ok-0000000001' } });
    assert.equal(payment.status, 201, payment.text);
    assert.equal(payment.body.amountVnd, paid.feeVnd);
    const page = await fetch(payment.body.redirectUrl);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.match(await page.text(), /Thanh toán/);
    const back = await fetch(payment.body.redirectUrl, { method: 'POST', body: 'action=pay', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    assert.equal(back.status, 303);
    assert.ok(back.headers.get('location')!.startsWith(`${origin}/theo-doi?payment=`));
    const status = await sb.api(`/payments/${payment.body.id}`, { headers: tracking(receipt.trackingToken) });
    assert.equal(status.body.status, 'succeeded');
    const dossier = await sb.api(`/dossiers/${code}`, { headers: tracking(receipt.trackingToken) });
    assert.equal(dossier.body.status, 4);
    assert.equal(dossier.body.fees.paidVnd, paid.feeVnd);
    assert.equal((await sb.api('/payments/pay_01JD3QJ6K8M0N2P4Q6R8S0T2V4', { headers: tracking(receipt.trackingToken) })).status, 404);
    const stranger = await newDossier(free);
    assert.equal((await sb.api(`/payments/${payment.body.id}`, { headers: tracking(stranger.trackingToken) })).status, 403);
  });
});

describe('ratings', () => {
  it('takes one rating per dossier, only after the result is returned', async () => {
    const receipt = await newDossier(free);
    const rate = (body: unknown, key: string) => sb.api(`/dossiers/${receipt.dossierCode}/rating`, { method: 'POST', json: body, headers: { ...tracking(receipt.trackingToken), 'Idempotency-Key': key } });
    assert.equal((await rate({ level: 'satisfied' }, 'rate-early-000001')).status, 409);
    for (let i = 0; i < 4; i++) await step(receipt.dossierCode);
    assert.equal((await rate({ level: 'quite-ok' }, 'rate-bad-00000001')).status, 422);
    const criteria = { totalTime: 2, timeAtAgency: 2, contacts: 2, agenciesContacted: 2, oneStopDesk: 2, publishedProcedure: 2, staffAttitude: 1, feedbackHandling: 2, onlineService: 2 };
    const rated = await rate({ level: 'very-satisfied', criteria, comment: 'Cán bộ hướng dẫn tận tình.' }, 'rate-ok-000000001');
    assert.equal(rated.status, 201, rated.text);
    assert.equal(rated.body.score, 17);
    assert.equal((await rate({ level: 'satisfied' }, 'rate-twice-000001')).body.code, 'already_rated');
  });

  it('takes counter ratings from kiosks, including ones made offline', async () => {
    const now = Date.now();
    const ok = await sb.api('/points/cn-01-d01/ratings', { method: 'POST', json: { level: 'satisfied', counter: 3, ratedAt: new Date(now - 3600_000).toISOString() }, headers: { 'Idempotency-Key': 'kiosk-0000000001' } });
    assert.equal(ok.status, 201, ok.text);
    assert.deepEqual(ok.body.target, { kind: 'point', pointId: 'cn-01-d01', counter: 3 });
    const old = await sb.api('/points/cn-01-d01/ratings', { method: 'POST', json: { level: 'satisfied', ratedAt: new Date(now - 90 * 86400_000).toISOString() }, headers: { 'Idempotency-Key': 'kiosk-0000000002' } });
    assert.equal(old.status, 422);
    assert.equal((await sb.api('/points/khong-co/ratings', { method: 'POST', json: { level: 'satisfied' }, headers: { 'Idempotency-Key': 'kiosk-0000000003' } })).status, 404);
  });

  it('summarises satisfaction for a scope, from the ratings stored', async () => {
    const city = await sb.api('/ratings/summary');
    assert.equal(city.status, 200);
    const { verySatisfied, satisfied, notSatisfied } = city.body.levels;
    assert.equal(verySatisfied + satisfied + notSatisfied, city.body.total);
    const point = await sb.api('/ratings/summary?scope=point&id=cn-01-d01');
    assert.ok(point.body.total >= 1);
    assert.equal((await sb.api('/ratings/summary?scope=point')).status, 400);
    assert.equal((await sb.api('/ratings/summary?scope=branch&id=cn-99')).status, 404);
  });
});

describe('feedback', () => {
  it('submits with a code, then follows it to an answer on the clock', async () => {
    const draft = newDraftId();
    const attachment = await upload(draft, { purpose: 'feedback' });
    const body = { topic: 'processing-time', title: 'Hồ sơ chậm', content: 'Hồ sơ của tôi quá hạn mà chưa nhận được thông báo.', contact: { fullName: 'Đỗ Văn Nam', phone: '0904111222' }, attachments: [attachment.body.id], draftId: draft, consent: { dataProcessing: true } };
    const sent = await sb.api('/feedback', { method: 'POST', json: body, headers: { 'Idempotency-Key': 'feedback-00000001' } });
    assert.equal(sent.status, 201, sent.text);
    assert.match(sent.body.code, /^PAKN-\d{6}-\d{4}$/);
    const unknownDossier = await sb.api('/feedback', { method: 'POST', json: { ...body, attachments: [], dossierCode: '000.00.12.H26-990101-0001' }, headers: { 'Idempotency-Key': 'feedback-00000002' } });
    assert.equal(unknownDossier.status, 422);
    assert.equal(unknownDossier.body.errors[0].pointer, '/dossierCode');
    const tooBig = await sb.api('/feedback', { method: 'POST', body: JSON.stringify({ ...body, content: 'x'.repeat(1_100_000) }), headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'feedback-00000003' } });
    assert.equal(tooBig.status, 413);
    const lookup = (verifier: string) => sb.api('/feedback/lookup', { method: 'POST', json: { code: sent.body.code, verifier } });
    assert.equal((await lookup('1222')).body.status, 'received');
    assert.equal((await lookup('ZZZZ')).status, 404);
    assert.equal((await sb.api('/feedback/lookup', { method: 'POST', json: { code: 'PAKN', verifier: '1' } })).status, 422);
    await sb.api('/sandbox/clock/advance', { method: 'POST', json: { days: 4 } });
    const answered = await lookup(sent.body.trackingPin);
    assert.equal(answered.body.status, 'answered');
    assert.ok(answered.body.answer.text.length > 0);
  });
});

describe('stats', () => {
  it('computes indicators from the dossiers, by period and scope', async () => {
    const stats = await sb.api('/stats?granularity=quarter');
    assert.equal(stats.status, 200);
    const sum = stats.body.periods.reduce((n: number, p: { figures: { received: number } }) => n + p.figures.received, 0);
    assert.equal(sum, stats.body.totals.received);
    const { resolved, resolvedOnTime, onTimeRate } = stats.body.totals;
    assert.equal(onTimeRate, Math.round((resolvedOnTime / resolved) * 10_000) / 10_000);
    assert.equal((await sb.api('/stats?scope=branch&id=cn-01')).status, 200);
    assert.equal((await sb.api('/stats?from=2026-05-01&to=2026-01-01')).status, 400);
    assert.equal((await sb.api('/stats?scope=agency&id=khong-co')).status, 404);
  });
});

describe('sign-in (fake VNeID) and my dossiers', () => {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const redirectUri = `${origin}/dang-nhap`;
  const authorizeQuery = (mode: string) => new URLSearchParams({ response_type: 'code', client_id: testKey, redirect_uri: redirectUri, state: 'state-0123456789abcdef', code_challenge: challenge, code_challenge_method: 'S256', response_mode: mode }).toString();

  async function signIn(sub: string): Promise<{ access: string; refresh: string; cookie: string }> {
    const start = await fetch(`${sb.base}/v1/auth/authorize?${authorizeQuery('query')}`, { redirect: 'manual' });
    assert.equal(start.status, 302);
    const login = new URL(start.headers.get('location')!);
    const page = await fetch(login);
    assert.match(await page.text(), /Nguyễn Thị Lan/);
    const form = new URLSearchParams(login.search);
    form.set('sub', sub);
    const done = await fetch(login, { method: 'POST', body: form, redirect: 'manual' });
    assert.equal(done.status, 302);
    const back = new URL(done.headers.get('location')!);
    assert.equal(back.origin + back.pathname, redirectUri);
    assert.equal(back.searchParams.get('state'), 'state-0123456789abcdef');
    const cookie = done.headers.get('set-cookie')!;
    assert.match(cookie, /HttpOnly/);
    const token = await fetch(`${sb.base}/v1/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'authorization_code', client_id: testKey, code: back.searchParams.get('code')!, code_verifier: verifier, redirect_uri: redirectUri }) });
    assert.equal(token.status, 200);
    const body = await token.json() as { access_token: string; refresh_token: string };
    return { access: body.access_token, refresh: body.refresh_token, cookie: cookie.split(';')[0]! };
  }

  it('signs in with PKCE, hands back the code by postMessage to the right origin, and knows the citizen', async () => {
    const { access, refresh, cookie } = await signIn('demo-citizen-01');
    const me = await sb.api('/auth/userinfo', { headers: { Authorization: `Bearer ${access}` } });
    assert.equal(me.status, 200);
    assert.equal(me.body.citizenId, '001185012345');
    // With the center's session, the popup answers at once with a page that posts to the opener's origin only.
    const popup = await fetch(`${sb.base}/v1/auth/authorize?${authorizeQuery('web_message')}`, { headers: { Cookie: cookie } });
    assert.equal(popup.status, 200);
    const html = await popup.text();
    assert.match(html, /hpasc:authorization/);
    assert.match(html, /postMessage\(m,"http:\/\/localhost:5173"\)/);
    assert.match(popup.headers.get('content-security-policy')!, /script-src 'nonce-/);
    // Codes work once; a wrong verifier or an unknown client is refused.
    const code = html.match(/"code":"([^"]+)"/)![1]!;
    const exchange = (params: Record<string, string>) => fetch(`${sb.base}/v1/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'authorization_code', client_id: testKey, code, code_verifier: verifier, redirect_uri: redirectUri, ...params }) });
    assert.equal((await exchange({ code_verifier: randomBytes(32).toString('base64url') })).status, 400);
    assert.equal((await exchange({ client_id: 'pk_test_unknown_key_000' })).status, 401);
    const refreshed = await fetch(`${sb.base}/v1/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'refresh_token', client_id: testKey, refresh_token: refresh }) });
    assert.equal(refreshed.status, 200);
    const reused = await fetch(`${sb.base}/v1/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'refresh_token', client_id: testKey, refresh_token: refresh }) });
    assert.equal(reused.status, 400, 'refresh tokens rotate');
    assert.equal((await sb.api('/auth/token', { method: 'POST', json: { grant_type: 'refresh_token' } })).status, 415);
    const revoked = await fetch(`${sb.base}/v1/auth/revoke`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token: access, client_id: testKey }) });
    assert.equal(revoked.status, 200);
    assert.equal((await sb.api('/auth/userinfo', { headers: { Authorization: `Bearer ${access}` } })).status, 401);
    assert.equal((await sb.api('/auth/revoke', { method: 'POST', json: {} })).status, 415);
    assert.equal((await fetch(`${sb.base}/v1/auth/revoke`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'token=x' })).status, 400);
  });

  it('refuses redirect URIs outside the key\'s origins and malformed requests', async () => {
    const evil = new URLSearchParams(authorizeQuery('query'));
    evil.set('redirect_uri', 'https://evil.example/cb');
    assert.equal((await fetch(`${sb.base}/v1/auth/authorize?${evil}`, { redirect: 'manual' })).status, 403);
    const short = new URLSearchParams(authorizeQuery('query'));
    short.set('state', 'x');
    assert.equal((await fetch(`${sb.base}/v1/auth/authorize?${short}`, { redirect: 'manual' })).status, 400);
  });

  it('lets a signed-in citizen submit without a one-time code and see only their own dossiers', async () => {
    const lan = await signIn('demo-citizen-01');
    const minh = await signIn('demo-citizen-02');
    const body = await submission(free);
    const sent = await sb.api('/dossiers', { method: 'POST', json: { ...body, applicant: { ...applicant, fullName: 'Nguyễn Thị Lan', citizenId: '001185012345', birthDate: '1985-04-12' } }, headers: { 'Idempotency-Key': 'signed-in-submit-1', Authorization: `Bearer ${lan.access}` } });
    assert.equal(sent.status, 201, sent.text);
    const mine = await sb.api('/me/dossiers', { headers: { Authorization: `Bearer ${lan.access}` } });
    assert.equal(mine.status, 200);
    assert.deepEqual(mine.body.items.map((d: { code: string }) => d.code), [sent.body.dossierCode]);
    assert.equal(mine.body.items[0].applicantName, 'Nguyễn Thị Lan');
    const theirs = await sb.api('/me/dossiers', { headers: { Authorization: `Bearer ${minh.access}` } });
    assert.deepEqual(theirs.body.items, []);
    assert.equal((await sb.api(`/dossiers/${sent.body.dossierCode}`, { headers: { Authorization: `Bearer ${minh.access}` } })).status, 403);
    assert.equal((await sb.api(`/dossiers/${sent.body.dossierCode}`, { headers: { Authorization: `Bearer ${lan.access}` } })).status, 200);
    assert.equal((await sb.api('/me/dossiers?limit=500', { headers: { Authorization: `Bearer ${lan.access}` } })).status, 400);
  });

  it('pages "my dossiers" by the last one seen, so a dossier submitted meanwhile repeats or hides nothing', async () => {
    const anh = await signIn('demo-citizen-03');
    const submit = async (key: string) => {
      const sent = await sb.api('/dossiers', { method: 'POST', json: { ...(await submission(free)), applicant: { ...applicant, fullName: 'Lê Hoàng Anh', citizenId: '001201007788', birthDate: '2001-11-20' } }, headers: { 'Idempotency-Key': key, Authorization: `Bearer ${anh.access}` } });
      assert.equal(sent.status, 201, sent.text);
      sb.sandbox.clock.advance(60_000);
      return sent.body.dossierCode as string;
    };
    const codes = [await submit('keyset-paging-0001'), await submit('keyset-paging-0002'), await submit('keyset-paging-0003')];
    const list = (cursor?: string) => sb.api(`/me/dossiers?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { headers: { Authorization: `Bearer ${anh.access}` } });
    const first = await list();
    assert.deepEqual(first.body.items.map((d: { code: string }) => d.code), [codes[2], codes[1]]);
    const newest = await submit('keyset-paging-0004');
    const second = await list(first.body.nextCursor);
    assert.deepEqual(second.body.items.map((d: { code: string }) => d.code), [codes[0]], 'the next page goes on after the last one seen');
    assert.equal(second.body.nextCursor, null);
    assert.deepEqual((await list()).body.items.map((d: { code: string }) => d.code), [newest, codes[2]]);
    assert.equal((await list('bm90LWpzb24')).status, 400);
  });
});

describe('every operation', () => {
  /** A syntactically valid request per operation, enough to get past routing. */
  const sample: Record<string, string> = {
    procedureCode: '1.001193', agencyId: 'ubnd-cap-xa', unitCode: '00070', branchId: 'cn-01', pointId: 'cn-01-d01',
    uploadId: 'up_01JD3QJ6K8M0N2P4Q6R8S0T2V4', verificationId: 'vf_01JD3QJ6K8M0N2P4Q6R8S0T2V4', dossierCode: '000.00.12.H26-990101-0001',
    documentId: 'doc_01JD3QJ6K8M0N2P4Q6R8S0T2V4', paymentId: 'pay_01JD3QJ6K8M0N2P4Q6R8S0T2V4',
  };
  const call = (op: RunningSandbox['sandbox']['operations'][number], headers: Record<string, string>, key: string | null = testKey) => {
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => sample[name]!);
    const type = Object.keys(op.requestBodies)[0];
    return sb.api(path, {
      method: op.method.toUpperCase(), key, headers: { ...(type ? { 'Content-Type': type } : {}), 'Idempotency-Key': randomBytes(12).toString('hex'), ...headers },
      ...(type ? { body: type === 'multipart/form-data' ? new FormData() : type.includes('json') ? '{}' : '' } : {}),
    });
  };

  it('answers 401 without a key and 403 from an origin the key does not allow', async () => {
    for (const op of sb.sandbox.operations) {
      if (!op.security.length) continue;
      const missing = await call(op, {}, null);
      assert.equal(missing.status, 401, `${op.operationId} without a key`);
      assert.equal(missing.headers.get('content-type'), 'application/problem+json');
      if (op.security.every((s) => 'apiKey' in s)) {
        assert.equal((await call(op, { Origin: 'https://evil.example' })).status, 403, `${op.operationId} from another origin`);
      }
    }
  });

  it('answers injected faults with 500 and 429 + Retry-After, as documented', async () => {
    for (const [spec, status] of [['errors=1', 500], ['rateLimits=1', 429]] as const) {
      await sb.api('/sandbox/faults', { method: 'PUT', body: spec });
      for (const op of sb.sandbox.operations) {
        const r = await call(op, {});
        assert.equal(r.status, status, `${op.operationId} under ${spec}`);
        if (status === 429) assert.ok(Number(r.headers.get('retry-after')) > 0);
        assert.match(r.headers.get('x-request-id') ?? '', /^req_/);
      }
      await sb.api('/sandbox/faults', { method: 'PUT', body: '' });
    }
  });

  it('answers 415 to bodies of the wrong type, 400 without a required Idempotency-Key, 404 for unknown dossiers', async () => {
    const { trackingToken } = await newDossier(free);
    const token = { 'X-Tracking-Token': trackingToken };
    const reachable = sb.sandbox.operations.filter((op) => op.security.some((alt) => Object.keys(alt).every((k) => k === 'apiKey' || k === 'trackingToken')));
    for (const op of reachable) {
      const types = Object.keys(op.requestBodies);
      if (types.length && !types.includes('text/plain')) {
        const r = await call(op, { ...token, 'Content-Type': 'text/plain' });
        assert.equal(r.status, 415, `${op.operationId} with text/plain`);
      }
      const idempotency = op.parameters.find((p) => p.name === 'Idempotency-Key' && p.in === 'header');
      if (idempotency?.required) {
        const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => sample[name]!);
        const r = await sb.api(path, { method: 'POST', json: {}, headers: token });
        assert.equal(r.status, 400, `${op.operationId} without Idempotency-Key`);
        assert.equal(r.body.code, 'idempotency_key_missing');
      }
      if (op.method === 'get' && op.path.startsWith('/dossiers/{dossierCode}')) {
        assert.equal((await call(op, token)).status, 404, `${op.operationId} for an unknown dossier`);
      }
    }
  });

  it('allows the SDK\'s headers across origins and exposes Retry-After and the request id', async () => {
    const preflight = await fetch(`${sb.base}/v1/dossiers`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'idempotency-key,x-api-key,authorization,content-type' } });
    assert.ok(preflight.status < 300);
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const h of ['idempotency-key', 'x-api-key', 'authorization', 'x-tracking-token']) assert.ok(allowed.includes(h), h);
    const real = await sb.api('/sectors', { headers: { Origin: origin } });
    assert.equal(real.headers.get('access-control-allow-origin'), origin);
    const exposed = (real.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    assert.ok(exposed.includes('retry-after') && exposed.includes('x-request-id'));
  });
});
});
