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
  'myDossiers.reason': 'Why you withdraw the dossier',
  'myDossiers.reasonCount': str`${0}/${1} characters`,
  'myDossiers.reasonRequired': 'Tell us why you withdraw the dossier.',
  'myDossiers.reasonTooLong': str`The reason can be at most ${0} characters.`,
  'myDossiers.returnedAt': 'Result returned on',
  'myDossiers.signInPrompt': 'Sign in with your VNeID electronic identity to see the dossiers you have submitted.',
  'myDossiers.submittedAt': 'Submitted on',
  'myDossiers.supplement': 'Send documents',
  'myDossiers.title': 'My dossiers',
  'myDossiers.track': 'Track the dossier',
  'myDossiers.withdraw': 'Withdraw the dossier',
  'myDossiers.withdrawCancel': 'Do not withdraw',
  'myDossiers.withdrawConfirm': 'Confirm withdrawal',
  'myDossiers.withdrawFailed': 'The dossier could not be withdrawn.',
  'myDossiers.withdrawTitle': str`Withdraw dossier ${0}`,
  'myDossiers.withdrawWarning': 'A withdrawn dossier is not processed further. If needed, you will have to submit a new one.',
  'myDossiers.withdrawnNow': str`Dossier ${0} has been withdrawn.`,
});
