/** Branches, reception points, nearest-point search and live queues (queues are simulated: demo data). */
import type { Schemas } from '@hpasc/sdk';
import { isHoliday, localDate, localTimestamp } from '../domain/calendar.ts';
import { page } from '../http/paging.ts';
import { HttpProblem } from '../http/problems.ts';
import type { Handler } from '../http/pipeline.ts';
import type { Sandbox } from '../sandbox.ts';
import { distanceMeters, unitRandom } from '../seed/geo.ts';

type ReceptionPoint = Schemas['ReceptionPoint'];
type OpeningHours = Schemas['OpeningHours'];

interface PointRow {
  id: string;
  branch_id: string;
  kind: string;
  name: string;
  address: string;
  unit_code: string | null;
  lat: number;
  lng: number;
  hours: string;
  sectors: string;
  phone: string | null;
  counters: number;
  demo: number;
}

/** Local (UTC+7) weekday 1–7 and minutes since midnight. */
function localClock(now: Date): { weekday: number; minutes: number } {
  const local = new Date(now.getTime() + 7 * 3600_000);
  return { weekday: local.getUTCDay() || 7, minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

export function isOpen(hours: OpeningHours[], now: Date): boolean {
  if (isHoliday(localDate(now))) return false;
  const { weekday, minutes } = localClock(now);
  const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  return hours.some((h) => h.days.includes(weekday) && minutes >= toMinutes(h.opens) && minutes < toMinutes(h.closes));
}

export function pointFromRow(row: PointRow, now: Date): ReceptionPoint {
  const hours = JSON.parse(row.hours) as OpeningHours[];
  return {
    id: row.id,
    branchId: row.branch_id,
    kind: row.kind as ReceptionPoint['kind'],
    name: row.name,
    address: row.address,
    unitCode: row.unit_code,
    location: { lat: Number(row.lat), lng: Number(row.lng) },
    openingHours: hours,
    sectors: JSON.parse(row.sectors) as string[],
    ...(row.phone ? { phone: row.phone } : {}),
    openNow: isOpen(hours, now),
    demo: Boolean(row.demo),
  };
}

export function branchHandlers(sandbox: Sandbox): Record<string, Handler> {
  const points = async () => sandbox.db.all<PointRow>('SELECT * FROM points ORDER BY kind, id');
  const branchRows = async () =>
    sandbox.db.all<{ id: string; number: number; name: string; address: string | null; demo: number; n: number }>(
      'SELECT b.*, (SELECT count(*) FROM points p WHERE p.branch_id = b.id) AS n FROM branches b ORDER BY number',
    );
  const branchOf = (b: Awaited<ReturnType<typeof branchRows>>[number]) => ({
    id: b.id, number: Number(b.number), name: b.name, address: b.address, pointCount: Number(b.n), demo: Boolean(b.demo),
  });
  const servesProcedure = async (procedure: unknown) => {
    if (typeof procedure !== 'string') return () => true;
    const row = await sandbox.db.get<{ sector_id: string; level: string }>('SELECT sector_id, level FROM procedures WHERE code = ?', [procedure]);
    if (!row) throw new HttpProblem('bad_request', { vi: 'Không có thủ tục với mã này.', en: 'There is no procedure with this code.' });
    // Every point receives any procedure (phi địa giới); a point's `sectors` narrows it when not empty.
    return (p: ReceptionPoint) => p.sectors.length === 0 || p.sectors.includes(row.sector_id);
  };

  return {
    listBranches: async () => ({ status: 200, body: { items: (await branchRows()).map(branchOf) } }),

    getBranch: async ({ params }) => {
      const branch = (await branchRows()).find((b) => b.id === params['branchId']);
      if (!branch) throw new HttpProblem('not_found');
      const now = sandbox.clock.now();
      const list = (await points()).filter((p) => p.branch_id === branch.id).map((p) => pointFromRow(p, now));
      return { status: 200, body: { ...branchOf(branch), points: list } };
    },

    listPoints: async ({ query }) => {
      const now = sandbox.clock.now();
      const serves = await servesProcedure(query['procedure']);
      const list = (await points())
        .map((p) => pointFromRow(p, now))
        .filter((p) => (!query['branch'] || p.branchId === query['branch']) && (!query['unit'] || p.unitCode === query['unit']))
        .filter((p) => serves(p) && (query['openNow'] !== true || p.openNow));
      return { status: 200, body: page(list, query['cursor'], query['limit']) };
    },

    findNearestPoints: async ({ query }) => {
      const now = sandbox.clock.now();
      const origin = { lat: Number(query['lat']), lng: Number(query['lng']) };
      const radiusKm = typeof query['radiusKm'] === 'number' ? query['radiusKm'] : 5;
      const limit = typeof query['limit'] === 'number' ? query['limit'] : 10;
      const serves = await servesProcedure(query['procedure']);
      const items = (await points())
        .map((row) => ({ point: pointFromRow(row, now), distanceMeters: distanceMeters(origin, { lat: Number(row.lat), lng: Number(row.lng) }) }))
        .filter((i) => i.distanceMeters <= radiusKm * 1000 && serves(i.point) && (query['openNow'] !== true || i.point.openNow))
        .sort((a, b) => a.distanceMeters - b.distanceMeters)
        .slice(0, limit);
      return { status: 200, body: { origin, radiusKm, items } };
    },

    getPoint: async ({ params }) => {
      const row = await sandbox.db.get<PointRow>('SELECT * FROM points WHERE id = ?', [params['pointId']!]);
      if (!row) throw new HttpProblem('not_found');
      return { status: 200, body: pointFromRow(row, sandbox.clock.now()) };
    },

    getPointQueue: async ({ params }) => {
      const row = await sandbox.db.get<PointRow>('SELECT * FROM points WHERE id = ?', [params['pointId']!]);
      if (!row) throw new HttpProblem('not_found');
      const now = sandbox.clock.now();
      // Simulated: changes every 30 s, busier mid-morning, empty when closed.
      const slot = Math.floor(now.getTime() / 30_000);
      const open = isOpen(JSON.parse(row.hours) as OpeningHours[], now);
      const countersOpen = open ? Math.max(1, Math.round(Number(row.counters) * (0.6 + 0.4 * unitRandom(`${row.id}:${slot}:c`)))) : 0;
      const waiting = open ? Math.round(unitRandom(`${row.id}:${slot}:w`) * Number(row.counters) * 3) : 0;
      const updatedAt = localTimestamp(new Date(slot * 30_000));
      return {
        status: 200,
        body: { pointId: row.id, waiting, countersOpen, estimatedWaitMinutes: open ? Math.ceil((waiting * 12) / Math.max(1, countersOpen)) : null, updatedAt },
        headers: { 'Cache-Control': 'max-age=30' },
      };
    },
  };
}
