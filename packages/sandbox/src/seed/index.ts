/** Fills an empty database with the catalog, the directory and the default test key. Idempotent. */
import type { Schemas } from '@hpasc/sdk';
import { foldForSearch } from '@hpasc/sdk/validators';
import type { Database } from '../db/index.ts';
import { buildProcedure, readSourceProcedures, scaleCatalog } from './catalog.ts';
import { buildBranches, readUnits } from './directory.ts';
import { demoHistory } from './history.ts';

type FormSchema = Schemas['FormSchema'];

/** Bump when the seed changes: `npm start` then rebuilds a data folder made by an older seed. */
export const seedVersion = 5;

/** The publishable test key that works from any localhost origin; printed by `npm start`. */
export const defaultTestKey = 'pk_test_hpasc_sandbox_local';
export const localOrigins = ['http://127.0.0.1:*', 'http://localhost:*', 'http://[::1]:*'];

export interface SeedOptions {
  /** Declaration forms modelled on the real tờ khai, by procedure code; other procedures get a simple form. */
  forms: ReadonlyMap<string, FormSchema>;
  /** Grow the catalog to this many procedures with synthetic copies (benchmarks). */
  catalogSize?: number;
  /** "Now" for the demo history (a year of made-up dossiers and ratings before it). */
  now: Date;
}

export async function seedDatabase(db: Database, options: SeedOptions): Promise<{ procedures: number; points: number }> {
  const existing = await db.get<{ n: number }>('SELECT count(*) AS n FROM procedures');
  if (existing && Number(existing.n) > 0) {
    const points = await db.get<{ n: number }>('SELECT count(*) AS n FROM points');
    return { procedures: Number(existing.n), points: Number(points?.n ?? 0) };
  }
  const real = readSourceProcedures().map((source) => buildProcedure(source, options.forms.get(source.code)));
  const entries = options.catalogSize ? scaleCatalog(real, options.catalogSize) : real;
  const statements: { sql: string; args: (string | number | null)[] }[] = [];

  const sectors = new Map<string, string>();
  const agencies = new Map<string, { name: string; level: string; sectors: Set<string> }>();
  for (const { procedure } of entries) {
    sectors.set(procedure.sector.id, procedure.sector.name);
    const agency = agencies.get(procedure.agency.id) ?? { name: procedure.agency.name, level: procedure.level, sectors: new Set() };
    agency.sectors.add(procedure.sector.id);
    agencies.set(procedure.agency.id, agency);
  }
  for (const [id, name] of sectors) statements.push({ sql: 'INSERT INTO sectors VALUES (?, ?)', args: [id, name] });
  for (const [id, a] of agencies) {
    statements.push({ sql: 'INSERT INTO agencies VALUES (?, ?, ?, ?)', args: [id, a.name, a.level, JSON.stringify([...a.sectors])] });
  }
  entries.forEach(({ procedure: p, inferred }, rank) => {
    const folded = foldForSearch(p.name);
    statements.push({
      sql: 'INSERT INTO procedures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      args: [p.code, p.name, folded, p.sector.id, p.level, p.agency.id, p.onlineLevel, JSON.stringify(p.applicantTypes),
        p.processingTime.workingDays, p.processingTime.text, p.feeVnd, JSON.stringify({ ...p, inferred }), rank],
    });
  });

  const units = readUnits();
  for (const u of units) statements.push({ sql: 'INSERT INTO units VALUES (?, ?, ?, ?, ?)', args: [u.code, u.name, u.kind, u.formerDistrict, u.folded] });
  const { branches, points } = buildBranches(units);
  for (const b of branches) statements.push({ sql: 'INSERT INTO branches VALUES (?, ?, ?, ?, ?)', args: [b.id, b.number, b.name, b.address, b.demo ? 1 : 0] });
  for (const p of points) {
    statements.push({
      sql: 'INSERT INTO points VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      args: [p.id, p.branchId, p.kind, p.name, p.address, p.unitCode, p.lat, p.lng, JSON.stringify(p.hours), JSON.stringify(p.sectors), p.phone, p.counters, p.demo ? 1 : 0],
    });
  }
  const sample = real.slice(0, 120).map(({ procedure: p }) => ({ code: p.code, workingDays: p.processingTime.workingDays, feeVnd: p.feeVnd }));
  statements.push(...demoHistory(options.now, sample, points.filter((p) => p.kind === 'branch-office').map((p) => p.id)));
  statements.push({ sql: 'INSERT OR IGNORE INTO api_keys VALUES (?, ?, ?, 1)', args: [defaultTestKey, 'test', JSON.stringify(localOrigins)] });
  await db.client.batch(statements, 'write');
  return { procedures: entries.length, points: points.length };
}
