/** Procedures, sectors, agencies and administrative units. */
import type { Schemas } from '@hpasc/sdk';
import { foldForSearch } from '@hpasc/sdk/validators';
import { page } from '../http/paging.ts';
import { HttpProblem } from '../http/problems.ts';
import type { Handler } from '../http/pipeline.ts';
import type { Sandbox } from '../sandbox.ts';
import { unifySpelling } from '@hpasc/sdk/validators';
import { search, type Searchable } from '../domain/search.ts';

type Procedure = Schemas['Procedure'];
type ProcedureSummary = Schemas['ProcedureSummary'];

interface IndexedProcedure extends Searchable {
  summary: ProcedureSummary;
}

function summaryOf(p: Procedure): ProcedureSummary {
  const { code, name, sector, level, agency, onlineLevel, applicantTypes, processingTime, feeVnd } = p;
  return { code, name, sector, level, agency, onlineLevel, applicantTypes, processingTime, feeVnd };
}

/** The catalog in memory for search: a few hundred bytes per procedure, fast enough for 6,300. */
export class Catalog {
  private index: IndexedProcedure[] = [];

  constructor(private sandbox: Sandbox) {}

  async load(): Promise<void> {
    const rows = await this.sandbox.db.all<{ code: string; folded: string; rank: number; detail: string }>('SELECT code, folded, rank, detail FROM procedures ORDER BY rank');
    this.index = rows.map((r) => ({ code: r.code, folded: unifySpelling(r.folded), rank: Number(r.rank), summary: summaryOf(JSON.parse(r.detail) as Procedure) }));
  }

  async get(code: string): Promise<Procedure | null> {
    const row = await this.sandbox.db.get<{ detail: string }>('SELECT detail FROM procedures WHERE code = ?', [code]);
    if (!row) return null;
    const { inferred: _inferred, ...procedure } = JSON.parse(row.detail) as Procedure & { inferred: boolean };
    return procedure;
  }

  list(query: Record<string, unknown>): ProcedureSummary[] {
    const candidates = typeof query['q'] === 'string' ? search(this.index, query['q']) : this.index;
    return candidates
      .map((i) => i.summary)
      .filter((s) =>
        (!query['sector'] || s.sector.id === query['sector']) &&
        (!query['level'] || s.level === query['level']) &&
        (!query['agency'] || s.agency.id === query['agency']) &&
        (!query['onlineLevel'] || s.onlineLevel === query['onlineLevel']) &&
        (!query['applicantType'] || s.applicantTypes.includes(query['applicantType'] as 'citizen' | 'business')),
      );
  }
}

export function catalogHandlers(sandbox: Sandbox, catalog: Catalog): Record<string, Handler> {
  return {
    listProcedures: async ({ query }) => {
      const matches = catalog.list(query);
      return { status: 200, body: { ...page(matches, query['cursor'], query['limit']), total: matches.length } };
    },

    getProcedure: async ({ params }) => {
      const procedure = await catalog.get(params['procedureCode']!);
      if (!procedure) throw new HttpProblem('not_found', { vi: 'Không có thủ tục với mã này.', en: 'There is no procedure with this code.' });
      return { status: 200, body: procedure };
    },

    listSectors: async () => {
      const rows = await sandbox.db.all<{ id: string; name: string; n: number }>(
        'SELECT s.id, s.name, count(p.code) AS n FROM sectors s LEFT JOIN procedures p ON p.sector_id = s.id GROUP BY s.id',
      );
      const collator = new Intl.Collator('vi');
      const items = rows.map((r) => ({ id: r.id, name: r.name, procedureCount: Number(r.n) })).sort((a, b) => collator.compare(a.name, b.name));
      return { status: 200, body: { items } };
    },

    listAgencies: async ({ query }) => {
      const rows = await sandbox.db.all<{ id: string; name: string; level: string; sectors: string }>('SELECT * FROM agencies ORDER BY name');
      const items = rows
        .map((r) => ({ id: r.id, name: r.name, level: r.level as Schemas['GovernmentLevel'], sectors: JSON.parse(r.sectors) as string[] }))
        .filter((a) => (!query['level'] || a.level === query['level']) && (!query['sector'] || a.sectors.includes(String(query['sector']))));
      return { status: 200, body: page(items, query['cursor'], query['limit']) };
    },

    getAgency: async ({ params }) => {
      const r = await sandbox.db.get<{ id: string; name: string; level: string; sectors: string }>('SELECT * FROM agencies WHERE id = ?', [params['agencyId']!]);
      if (!r) throw new HttpProblem('not_found');
      return { status: 200, body: { id: r.id, name: r.name, level: r.level, sectors: JSON.parse(r.sectors) as string[] } };
    },

    listUnits: async ({ query }) => {
      const rows = await sandbox.db.all<{ code: string; name: string; kind: string; former_district: string | null; folded: string }>('SELECT * FROM units');
      const q = typeof query['q'] === 'string' ? foldForSearch(query['q']) : '';
      const collator = new Intl.Collator('vi');
      const items = rows
        .filter((r) => (!q || r.folded.includes(q)) && (!query['kind'] || r.kind === query['kind']))
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((r) => ({ code: r.code, name: r.name, kind: r.kind, formerDistrict: r.former_district }));
      return { status: 200, body: page(items, query['cursor'], query['limit']) };
    },

    getUnit: async ({ params }) => {
      const r = await sandbox.db.get<{ code: string; name: string; kind: string; former_district: string | null }>('SELECT * FROM units WHERE code = ?', [params['unitCode']!]);
      if (!r) throw new HttpProblem('not_found');
      return { status: 200, body: { code: r.code, name: r.name, kind: r.kind, formerDistrict: r.former_district } };
    },
  };
}
