/** Feedback (phản ánh, kiến nghị), satisfaction summaries and the public service indicators. */
import type { Core, RequestOptions } from '../core.ts';
import type { Query, Schemas } from '../types.ts';

export function submitFeedback(core: Core, input: Schemas['FeedbackInput'], options?: RequestOptions): Promise<Schemas['FeedbackReceipt']> {
  return core.call({ method: 'POST', operationId: 'submitFeedback', path: 'feedback', json: input, idempotent: true }, options);
}

/** Follows a feedback to its answer, with its code and PIN (or the last 4 digits of the mobile). */
export function lookupFeedback(core: Core, input: Schemas['FeedbackLookupInput'], options?: RequestOptions): Promise<Schemas['Feedback']> {
  return core.call({ method: 'POST', operationId: 'lookupFeedback', path: 'feedback/lookup', json: input }, options);
}

export function getRatingSummary(core: Core, query: Query<'getRatingSummary'> = {}, options?: RequestOptions): Promise<Schemas['RatingSummary']> {
  return core.call({ method: 'GET', operationId: 'getRatingSummary', path: 'ratings/summary', query }, options);
}

/** On-time rate, online rate, satisfaction and counts, per period, for the city, an agency, a branch or a point. */
export function getServiceStats(core: Core, query: Query<'getServiceStats'> = {}, options?: RequestOptions): Promise<Schemas['ServiceStats']> {
  return core.call({ method: 'GET', operationId: 'getServiceStats', path: 'stats', query }, options);
}
