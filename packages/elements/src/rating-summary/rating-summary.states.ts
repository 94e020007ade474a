/**
 * Every visual state of `<hpasc-rating-summary>` as data — the one list behind its stories and its
 * accessibility tests. Each renders from properties alone (`.preview`); `lang` says which language to show it in.
 */
import type { Schemas } from '@hpasc/sdk';
import type { RatingSummaryPreview } from './rating-summary.component.ts';

/** DEMO DATA: made-up figures for a branch. */
const summary: Schemas['RatingSummary'] = {
  scope: { kind: 'branch', id: 'cn-01', name: 'Chi nhánh số 1' },
  from: '2024-12-01', to: '2025-11-30',
  total: 1250,
  levels: { verySatisfied: 830, satisfied: 390, notSatisfied: 30 },
  satisfactionRate: 0.976,
  averageScore: 17.1,
  criteriaAverages: {
    totalTime: 1.9, timeAtAgency: 1.9, contacts: 1.95, agenciesContacted: 1.96, oneStopDesk: 1.92,
    publishedProcedure: 1.97, staffAttitude: 1.88, feedbackHandling: 1.8, onlineService: null,
  },
  demo: true,
};

export const ratingSummaryStates: Record<string, RatingSummaryPreview> = {
  'Summary loading': { status: 'loading' },
  'Summary loaded': { status: 'loaded', summary },
  'Summary loaded, real figures': { status: 'loaded', summary: { ...summary, demo: false } },
  'Summary empty': {
    status: 'loaded',
    summary: {
      ...summary, total: 0, levels: { verySatisfied: 0, satisfied: 0, notSatisfied: 0 }, satisfactionRate: null, averageScore: null,
      criteriaAverages: Object.fromEntries(Object.keys(summary.criteriaAverages).map((k) => [k, null])) as Schemas['CriteriaAverages'],
    },
  },
  'Summary failed': { status: 'failed', failure: { message: 'Hệ thống đang gặp sự cố. Hãy thử lại sau.', requestId: 'req_0123456789abcdef' } },
  'Summary, English': { status: 'loaded', summary, lang: 'en' },
};
