/**
 * Satisfaction ratings (đánh giá mức độ hài lòng): one per dossier once its result is returned, counter and
 * kiosk ratings for a reception point, and public summaries. Levels and the nine criteria (2 points each,
 * 18 in all) are those of the public one-stop systems.
 */
import type { Schemas } from '@hpasc/sdk';
import { localTimestamp } from '../domain/calendar.ts';
import { newId } from '../domain/codes.ts';
import type { Dossiers } from '../domain/dossiers.ts';
import { fieldProblem, HttpProblem } from '../http/problems.ts';
import type { Handler } from '../http/pipeline.ts';
import type { Sandbox } from '../sandbox.ts';
import { visibleDossier } from './dossiers.ts';
import { dateRange, ratingsInScope, resolveScope } from './stats.ts';

type Rating = Schemas['Rating'];
type Criteria = Schemas['RatingCriteria'];
export const criteriaKeys = ['totalTime', 'timeAtAgency', 'contacts', 'agenciesContacted', 'oneStopDesk', 'publishedProcedure', 'staffAttitude', 'feedbackHandling', 'onlineService'] as const;
/** A kiosk may send a rating given offline at most 7 days later (the contract's `ratedAt`). */
const offlineWindowMs = 7 * 24 * 3600_000;

/** The 18-point score, when all nine criteria were scored. */
function score(criteria: Criteria): number | undefined {
  const values = criteriaKeys.map((k) => criteria[k]);
  return values.every((v) => v !== undefined) ? values.reduce<number>((a, b) => a + b!, 0) : undefined;
}

export function ratingHandlers(sandbox: Sandbox, dossiers: Dossiers): Record<string, Handler> {
  const record = async (target: Rating['target'], input: Schemas['PointRatingInput'], ratedAt: number): Promise<Rating> => {
    const id = newId('rt');
    const now = sandbox.clock.now().getTime();
    const criteria = input.criteria ?? {};
    const total = score(criteria);
    await sandbox.db.run('INSERT INTO ratings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)', [
      id, target.kind, target.kind === 'dossier' ? target.dossierCode : null, target.kind === 'point' ? target.pointId : null,
      target.kind === 'point' ? target.counter ?? null : null, input.level, JSON.stringify(criteria), total ?? null, input.comment ?? null, ratedAt, now,
    ]);
    return {
      id, target, level: input.level, criteria, ...(total !== undefined ? { score: total } : {}), ...(input.comment ? { comment: input.comment } : {}),
      ratedAt: localTimestamp(new Date(ratedAt)), recordedAt: localTimestamp(new Date(now)),
    };
  };

  return {
    rateDossier: async (ctx) => {
      const row = await visibleDossier(dossiers, ctx.params['dossierCode']!, ctx);
      if (Number(row.status) !== 10) throw new HttpProblem('invalid_state', { vi: 'Chỉ đánh giá được khi đã nhận kết quả.', en: 'A dossier can be rated once its result has been returned.' });
      if (await sandbox.db.get('SELECT 1 FROM ratings WHERE dossier_code = ?', [row.code])) throw new HttpProblem('already_rated');
      const rating = await record({ kind: 'dossier', dossierCode: row.code }, ctx.body as Schemas['DossierRatingInput'], sandbox.clock.now().getTime());
      return { status: 201, body: rating };
    },

    ratePoint: async (ctx) => {
      const pointId = ctx.params['pointId']!;
      if (!(await sandbox.db.get('SELECT 1 FROM points WHERE id = ?', [pointId]))) throw new HttpProblem('not_found');
      const input = ctx.body as Schemas['PointRatingInput'];
      const now = sandbox.clock.now().getTime();
      const ratedAt = input.ratedAt ? Date.parse(input.ratedAt) : now;
      if (ratedAt > now + 60_000 || ratedAt < now - offlineWindowMs) {
        throw fieldProblem([{ pointer: '/ratedAt', code: 'maximum', params: { limit: 30 } }], ctx.locale, 'validation_failed', {
          vi: 'Thời điểm đánh giá phải trong vòng 7 ngày qua.', en: 'The rating time must be within the last 7 days.',
        });
      }
      const rating = await record({ kind: 'point', pointId, ...(input.counter ? { counter: input.counter } : {}) }, input, ratedAt);
      return { status: 201, body: rating };
    },

    getRatingSummary: async (ctx) => {
      const scope = await resolveScope(sandbox, ctx);
      const { from, to } = dateRange(sandbox, ctx);
      const ratings = await ratingsInScope(sandbox, scope, from, to);
      const count = (level: string) => ratings.filter((r) => r.level === level).length;
      const scored = ratings.map((r) => ({ criteria: JSON.parse(r.criteria) as Criteria, score: r.score }));
      const withScore = scored.filter((r) => r.score !== null);
      const average = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null);
      const summary: Schemas['RatingSummary'] = {
        scope: scope.ref, from, to, total: ratings.length,
        levels: { verySatisfied: count('very-satisfied'), satisfied: count('satisfied'), notSatisfied: count('not-satisfied') },
        satisfactionRate: ratings.length ? Math.round(((ratings.length - count('not-satisfied')) / ratings.length) * 10_000) / 10_000 : null,
        averageScore: average(withScore.map((r) => Number(r.score))),
        criteriaAverages: Object.fromEntries(criteriaKeys.map((k) => [k, average(scored.map((r) => r.criteria[k]).filter((v): v is NonNullable<typeof v> => v !== undefined))])) as Schemas['CriteriaAverages'],
        demo: ratings.some((r) => Number(r.demo) === 1),
      };
      return { status: 200, body: summary };
    },
  };
}
