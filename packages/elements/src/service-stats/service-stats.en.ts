/**
 * The English translation of `<hpasc-service-stats>` (ids `serviceStats.`), merged into `locales/en.ts`. Given
 * lit-localize's `str` rather than importing it, as the catalog is.
 */
import type { str as Str } from '@lit/localize';

export const serviceStatsEnglish = (str: typeof Str) => ({
  'serviceStats.chartCount': str`${0} per period, on a scale from 0 to ${1}.`,
  'serviceStats.chartDesc': 'The figures of each period are in the table just below the chart.',
  'serviceStats.chartRate': str`${0} per period, on a scale from 0 to ${1}.`,
  'serviceStats.demo': 'Simulated figures',
  'serviceStats.empty': 'No dossiers were received or resolved in this period.',
  'serviceStats.loading': 'Loading the figures…',
  'serviceStats.onlineHelp': 'Dossiers submitted online out of all dossiers received.',
  'serviceStats.onlineRate': 'Submitted online',
  'serviceStats.onTimeHelp': 'Dossiers resolved on time out of all dossiers resolved.',
  'serviceStats.onTimeRate': 'Resolved on time',
  'serviceStats.period': str`from ${0} to ${1}`,
  'serviceStats.periodColumn': 'Period',
  'serviceStats.quarter': str`Q${0} ${1}`,
  'serviceStats.ratings': str`${0} ratings.`,
  'serviceStats.received': 'Dossiers received',
  'serviceStats.receivedHelp': 'Dossiers submitted in person, online and by public postal service.',
  'serviceStats.resolved': 'Dossiers resolved',
  'serviceStats.resolvedHelp': 'Dossiers whose result was ready in the period.',
  'serviceStats.satisfactionHelp': '“Very satisfied” and “Satisfied” ratings out of all ratings.',
  'serviceStats.satisfactionRate': 'Satisfaction rate',
  'serviceStats.showTable': 'Show as a table',
  'serviceStats.tableCaption': str`${0} per period`,
  'serviceStats.title': 'Public service indicators',
  'serviceStats.total': 'Whole period',
});
