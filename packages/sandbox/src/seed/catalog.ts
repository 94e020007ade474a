/**
 * The procedure catalog, built from `data/procedures.json` (the national procedure database, see its
 * sources). Where the source is silent the sandbox infers a value and marks the procedure `demo`.
 */
import { readFileSync } from 'node:fs';
import type { Schemas } from '@hpasc/sdk';
import { foldForSearch, toNfc } from '@hpasc/sdk/validators';

type Procedure = Schemas['Procedure'];
type FormSchema = Schemas['FormSchema'];
type DocumentSlot = Schemas['DocumentSlot'];

export interface SourceProcedure {
  code: string;
  name: string;
  sector: string;
  level: string;
  agency: string | null;
  processingTime: string;
  processingDays: number | null;
  fees: string | null;
  feeVnd: number | null;
  onlineLevel: string | null;
  documents: { name: string; copies: string; group: string }[];
  legalBases: string[];
}

export function readSourceProcedures(): SourceProcedure[] {
  const file = JSON.parse(readFileSync(new URL('../../data/procedures.json', import.meta.url), 'utf8')) as { procedures: SourceProcedure[] };
  return file.procedures;
}

export function slug(text: string): string {
  return foldForSearch(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Levels as the source combines them ("Cấp bộ, Cấp tỉnh, Cấp xã"): the lowest level Hanoi handles. */
function level(source: string): Procedure['level'] {
  if (source.includes('Cấp xã')) return 'commune';
  if (source.includes('Cấp tỉnh')) return 'city';
  return 'central';
}

const genericAgencies: Record<Procedure['level'], { id: string; name: string }> = {
  commune: { id: 'ubnd-cap-xa', name: 'Ủy ban nhân dân cấp xã' },
  city: { id: 'ubnd-thanh-pho', name: 'Ủy ban nhân dân thành phố Hà Nội' },
  central: { id: 'co-quan-trung-uong', name: 'Cơ quan trung ương (tiếp nhận tại Hà Nội)' },
};

/** Working days when the source states them; a bare small number is read as working days (no unit given). */
function workingDays(source: SourceProcedure): number | null {
  if (source.processingDays !== null) return source.processingDays;
  return /^\d{1,2}$/.test(source.processingTime.trim()) ? Number(source.processingTime) : null;
}

/** Upload slots from the documents the catalog lists under "Giấy tờ phải nộp". */
function slotsFromCatalog(source: SourceProcedure): DocumentSlot[] {
  return source.documents
    .filter((d) => /phải nộp/i.test(d.group) && !/^0 /.test(d.copies))
    .slice(0, 10)
    .map((d, i) => ({
      id: `giay-to-${i + 1}`,
      name: { vi: clip(toNfc(d.name), 2000), en: `Document ${i + 1} of the procedure's list (title in Vietnamese)` },
      // Case-dependent rows ("Trường hợp …") cannot be tied to a condition from catalog text alone.
      required: !/^trường hợp/i.test(d.name.trim()),
      copies: clip(d.copies, 100),
      accept: ['application/pdf', 'image/jpeg', 'image/png'],
      maxSizeBytes: 5 * 1024 * 1024,
      maxFiles: 3,
    }));
}

/** The form of a procedure that has no modelled declaration: a statement of the request, and its documents. */
export function simpleForm(source: SourceProcedure): FormSchema {
  return {
    revision: 1,
    data: {
      type: 'object',
      additionalProperties: false,
      required: ['request'],
      properties: { request: { type: 'string', minLength: 10, maxLength: 2000 } },
    },
    layout: {
      steps: [
        {
          id: 'request',
          title: { vi: 'Nội dung đề nghị', en: 'Your request' },
          sections: [
            {
              id: 'request',
              fields: [
                {
                  pointer: '/request',
                  widget: 'textarea',
                  label: { vi: 'Nội dung đề nghị giải quyết', en: 'What you are asking for' },
                  help: { vi: 'Ghi rõ yêu cầu của ông/bà đối với thủ tục này.', en: 'Say clearly what you are asking for under this procedure.' },
                },
              ],
            },
          ],
        },
      ],
    },
    documents: slotsFromCatalog(source),
  };
}

export interface CatalogEntry {
  procedure: Procedure;
  /** True when the sandbox inferred part of the record (online level, applicant types, a generic agency…). */
  inferred: boolean;
}

export function buildProcedure(source: SourceProcedure, form: FormSchema | undefined): CatalogEntry {
  const lvl = level(source.level);
  const agency = source.agency ? { id: slug(source.agency), name: clip(toNfc(source.agency.replace(/\.$/, '')), 300) } : genericAgencies[lvl];
  // The national pages rarely state the online level; the sandbox accepts every procedure online, so
  // unstated levels are shown as partial and the record is marked inferred.
  const onlineLevel: Procedure['onlineLevel'] = source.onlineLevel === 'toàn trình' ? 'full' : 'partial';
  // A household business (hộ kinh doanh) is not a company: its owner registers it as a citizen.
  const sector = toNfc(source.sector);
  const business = /doanh nghiệp|kinh doanh/i.test(sector) && !/hộ kinh doanh/i.test(sector);
  const processingTime = { workingDays: workingDays(source), text: clip(toNfc(source.processingTime), 500) };
  const fee = { name: 'Phí, lệ phí', amountVnd: source.feeVnd ?? 0, ...(source.fees ? { note: clip(toNfc(source.fees), 500) } : {}) };
  const groups = new Map<string, Procedure['documentGroups'][number]['documents']>();
  for (const d of source.documents) {
    const list = groups.get(d.group) ?? [];
    list.push({ name: clip(toNfc(d.name), 2000), copies: clip(d.copies, 100) });
    groups.set(d.group, list);
  }
  const procedure: Procedure = {
    code: source.code,
    name: clip(toNfc(source.name), 500),
    sector: { id: slug(source.sector), name: toNfc(source.sector) },
    level: lvl,
    agency,
    onlineLevel,
    applicantTypes: business ? ['business', 'citizen'] : ['citizen'],
    processingTime,
    feeVnd: source.feeVnd ?? 0,
    coordinatingAgencies: [],
    channels: [
      { channel: 2, processingTime, fees: [fee] },
      { channel: 1, processingTime, fees: [fee] },
      { channel: 3, processingTime, fees: [fee] },
    ],
    documentGroups: [...groups].slice(0, 20).map(([title, documents]) => ({ title: clip(title, 300), documents: documents.slice(0, 50) })),
    steps: [],
    requirements: [],
    results: [],
    legalBases: source.legalBases.slice(0, 30).map((title) => ({ title: clip(toNfc(title), 1000) })),
    submission: { online: true, verifiedPhone: !business },
    form: form ?? simpleForm(source),
  };
  return { procedure, inferred: source.onlineLevel === null || source.agency === null };
}

/**
 * DEMO DATA for benchmarks: copies of real procedures under synthetic codes `9.NNNNNN` until the catalog
 * holds `size` procedures (the national database has about 6,300).
 */
export function scaleCatalog(entries: CatalogEntry[], size: number): CatalogEntry[] {
  const scaled = [...entries];
  for (let i = 0; scaled.length < size; i++) {
    const base = entries[i % entries.length]!.procedure;
    const code = `9.${String(900000 + i).padStart(6, '0')}`;
    scaled.push({ procedure: { ...base, code, name: `${base.name} (bản thử tải ${i + 1})` }, inferred: true });
  }
  return scaled;
}
