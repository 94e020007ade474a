/**
 * Follow a dossier from Node with the typed SDK (@hpasc/sdk) — a starting point for department scripts.
 *
 * 1. Lists the procedures matching a query (default "khai sinh"), page by page.
 * 2. With `--dossier CODE --verifier PIN`: looks the dossier up, prints its status and timeline, then watches
 *    its live events until it reaches a final status or `--timeout` seconds pass, printing each status change.
 *    The verifier is the tracking PIN printed on the receipt, or the last 4 digits of the applicant's mobile.
 *
 *   node --conditions=source --import tsx examples/node-sdk/follow-dossier.ts [query] [--dossier CODE --verifier PIN] [--timeout 60]
 *
 * Configuration (no secrets in code): HPASC_BASE_URL (default: the local sandbox) and HPASC_API_KEY (default:
 * the sandbox's publishable test key). Exit code 0 on success, 1 on an API error, 2 on bad arguments.
 */
import { parseArgs } from 'node:util';
import { createClient, HpascError, ValidationError, type Schemas } from '@hpasc/sdk';

type Status = Schemas['DossierStatus'];
type DossierEvent = Schemas['DossierEvent'];

// The national portal's TrangThaiHoSo codes (DossierStatus in openapi/hpasc.openapi.yaml); the API sends numbers only.
const statusNames: Record<Status, string> = {
  1: 'Mới đăng ký', 2: 'Được tiếp nhận', 3: 'Không được tiếp nhận', 4: 'Đang xử lý', 5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính', 7: 'Công dân yêu cầu rút hồ sơ', 8: 'Dừng xử lý', 9: 'Đã xử lý xong', 10: 'Đã trả kết quả',
};
// Refused, withdrawn, stopped, result returned: nothing happens to the dossier after these.
const finalStatuses = new Set<Status>([3, 7, 8, 10]);
const label = (status: Status) => `${status} ${statusNames[status]}`;

const usage = 'Usage: follow-dossier.ts [query] [--dossier CODE --verifier PIN] [--timeout SECONDS] [--max N]';
function badArguments(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

let values: { dossier?: string | undefined; verifier?: string | undefined; timeout: string; max: string };
let positionals: string[];
try {
  ({ values, positionals } = parseArgs({
    allowPositionals: true,
    options: { dossier: { type: 'string' }, verifier: { type: 'string' }, timeout: { type: 'string', default: '60' }, max: { type: 'string', default: '20' } },
  }));
} catch (error) {
  badArguments((error as Error).message);
}
const query = positionals.join(' ').trim() || 'khai sinh';
const timeoutSeconds = Number(values.timeout);
const max = Number(values.max);
if (!(timeoutSeconds > 0)) badArguments('--timeout must be a number of seconds above 0.');
if (!Number.isInteger(max) || max < 1) badArguments('--max must be a whole number above 0.');
if (values.dossier && !values.verifier) badArguments('--dossier needs --verifier (the PIN on the receipt, or the last 4 digits of the mobile).');

// One client per process. The key is publishable (the server checks origins and rate-limits it), but it still
// comes from the environment so the same script runs against the sandbox and production.
const hpasc = createClient({
  baseUrl: process.env['HPASC_BASE_URL'] ?? 'http://127.0.0.1:8787/v1',
  apiKey: process.env['HPASC_API_KEY'] ?? 'pk_test_hpasc_sandbox_local',
});

/** Prints up to `max` matching procedures; the SDK fetches the next page when the loop reaches it. */
async function listProcedures(): Promise<void> {
  const matches = hpasc.procedures.list({ q: query, limit: 5 }); // 5 per page, to show the paging
  const first = await matches; // awaiting a list call gives its first page (with `total`)…
  console.log(`Procedures matching "${query}": ${first.total ?? first.items.length} found`);
  let shown = 0;
  for await (const procedure of matches) { // …and iterating it walks every item of every page
    const time = procedure.processingTime.workingDays === null ? procedure.processingTime.text : `${procedure.processingTime.workingDays} working day(s)`;
    const fee = procedure.feeVnd === 0 ? 'none' : `${procedure.feeVnd.toLocaleString('vi-VN')} VND`;
    console.log(`  ${procedure.code}  ${procedure.name}\n      processing time: ${time} · fee: ${fee}`);
    if (++shown >= max) break; // leaving the loop early fetches no further page
  }
}

function printEvent(event: DossierEvent): void {
  console.log(`  ${event.at}  [${label(event.status)}]  ${event.kind} — ${event.actor.name}${event.note ? `: ${event.note}` : ''}`);
}

/** Looks the dossier up, prints its state and timeline, then follows it live. */
async function followDossier(code: string, verifier: string): Promise<void> {
  // The lookup returns a tracking token (30 minutes, this dossier only). The client keeps it in memory and
  // sends it in a header with every later call about this dossier; the verifier never goes in a URL.
  const { dossierCode } = await hpasc.dossiers.track(code, verifier);
  const dossier = await hpasc.dossiers.get(dossierCode);
  console.log(`\nDossier ${dossier.code} — ${dossier.procedure.name} (${dossier.procedure.code})`);
  console.log(`Status: ${label(dossier.status)}; return date: ${dossier.dueDate ?? 'set when accepted'}${dossier.timing.overdue ? ' (overdue)' : ''}`);
  if (dossier.pendingAction) console.log(`The applicant must act first: ${dossier.pendingAction.kind}.`);

  console.log('Timeline:');
  let status = dossier.status;
  let lastId = 0;
  for await (const event of hpasc.dossiers.events(dossierCode)) {
    printEvent(event);
    [status, lastId] = [event.status, Number(event.id)];
  }
  if (finalStatuses.has(status)) {
    console.log(`Final status ${label(status)}: nothing more to watch.`);
    return;
  }

  // watch() yields the timeline again, then each new event; the client keeps one event stream, resumes it
  // after a drop and falls back to polling. The signal ends the watch when the time is up.
  console.log(`Watching live events for up to ${timeoutSeconds} s…`);
  const signal = AbortSignal.timeout(timeoutSeconds * 1000);
  for await (const event of hpasc.dossiers.watch(dossierCode, { signal })) {
    if (Number(event.id) <= lastId) continue; // already printed above
    lastId = Number(event.id);
    if (event.status === status) printEvent(event); // e.g. an apology with a new return date
    else console.log(`Status changed: ${label(status)} → ${label(event.status)} (${event.kind}, ${event.at})${event.note ? ` — ${event.note}` : ''}`);
    status = event.status;
    if (status === 5 || status === 6) console.log('  Waiting for the applicant (supplement or payment) before processing goes on.');
    if (finalStatuses.has(status)) break; // leaving the loop closes the stream
  }
  console.log(finalStatuses.has(status) ? `Reached final status ${label(status)}.` : `Stopped watching after ${timeoutSeconds} s; status is ${label(status)}.`);
}

try {
  await listProcedures();
  if (values.dossier && values.verifier) await followDossier(values.dossier, values.verifier);
  else console.log('\nTo follow a dossier, add --dossier CODE --verifier PIN (from the receipt).');
} catch (error) {
  // Every API failure is an HpascError: quote its code and request id to the center's support.
  if (error instanceof HpascError) {
    console.error(`Error: ${error.message}\n  code: ${error.code}, HTTP status: ${error.status || 'no answer'}, request id: ${error.requestId ?? 'none'}`);
    if (error instanceof ValidationError) for (const field of error.fields) console.error(`  ${field.path || field.pointer}: ${field.message}`);
    if (error.status === 0) console.error(`  Is the API reachable at ${process.env['HPASC_BASE_URL'] ?? 'http://127.0.0.1:8787/v1'}?`);
  } else {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
