/**
 * Public service indicators (chỉ số phục vụ) computed from the dossiers and ratings in the database — the
 * seeded demo history and everything submitted since — for the city, an agency, a branch or a point.
 */
import type { Schemas } from '@hpasc/sdk';
import { localDate, shiftDate } from '../domain/calendar.ts';
import { HttpProblem } from '../http/problems.ts';
import type { Handler, RequestContext } from '../http/pipeline.ts';
import type { Sandbox } from '../sandbox.ts';

type Figures = Schemas['StatsFigures'];
type ScopeRef = Schemas['StatsScopeRef'];
const centerName = 'Trung tâm Phục vụ hành chính công thành phố Hà Nội';
const maxPeriods = 120;

/** Which dossiers belong to a scope, as an SQL condition over `d` (dossiers), `p` (points), `pr` (procedures). */
export async function resolveScope(sandbox: Sandbox, ctx: RequestContext): Promise<{ ref: ScopeRef; where: string; args: string[] }> {
  const kind = (ctx.query['scope'] as ScopeRef['kind'] | undefined) ?? 'city';
  const id = ctx.query['id'] as string | undefined;
  if (kind === 'city') return { ref: { kind, id: null, name: centerName }, where: '1 = 1', args: [] };
  if (!id) throw new HttpProblem('bad_request', { vi: 'Cần cho biết mã (id) của phạm vi thống kê.', en: 'Give the id of the scope.' });
  const table = { agency: ['agencies', 'pr.agency_id = ?'], branch: ['branches', 'p.branch_id = ?'], point: ['points', 'd.reception_point_id = ?'] }[kind];
  const row = await sandbox.db.get<{ name: string }>(`SELECT name FROM ${table[0]} WHERE id = ?`, [id]);
  if (!row) throw new HttpProblem('not_found');
  return { ref: { kind, id, name: row.name }, where: table[1]!, args: [id] };
}

/** `from`/`to` from the query, by default the twelve months up to today. */
export function dateRange(sandbox: Sandbox, ctx: RequestContext): { from: string; to: string } {
  const today = localDate(sandbox.clock.now());
  const to = (ctx.query['to'] as string | undefined) ?? today;
  const from = (ctx.query['from'] as string | undefined) ?? `${shiftDate(`${to.slice(0, 7)}-01`, -335).slice(0, 7)}-01`;
  if (from > to) throw new HttpProblem('bad_request', { vi: 'Ngày bắt đầu phải trước ngày kết thúc.', en: 'The start date must come before the end date.' });
  return { from, to };
}

function periods(from: string, to: string, granularity: 'month' | 'quarter' | 'year'): { period: string; start: string; end: string }[] {
  const months = granularity === 'month' ? 1 : granularity === 'quarter' ? 3 : 12;
  const list: { period: string; start: string; end: string }[] = [];
  let year = Number(from.slice(0, 4));
  let month = Math.floor((Number(from.slice(5, 7)) - 1) / months) * months + 1;
  while (list.length <= maxPeriods) {
    const start = `${year}-${String(month).padStart(2, '0')}-01`;
    if (start > to) break;
    const nextMonth = month + months;
    const next = nextMonth > 12 ? `${year + 1}-${String(nextMonth - 12).padStart(2, '0')}-01` : `${year}-${String(nextMonth).padStart(2, '0')}-01`;
    const label = granularity === 'month' ? start.slice(0, 7) : granularity === 'quarter' ? `${year}-Q${(month + 2) / 3}` : String(year);
    list.push({ period: label, start: start < from ? from : start, end: shiftDate(next, -1) > to ? to : shiftDate(next, -1) });
    [year, month] = nextMonth > 12 ? [year + 1, nextMonth - 12] : [year, nextMonth];
  }
  if (list.length > maxPeriods) throw new HttpProblem('bad_request', { vi: `Tối đa ${maxPeriods} kỳ thống kê; hãy chọn khoảng ngắn hơn.`, en: `At most ${maxPeriods} periods; choose a shorter range.` });
  return list;
}

interface DossierFacts {
  submitted: string;
  channel: number;
  status: number;
  finished: string | null;
  due: string | null;
  demo: number;
}

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

function figures(dossiers: DossierFacts[], ratings: { day: string; level: string }[], start: string, end: string): Figures {
  const received = dossiers.filter((d) => d.submitted >= start && d.submitted <= end);
  const resolved = dossiers.filter((d) => (d.status === 9 || d.status === 10) && d.finished !== null && d.finished >= start && d.finished <= end);
  const onTime = resolved.filter((d) => d.due !== null && d.finished! <= d.due);
  // Refused and withdrawn dossiers carry a finish date too, so "not finished by the end" is "still open then".
  const open = dossiers.filter((d) => d.submitted <= end && (d.finished === null || d.finished > end));
  const rated = ratings.filter((r) => r.day >= start && r.day <= end);
  const satisfied = rated.filter((r) => r.level !== 'not-satisfied');
  return {
    received: received.length,
    onlineReceived: received.filter((d) => d.channel === 2).length,
    resolved: resolved.length,
    resolvedOnTime: onTime.length,
    resolvedLate: resolved.length - onTime.length,
    inProgress: open.length,
    overdueInProgress: open.filter((d) => d.due !== null && d.due < end).length,
    onTimeRate: rate(onTime.length, resolved.length),
    onlineRate: rate(received.filter((d) => d.channel === 2).length, received.length),
    ratings: rated.length,
    satisfactionRate: rate(satisfied.length, rated.length),
  };
}

/** Ratings in a scope: dossier ratings through their dossier, counter ratings through their point. */
export async function ratingsInScope(sandbox: Sandbox, scope: { ref: ScopeRef; where: string; args: string[] }, from: string, to: string) {
  const [fromMs, toMs] = [Date.parse(`${from}T00:00:00+07:00`), Date.parse(`${to}T23:59:59.999+07:00`)];
  const byDossier = await sandbox.db.all<{ rated_at: number; level: string; criteria: string; score: number | null; demo: number }>(
    `SELECT r.rated_at, r.level, r.criteria, r.score, r.demo FROM ratings r JOIN dossiers d ON d.code = r.dossier_code
     JOIN points p ON p.id = d.reception_point_id JOIN procedures pr ON pr.code = d.procedure_code
     WHERE r.rated_at BETWEEN ? AND ? AND ${scope.where}`, [fromMs, toMs, ...scope.args]);
  const pointWhere = scope.ref.kind === 'city' ? '1 = 1' : scope.ref.kind === 'branch' ? 'p.branch_id = ?' : scope.ref.kind === 'point' ? 'r.point_id = ?' : '0 = 1';
  const byPoint = await sandbox.db.all<{ rated_at: number; level: string; criteria: string; score: number | null; demo: number }>(
    `SELECT r.rated_at, r.level, r.criteria, r.score, r.demo FROM ratings r JOIN points p ON p.id = r.point_id
     WHERE r.target_kind = 'point' AND r.rated_at BETWEEN ? AND ? AND ${pointWhere}`, [fromMs, toMs, ...(pointWhere.includes('?') ? scope.args : [])]);
  return [...byDossier, ...byPoint].map((r) => ({ ...r, day: localDate(new Date(Number(r.rated_at))) }));
}

export function statsHandlers(sandbox: Sandbox): Record<string, Handler> {
  return {
    getServiceStats: async (ctx) => {
      const scope = await resolveScope(sandbox, ctx);
      const { from, to } = dateRange(sandbox, ctx);
      const granularity = (ctx.query['granularity'] as 'month' | 'quarter' | 'year' | undefined) ?? 'month';
      const list = periods(from, to, granularity);
      const toMs = Date.parse(`${to}T23:59:59.999+07:00`);
      const rows = await sandbox.db.all<{ submitted_at: number; channel: number; status: number; finished_at: number | null; due_date: string | null; original_due_date: string | null; demo: number }>(
        `SELECT d.submitted_at, d.channel, d.status, d.finished_at, d.due_date, d.original_due_date, d.demo FROM dossiers d
         JOIN points p ON p.id = d.reception_point_id JOIN procedures pr ON pr.code = d.procedure_code
         WHERE d.submitted_at <= ? AND ${scope.where}`, [toMs, ...scope.args]);
      // On time is judged against the first promised date: an apology's new date does not make a late dossier punctual.
      const facts: DossierFacts[] = rows.map((r) => ({
        submitted: localDate(new Date(Number(r.submitted_at))), channel: Number(r.channel), status: Number(r.status),
        finished: r.finished_at ? localDate(new Date(Number(r.finished_at))) : null, due: r.original_due_date ?? r.due_date, demo: Number(r.demo),
      }));
      const ratings = await ratingsInScope(sandbox, scope, from, to);
      const body: Schemas['ServiceStats'] = {
        scope: scope.ref, granularity, from, to,
        periods: list.map((p) => ({ ...p, figures: figures(facts, ratings, p.start, p.end) })),
        totals: figures(facts, ratings, from, to),
        demo: facts.some((f) => f.demo === 1) || ratings.some((r) => Number(r.demo) === 1),
      };
      return { status: 200, body };
    },
  };
}
