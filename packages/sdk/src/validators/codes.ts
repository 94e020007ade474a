/**
 * Codes of the one-stop system: the dossier code (mã hồ sơ) `<agency code>-<yyMMdd>-<NNNN>` and the national
 * procedure code (mã thủ tục) `N.NNNNNN`, with an optional local suffix such as `.000.00.00.H26`.
 */

export type DossierCodeIssue = { code: 'format' } | { code: 'date' };

const dossierCode = /^\d{3}\.[0-9A-Z]{2}\.\d{2}\.[GH]\d{2}-(\d{2})(\d{2})(\d{2})-\d{4}$/;
const procedureCode = /^\d\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.[GH]\d{2})?$/;

/** People paste codes with spaces, line breaks and lower case; none of those belong to the code. */
export function cleanDossierCode(value: string): string {
  return value.slice(0, 200).replace(/\s+/g, '').toUpperCase();
}

export function checkDossierCode(value: string): DossierCodeIssue | null {
  const match = value.length <= 30 ? dossierCode.exec(value) : null;
  if (!match) return { code: 'format' };
  const [year, month, day] = [2000 + Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? null : { code: 'date' };
}

export function isDossierCode(value: string): boolean {
  return checkDossierCode(value) === null;
}

export function isProcedureCode(value: string): boolean {
  return value.length <= 30 && procedureCode.test(value);
}
