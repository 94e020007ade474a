/**
 * Every visual state of `<hpasc-procedure-search>` as data — the one list behind its stories and its
 * accessibility tests. Each renders from properties alone (`.preview`); `lang` says which language to show it in.
 * The data is the catalog as the sandbox serves it (real procedures), passed in: tests fetch it, stories read
 * `stories/generated/directory.json`.
 */
import type { Schemas } from '@hpasc/sdk';
import type { ProcedureSearchPreview } from './procedure-search.component.ts';

export interface ProcedureSearchDirectory {
  /** A procedure's details (birth registration, 1.001193). */
  procedure: Schemas['Procedure'];
  sectors: Schemas['Sector'][];
  agencies: Schemas['Agency'][];
  /** The first page for "khai sinh". */
  results: Schemas['ProcedurePage'];
}

export function procedureSearchStates({ procedure, sectors, agencies, results }: ProcedureSearchDirectory): Record<string, ProcedureSearchPreview> {
  const lists = { sectors, agencies };
  const found = { ...lists, phase: 'results' as const, query: 'khai sinh', items: results.items, total: results.total, more: results.nextCursor !== null };
  const failure = { message: 'Không kết nối được với máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.', requestId: 'req_0123456789abcdef' };
  const sector = procedure.sector.id;
  // MADE UP: every procedure of the catalog takes dossiers online, and the catalog's source publishes no steps,
  // requirements or results; these variants show how such a procedure reads. Not facts about 1.001193.
  const offline: Schemas['Procedure'] = { ...procedure, onlineLevel: 'none', submission: { online: false, verifiedPhone: false }, channels: procedure.channels.filter((c) => c.channel !== 2) };
  const withSteps: Schemas['Procedure'] = {
    ...procedure,
    steps: ['(Mô phỏng) Bước 1: Chuẩn bị hồ sơ theo thành phần nêu trên.', '(Mô phỏng) Bước 2: Nộp hồ sơ trực tuyến hoặc tại điểm tiếp nhận.', '(Mô phỏng) Bước 3: Nhận kết quả theo cách đã chọn.'],
    requirements: ['(Mô phỏng) Người yêu cầu có giấy tờ tùy thân còn giá trị.'],
    results: ['(Mô phỏng) Giấy tờ do cơ quan có thẩm quyền cấp.'],
  };
  return {
    Start: { ...lists, phase: 'idle' },
    'Filters open': { ...lists, phase: 'idle', filtersOpen: true },
    Searching: { ...lists, phase: 'searching', query: 'khai sinh' },
    Results: found,
    'Results, without diacritics': { ...found, query: 'dang ky khai sinh' },
    'Results, filtered': { ...found, filters: { sector, level: 'commune', applicantType: 'citizen' }, filtersOpen: true },
    'Results, loading more': { ...found, loadingMore: true },
    'Results, more failed': { ...found, failure },
    'No results': { ...lists, phase: 'results', query: 'giấy phép lái tàu vũ trụ', items: [], total: 0 },
    'No results, with filters': { ...lists, phase: 'results', query: 'khai sinh', items: [], total: 0, filters: { onlineLevel: 'full', applicantType: 'business' }, filtersOpen: true },
    'Could not search': { ...lists, phase: 'failed', query: 'khai sinh', failure },
    'Procedure loading': { ...found, detail: { code: procedure.code } },
    Procedure: { ...found, detail: { code: procedure.code, procedure } },
    'Procedure not online (made-up variant)': { ...found, detail: { code: offline.code, procedure: offline } },
    'Procedure with steps (made-up steps)': { ...found, detail: { code: withSteps.code, procedure: withSteps } },
    'Procedure failed': { ...found, detail: { code: procedure.code, failure } },
    English: { ...found, lang: 'en' },
    'English, procedure': { ...found, detail: { code: procedure.code, procedure }, lang: 'en' },
  };
}
