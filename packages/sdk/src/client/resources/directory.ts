/** Branches (chi nhánh) and reception points (điểm tiếp nhận): hours, services, live queues, nearest points. */
import type { Core, RequestOptions } from '../core.ts';
import { paginate, type PagePromise } from '../pagination.ts';
import type { Query, Schemas } from '../types.ts';

const get = { method: 'GET' } as const;

export function listBranches(core: Core, options?: RequestOptions): Promise<Schemas['BranchList']> {
  return core.call({ ...get, operationId: 'listBranches', path: 'branches' }, options);
}

export function getBranch(core: Core, id: string, options?: RequestOptions): Promise<Schemas['BranchDetail']> {
  return core.call({ ...get, operationId: 'getBranch', path: `branches/${encodeURIComponent(id)}` }, options);
}

export function listPoints(core: Core, query: Omit<Query<'listPoints'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<Schemas['ReceptionPoint']> {
  return paginate((cursor) => core.call<Schemas['ReceptionPointPage']>({ ...get, operationId: 'listPoints', path: 'points', query: { ...query, cursor } }, options));
}

/** Reception points nearest to a place, closest first, with their distance. */
export function findNearestPoints(core: Core, query: Query<'findNearestPoints'>, options?: RequestOptions): Promise<Schemas['NearestPointList']> {
  return core.call({ ...get, operationId: 'findNearestPoints', path: 'points/nearest', query }, options);
}

export function getPoint(core: Core, id: string, options?: RequestOptions): Promise<Schemas['ReceptionPoint']> {
  return core.call({ ...get, operationId: 'getPoint', path: `points/${encodeURIComponent(id)}` }, options);
}

/** The live queue at a point; revalidated with ETag, so polling it is cheap. */
export function getPointQueue(core: Core, id: string, options?: RequestOptions): Promise<Schemas['PointQueue']> {
  return core.call({ ...get, operationId: 'getPointQueue', path: `points/${encodeURIComponent(id)}/queue`, revalidate: true }, options);
}

/** A rating made at a counter or kiosk (may be sent later, with `ratedAt`). */
export function ratePoint(core: Core, id: string, input: Schemas['PointRatingInput'], options?: RequestOptions): Promise<Schemas['Rating']> {
  return core.call({ method: 'POST', operationId: 'ratePoint', path: `points/${encodeURIComponent(id)}/ratings`, json: input, idempotent: true }, options);
}
