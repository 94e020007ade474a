/**
 * DEMO DATA: a year of made-up dossiers and ratings, so the stats and rating summaries have something to
 * show on a fresh start. Every row is marked `demo`; the shape (about 55 % online, most dossiers on time, a
 * few late with an apology, refused or withdrawn) is invented, not the center's published figures.
 */
import { addWorkingDays, isWorkingDay, localDate, shiftDate } from '../domain/calendar.ts';
import { dossierCode, newId, trackingPin } from '../domain/codes.ts';
import { criteriaKeys } from '../operations/ratings.ts';

type Statement = { sql: string; args: (string | number | null)[] };

function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function demoHistory(now: Date, procedures: { code: string; workingDays: number | null; feeVnd: number }[], pointIds: string[], perDay = 6): Statement[] {
  const random = generator(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const today = localDate(now);
  const statements: Statement[] = [];
  const levels = (x: number) => (x < 0.7 ? 'very-satisfied' : x < 0.95 ? 'satisfied' : 'not-satisfied');
  for (let back = 365; back >= 1; back--) {
    const day = shiftDate(today, -back);
    if (!isWorkingDay(day)) continue;
    const count = Math.round(perDay * (0.5 + random()));
    for (let n = 1; n <= count; n++) {
      const procedure = pick(procedures);
      const at = Date.parse(`${day}T08:00:00+07:00`) + Math.floor(random() * 9 * 3600_000);
      const due = addWorkingDays(day, procedure.workingDays ?? 5);
      const fate = random();
      let status = 4;
      let finished: string | null = null;
      let originalDue: string | null = null;
      let dueDate = due;
      if (fate < 0.02) [status, finished] = [3, day];
      else if (fate < 0.04) [status, finished] = [7, shiftDate(day, 1)];
      else if (due < today) {
        const late = fate > 0.92;
        if (late) [originalDue, dueDate] = [due, addWorkingDays(due, 3)];
        finished = late ? addWorkingDays(due, 1 + Math.floor(random() * 3)) : shiftDate(due, -Math.floor(random() * 2));
        status = finished < today ? 10 : 9;
        if (finished >= today) [status, finished] = [4, null];
      }
      const code = dossierCode(day, n);
      const finishedAt = finished ? Date.parse(`${finished}T15:00:00+07:00`) : null;
      statements.push({
        sql: `INSERT INTO dossiers (code, procedure_code, status, channel, applicant, data, documents, delivery, reception_point_id, form_revision,
          tracking_pin, citizen_sub, submitted_at, accepted_at, due_date, original_due_date, finished_at, returned_at, fees, script, demo, updated_at)
          VALUES (?, ?, ?, ?, ?, '{}', '[]', ?, ?, 1, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
        args: [code, procedure.code, status, random() < 0.55 ? 2 : 1, JSON.stringify({ type: 'citizen', fullName: 'Công dân Mẫu' }),
          JSON.stringify({ method: 'counter', pointId: pick(pointIds) }), pick(pointIds), trackingPin(), at, status === 3 ? null : at + 3600_000,
          status === 3 ? null : dueDate, originalDue, finishedAt, status === 10 ? finishedAt : null,
          JSON.stringify({ totalVnd: procedure.feeVnd, paidVnd: procedure.feeVnd, items: [] }), JSON.stringify({ scenario: 'normal', index: 99 }), finishedAt ?? at],
      });
      if (status === 10 && random() < 0.6) {
        const level = levels(random());
        const criteria = Object.fromEntries(criteriaKeys.map((k) => [k, level === 'not-satisfied' ? Math.floor(random() * 2) : random() < 0.85 ? 2 : 1]));
        const score = Object.values(criteria).reduce((a, b) => a + b, 0);
        statements.push({ sql: "INSERT INTO ratings VALUES (?, 'dossier', ?, NULL, NULL, ?, ?, ?, NULL, ?, ?, 1)", args: [newId('rt'), code, level, JSON.stringify(criteria), score, finishedAt! + 600_000, finishedAt! + 600_000] });
      }
    }
    statements.push({ sql: 'INSERT OR REPLACE INTO day_sequences VALUES (?, ?, ?)', args: ['dossier', day, count] });
    for (let k = 0; k < 3; k++) {
      const ratedAt = Date.parse(`${day}T09:00:00+07:00`) + Math.floor(random() * 7 * 3600_000);
      statements.push({ sql: "INSERT INTO ratings VALUES (?, 'point', NULL, ?, ?, ?, '{}', NULL, NULL, ?, ?, 1)", args: [newId('rt'), pick(pointIds), 1 + Math.floor(random() * 6), levels(random()), ratedAt, ratedAt] });
    }
  }
  return statements;
}
