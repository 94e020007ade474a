/**
 * Every visual state of `<hpasc-service-stats>` as data — the one list behind its stories and its
 * accessibility tests. Each renders from properties alone (`.preview`); `lang` says which language to show it in.
 */
import type { Schemas } from '@hpasc/sdk';
import type { ServiceStatsPreview } from './service-stats.component.ts';

type Figures = Schemas['StatsFigures'];
type Stats = Schemas['ServiceStats'];

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

/** Figures with their rates worked out as the API works them out. */
function figures(received: number, online: number, resolved: number, onTime: number, ratings: number, satisfied: number): Figures {
  return {
    received, onlineReceived: online, resolved, resolvedOnTime: onTime, resolvedLate: resolved - onTime,
    inProgress: Math.round(received * 0.12), overdueInProgress: Math.round(received * 0.002),
    onTimeRate: rate(onTime, resolved), onlineRate: rate(online, received), ratings, satisfactionRate: rate(satisfied, ratings),
  };
}

function sum(periods: Stats['periods']): Figures {
  const total = (key: keyof Figures) => periods.reduce((n, p) => n + (p.figures[key] ?? 0), 0);
  return figures(total('received'), total('onlineReceived'), total('resolved'), total('resolvedOnTime'), total('ratings'),
    periods.reduce((n, p) => n + Math.round((p.figures.satisfactionRate ?? 0) * p.figures.ratings), 0));
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** DEMO DATA: made-up monthly figures for a branch, December 2024 to November 2025. */
const monthly: Stats['periods'] = [
  [2412, 1490, 2301, 2270, 512, 498], [2055, 1302, 2120, 2090, 430, 421], [1630, 1011, 1502, 1462, 301, 290],
  [2380, 1540, 2290, 2265, 498, 489], [2511, 1685, 2470, 2451, 540, 532], [2470, 1702, 2433, 2420, 522, 515],
  [2604, 1830, 2580, 2569, 561, 552], [2702, 1930, 2650, 2641, 575, 569], [2480, 1790, 2502, 2490, 520, 515],
  [2655, 1960, 2610, 2602, 566, 561], [2730, 2040, 2701, 2695, 590, 586], [2810, 2120, 2760, 2755, 602, 598],
].map(([received, online, resolved, onTime, ratings, satisfied], i) => {
  const year = i === 0 ? 2024 : 2025;
  const month = i === 0 ? 12 : i;
  const mm = String(month).padStart(2, '0');
  return { period: `${year}-${mm}`, start: `${year}-${mm}-01`, end: `${year}-${mm}-${lastDay(year, month)}`, figures: figures(received!, online!, resolved!, onTime!, ratings!, satisfied!) };
});

const stats: Stats = {
  scope: { kind: 'branch', id: 'cn-01', name: 'Chi nhánh số 1' },
  granularity: 'month', from: '2024-12-01', to: '2025-11-30', periods: monthly, totals: sum(monthly), demo: true,
};

/** DEMO DATA: a reception point by quarter, with a quarter in which nothing was resolved or rated. */
const quarterly: Stats['periods'] = [
  { period: '2025-Q1', start: '2025-01-01', end: '2025-03-31', figures: figures(12, 9, 0, 0, 0, 0) },
  { period: '2025-Q2', start: '2025-04-01', end: '2025-06-30', figures: figures(31, 25, 28, 27, 9, 8) },
  { period: '2025-Q3', start: '2025-07-01', end: '2025-09-30', figures: figures(44, 40, 39, 39, 14, 14) },
];

const empty: Stats = {
  scope: { kind: 'point', id: 'cn-01-d01', name: 'Điểm tiếp nhận số 1, Chi nhánh số 1' },
  granularity: 'month', from: '2025-11-01', to: '2025-11-30',
  periods: [{ period: '2025-11', start: '2025-11-01', end: '2025-11-30', figures: figures(0, 0, 0, 0, 0, 0) }],
  totals: figures(0, 0, 0, 0, 0, 0), demo: false,
};

export const serviceStatsStates: Record<string, ServiceStatsPreview> = {
  'Loading': { status: 'loading' },
  'Loaded, twelve months': { status: 'loaded', stats },
  'Loaded by quarter, real figures': {
    status: 'loaded',
    stats: { scope: { kind: 'point', id: 'cn-01-d01', name: 'Điểm tiếp nhận số 1, Chi nhánh số 1' }, granularity: 'quarter', from: '2025-01-01', to: '2025-09-30',
      periods: quarterly, totals: sum(quarterly), demo: false },
  },
  'Empty period': { status: 'loaded', stats: empty },
  'Failed, with request id': { status: 'failed', failure: { message: 'Hệ thống đang gặp sự cố. Hãy thử lại sau.', requestId: 'req_0123456789abcdef' } },
  'English': { status: 'loaded', stats, lang: 'en' },
};
