/**
 * The SDK against a running sandbox over real HTTP: every resource method, retries under injected faults,
 * Retry-After, idempotent resubmits, abort, timeouts, the error classes, and live events that survive a
 * dropped stream and fall back to polling.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AuthError, ConflictError, createClient, HpascError, NetworkError, NotFoundError, RateLimitError, ServerError, TimeoutError, ValidationError,
  type HpascClient, type Schemas,
} from '@hpasc/sdk';
import { createCore, LiveEvents } from '@hpasc/sdk/core';
import { validators } from '@hpasc/sdk/validate';
import { applicant, newDraftId, pngBytes, startSandbox, testKey, type RunningSandbox } from '../../sandbox/test/support/sandbox.ts';

type Procedure = Schemas['Procedure'];
let sb: RunningSandbox;
let client: HpascClient;
let free: Procedure;
let paid: Procedure;
const attempts: string[] = [];
let phoneSequence = 0;
const nextPhone = () => `0913${String(100000 + ++phoneSequence).slice(-6)}`;
const faults = (spec: string) => sb.api('/sandbox/faults', { method: 'PUT', body: spec });
const step = (code: string) => sb.api(`/sandbox/dossiers/${code}/step`, { method: 'POST' });
const dossierCount = async () => Number((await sb.sandbox.db.get<{ n: number }>('SELECT count(*) AS n FROM dossiers WHERE demo = 0'))!.n);

function newClient(options: Partial<Parameters<typeof createClient>[0]> = {}): HpascClient {
  return createClient({ baseUrl: `${sb.base}/v1`, apiKey: testKey, locale: 'en', validate: validators, retry: { limit: 4, maxDelayMs: 200 }, ...options });
}

/** A complete submission for a simple-form procedure, its documents uploaded through the SDK. */
async function submission(c: HpascClient, procedure: Procedure, phone: string): Promise<Schemas['DossierSubmission']> {
  const draftId = newDraftId();
  const documents: Schemas['AttachedDocument'][] = [];
  for (const slot of procedure.form.documents.filter((s) => s.required && !s.appliesWhen)) {
    const upload = await c.uploads.upload({ file: new Blob([pngBytes], { type: 'image/png' }), draftId, purpose: 'dossier', procedureCode: procedure.code, slotId: slot.id }, { accept: slot.accept, maxSizeBytes: slot.maxSizeBytes });
    documents.push({ slotId: slot.id, uploadIds: [upload.id] });
  }
  return {
    procedureCode: procedure.code, formRevision: procedure.form.revision, draftId, applicant: { ...applicant, phone },
    data: { request: 'Đề nghị giải quyết thủ tục theo quy định.' }, documents, delivery: { method: 'counter', pointId: 'cn-01-d01' },
    consent: { truthful: true, dataProcessing: true },
  };
}

/** The one-time-code flow: request, read the code from the sandbox (no SMS), check. */
async function verify(c: HpascClient, procedureCode: string, phone: string): Promise<string> {
  const verification = await c.verifications.request({ phone, procedureCode });
  const { code } = (await sb.api(`/sandbox/verifications/${verification.id}`)).body as { code: string };
  return (await c.verifications.check(verification.id, code)).submissionToken;
}

async function newDossier(c: HpascClient, procedure: Procedure, scenario = 'normal') {
  const phone = nextPhone();
  const submissionToken = await verify(c, procedure.code, phone);
  const receipt = await c.dossiers.submit(await submission(c, procedure, phone), { submissionToken });
  await sb.api(`/sandbox/dossiers/${receipt.dossierCode}/scenario`, { method: 'PUT', json: { scenario } });
  return receipt;
}

describe('@hpasc/sdk against the sandbox', () => {
  before(async () => {
    sb = await startSandbox();
    client = newClient({ onRequest: ({ method, url, attempt }) => attempts.push(`${method} ${new URL(url).pathname} ${attempt}`) });
    const simple: Procedure[] = [];
    for await (const summary of client.procedures.list({ limit: 50 })) {
      const p = await client.procedures.get(summary.code);
      if (JSON.stringify(p.form.data.required) === '["request"]' && p.submission.verifiedPhone && p.processingTime.workingDays) simple.push(p);
      if (simple.some((x) => x.feeVnd === 0) && simple.some((x) => x.feeVnd > 0)) break;
    }
    free = simple.find((p) => p.feeVnd === 0)!;
    paid = simple.find((p) => p.feeVnd > 0)!;
  });
  after(async () => {
    assert.deepEqual(sb.sandbox.violations, []);
    await sb.stop();
  });

  describe('catalog and directory', () => {
    it('searches, pages with for await, and revalidates with ETag', async () => {
      const found = await client.procedures.search('dang ky khai sinh', { limit: 3 });
      assert.equal(found.items[0]!.code, '1.001193');
      const first = await client.procedures.list({ limit: 10 });
      assert.equal(first.items.length, 10);
      assert.ok(first.hasNextPage());
      const second = await first.nextPage();
      assert.notEqual(second.items[0]!.code, first.items[0]!.code);
      let count = 0;
      for await (const procedure of client.procedures.list({ limit: 50 })) {
        assert.ok(procedure.code);
        count++;
      }
      assert.equal(count, sb.seeded.procedures);
      const a = await client.procedures.get('1.001193');
      const b = await client.procedures.get('1.001193');
      assert.deepEqual(a, b);
      assert.ok(sb.sandbox.coverage.has('getProcedure 304'), 'the second read was a 304 answered from the cached body');
    });

    it('lists sectors, agencies, units, branches, points, nearest points and queues', async () => {
      assert.ok((await client.sectors.list()).items.length >= 10);
      const agency = (await client.agencies.list()).items[0]!;
      assert.equal((await client.agencies.get(agency.id)).id, agency.id);
      const unit = (await client.units.list({ q: 'hoan kiem' })).items[0]!;
      assert.equal((await client.units.get(unit.code)).code, unit.code);
      const branches = await client.branches.list();
      assert.equal(branches.items.length, 12);
      assert.equal((await client.branches.get(branches.items[0]!.id)).id, branches.items[0]!.id);
      assert.ok((await client.branches.points({ limit: 5 })).items.length === 5);
      const near = await client.branches.nearest({ lat: 21.0285, lng: 105.8542, radiusKm: 5 });
      assert.ok(near.items.length > 0);
      assert.equal((await client.branches.point('cn-01-d01')).id, 'cn-01-d01');
      assert.ok((await client.branches.queue('cn-01-d01')).waiting >= 0);
    });
  });

  describe('errors', () => {
    it('checks input before it leaves, naming the field by pointer and by path', async () => {
      const before = attempts.length;
      await assert.rejects(client.procedures.get('not-a-code'), (error) => error instanceof ValidationError && error.status === 0);
      const bad = { ...(await submission(client, free, applicant.phone)), applicant: { ...applicant, citizenId: '12345' } } as Schemas['DossierSubmission'];
      const error = await client.dossiers.submit(bad).catch((e: unknown) => e);
      assert.ok(error instanceof ValidationError);
      assert.equal(error.byPointer['/applicant/citizenId'], 'The ID number (CCCD) must be 12 valid digits.');
      assert.ok(error.byPath['applicant.citizenId']);
      assert.equal(attempts.filter((a) => a.startsWith('POST /v1/dossiers ')).length, attempts.slice(0, before).filter((a) => a.startsWith('POST /v1/dossiers ')).length, 'nothing was sent');
    });

    it('maps each problem to its class, with status, type and request id', async () => {
      const notFound = await client.agencies.get('khong-co').catch((e: unknown) => e);
      assert.ok(notFound instanceof NotFoundError);
      assert.equal(notFound.status, 404);
      assert.equal(notFound.type, 'urn:hpasc:problem:not-found');
      assert.match(notFound.requestId ?? '', /^req_/);
      const badKey = await newClient({ apiKey: 'pk_test_unknown_0000' }).sectors.list().catch((e: unknown) => e);
      assert.ok(badKey instanceof AuthError);
      assert.equal(badKey.code, 'api_key_unknown');
      const server = await (async () => { await faults('errors=1'); try { return await newClient({ retry: 0 }).sectors.list().catch((e: unknown) => e); } finally { await faults(''); } })();
      assert.ok(server instanceof ServerError);
      const limited = await (async () => { await faults('rateLimits=1'); try { return await newClient({ retry: 0 }).sectors.list().catch((e: unknown) => e); } finally { await faults(''); } })();
      assert.ok(limited instanceof RateLimitError);
      assert.equal(limited.retryAfter, 2);
      const offline = await createClient({ baseUrl: 'http://127.0.0.1:9/v1', apiKey: testKey, retry: 0 }).sectors.list().catch((e: unknown) => e);
      assert.ok(offline instanceof NetworkError);
      assert.equal(offline.status, 0);
      const slow = await (async () => { await faults('latency=400'); try { return await newClient({ retry: 0, timeout: 100 }).sectors.list().catch((e: unknown) => e); } finally { await faults(''); } })();
      assert.ok(slow instanceof TimeoutError);
      // Without the contract checks the server judges: its 422 lands on the same fields.
      const unchecked = createClient({ baseUrl: `${sb.base}/v1`, apiKey: testKey, locale: 'en' });
      const refused = await unchecked.feedback.submit({ topic: 'other', title: 'x', content: 'ngắn', contact: { fullName: 'A', phone: '0912000999' }, draftId: newDraftId(), consent: { dataProcessing: true } }).catch((e: unknown) => e);
      assert.ok(refused instanceof ValidationError);
      assert.equal(refused.status, 422);
      assert.equal(refused.byPath['content'], 'At least 10 characters.');
      const vi = await createClient({ baseUrl: `${sb.base}/v1`, apiKey: testKey }).agencies.get('khong-co').catch((e: unknown) => e);
      assert.ok(vi instanceof HpascError);
      assert.match(vi.message, /Không tìm thấy/);
    });

    it('honours Retry-After before retrying a 429', async () => {
      await faults('rateLimits=1');
      const started = Date.now();
      const error = await newClient({ retry: { limit: 1 } }).sectors.list().catch((e: unknown) => e);
      await faults('');
      assert.ok(error instanceof RateLimitError);
      assert.ok(Date.now() - started >= 1900, `waited ${Date.now() - started} ms for Retry-After: 2`);
    });

    it('aborts on request', async () => {
      await faults('latency=500');
      const controller = new AbortController();
      const pending = client.sectors.list({ signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      await assert.rejects(pending, (error: unknown) => (error as Error).name === 'AbortError');
      await faults('');
    });
  });

  describe('dossiers', () => {
    it('submits idempotently: retried through faults, resubmitted with the same key → one dossier', async () => {
      const phone = nextPhone();
      const submissionToken = await verify(client, free.code, phone);
      const input = await submission(client, free, phone);
      const before = await dossierCount();
      await faults('errors=0.3,drops=0.2,dropsAfterCommit=0.2,seed=11');
      const idempotencyKey = 'draft-key-sdk-test-0001';
      const patient = newClient({ retry: { limit: 8, maxDelayMs: 100 }, onRequest: ({ method, url, attempt }) => attempts.push(`${method} ${new URL(url).pathname} ${attempt}`) });
      const first = await patient.dossiers.submit(input, { submissionToken, idempotencyKey });
      const again = await patient.dossiers.submit(input, { submissionToken, idempotencyKey });
      await faults('');
      assert.equal(again.dossierCode, first.dossierCode);
      assert.equal(await dossierCount(), before + 1);
      const conflict = await client.dossiers.submit({ ...input, data: { request: 'Một nội dung khác hẳn.' } }, { submissionToken, idempotencyKey }).catch((e: unknown) => e);
      assert.ok(conflict instanceof ConflictError);
      assert.equal(conflict.code, 'idempotency_key_reused');
      assert.ok(attempts.some((a) => a.startsWith('POST /v1/dossiers ') && !a.endsWith(' 1')), 'the SDK retried the POST');
    });

    it('does not retry a POST without an Idempotency-Key', async () => {
      const before = attempts.length;
      await faults('errors=1');
      await assert.rejects(client.dossiers.track('000.00.12.H26-990101-0001', 'AAAAAA'), ServerError);
      await faults('');
      assert.deepEqual(attempts.slice(before), ['POST /v1/dossiers/lookup 1']);
    });

    it('tracks, reads, supplements, withdraws, and reads issued documents', async () => {
      const receipt = await newDossier(client, free, 'supplement');
      const fresh = newClient();
      await assert.rejects(fresh.dossiers.get(receipt.dossierCode), AuthError);
      const token = await fresh.dossiers.track(` ${receipt.dossierCode.slice(0, 10)} ${receipt.dossierCode.slice(10)} `, receipt.trackingPin.toLowerCase());
      assert.equal(token.dossierCode, receipt.dossierCode);
      for (let i = 0; i < 3; i++) await step(receipt.dossierCode);
      const waiting = await fresh.dossiers.get(receipt.dossierCode);
      assert.equal(waiting.status, 5);
      const request = waiting.pendingAction as Schemas['SupplementRequest'];
      const draftId = newDraftId();
      const upload = await fresh.uploads.upload({ file: new Blob([pngBytes], { type: 'image/png' }), draftId, purpose: 'supplement' });
      assert.equal((await fresh.uploads.get(upload.id, draftId)).id, upload.id);
      const resumed = await fresh.dossiers.supplement(receipt.dossierCode, { requestId: request.requestId, draftId, documents: [{ slotId: request.slots[0]!.id, uploadIds: [upload.id] }] });
      assert.equal(resumed.status, 4);
      const events = [];
      for await (const event of fresh.dossiers.events(receipt.dossierCode)) events.push(event.kind);
      assert.deepEqual(events, ['submitted', 'accepted', 'processing-started', 'supplement-requested', 'supplement-received']);
      const documents = await fresh.dossiers.documents(receipt.dossierCode);
      assert.deepEqual(documents.items.map((d) => d.kind), ['receipt', 'supplement-request']);
      const html = await fresh.dossiers.document(receipt.dossierCode, documents.items[0]!.id, 'html');
      assert.match(html as string, /Giấy tiếp nhận hồ sơ/);
      const withdrawn = await fresh.dossiers.withdraw(receipt.dossierCode, { reason: 'Nộp nhầm.' });
      assert.equal(withdrawn.status, 7);
      const spare = await fresh.uploads.upload({ file: new Blob([pngBytes], { type: 'image/png' }), draftId, purpose: 'supplement' });
      await fresh.uploads.delete(spare.id, draftId);
      await assert.rejects(fresh.uploads.get(spare.id, draftId), NotFoundError);
      await assert.rejects(fresh.uploads.upload({ file: new Blob(['x'], { type: 'text/plain' }), draftId, purpose: 'dossier' }), (e: unknown) => e instanceof ValidationError && e.fields[0]!.pointer === '/file');
    });

    it('pays fees through the payment page and rates the service', async () => {
      const receipt = await newDossier(client, paid, 'payment');
      for (let i = 0; i < 3; i++) await step(receipt.dossierCode);
      const payment = await client.dossiers.pay(receipt.dossierCode, { returnUrl: 'http://localhost:5173/ho-so' });
      assert.equal(payment.amountVnd, paid.feeVnd);
      await fetch(payment.redirectUrl, { method: 'POST', body: 'action=pay', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
      assert.equal((await client.dossiers.payment(payment.id, receipt.dossierCode)).status, 'succeeded');
      for (let i = 0; i < 2; i++) await step(receipt.dossierCode);
      const rating = await client.dossiers.rate(receipt.dossierCode, { level: 'very-satisfied' });
      assert.equal(rating.level, 'very-satisfied');
      assert.ok((await client.ratings.ratePoint('cn-01-d01', { level: 'satisfied', counter: 2 })).id);
      assert.ok((await client.ratings.summary({ scope: 'point', id: 'cn-01-d01' })).total >= 1);
    });

    it('sends feedback and follows it; reads the stats', async () => {
      const receipt = await client.feedback.submit({ topic: 'suggestion', title: 'Thêm ghế chờ', content: 'Đề nghị bố trí thêm ghế chờ tại điểm tiếp nhận.', contact: { fullName: 'Vũ Thị Mai', phone: '0965000111' }, draftId: newDraftId(), consent: { dataProcessing: true } });
      const followed = await client.feedback.lookup({ code: receipt.code, verifier: receipt.trackingPin });
      assert.equal(followed.code, receipt.code);
      const stats = await client.stats.get({ granularity: 'year' });
      assert.ok(stats.totals.received > 0);
    });
  });

  describe('sign-in', () => {
    it('builds the authorize URL with PKCE, exchanges the code, reads claims, refreshes and revokes', async () => {
      const pkce = await client.auth.createPkce();
      const redirectUri = 'http://localhost:5173/dang-nhap';
      const start = await fetch(client.auth.authorizeUrl({ redirect_uri: redirectUri, state: pkce.state, code_challenge: pkce.challenge, response_mode: 'query' }), { redirect: 'manual' });
      const login = new URL(start.headers.get('location')!);
      const form = new URLSearchParams(login.search);
      form.set('sub', 'demo-citizen-02');
      const back = new URL((await fetch(login, { method: 'POST', body: form, redirect: 'manual' })).headers.get('location')!);
      assert.equal(back.searchParams.get('state'), pkce.state);
      const tokens = await client.auth.exchangeCode({ code: back.searchParams.get('code')!, verifier: pkce.verifier, redirectUri });
      let access: string | null = tokens.access_token;
      const citizen = newClient({ getAccessToken: () => access });
      assert.equal((await citizen.auth.userInfo()).name, 'Trần Văn Minh');
      assert.deepEqual((await citizen.dossiers.mine()).items, []);
      const renewed = await citizen.auth.refresh(tokens.refresh_token!);
      await citizen.auth.revoke(access);
      await assert.rejects(citizen.auth.userInfo(), AuthError);
      access = renewed.access_token;
      assert.equal((await citizen.auth.userInfo()).sub, 'demo-citizen-02');
    });
  });

  describe('live events', () => {
    it('streams a dossier live and resumes after a dropped stream with no event missed or repeated', async () => {
      const receipt = await newDossier(client, free);
      const controller = new AbortController();
      const seen: string[] = [];
      const watching = (async () => {
        for await (const event of client.dossiers.watch(receipt.dossierCode, { signal: controller.signal })) {
          seen.push(`${event.id}:${event.status}`);
          if (event.status === 10) controller.abort();
        }
      })();
      const waitFor = async (n: number) => { for (let i = 0; i < 200 && seen.length < n; i++) await new Promise((r) => setTimeout(r, 20)); };
      await waitFor(1);
      await step(receipt.dossierCode);
      await waitFor(2);
      await sb.api('/sandbox/streams/drop', { method: 'POST' });
      await step(receipt.dossierCode);
      await step(receipt.dossierCode);
      await waitFor(4);
      await sb.api('/sandbox/streams/drop', { method: 'POST' });
      await step(receipt.dossierCode);
      await watching;
      assert.deepEqual(seen.map((s) => Number(s.split(':')[1])), [1, 2, 4, 9, 10]);
      assert.equal(new Set(seen).size, seen.length);
    });

    it('shares one stream between watchers of several dossiers', async () => {
      const a = await newDossier(client, free);
      const b = await newDossier(client, free);
      const streamsBefore = [...sb.sandbox.coverage].length;
      const controller = new AbortController();
      const got: Record<string, number[]> = { [a.dossierCode]: [], [b.dossierCode]: [] };
      const follow = async (code: string) => {
        for await (const event of client.dossiers.watch(code, { signal: controller.signal })) got[code]!.push(event.status);
      };
      const both = Promise.all([follow(a.dossierCode), follow(b.dossierCode)]);
      await new Promise((r) => setTimeout(r, 200));
      const open = (await sb.api('/sandbox/streams/drop', { method: 'POST' })).body.dropped as number;
      assert.equal(open, 1, 'one stream for both dossiers');
      await step(a.dossierCode);
      await step(b.dossierCode);
      for (let i = 0; i < 200 && (got[a.dossierCode]!.length < 2 || got[b.dossierCode]!.length < 2); i++) await new Promise((r) => setTimeout(r, 20));
      controller.abort();
      await both;
      assert.deepEqual(got[a.dossierCode], [1, 2]);
      assert.deepEqual(got[b.dossierCode], [1, 2]);
      void streamsBefore;
    });

    it('falls back to polling when the stream is unavailable', async () => {
      const receipt = await newDossier(client, free);
      const noStreams: typeof fetch = (input, init) => (String(input instanceof Request ? input.url : input).includes('/dossier-events/stream') ? Promise.resolve(new Response(null, { status: 406 })) : fetch(input, init));
      const core = createCore({ baseUrl: `${sb.base}/v1`, apiKey: testKey, fetch: noStreams });
      core.trackingTokens.set(receipt.dossierCode, { token: receipt.trackingToken, expiresAt: receipt.trackingTokenExpiresAt });
      const live = new LiveEvents(core, { pollIntervalMs: 50, maxStreamFailures: 1 });
      const controller = new AbortController();
      const statuses: number[] = [];
      const watching = (async () => {
        for await (const event of live.watch(receipt.dossierCode, { signal: controller.signal })) {
          statuses.push(event.status);
          if (event.status === 4) controller.abort();
        }
      })();
      for (let i = 0; i < 100 && live.mode !== 'poll'; i++) await new Promise((r) => setTimeout(r, 20));
      assert.equal(live.mode, 'poll');
      await step(receipt.dossierCode);
      await step(receipt.dossierCode);
      await watching;
      assert.deepEqual(statuses, [1, 2, 4]);
    });

    it('starts after a given event id, for a page that already shows the timeline up to it', async () => {
      const receipt = await newDossier(client, free);
      await step(receipt.dossierCode);
      const timeline = (await client.dossiers.events(receipt.dossierCode)).items;
      assert.deepEqual(timeline.map((e) => e.status), [1, 2]);
      const controller = new AbortController();
      const statuses: number[] = [];
      const watching = (async () => {
        for await (const event of client.dossiers.watch(receipt.dossierCode, { signal: controller.signal, after: timeline[0]!.id })) {
          statuses.push(event.status);
          if (event.status === 4) controller.abort();
        }
      })();
      for (let i = 0; i < 100 && statuses.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      await step(receipt.dossierCode);
      await watching;
      assert.deepEqual(statuses, [2, 4]);
    });

    // Last of the file: it moves the sandbox's clock past every tracking token's lifetime.
    it('ends a watch with an AuthError naming the dossier when its tracking token expires mid-stream', async () => {
      const receipt = await newDossier(client, free);
      const controller = new AbortController();
      const statuses: number[] = [];
      const watching = (async () => {
        for await (const event of client.dossiers.watch(receipt.dossierCode, { signal: controller.signal })) statuses.push(event.status);
      })().then(() => null, (error: unknown) => error);
      for (let i = 0; i < 100 && statuses.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      // The timeline came first; give the stream a moment to open.
      await new Promise((r) => setTimeout(r, 300));
      await sb.api('/sandbox/clock/advance', { method: 'POST', json: { minutes: 31 } });
      const timeout = setTimeout(() => controller.abort(), 10_000);
      const error = await watching;
      clearTimeout(timeout);
      assert.ok(error instanceof AuthError, `the watch ended with ${String(error)}`);
      assert.equal(error.code, 'tracking_token_expired');
      assert.equal(error.problem?.instance, receipt.dossierCode);
      assert.deepEqual(statuses.slice(0, 1), [1]);
    });
  });
});
