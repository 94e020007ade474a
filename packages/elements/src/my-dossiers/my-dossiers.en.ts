/**
 * The English translation of `<hpasc-my-dossiers>` (ids `myDossiers.`), merged into `locales/en.ts`. Given
 * lit-localize's `str` rather than importing it, as the catalog is.
 */
import type { str as Str } from '@lit/localize';

export const myDossiersEnglish = (str: typeof Str) => ({
  'myDossiers.code': 'Dossier code',
  'myDossiers.countAll': str`All your dossiers: ${0}.`,
  'myDossiers.countSoFar': str`Showing your ${0} newest dossiers.`,
  'myDossiers.dueDate': 'Return date',
  'myDossiers.empty': 'You have no dossiers yet. Dossiers you submit while signed in will show here.',
  'myDossiers.loadFailed': 'Your dossiers could not be loaded.',
  'myDossiers.loading': 'Loading your dossiers…',
  'myDossiers.loadingMore': 'Loading more…',
  'myDossiers.more': 'Show more',
  'myDossiers.moreFailed': 'More dossiers could not be loaded.',
  'myDossiers.onTime': 'On time',
  'myDossiers.overdue': 'Overdue',
  'myDossiers.pay': 'Pay fees',
  'myDossiers.rate': 'Rate the service',
  'myDossiers.returnedAt': 'Result returned on',
  'myDossiers.signInPrompt': 'Sign in with your VNeID electronic identity to see the dossiers you have submitted.',
  'myDossiers.submittedAt': 'Submitted on',
  'myDossiers.supplement': 'Send documents',
  'myDossiers.title': 'My dossiers',
  'myDossiers.track': 'Track the dossier',
  'myDossiers.withdrawFailed': 'The dossier could not be withdrawn.',
  'myDossiers.withdrawnNow': str`Dossier ${0} has been withdrawn.`,
});
