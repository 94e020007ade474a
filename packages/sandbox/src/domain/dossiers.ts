/**
 * Dossiers (hồ sơ): creation, the lifecycle clock that moves them through the national statuses, events
 * and the documents issued on the way (Circular 03/2025 forms 01–05). Officers are DEMO DATA.
 */
import { EventEmitter } from 'node:events';
import type { Schemas } from '@hpasc/sdk';
import type { Database } from '../db/index.ts';
import type { Clock } from '../sandbox.ts';
import { addWorkingDays, localDate, localTimestamp, workingDaysBetween } from './calendar.ts';
import { newId } from './codes.ts';

type Dossier = Schemas['Dossier'];
type DossierEvent = Schemas['DossierEvent'];
type IssuedDocument = Schemas['IssuedDocument'];
type Actor = Schemas['Actor'];
type DocumentSlot = Schemas['DocumentSlot'];

export interface DossierRow {
  code: string;
  procedure_code: string;
  status: number;
  channel: number;
  applicant: string;
  data: string;
  documents: string;
  delivery: string;
  reception_point_id: string;
  form_revision: number;
  tracking_pin: string;
  phone_last4: string | null;
  citizen_sub: string | null;
  api_key: string | null;
  submitted_at: number;
  accepted_at: number | null;
  due_date: string | null;
  original_due_date: string | null;
  finished_at: number | null;
  returned_at: number | null;
  fees: string;
  paid_vnd: number;
  pending_action: string | null;
  script: string;
  next_step_at: number | null;
  demo: number;
  updated_at: number;
}

/** How a dossier's life goes in the sandbox. */
export type Scenario = 'normal' | 'supplement' | 'payment' | 'overdue' | 'refused';
export const scenarios: Record<Scenario, string[]> = {
  normal: ['accept', 'process', 'resolve', 'return'],
  supplement: ['accept', 'process', 'request-supplement', 'resolve', 'return'],
  payment: ['accept', 'process', 'request-payment', 'resolve', 'return'],
  overdue: ['accept', 'process', 'apologize', 'resolve', 'return'],
  refused: ['refuse'],
};

const officers: Record<string, Actor> = {
  reception: { kind: 'officer', name: 'Trần Văn Bình', title: 'Chuyên viên', department: 'Bộ phận tiếp nhận và trả kết quả', demo: true },
  processing: { kind: 'officer', name: 'Phạm Thu Hà', title: 'Công chức chuyên môn', department: 'Cơ quan giải quyết thủ tục', demo: true },
  leader: { kind: 'officer', name: 'Nguyễn Quang Huy', title: 'Phó Giám đốc', department: 'Lãnh đạo cơ quan giải quyết', demo: true },
};
const system: Actor = { kind: 'system', name: 'Hệ thống một cửa điện tử' };
const applicantActor: Actor = { kind: 'applicant', name: 'Người nộp hồ sơ' };

const documentTitles: Record<IssuedDocument['kind'], [formNumber: IssuedDocument['formNumber'], title: string]> = {
  receipt: ['01', 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả'],
  'supplement-request': ['02', 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ'],
  refusal: ['03', 'Phiếu từ chối tiếp nhận giải quyết hồ sơ'],
  apology: ['04', 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết'],
  'stop-notice': ['05', 'Thông báo dừng giải quyết hồ sơ'],
  'processing-control': ['06', 'Phiếu kiểm soát quá trình giải quyết hồ sơ'],
  'result-notice': [null, 'Thông báo đã có kết quả giải quyết hồ sơ'],
};

const activeStatuses = new Set([1, 2, 4, 5, 6]);

export class Dossiers {
  /** New events, for live streams. */
  readonly events = new EventEmitter();
  /** Time between automatic steps; 0 leaves dossiers to be stepped explicitly (tests). */
  stepIntervalMs = 5000;

  constructor(private db: Database, private clock: Clock) {
    this.events.setMaxListeners(0);
  }

  async nextSequence(kind: string, day: string): Promise<number> {
    const row = await this.db.get<{ value: number }>(
      'INSERT INTO day_sequences (kind, day, value) VALUES (?, ?, 1) ON CONFLICT (kind, day) DO UPDATE SET value = value + 1 RETURNING value',
      [kind, day],
    );
    return Number(row!.value);
  }

  async get(code: string): Promise<DossierRow | undefined> {
    return this.db.get<DossierRow>('SELECT * FROM dossiers WHERE code = ?', [code]);
  }

  async addEvent(code: string, kind: DossierEvent['kind'], status: number, actor: Actor, extra: { note?: string; documentId?: string; dueDate?: string } = {}): Promise<DossierEvent> {
    const at = this.clock.now().getTime();
    const result = await this.db.run(
      'INSERT INTO dossier_events (dossier_code, at, kind, status, actor, note, document_id, due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [code, at, kind, status, JSON.stringify(actor), extra.note ?? null, extra.documentId ?? null, extra.dueDate ?? null],
    );
    const event: DossierEvent = {
      id: String(result.lastInsertRowid), dossierCode: code, at: localTimestamp(new Date(at)), kind, status: status as DossierEvent['status'], actor,
      ...(extra.note ? { note: extra.note } : {}), ...(extra.documentId ? { documentId: extra.documentId } : {}), ...(extra.dueDate ? { dueDate: extra.dueDate } : {}),
    };
    this.events.emit('event', event);
    return event;
  }

  async issueDocument(code: string, kind: IssuedDocument['kind'], issuedBy: string, extra: { reason?: string; newDueDate?: string } = {}): Promise<string> {
    const id = newId('doc');
    const [formNumber, title] = documentTitles[kind];
    await this.db.run('INSERT INTO issued_documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
      id, code, kind, formNumber, title, this.clock.now().getTime(), issuedBy, extra.reason ?? null, extra.newDueDate ?? null,
    ]);
    return id;
  }

  async listEvents(code: string): Promise<DossierEvent[]> {
    const rows = await this.db.all<{ id: number; at: number; kind: string; status: number; actor: string; note: string | null; document_id: string | null; due_date: string | null }>(
      'SELECT * FROM dossier_events WHERE dossier_code = ? ORDER BY id',
      [code],
    );
    return rows.map((r) => eventFromRow(code, r));
  }

  async eventsAfter(codes: string[], afterId: number, citizen: string | null): Promise<DossierEvent[]> {
    const rows = await this.db.all<{ id: number; dossier_code: string; at: number; kind: string; status: number; actor: string; note: string | null; document_id: string | null; due_date: string | null }>(
      `SELECT e.* FROM dossier_events e JOIN dossiers d ON d.code = e.dossier_code
       WHERE e.id > ? AND (d.code IN (SELECT value FROM json_each(?)) OR (? IS NOT NULL AND d.citizen_sub = ?)) ORDER BY e.id LIMIT 500`,
      [afterId, JSON.stringify(codes), citizen, citizen],
    );
    return rows.map((r) => eventFromRow(r.dossier_code, r));
  }

  /** Chooses how a dossier's life goes; only before its first step. */
  async setScenario(code: string, scenario: Scenario): Promise<boolean> {
    const result = await this.db.run("UPDATE dossiers SET script = ? WHERE code = ? AND json_extract(script, '$.index') = 0", [JSON.stringify({ scenario, index: 0 }), code]);
    return result.changes === 1;
  }

  /** Moves every dossier whose next step is due; returns how many moved. */
  async tick(): Promise<number> {
    const now = this.clock.now().getTime();
    const due = await this.db.all<{ code: string }>('SELECT code FROM dossiers WHERE next_step_at IS NOT NULL AND next_step_at <= ? ORDER BY next_step_at LIMIT 100', [now]);
    for (const { code } of due) await this.step(code);
    return due.length;
  }

  /** Applies the dossier's next scripted step now. Returns false when it waits for the applicant or is done. */
  async step(code: string): Promise<boolean> {
    const row = await this.get(code);
    if (!row) return false;
    const script = JSON.parse(row.script) as { scenario: Scenario; index: number };
    const action = scenarios[script.scenario][script.index];
    // Waiting for the applicant (5, 6) or finished (3, 7, 8, 10): nothing moves until they act.
    if (!action || [3, 5, 6, 7, 8, 10].includes(Number(row.status))) return false;
    const now = this.clock.now();
    const today = localDate(now);
    const procedure = await this.db.get<{ working_days: number | null; detail: string }>('SELECT working_days, detail FROM procedures WHERE code = ?', [row.procedure_code]);
    const agency = (JSON.parse(procedure!.detail) as Schemas['Procedure']).agency.name;
    const update: Record<string, unknown> = {};
    // Events are published after the dossier row is written, so a client that reacts to one reads the new state.
    const events: Parameters<Dossiers['addEvent']>[] = [];
    let waits = false;
    switch (action) {
      case 'accept': {
        const dueDate = addWorkingDays(today, Number(procedure?.working_days ?? 5));
        Object.assign(update, { status: 2, accepted_at: now.getTime(), due_date: dueDate });
        events.push([code, 'accepted', 2, officers['reception']!, { note: 'Hồ sơ hợp lệ, đã tiếp nhận.', dueDate }]);
        break;
      }
      case 'process':
        Object.assign(update, { status: 4 });
        events.push([code, 'processing-started', 4, officers['processing']!, { note: `Chuyển ${agency} giải quyết.` }]);
        break;
      case 'request-supplement': {
        const slots = (JSON.parse(row.documents) as { slotId: string }[]).map((d) => d.slotId);
        const form = (JSON.parse(procedure!.detail) as Schemas['Procedure']).form;
        const requested: DocumentSlot[] = form.documents.filter((s) => slots.includes(s.id)).slice(0, 1);
        const slot: DocumentSlot = requested[0] ?? { id: 'giay-to-bo-sung', name: { vi: 'Giấy tờ bổ sung', en: 'Additional document' }, required: true, accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeBytes: 5_242_880, maxFiles: 3 };
        const reason = `Bản chụp "${slot.name.vi}" chưa rõ nét. Đề nghị nộp lại bản chụp rõ nét.`;
        const documentId = await this.issueDocument(code, 'supplement-request', agency, { reason });
        const pending: Schemas['SupplementRequest'] = { kind: 'supplement', requestId: newId('sr'), requestedAt: localTimestamp(now), reason, slots: [slot], documentId };
        Object.assign(update, { status: 5, pending_action: JSON.stringify(pending) });
        events.push([code, 'supplement-requested', 5, officers['processing']!, { note: reason, documentId }]);
        waits = true;
        break;
      }
      case 'request-payment': {
        const fees = JSON.parse(row.fees) as Schemas['FeeSummary'];
        const amount = Math.max(fees.totalVnd - Number(row.paid_vnd), 0);
        if (amount === 0) break;
        const pending: Schemas['PaymentRequest'] = { kind: 'payment', requestedAt: localTimestamp(now), amountVnd: amount, items: fees.items, dueBy: addWorkingDays(today, 5) };
        Object.assign(update, { status: 6, pending_action: JSON.stringify(pending) });
        events.push([code, 'payment-requested', 6, officers['processing']!, { note: `Đề nghị nộp ${amount.toLocaleString('vi-VN')} đồng phí, lệ phí.` }]);
        waits = true;
        break;
      }
      case 'apologize': {
        const newDue = addWorkingDays(row.due_date && row.due_date > today ? row.due_date : today, 3);
        const reason = 'Cần xác minh thêm thông tin với cơ quan có liên quan.';
        const documentId = await this.issueDocument(code, 'apology', agency, { reason, newDueDate: newDue });
        Object.assign(update, { due_date: newDue, original_due_date: row.original_due_date ?? row.due_date });
        events.push([code, 'apology-issued', Number(row.status), officers['leader']!, { note: reason, documentId, dueDate: newDue }]);
        break;
      }
      case 'resolve': {
        const documentId = await this.issueDocument(code, 'result-notice', agency);
        Object.assign(update, { status: 9, finished_at: now.getTime() });
        events.push([code, 'resolved', 9, officers['leader']!, { note: 'Đã có kết quả giải quyết.', documentId }]);
        break;
      }
      case 'return':
        Object.assign(update, { status: 10, returned_at: now.getTime() });
        events.push([code, 'returned', 10, officers['reception']!, { note: 'Đã trả kết quả cho người nộp.' }]);
        break;
      case 'refuse': {
        const reason = 'Hồ sơ không thuộc thẩm quyền giải quyết hoặc không đủ điều kiện tiếp nhận.';
        const documentId = await this.issueDocument(code, 'refusal', 'Bộ phận tiếp nhận và trả kết quả', { reason });
        Object.assign(update, { status: 3, finished_at: now.getTime() });
        events.push([code, 'refused', 3, officers['reception']!, { note: reason, documentId }]);
        break;
      }
    }
    const nextIndex = script.index + 1;
    const more = nextIndex < scenarios[script.scenario].length;
    Object.assign(update, {
      script: JSON.stringify({ ...script, index: nextIndex }),
      next_step_at: more && !waits && this.stepIntervalMs > 0 ? now.getTime() + this.stepIntervalMs : null,
      updated_at: now.getTime(),
    });
    const columns = Object.keys(update);
    await this.db.run(`UPDATE dossiers SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE code = ?`, [...columns.map((c) => update[c] as string | number | null), code]);
    for (const event of events) await this.addEvent(...event);
    return true;
  }

  /** After the applicant's action (supplement, payment): back to processing, the paused days added to the due date. */
  async resume(code: string, kind: 'supplement-received' | 'payment-received', note: string): Promise<void> {
    const row = (await this.get(code))!;
    const now = this.clock.now();
    const pending = row.pending_action ? (JSON.parse(row.pending_action) as { requestedAt: string }) : null;
    const paused = pending ? Math.max(0, workingDaysBetween(pending.requestedAt.slice(0, 10), localDate(now))) : 0;
    const dueDate = row.due_date ? addWorkingDays(row.due_date, paused) : null;
    await this.db.run('UPDATE dossiers SET status = 4, pending_action = NULL, due_date = ?, next_step_at = ?, updated_at = ? WHERE code = ?', [
      dueDate, this.stepIntervalMs > 0 ? now.getTime() + this.stepIntervalMs : null, now.getTime(), code,
    ]);
    await this.addEvent(code, kind, 4, applicantActor, { note });
  }

  /** The dossier as the API shows it. `fullName` only for the signed-in applicant. */
  async toDossier(row: DossierRow, fullName: boolean): Promise<Dossier> {
    const now = this.clock.now();
    const today = localDate(now);
    const status = Number(row.status) as Dossier['status'];
    const applicant = JSON.parse(row.applicant) as Schemas['Applicant'];
    const name = applicant.type === 'citizen' ? applicant.fullName : applicant.businessName;
    const point = await this.db.get<{ id: string; name: string; address: string }>('SELECT id, name, address FROM points WHERE id = ?', [row.reception_point_id]);
    const procedure = await this.db.get<{ name: string; detail: string }>('SELECT name, detail FROM procedures WHERE code = ?', [row.procedure_code]);
    const delivery = JSON.parse(row.delivery) as Schemas['Delivery'];
    const pickup = delivery.method === 'counter' ? await this.db.get<{ id: string; name: string; address: string }>('SELECT id, name, address FROM points WHERE id = ?', [delivery.pointId]) : undefined;
    const latest = await this.db.get<{ id: number }>('SELECT max(id) AS id FROM dossier_events WHERE dossier_code = ?', [row.code]);
    const rated = await this.db.get('SELECT 1 FROM ratings WHERE dossier_code = ?', [row.code]);
    const active = activeStatuses.has(status);
    const finished = row.finished_at ? localDate(new Date(Number(row.finished_at))) : null;
    const fees = JSON.parse(row.fees) as Schemas['FeeSummary'];
    return {
      code: row.code,
      procedure: { code: row.procedure_code, name: procedure?.name ?? row.procedure_code },
      status,
      channel: Number(row.channel) as Dossier['channel'],
      applicantType: applicant.type,
      applicantName: fullName ? name : mask(name),
      submittedAt: localTimestamp(new Date(Number(row.submitted_at))),
      acceptedAt: row.accepted_at ? localTimestamp(new Date(Number(row.accepted_at))) : null,
      dueDate: row.due_date,
      originalDueDate: row.original_due_date,
      finishedAt: row.finished_at ? localTimestamp(new Date(Number(row.finished_at))) : null,
      returnedAt: row.returned_at ? localTimestamp(new Date(Number(row.returned_at))) : null,
      timing: {
        overdue: active && status !== 5 && status !== 6 && row.due_date !== null && today > row.due_date,
        onTime: finished && row.due_date ? finished <= row.due_date : null,
        workingDaysLeft: active && row.due_date ? workingDaysBetween(today, row.due_date) : null,
        clockPaused: status === 5 || status === 6,
      },
      receptionPoint: point ?? { id: row.reception_point_id, name: row.reception_point_id, address: '' },
      handlingAgency: procedure ? (JSON.parse(procedure.detail) as Schemas['Procedure']).agency : null,
      fees: { ...fees, paidVnd: Number(row.paid_vnd) },
      pendingAction: row.pending_action ? (JSON.parse(row.pending_action) as Schemas['PendingAction']) : null,
      delivery: { method: delivery.method, point: pickup ?? null },
      rating: { eligible: status === 10 && !rated, rated: Boolean(rated) },
      latestEventId: latest?.id ? String(latest.id) : null,
      updatedAt: localTimestamp(new Date(Number(row.updated_at))),
    };
  }
}

/** "Nguyễn Thị Minh Anh" → "Nguyễn T. M. A.": enough for the applicant to recognise, little for anyone else. */
export function mask(name: string): string {
  const [first, ...rest] = name.trim().split(/\s+/);
  return [first, ...rest.map((w) => `${[...w][0]}.`)].join(' ').slice(0, 100);
}

function eventFromRow(code: string, r: { id: number; at: number; kind: string; status: number; actor: string; note: string | null; document_id: string | null; due_date: string | null }): DossierEvent {
  return {
    id: String(r.id), dossierCode: code, at: localTimestamp(new Date(Number(r.at))), kind: r.kind as DossierEvent['kind'],
    status: Number(r.status) as DossierEvent['status'], actor: JSON.parse(r.actor) as Actor,
    ...(r.note ? { note: r.note } : {}), ...(r.document_id ? { documentId: r.document_id } : {}), ...(r.due_date ? { dueDate: r.due_date } : {}),
  };
}

export { system as systemActor, applicantActor };
