/**
 * @hpasc/elements — web components that embed the Hanoi Public Administration Service Center's services.
 * The widgets land one by one (dossier form, tracker, rating, search, branch finder, feedback, stats); this
 * entry already carries what they share.
 */
export { tokens } from './tokens.ts';
export type { HpascErrorDetail, HpascReadyDetail, HpascStatusChangeDetail } from './events.ts';
export { resolveLocale, sourceLocale, toLocale, type Locale } from './internal/locale.ts';
// The provider first: it is defined before any widget asks it for its configuration.
export { HpascProvider } from './provider/provider.ts';
export { HpascDossierForm } from './dossier-form/dossier-form.ts';
export type { DossierFormPreview } from './dossier-form/dossier-form.component.ts';
export { dossierFormStates, type DossierFormDirectory } from './dossier-form/dossier-form.states.ts';
export { HpascSignIn } from './sign-in/sign-in.ts';
export type { SignInPreview } from './sign-in/sign-in.component.ts';
export { signInStates } from './sign-in/sign-in.states.ts';
export { HpascDossierTracker } from './dossier-tracker/dossier-tracker.ts';
export { HpascMyDossiers } from './my-dossiers/my-dossiers.ts';
export type { MyDossiersPreview } from './my-dossiers/my-dossiers.component.ts';
export { myDossiersStates } from './my-dossiers/my-dossiers.states.ts';
export type { DossierTrackerPreview } from './dossier-tracker/dossier-tracker.component.ts';
export { dossierTrackerStates } from './dossier-tracker/dossier-tracker.states.ts';
export { HpascRating } from './rating/rating.ts';
export type { RatingPreview, RatingPhase, RatingFailure, RatingIssue, RatingCriteriaChoice, RatedDetail, RatingErrorDetail } from './rating/rating.component.ts';
export { ratingStates } from './rating/rating.states.ts';
export { HpascBranchFinder } from './branch-finder/branch-finder.ts';
export type { BranchFinderPreview, BranchFinderPhase, BranchFinderFailure, LocationIssue, SearchOrigin, NearestPoint } from './branch-finder/branch-finder.component.ts';
export { branchFinderStates } from './branch-finder/branch-finder.states.ts';
export { HpascFeedbackForm } from './feedback-form/feedback-form.ts';
export type { FeedbackFormPreview, FeedbackValues, FeedbackFailure, FeedbackSentDetail } from './feedback-form/feedback-form.component.ts';
export { feedbackFormStates } from './feedback-form/feedback-form.states.ts';
export { HpascServiceStats } from './service-stats/service-stats.ts';
export type { ServiceStatsPreview, ServiceStatsFailure, ServiceStatsScope, ServiceStatsGranularity } from './service-stats/service-stats.component.ts';
export { serviceStatsStates } from './service-stats/service-stats.states.ts';
export { HpascRatingSummary } from './rating-summary/rating-summary.ts';
export type { RatingSummaryPreview, RatingSummaryFailure, RatingSummaryScope } from './rating-summary/rating-summary.component.ts';
export { ratingSummaryStates } from './rating-summary/rating-summary.states.ts';
export { HpascProcedureSearch } from './procedure-search/procedure-search.ts';
export type { ProcedureSearchPreview, ProcedureSearchPhase, ProcedureSearchFailure, ProcedureFilters, ProcedureSelectDetail, SearchResultsDetail } from './procedure-search/procedure-search.component.ts';
export { procedureSearchStates } from './procedure-search/procedure-search.states.ts';
