/**
 * Every widget in one file (`hpasc-elements.all.js`), for embedders who want one pinned file rather than
 * the loader and its chunks: the provider first, then each widget, each defined once however often loaded.
 */
import '../provider/provider.ts';
import '../sign-in/sign-in.ts';
import '../dossier-form/dossier-form.ts';
import '../dossier-tracker/dossier-tracker.ts';
import '../my-dossiers/my-dossiers.ts';
import '../rating/rating.ts';
import '../rating-summary/rating-summary.ts';
import '../procedure-search/procedure-search.ts';
import '../branch-finder/branch-finder.ts';
import '../service-stats/service-stats.ts';
import '../feedback-form/feedback-form.ts';
