/** Procedures (thủ tục hành chính), sectors, agencies and commune-level units. */
import type { Core, RequestOptions } from '../core.ts';
import { paginate, type PagePromise } from '../pagination.ts';
import type { Query, Schemas } from '../types.ts';

const get = { method: 'GET' } as const;

/** Searches and filters the catalog; `q` ignores diacritics ("dang ky khai sinh"). */
export function listProcedures(core: Core, query: Omit<Query<'listProcedures'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<Schemas['ProcedureSummary']> {
  return paginate((cursor) => core.call<Schemas['ProcedurePage']>({ ...get, operationId: 'listProcedures', path: 'procedures', query: { ...query, cursor } }, options));
}

/** A procedure with its documents, fees, steps, legal bases and form schema. Revalidated with ETag. */
export function getProcedure(core: Core, code: string, options?: RequestOptions): Promise<Schemas['Procedure']> {
  return core.call({ ...get, operationId: 'getProcedure', path: `procedures/${encodeURIComponent(code)}`, params: { procedureCode: code }, revalidate: true }, options);
}

export function listSectors(core: Core, options?: RequestOptions): Promise<Schemas['SectorList']> {
  return core.call({ ...get, operationId: 'listSectors', path: 'sectors' }, options);
}

export function listAgencies(core: Core, query: Omit<Query<'listAgencies'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<Schemas['Agency']> {
  return paginate((cursor) => core.call<Schemas['AgencyPage']>({ ...get, operationId: 'listAgencies', path: 'agencies', query: { ...query, cursor } }, options));
}

export function getAgency(core: Core, id: string, options?: RequestOptions): Promise<Schemas['Agency']> {
  return core.call({ ...get, operationId: 'getAgency', path: `agencies/${encodeURIComponent(id)}` }, options);
}

/** Hanoi's commune-level units (phường, xã), searchable without diacritics. */
export function listUnits(core: Core, query: Omit<Query<'listUnits'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<Schemas['Unit']> {
  return paginate((cursor) => core.call<Schemas['UnitPage']>({ ...get, operationId: 'listUnits', path: 'units', query: { ...query, cursor } }, options));
}

export function getUnit(core: Core, code: string, options?: RequestOptions): Promise<Schemas['Unit']> {
  return core.call({ ...get, operationId: 'getUnit', path: `units/${encodeURIComponent(code)}` }, options);
}
