/**
 * Dev-only controls under /sandbox (never part of the contract): drive the clock and the lifecycle, switch
 * faults, read one-time codes, reset state, and read what the tests need (coverage, contract violations).
 */
import type { Hono } from 'hono';
import { localTimestamp } from '../domain/calendar.ts';
import { scenarios, type Dossiers, type Scenario } from '../domain/dossiers.ts';
import type { FileStore } from '../domain/uploads.ts';
import type { Sandbox } from '../sandbox.ts';
import { maskPhone, type VerificationRow } from '../operations/verifications.ts';
import { noFaults, parseFaults } from './faults.ts';
import { normalizeMobile } from '@hpasc/sdk/validators';

/** Tables that hold what users created; seeded rows (`demo = 1`) survive a reset. */
const resettable = [
  'DELETE FROM dossier_events WHERE dossier_code IN (SELECT code FROM dossiers WHERE demo = 0)',
  'DELETE FROM issued_documents WHERE dossier_code IN (SELECT code FROM dossiers WHERE demo = 0)',
  'DELETE FROM ratings WHERE demo = 0',
  'DELETE FROM dossiers WHERE demo = 0',
  'DELETE FROM uploads', 'DELETE FROM tokens', 'DELETE FROM verifications', 'DELETE FROM auth_codes',
  'DELETE FROM payments', 'DELETE FROM feedback', 'DELETE FROM idempotency',
];

export function mountControls(app: Hono, sandbox: Sandbox, dossiers: Dossiers, files: FileStore): void {
  const clock = () => ({ now: localTimestamp(sandbox.clock.now()), offsetMs: sandbox.clock.offsetMs });

  app.get('/sandbox', (c) => c.json({
    controls: {
      'GET /sandbox/clock': 'the sandbox time',
      'POST /sandbox/clock/advance': '{ "days": 1, "hours": 0, "minutes": 0 } — move time forward and run due lifecycle steps',
      'POST /sandbox/dossiers/{code}/step': 'apply the next lifecycle step now',
      'PUT /sandbox/dossiers/{code}/scenario': `{ "scenario": "${Object.keys(scenarios).join('" | "')}" }`,
      'GET|PUT /sandbox/faults': 'read or set faults: "latency=100..400,errors=0.1,drops=0.05,dropsAfterCommit=0.1,rateLimits=0.05,seed=7" (empty = none)',
      'GET /sandbox/verifications/{id}': 'the one-time code sent (instead of an SMS); `latest` for the newest (of one number with ?phone=)',
      'POST /sandbox/reset': 'delete everything users created; keep the seed',
      'GET /sandbox/coverage': 'operation × status pairs answered, and contract violations',
      'POST /sandbox/uploads/expire': 'expire every upload not yet attached, or one draft\'s with ?draft= (tests of a refused submit)',
      'GET /sandbox/counts': 'how many dossiers (of one applicant with ?phone=) and uploads users created (duplicate checks)',
      'POST /sandbox/streams/drop': 'cut every open event stream (clients must resume without gaps)',
    },
  }));

  app.get('/sandbox/clock', (c) => c.json(clock()));
  app.post('/sandbox/clock/advance', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { days?: number; hours?: number; minutes?: number };
    const ms = ((body.days ?? 0) * 24 * 60 + (body.hours ?? 0) * 60 + (body.minutes ?? 0)) * 60_000;
    if (!Number.isFinite(ms) || ms < 0 || ms > 400 * 24 * 3600_000) return c.json({ error: 'Give days/hours/minutes ≥ 0 (at most 400 days).' }, 400);
    sandbox.clock.advance(ms);
    dossiers.events.emit('clock');
    const moved = await dossiers.tick();
    return c.json({ ...clock(), moved });
  });

  app.post('/sandbox/dossiers/:code/step', async (c) => {
    const code = c.req.param('code');
    if (!(await dossiers.get(code))) return c.json({ error: 'No such dossier.' }, 404);
    const moved = await dossiers.step(code);
    const row = (await dossiers.get(code))!;
    return c.json({ moved, status: Number(row.status), dueDate: row.due_date });
  });

  app.put('/sandbox/dossiers/:code/scenario', async (c) => {
    const code = c.req.param('code');
    const { scenario } = (await c.req.json().catch(() => ({}))) as { scenario?: string };
    if (!scenario || !(scenario in scenarios)) return c.json({ error: `scenario must be one of ${Object.keys(scenarios).join(', ')}` }, 400);
    if (!(await dossiers.setScenario(code, scenario as Scenario))) return c.json({ error: 'No such dossier, or it has already moved.' }, 409);
    return c.json({ code, scenario });
  });

  app.get('/sandbox/faults', (c) => c.json(sandbox.faults.current));
  app.put('/sandbox/faults', async (c) => {
    try {
      sandbox.faults.set({ ...noFaults, ...parseFaults(await c.req.text()) });
    } catch (error) {
      return c.json({ error: (error as Error).message }, 400);
    }
    return c.json(sandbox.faults.current);
  });

  app.get('/sandbox/verifications/:id', async (c) => {
    const id = c.req.param('id');
    // `?phone=` narrows `latest` to one number, so tests running side by side never read each other's codes.
    const phone = normalizeMobile(c.req.query('phone') ?? '') ?? null;
    const row = id === 'latest'
      ? await sandbox.db.get<VerificationRow>('SELECT * FROM verifications WHERE (? IS NULL OR phone = ?) ORDER BY created_at DESC, id DESC LIMIT 1', [phone, phone])
      : await sandbox.db.get<VerificationRow>('SELECT * FROM verifications WHERE id = ?', [id]);
    if (!row) return c.json({ error: 'No such verification.' }, 404);
    return c.json({ id: row.id, code: row.code, maskedPhone: maskPhone(row.phone), attemptsLeft: Number(row.attempts_left), expiresAt: localTimestamp(new Date(Number(row.expires_at))) });
  });

  app.post('/sandbox/reset', async (c) => {
    const stored = await sandbox.db.all<{ storage_name: string }>('SELECT storage_name FROM uploads');
    await sandbox.db.client.batch(resettable, 'write');
    for (const { storage_name } of stored) files.remove(storage_name);
    sandbox.faults.set(noFaults);
    sandbox.clock.reset();
    sandbox.reset();
    return c.json({ reset: true, ...clock() });
  });

  app.post('/sandbox/streams/drop', (c) => {
    const open = dossiers.events.listenerCount('drop-streams');
    dossiers.events.emit('drop-streams');
    return c.json({ dropped: open });
  });

  app.post('/sandbox/uploads/expire', async (c) => {
    const draft = c.req.query('draft') ?? null;
    const result = await sandbox.db.run('UPDATE uploads SET expires_at = ? WHERE attached = 0 AND (? IS NULL OR draft_id = ?)', [sandbox.clock.now().getTime() - 1, draft, draft]);
    return c.json({ expired: result.changes });
  });

  app.get('/sandbox/counts', async (c) => {
    // `?phone=` narrows to one applicant's dossiers, so tests running side by side do not count each other's.
    const phone = c.req.query('phone') ?? null;
    const dossiers = await sandbox.db.get<{ n: number }>("SELECT count(*) AS n FROM dossiers WHERE demo = 0 AND (? IS NULL OR json_extract(applicant, '$.phone') = ?)", [phone, phone]);
    const uploads = await sandbox.db.get<{ n: number }>('SELECT count(*) AS n FROM uploads');
    return c.json({ dossiers: Number(dossiers?.n ?? 0), uploads: Number(uploads?.n ?? 0) });
  });

  app.get('/sandbox/coverage', (c) => c.json({ pairs: [...sandbox.coverage].sort(), violations: sandbox.violations }));
}
