/** What the tracker and the feedback form say about a dossier code (mã hồ sơ) a citizen types. */
import { msg } from '@lit/localize';
import { checkDossierCode } from '@hpasc/sdk/validators';

/** What is wrong with a dossier code (cleaned, not empty), or null. */
export function dossierCodeIssue(code: string): string | null {
  const issue = checkDossierCode(code);
  if (!issue) return null;
  return issue.code === 'date'
    ? msg('Mã hồ sơ có ngày không có thật. Hãy kiểm tra lại 6 chữ số ngày tháng năm.', { id: 'dossierCode.date' })
    : msg('Mã hồ sơ chưa đúng dạng, ví dụ 000.00.12.H26-251124-0001.', { id: 'dossierCode.format' });
}

/** Where the code is found. */
export const dossierCodeHelp = () => msg('In trên giấy tiếp nhận, ví dụ 000.00.12.H26-251124-0001.', { id: 'dossierCode.help' });
