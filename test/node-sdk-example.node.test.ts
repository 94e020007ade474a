/**
 * examples/node-sdk/follow-dossier.ts, run as a department developer runs it (a child process, configured by
 * HPASC_BASE_URL / HPASC_API_KEY) against an in-memory sandbox: it lists procedures page by page, follows a
 * dossier submitted here while the test drives its lifecycle through the /sandbox controls, and fails with
 * the error's code and request id.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createClient, type HpascClient, type Schemas } from '@hpasc/sdk';
import { applicant, newDraftId, pngBytes, startSandbox, testKey, type RunningSandbox } from '../packages/sandbox/test/support/sandbox.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = fileURLToPath(new URL('../examples/node-sdk/follow-dossier.ts', import.meta.url));
const phone = '0913777001';
let sb: RunningSandbox;

interface Run { code: number | null; stdout: string; stderr: string; endedAt: number }

/** Runs the example; `onLine` sees each line of its output as it comes. Killed after 20 s. */
function runExample(args: string[], options: { env?: Record<string, string>; onLine?: (line: string) => void } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', script, ...args], {
      cwd: root, stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HPASC_BASE_URL: `${sb.base}/v1`, HPASC_API_KEY: testKey, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    let partial = '';
    const timer = setTimeout(() => child.kill(), 20_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      for (const line of lines) options.onLine?.(line);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr, endedAt: Date.now() }); });
  });
}

/** A dossier for a procedure whose form asks only for a request text, submitted with a confirmed mobile. */
async function submitDossier(client: HpascClient): Promise<Schemas['DossierReceipt']> {
  let procedure: Schemas['Procedure'] | undefined;
  for await (const summary of client.procedures.list({ limit: 50 })) {
    const p = await client.procedures.get(summary.code);
    if (JSON.stringify(p.form.data.required) === '["request"]' && p.submission.verifiedPhone) { procedure = p; break; }
  }
  assert.ok(procedure, 'the catalog has a procedure with a one-field form');
  const draftId = newDraftId();
  const documents: Schemas['AttachedDocument'][] = [];
  for (const slot of procedure.form.documents.filter((s) => s.required && !s.appliesWhen)) {
    const upload = await client.uploads.upload({ file: new Blob([pngBytes], { type: 'image/png' }), draftId, purpose: 'dossier', procedureCode: procedure.code, slotId: slot.id });
    documents.push({ slotId: slot.id, uploadIds: [upload.id] });
  }
  const verification = await client.verifications.request({ phone, procedureCode: procedure.code });
  const { code } = (await sb.api(`/sandbox/verifications/${verification.id}`)).body as { code: string };
  const { submissionToken } = await client.verifications.check(verification.id, code);
  return client.dossiers.submit({
    procedureCode: procedure.code, formRevision: procedure.form.revision, draftId, applicant: { ...applicant, phone },
    data: { request: 'Đề nghị giải quyết thủ tục theo quy định.' }, documents, delivery: { method: 'counter', pointId: 'cn-01-d01' },
    consent: { truthful: true, dataProcessing: true },
  }, { submissionToken });
}

describe('examples/node-sdk/follow-dossier.ts', () => {
  before(async () => { sb = await startSandbox(); });
  after(async () => { await sb?.stop(); });

  it('lists the procedures for the default query, then follows a dossier live to its final status', async () => {
    const receipt = await submitDossier(createClient({ baseUrl: `${sb.base}/v1`, apiKey: testKey }));
    const step = async () => {
      const answer = await sb.api(`/sandbox/dossiers/${receipt.dossierCode}/step`, { method: 'POST' });
      assert.equal(answer.status, 200);
    };
    // Once the script watches, move the dossier through accept → process → resolve → return.
    let driving: Promise<void> | undefined;
    let watchingAt = 0;
    const drive = async () => { for (let i = 0; i < 4; i++) await step(); };
    const run = await runExample(['--dossier', receipt.dossierCode, '--verifier', receipt.trackingPin, '--timeout', '15'], {
      onLine: (line) => {
        if (!line.startsWith('Watching live events') || driving) return;
        watchingAt = Date.now();
        driving = drive();
        driving.catch(() => undefined); // awaited below, once the script has ended
      },
    });
    assert.ok(driving, `the script started watching:\n${run.stdout}\n${run.stderr}`);
    await driving;
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');

    const { total } = (await sb.api('/procedures?q=khai%20sinh&limit=1')).body as { total: number };
    assert.ok(total > 5 && total <= 20, `"khai sinh" matches more than one page and fewer than --max (${total})`);
    assert.match(run.stdout, new RegExp(`^Procedures matching "khai sinh": ${total} found$`, 'm'));
    assert.match(run.stdout, /^ {2}1\.001193 {2}Thủ tục đăng ký khai sinh\n {6}processing time: 1 working day\(s\) · fee: none$/m);
    const listed = [...run.stdout.matchAll(/^ {2}(\d\.\d{6}) {2}/gm)].map((m) => m[1]);
    assert.equal(listed[0], '1.001193', 'the best match first');
    assert.equal(listed.length, total, 'every page was fetched (5 per page)');
    assert.equal(new Set(listed).size, total, 'no procedure twice across pages');

    assert.match(run.stdout, new RegExp(`^Dossier ${receipt.dossierCode.replace(/\./g, '\\.')} — .+ \\(${receipt.procedure.code}\\)$`, 'm'));
    assert.ok(run.stdout.includes(`\nStatus: 1 Mới đăng ký; return date: ${receipt.dueDate}\n`), 'the status before the lifecycle moved');
    assert.match(run.stdout, /^Timeline:\n {2}\S+ {2}\[1 Mới đăng ký\] {2}submitted — /m);
    assert.equal(run.stdout.match(/\] {2}submitted — /g)?.length, 1, 'the timeline is printed once, not again by watch()');
    const [, watched = ''] = run.stdout.split(/^Watching live events for up to 15 s…$/m);
    const changes = [...watched.matchAll(/^Status changed: (\d+) .+ → (\d+) .+ \((\S+), /gm)].map((m) => `${m[1]}→${m[2]} ${m[3]}`);
    assert.deepEqual(changes, ['1→2 accepted', '2→4 processing-started', '4→9 resolved', '9→10 returned']);
    assert.match(watched, /^Reached final status 10 Đã trả kết quả\.$/m);
    const watchedMs = run.endedAt - watchingAt;
    assert.ok(watchedMs < 10_000, `it stopped at the final status, not at the 15 s timeout (${watchedMs} ms)`);

    for (const personal of [applicant.fullName, applicant.citizenId, phone, receipt.trackingPin]) {
      assert.ok(!run.stdout.includes(personal), `the output does not show ${personal}`);
    }
  });

  it('searches the query given on the command line', async () => {
    const run = await runExample(['dang', 'ky', 'khai', 'tu', '--max', '2']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Procedures matching "dang ky khai tu": \d+ found$/m);
    assert.deepEqual([...run.stdout.matchAll(/^ {2}(\d\.\d{6}) {2}/gm)].map((m) => m[1]).slice(0, 1), ['1.000656']);
    assert.equal([...run.stdout.matchAll(/^ {2}\d\.\d{6} {2}/gm)].length, 2, '--max stops the listing');
    assert.match(run.stdout, /add --dossier CODE --verifier PIN/);
  });

  it('exits non-zero with the error code and request id', async () => {
    const wrongPin = await runExample(['--dossier', '000.00.12.H26-990101-0001', '--verifier', 'AAAAAA']);
    assert.equal(wrongPin.code, 1);
    assert.match(wrongPin.stderr, /^ {2}code: not_found, HTTP status: 404, request id: req_\w+$/m);

    const wrongKey = await runExample([], { env: { HPASC_API_KEY: 'pk_test_not_a_key_of_ours' } });
    assert.equal(wrongKey.code, 1);
    assert.match(wrongKey.stderr, /^ {2}code: api_key_unknown, HTTP status: 401, request id: req_\w+$/m);
    assert.equal(wrongKey.stdout, '');

    const badArgs = await runExample(['--dossier', '000.00.12.H26-990101-0001']);
    assert.equal(badArgs.code, 2);
    assert.match(badArgs.stderr, /--dossier needs --verifier/);
  });
});
