/** Dossiers: submit, lookup, state, timeline, live stream, supplement, withdraw, documents, my dossiers. */
import type { Schemas } from '@hpasc/sdk';
import { checkCitizenId, normalizeMobile, toNfc } from '@hpasc/sdk/validators';
import { addWorkingDays, localDate, localTimestamp } from '../domain/calendar.ts';
import { dossierCode, newToken, trackingPin } from '../domain/codes.ts';
import type { Dossiers, DossierRow, Scenario } from '../domain/dossiers.ts';
import type { FormJudge } from '../domain/forms.ts';
import type { FieldIssue } from '../contract.ts';
import { page, pageAfter } from '../http/paging.ts';
import { fieldProblem, HttpProblem } from '../http/problems.ts';
import type { Handler, RequestContext } from '../http/pipeline.ts';
import type { Sandbox } from '../sandbox.ts';
import type { Catalog } from './catalog.ts';
import type { UploadRow } from './uploads.ts';

type Submission = Schemas['DossierSubmission'];
type AttachedDocument = Schemas['AttachedDocument'];
const trackingLifetimeMs = 30 * 60_000;


/** The dossier if the caller may see it: a tracking token for it, or its signed-in applicant. */
export async function visibleDossier(dossiers: Dossiers, code: string, { auth }: Pick<RequestContext, 'auth'>): Promise<DossierRow> {
  const row = await dossiers.get(code);
  if (!row) throw new HttpProblem('not_found');
  if (!isOwner(row, { auth }) && !auth.trackingCodes.includes(row.code)) throw new HttpProblem('forbidden');
  return row;
}

export function isOwner(row: DossierRow, { auth }: Pick<RequestContext, 'auth'>): boolean {
  return auth.citizen !== null && row.citizen_sub === auth.citizen;
}

export function dossierHandlers(sandbox: Sandbox, catalog: Catalog, dossiers: Dossiers, judge: FormJudge): Record<string, Handler> {
  const visible = (ctx: RequestContext) => visibleDossier(dossiers, ctx.params['dossierCode']!, ctx);

  /** Checks attached uploads against the slots; returns issues with pointers into the request body. */
  const checkDocuments = async (documents: AttachedDocument[], slots: Schemas['DocumentSlot'][], required: Schemas['DocumentSlot'][], ctx: RequestContext, draftId: string, base: string) => {
    const issues: FieldIssue[] = [];
    const rows: UploadRow[] = [];
    const now = sandbox.clock.now().getTime();
    for (const [i, doc] of documents.entries()) {
      const slot = slots.find((s) => s.id === doc.slotId);
      if (!slot) { issues.push({ pointer: `${base}/${i}/slotId`, code: 'unknown_slot' }); continue; }
      if (doc.uploadIds.length > slot.maxFiles) issues.push({ pointer: `${base}/${i}/uploadIds`, code: 'too_many_files', params: { limit: slot.maxFiles } });
      for (const [j, id] of doc.uploadIds.entries()) {
        const row = await sandbox.db.get<UploadRow>('SELECT * FROM uploads WHERE id = ?', [id]);
        if (!row || row.api_key !== ctx.auth.apiKey || row.draft_id !== draftId || row.attached || Number(row.expires_at) < now || row.status !== 'ready') {
          issues.push({ pointer: `${base}/${i}/uploadIds/${j}`, code: 'upload_unavailable' });
        } else if (!slot.accept.includes(row.media_type as 'application/pdf') || Number(row.size) > slot.maxSizeBytes) {
          issues.push({ pointer: `${base}/${i}/uploadIds/${j}`, code: 'upload_type' });
        } else rows.push(row);
      }
    }
    for (const slot of required) {
      if (!documents.some((d) => d.slotId === slot.id)) issues.push({ pointer: `${base}/-`, code: 'document_required', params: { format: slot.id } });
    }
    return { issues, rows };
  };

  return {
    submitDossier: async (ctx) => {
      const input = ctx.body as Submission;
      const procedure = await catalog.get(input.procedureCode);
      if (!procedure) throw new HttpProblem('not_found', { vi: 'Không có thủ tục với mã này.', en: 'There is no procedure with this code.' });
      const issues: FieldIssue[] = [];
      const applicant = input.applicant;
      const phone = normalizeMobile(applicant.phone);
      if (ctx.auth.citizen === null) {
        const proof = ctx.auth.submission;
        if (!proof || proof.phone !== phone || proof.procedureCode !== input.procedureCode) issues.push({ pointer: '/applicant/phone', code: 'phone_not_verified' });
      }
      if (applicant.type === 'citizen') {
        const issue = checkCitizenId(applicant.citizenId, { birthDate: applicant.birthDate });
        if (issue) issues.push({ pointer: '/applicant/citizenId', code: issue.code });
      }
      if (input.formRevision !== procedure.form.revision) issues.push({ pointer: '/formRevision', code: 'form_revision_outdated' });
      const data = judge.visibleData(procedure.form, input.data as Record<string, unknown>);
      issues.push(...judge.validate(procedure.form, data));
      const slots = judge.slotsFor(procedure.form, data);
      const documents = await checkDocuments(input.documents, slots, slots.filter((s) => s.required), ctx, input.draftId, '/documents');
      issues.push(...documents.issues);
      const pointIds = [input.receptionPointId, input.delivery.method === 'counter' ? input.delivery.pointId : undefined].filter(Boolean) as string[];
      for (const id of pointIds) {
        if (!(await sandbox.db.get('SELECT 1 FROM points WHERE id = ?', [id]))) issues.push({ pointer: id === input.receptionPointId ? '/receptionPointId' : '/delivery/pointId', code: 'unknown_point' });
      }
      // A refusal here creates nothing, so it does not bind the Idempotency-Key.
      if (issues.length) throw fieldProblem(issues, ctx.locale);

      const now = sandbox.clock.now();
      const today = localDate(now);
      const code = dossierCode(today, await dossiers.nextSequence('dossier', today));
      const pin = trackingPin();
      const fees: Schemas['FeeSummary'] = { totalVnd: procedure.feeVnd, paidVnd: 0, items: procedure.feeVnd > 0 ? procedure.channels[0]!.fees : [] };
      const scenario: Scenario = procedure.feeVnd > 0 ? 'payment' : 'normal';
      const receptionPointId = input.receptionPointId ?? (input.delivery.method === 'counter' ? input.delivery.pointId : 'cn-01-d01');
      const storedApplicant = JSON.parse(toNfc(JSON.stringify({ ...applicant, phone }))) as Schemas['Applicant'];
      await sandbox.db.run(
        `INSERT INTO dossiers (code, procedure_code, status, channel, applicant, data, documents, delivery, reception_point_id, form_revision,
          tracking_pin, phone_last4, citizen_sub, api_key, submitted_at, due_date, fees, script, next_step_at, updated_at)
         VALUES (?, ?, 1, 2, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [code, procedure.code, JSON.stringify(storedApplicant), toNfc(JSON.stringify(data)), JSON.stringify(input.documents), JSON.stringify(input.delivery),
          receptionPointId, input.formRevision, pin, phone ? phone.slice(-4) : null, ctx.auth.citizen, ctx.auth.apiKey, now.getTime(),
          addWorkingDays(today, procedure.processingTime.workingDays ?? 5), JSON.stringify(fees), JSON.stringify({ scenario, index: 0 }),
          dossiers.stepIntervalMs > 0 ? now.getTime() + dossiers.stepIntervalMs : null, now.getTime()],
      );
      for (const row of documents.rows) await sandbox.db.run('UPDATE uploads SET attached = 1 WHERE id = ?', [row.id]);
      const receiptId = await dossiers.issueDocument(code, 'receipt', 'Trung tâm Phục vụ hành chính công thành phố Hà Nội');
      await dossiers.addEvent(code, 'submitted', 1, { kind: 'applicant', name: 'Người nộp hồ sơ' }, { documentId: receiptId });
      const token = newToken('tt');
      const expires = now.getTime() + trackingLifetimeMs;
      await sandbox.db.run("INSERT INTO tokens (token, kind, subject, expires_at) VALUES (?, 'tracking', ?, ?)", [token, code, expires]);
      const row = (await dossiers.get(code))!;
      const dossier = await dossiers.toDossier(row, true);
      const receipt: Schemas['DossierReceipt'] = {
        dossierCode: code, trackingPin: pin,
        verifierHint: { accepted: phone ? ['pin', 'phone-last4'] : ['pin'], maskedPhone: phone ? `${phone.slice(0, 3)}****${phone.slice(-3)}` : null },
        status: 1, procedure: { code: procedure.code, name: procedure.name }, formRevision: input.formRevision,
        submittedAt: localTimestamp(now), dueDate: row.due_date!, processingTime: procedure.processingTime, fees,
        receptionPoint: dossier.receptionPoint, delivery: dossier.delivery, receiptDocumentId: receiptId,
        trackingToken: token, trackingTokenExpiresAt: localTimestamp(new Date(expires)),
      };
      return { status: 201, body: receipt, headers: { Location: `/v1/dossiers/${code}` } };
    },

    lookupDossier: async ({ body }) => {
      const { code, verifier } = body as Schemas['DossierLookupInput'];
      const row = await dossiers.get(code);
      const matches = row && (verifier.toUpperCase() === row.tracking_pin || (row.phone_last4 !== null && verifier === row.phone_last4));
      // Wrong code and wrong verifier look the same, so codes cannot be enumerated.
      if (!row || !matches) throw new HttpProblem('not_found', { vi: 'Mã hồ sơ hoặc mã tra cứu không đúng.', en: 'The dossier code or the verifier is wrong.' });
      const token = newToken('tt');
      const expires = sandbox.clock.now().getTime() + trackingLifetimeMs;
      await sandbox.db.run("INSERT INTO tokens (token, kind, subject, expires_at) VALUES (?, 'tracking', ?, ?)", [token, code, expires]);
      return { status: 200, body: { dossierCode: code, trackingToken: token, expiresAt: localTimestamp(new Date(expires)) }, headers: { 'Cache-Control': 'no-store' } };
    },

    getDossier: async (ctx) => {
      const row = await visible(ctx);
      return { status: 200, body: await dossiers.toDossier(row, isOwner(row, ctx)) };
    },

    listDossierEvents: async (ctx) => {
      const row = await visible(ctx);
      const after = typeof ctx.query['after'] === 'string' ? Number(ctx.query['after']) : 0;
      const events = (await dossiers.listEvents(row.code)).filter((e) => Number(e.id) > after);
      return { status: 200, body: page(events, ctx.query['cursor'], ctx.query['limit']) };
    },

    streamDossierEvents: async (ctx) => {
      if (!(ctx.header('accept') ?? 'text/event-stream').includes('text/event-stream') && !(ctx.header('accept') ?? '').includes('*/*')) {
        throw new HttpProblem('not_acceptable');
      }
      const codes = ctx.auth.trackingCodes;
      const citizen = ctx.auth.citizen;
      const tokens = (ctx.header('x-tracking-token') ?? '').split(',').map((t) => t.trim()).filter(Boolean);
      let lastId = Number(ctx.header('last-event-id') ?? 0) || 0;
      const encoder = new TextEncoder();
      let cleanup = () => {};
      const stream = new ReadableStream<Uint8Array>({
        start: async (controller) => {
          const send = (text: string) => controller.enqueue(encoder.encode(text));
          const flush = async () => {
            for (const event of await dossiers.eventsAfter(codes, lastId, citizen)) {
              lastId = Number(event.id);
              send(`event: dossier-event\nid: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`);
            }
          };
          send('retry: 5000\n\n');
          await flush();
          let pending = Promise.resolve();
          const onEvent = () => { pending = pending.then(flush).catch(() => undefined); };
          dossiers.events.on('event', onEvent);
          let closed = false;
          /** Ends the stream with `token-expired` once a token it was opened with has expired. */
          const checkTokens = async () => {
            const now = sandbox.clock.now().getTime();
            for (const token of tokens) {
              const row = await sandbox.db.get<{ subject: string; expires_at: number }>('SELECT subject, expires_at FROM tokens WHERE token = ?', [token]);
              if (closed || (row && row.expires_at > now)) continue;
              // `instance` names the dossier whose token expired, so a client watching several knows which to renew.
              const problem = new HttpProblem('tracking_token_expired', undefined, { instance: row?.subject ?? '' }).toProblem(ctx.locale, ctx.requestId);
              send(`event: token-expired\ndata: ${JSON.stringify(problem)}\n\n`);
              cleanup();
              controller.close();
              return;
            }
          };
          const keepAlive = setInterval(() => {
            send(': keep-alive\n\n');
            void checkTokens();
          }, 15_000);
          // The simulated clock jumps (`POST /sandbox/clock/advance`): tokens may expire at once.
          const onClock = () => { void checkTokens(); };
          dossiers.events.on('clock', onClock);
          // Tests drop every open stream (`POST /sandbox/streams/drop`) to prove clients resume without gaps.
          const onDrop = () => { cleanup(); controller.error(new Error('dropped by the sandbox')); };
          dossiers.events.on('drop-streams', onDrop);
          cleanup = () => {
            closed = true;
            clearInterval(keepAlive);
            dossiers.events.off('event', onEvent);
            dossiers.events.off('clock', onClock);
            dossiers.events.off('drop-streams', onDrop);
          };
        },
        cancel: () => cleanup(),
      });
      return new Response(stream, { status: 200, headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' } });
    },

    supplementDossier: async (ctx) => {
      const row = await visible(ctx);
      const input = ctx.body as Schemas['SupplementInput'];
      const pending = row.pending_action ? (JSON.parse(row.pending_action) as Schemas['PendingAction']) : null;
      if (Number(row.status) !== 5 || pending?.kind !== 'supplement') throw new HttpProblem('invalid_state', { vi: 'Chỉ bổ sung được khi hồ sơ đang ở trạng thái Yêu cầu bổ sung giấy tờ.', en: 'Documents can be supplemented only when they were asked for.' });
      if (pending.requestId !== input.requestId) throw fieldProblem([{ pointer: '/requestId', code: 'supplement_request_changed' }], ctx.locale);
      const documents = await checkDocuments(input.documents, pending.slots, pending.slots.filter((s) => s.required), ctx, input.draftId, '/documents');
      if (documents.issues.length) throw fieldProblem(documents.issues, ctx.locale);
      for (const upload of documents.rows) await sandbox.db.run('UPDATE uploads SET attached = 1 WHERE id = ?', [upload.id]);
      await dossiers.resume(row.code, 'supplement-received', input.note ?? 'Người nộp đã bổ sung giấy tờ.');
      return { status: 200, body: await dossiers.toDossier((await dossiers.get(row.code))!, isOwner(row, ctx)) };
    },

    withdrawDossier: async (ctx) => {
      const row = await visible(ctx);
      if (![1, 2, 4, 5, 6].includes(Number(row.status))) throw new HttpProblem('invalid_state', { vi: 'Hồ sơ đã có kết quả hoặc đã dừng, không thể rút.', en: 'The dossier is finished or stopped and cannot be withdrawn.' });
      const now = sandbox.clock.now().getTime();
      await sandbox.db.run('UPDATE dossiers SET status = 7, pending_action = NULL, next_step_at = NULL, finished_at = ?, updated_at = ? WHERE code = ?', [now, now, row.code]);
      await dossiers.addEvent(row.code, 'withdrawn', 7, { kind: 'applicant', name: 'Người nộp hồ sơ' }, { note: (ctx.body as Schemas['WithdrawalInput']).reason });
      return { status: 200, body: await dossiers.toDossier((await dossiers.get(row.code))!, isOwner(row, ctx)) };
    },

    listIssuedDocuments: async (ctx) => {
      const row = await visible(ctx);
      const rows = await sandbox.db.all<DocumentRow>('SELECT * FROM issued_documents WHERE dossier_code = ? ORDER BY issued_at, id', [row.code]);
      return { status: 200, body: { items: rows.map(documentFromRow) } };
    },

    getIssuedDocument: async (ctx) => {
      const row = await visible(ctx);
      const doc = await sandbox.db.get<DocumentRow>('SELECT * FROM issued_documents WHERE id = ? AND dossier_code = ?', [ctx.params['documentId']!, row.code]);
      if (!doc) throw new HttpProblem('not_found');
      const accept = ctx.header('accept') ?? 'application/json';
      const document = documentFromRow(doc);
      if (accept.includes('text/html')) return { status: 200, body: await printable(document, row, dossiers), contentType: 'text/html; charset=utf-8' };
      if (!accept.includes('application/json') && !accept.includes('*/*')) throw new HttpProblem('not_acceptable');
      return { status: 200, body: document };
    },

    listMyDossiers: async ({ auth, query }) => {
      const rows = await sandbox.db.all<DossierRow>(
        'SELECT * FROM dossiers WHERE citizen_sub = ? AND (? IS NULL OR status = ?) ORDER BY submitted_at DESC, code DESC',
        [auth.citizen!, (query['status'] as number | undefined) ?? null, (query['status'] as number | undefined) ?? null],
      );
      const paged = pageAfter(rows, query['cursor'], query['limit'], (r) => [Number(r.submitted_at), r.code]);
      return { status: 200, body: { items: await Promise.all(paged.items.map((r) => dossiers.toDossier(r, true))), nextCursor: paged.nextCursor }, headers: { 'Cache-Control': 'no-store' } };
    },
  };
}

interface DocumentRow {
  id: string;
  dossier_code: string;
  kind: string;
  form_number: string | null;
  title: string;
  issued_at: number;
  issued_by: string;
  reason: string | null;
  new_due_date: string | null;
}

function documentFromRow(r: DocumentRow): Schemas['IssuedDocument'] {
  return {
    id: r.id, dossierCode: r.dossier_code, kind: r.kind as Schemas['IssuedDocumentKind'], formNumber: r.form_number as Schemas['IssuedDocument']['formNumber'],
    title: r.title, issuedAt: localTimestamp(new Date(Number(r.issued_at))), issuedBy: r.issued_by,
    ...(r.reason ? { reason: r.reason } : {}), ...(r.new_due_date ? { newDueDate: r.new_due_date } : {}),
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The official document as a printable page: every value escaped, no scripts, its own print styles. */
async function printable(doc: Schemas['IssuedDocument'], row: DossierRow, dossiers: Dossiers): Promise<string> {
  const dossier = await dossiers.toDossier(row, true);
  const lines: [string, string][] = [
    ['Mã hồ sơ', dossier.code],
    ['Thủ tục', dossier.procedure.name],
    ['Người nộp', dossier.applicantName],
    ['Ngày nộp', dossier.submittedAt.slice(0, 10)],
    ...(dossier.dueDate ? ([['Ngày hẹn trả kết quả', dossier.dueDate]] as [string, string][]) : []),
    ...(doc.newDueDate ? ([['Ngày hẹn trả mới', doc.newDueDate]] as [string, string][]) : []),
    ...(doc.reason ? ([['Lý do', doc.reason]] as [string, string][]) : []),
    ['Nơi tiếp nhận', dossier.receptionPoint.name],
  ];
  const form = doc.formNumber ? `<p class="form">Mẫu số ${escapeHtml(doc.formNumber)} — Thông tư 03/2025/TT-VPCP</p>` : '';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>
<style>body{font:16px/1.5 'Times New Roman',serif;max-width:720px;margin:24px auto;padding:0 16px;color:#000}h1{font-size:20px;text-align:center;text-transform:none}.head{text-align:center}dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}dt{font-weight:bold}.form{text-align:right;font-style:italic}</style>
</head><body>${form}<p class="head"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>Độc lập - Tự do - Hạnh phúc</p>
<p class="head">${escapeHtml(doc.issuedBy)}</p><h1>${escapeHtml(doc.title)}</h1>
<dl>${lines.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
<p>Ngày ban hành: ${escapeHtml(doc.issuedAt.slice(0, 10))}</p><p><small>Văn bản do môi trường thử nghiệm (sandbox) tạo — không có giá trị pháp lý.</small></p></body></html>`;
}

