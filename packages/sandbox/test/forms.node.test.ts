/**
 * The declaration forms modelled on the real tờ khai (src/seed/forms): each is a valid FormSchema of the
 * contract, its layout points into its data, its procedure exists in the catalog, and the data schemas judge
 * sample submissions as the printed forms intend.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Schemas } from '@hpasc/sdk';
import { anchored, createContractAjv, loadContract } from '../src/contract.ts';
import { FormJudge } from '../src/domain/forms.ts';
import { readSourceProcedures } from '../src/seed/catalog.ts';
import { forms } from '../src/seed/forms/index.ts';

type FormSchema = Schemas['FormSchema'];
type Node = Schemas['JsonSchemaNode'];
type Field = Schemas['FormField'];
type Data = Record<string, unknown>;

const ajv = createContractAjv(loadContract());
const validateFormSchema = ajv.compile(anchored({ $ref: '#/components/schemas/FormSchema' }));
const judge = new FormJudge(ajv);
const catalog = new Map(readSourceProcedures().map((p) => [p.code, p]));

/** The data node a JSON Pointer reaches, through `properties` (and `items` for array indices); null if none. */
function resolve(node: Node, pointer: string): Node | null {
  let current: Node | undefined = node;
  for (const key of pointer.split('/').slice(1)) {
    if (!current) return null;
    current = /^\d+$/.test(key) && current.type === 'array' ? current.items : current.properties?.[key];
  }
  return current ?? null;
}

/** Every field of a form with the data node it edits; group fields resolve against the group's items. */
function fieldsOf(form: FormSchema): { path: string; field: Field; node: Node | null }[] {
  const out: { path: string; field: Field; node: Node | null }[] = [];
  const visit = (field: Field, base: Node, prefix: string) => {
    const node = resolve(base, field.pointer);
    out.push({ path: prefix + field.pointer, field, node });
    if (field.group) for (const inner of field.group.fields) visit(inner, node?.items ?? {}, `${prefix}${field.pointer}/*`);
  };
  for (const step of form.layout.steps) for (const section of step.sections) for (const field of section.fields) visit(field, form.data, '');
  return out;
}

/** Every schema node under `node`, subschemas of if/then/else/not/allOf/anyOf included. */
function* nodes(node: Node, path = '#'): Generator<[string, Node]> {
  yield [path, node];
  for (const [key, child] of Object.entries(node.properties ?? {})) yield* nodes(child, `${path}/properties/${key}`);
  if (node.items) yield* nodes(node.items, `${path}/items`);
  for (const key of ['if', 'then', 'else', 'not'] as const) if (node[key]) yield* nodes(node[key]!, `${path}/${key}`);
  for (const key of ['allOf', 'anyOf'] as const) for (const [i, child] of (node[key] ?? []).entries()) yield* nodes(child, `${path}/${key}/${i}`);
}

/** The names of every property declared in a data schema, with their paths. */
const propertyNames = (form: FormSchema): string[] =>
  [...nodes(form.data)].flatMap(([path, node]) => Object.keys(node.properties ?? {}).map((key) => `${path}/${key}`)).sort();

/** The JSON paths at which two values differ; a key present on one side only differs at that key. */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (Object.is(a, b)) return [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) return [path];
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return [path];
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((key) => differences(a[key], b[key], `${path}/${key}`));
}

/** The value at a JSON path (as `differences` spells it), or undefined. */
const at = (value: unknown, path: string): unknown =>
  path.split('/').slice(1).reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), value);

/**
 * Whether a difference between two forms lies in what each procedure adds to a shared printed declaration (such
 * as CT01 for 1.004222 and 1.004194): its document slots, its cases (the values of a choice — with the
 * maxLength they set — and that choice's label and options) and its help texts.
 */
function isProcedurePart(form: FormSchema, path: string): boolean {
  if (path.startsWith('/documents')) return true;
  if (/\/(enum|options|help)(\/|$)/.test(path)) return true;
  const maxLength = path.match(/^(.*)\/maxLength$/);
  if (maxLength && (at(form, maxLength[1]!) as Node | undefined)?.enum) return true;
  const label = path.match(/^(.*)\/label(\/|$)/);
  return Boolean(label && (at(form, label[1]!) as Field | undefined)?.options);
}

/** What a widget edits. */
const widgetTypes: Record<string, Node['type'][]> = {
  text: ['string'], textarea: ['string'], date: ['string'], select: ['string', 'integer', 'number', 'boolean'],
  combobox: ['string'], radio: ['string', 'integer', 'number', 'boolean'], checkbox: ['boolean'], checkboxes: ['array'],
  address: ['object'], 'citizen-id': ['string'], phone: ['string'], email: ['string'], 'tax-code': ['string'],
  money: ['integer', 'number'], number: ['integer', 'number'], file: ['string'], group: ['array'],
};

const form = (code: string): FormSchema => {
  const found = forms.get(code);
  assert.ok(found, `a form for ${code}`);
  return found;
};
/** The judgement the server makes: hidden fields dropped, then the data schema decides. */
const judgeData = (code: string, data: Data) => judge.validate(form(code), judge.visibleData(form(code), data));
const pointers = (code: string, data: Data) => judgeData(code, data).map((issue) => issue.pointer).sort();

describe('modelled declaration forms', () => {
  it('are keyed by national procedure codes that the catalog holds', () => {
    assert.ok(forms.size >= 10, `${forms.size} forms`);
    for (const code of forms.keys()) {
      assert.match(code, /^\d\.\d{6}$/);
      assert.ok(catalog.has(code), `${code} is in procedures.json`);
    }
  });

  for (const [code, schema] of forms) {
    describe(code, () => {
      it('is a FormSchema of the contract', () => {
        const valid = validateFormSchema(schema);
        assert.ok(valid, JSON.stringify(validateFormSchema.errors?.slice(0, 5), null, 2));
        assert.equal(schema.revision, 1);
      });

      it('points every layout field at a property of its data, with a fitting widget', () => {
        const seen = new Set<string>();
        for (const { path, field, node } of fieldsOf(schema)) {
          assert.ok(node, `${path} resolves in data`);
          assert.ok(!seen.has(path), `${path} is laid out once`);
          seen.add(path);
          assert.ok(widgetTypes[field.widget]!.includes(node.type), `${path}: widget ${field.widget} edits ${node.type}`);
          if (field.widget === 'date') assert.equal(node.format, 'date', `${path} is a date`);
          if (field.widget === 'citizen-id') assert.equal(node.format, 'vn-citizen-id', path);
          if (field.widget === 'group') assert.ok(field.group && node.items?.type === 'object', `${path} is a group of objects`);
          if (field.options) {
            assert.ok(node.enum, `${path} has an enum for its options`);
            assert.deepEqual(field.options.map((o) => o.value).sort(), [...node.enum].sort(), `${path}: options match the enum`);
          }
        }
      });

      it('bounds every string and declares every required property', () => {
        for (const [path, node] of nodes(schema.data)) {
          if (node.type === 'string') assert.ok(typeof node.maxLength === 'number' && node.maxLength <= 2000, `${path} has a maxLength`);
          if (node.type === 'object') assert.equal(node.additionalProperties, false, `${path} is closed`);
          for (const name of node.required ?? []) {
            // `required` in conditions may name a property declared by the object the condition sits on.
            if (node.type === 'object') assert.ok(node.properties?.[name], `${path} declares required ${name}`);
          }
        }
      });

      it('has compilable conditions and well-formed document slots', () => {
        const conditions = [
          ...schema.layout.steps.flatMap((s) => s.sections.flatMap((sec) => [sec.showIf, ...sec.fields.map((f) => f.showIf)])),
          ...schema.documents.map((d) => d.appliesWhen),
        ].filter((c): c is Node => c !== undefined);
        for (const condition of conditions) assert.doesNotThrow(() => ajv.compile(condition));
        assert.ok(schema.documents.length > 0, 'at least one document slot');
        assert.equal(new Set(schema.documents.map((d) => d.id)).size, schema.documents.length, 'slot ids are unique');
        for (const slot of schema.documents) {
          assert.deepEqual(slot.accept, ['application/pdf', 'image/jpeg', 'image/png']);
          assert.equal(slot.maxSizeBytes, 5_242_880);
          assert.ok(slot.name.vi && slot.name.en && slot.copies);
        }
      });
    });
  }

  it('differ from one another: two share the same set of data properties only when built from one declaration', () => {
    const seen = new Map<string, string[]>();
    for (const [code, schema] of forms) {
      const key = propertyNames(schema).join('|');
      for (const other of seen.get(key) ?? []) {
        // The same printed declaration filed by two procedures: only the procedures' own parts may differ …
        const diffs = differences(form(other), schema);
        const foreign = diffs.filter((path) => !isProcedurePart(form(other), path) || !isProcedurePart(schema, path));
        assert.deepEqual(foreign, [], `${code} has the same data properties as ${other} but differs from it beyond cases, documents and help`);
        // … and they must differ: a form that only repeats another (or changes nothing but help) is a duplicate.
        assert.ok(
          diffs.some((path) => path.startsWith('/documents') || /\/enum(\/|$)/.test(path)),
          `${code} repeats ${other}: no document slot or case of its own`,
        );
      }
      seen.set(key, [...(seen.get(key) ?? []), code]);
    }
  });

  it('builds the shared CT01 declaration for both residence registrations', () => {
    assert.deepEqual(propertyNames(form('1.004194')), propertyNames(form('1.004222')));
    assert.notDeepEqual(form('1.004194').data.properties?.['registrationCase']?.enum, form('1.004222').data.properties?.['registrationCase']?.enum);
  });
});

describe('judging sample declarations', () => {
  describe('birth registration (1.001193)', () => {
    const valid: Data = {
      relationship: 'mother',
      child: {
        fullName: 'Nguyễn Minh An',
        birthDate: '2025-03-15',
        birthDateInWords: 'Ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi lăm',
        gender: 'female',
        ethnicity: 'Kinh',
        nationality: 'Việt Nam',
        birthPlace: { detail: 'Bệnh viện Phụ sản Hà Nội, đường La Thành', unitCode: '00070' },
      },
      mother: { fullName: 'Trần Thị Hoa', birthYear: 1995, citizenId: '001195012345' },
      parentsMarried: true,
      marriageCertificate: { number: '12', book: '01/2020', registeredOn: '2020-05-02', registeredAt: 'UBND phường Ngọc Khánh' },
    };

    it('accepts a complete declaration', () => {
      assert.deepEqual(judgeData('1.001193', valid), []);
    });

    it('points at the missing and malformed fields', () => {
      const child: Data = { ...(valid['child'] as Data), gender: 'x', birthDate: '15/03/2025' };
      delete child['fullName'];
      assert.deepEqual(pointers('1.001193', { ...valid, child, mother: { fullName: 'Trần Thị Hoa', citizenId: '123' } }), [
        '/data/child/birthDate', '/data/child/fullName', '/data/child/gender', '/data/mother/citizenId',
      ]);
    });

    it('requires the relationship when "other" is chosen and the number of copies when copies are asked for', () => {
      assert.deepEqual(pointers('1.001193', { ...valid, relationship: 'other', copiesRequested: true }), ['/data/copyCount', '/data/relationshipOther']);
    });

    it('drops hidden fields before judging', () => {
      const data = { ...valid, relationshipOther: 'Bà ngoại', byProxy: true, mother: { ...(valid['mother'] as Data), residence: { detail: 'x' } } };
      const visible = judge.visibleData(form('1.001193'), data);
      assert.equal(visible['relationshipOther'], undefined, 'shown only for "other"');
      assert.equal(visible['byProxy'], undefined);
      assert.equal((visible['mother'] as Data)['residence'], undefined, 'residence only without an ID number');
      assert.deepEqual(judgeData('1.001193', data), []);
    });

    it('asks for the case documents only in their case', () => {
      const ids = (data: Data) => judge.slotsFor(form('1.001193'), judge.visibleData(form('1.001193'), data)).map((s) => s.id);
      assert.deepEqual(ids(valid), ['giay-chung-sinh']);
      assert.deepEqual(ids({ ...valid, relationship: 'other', byProxy: true, abandoned: true }), ['giay-chung-sinh', 'bien-ban-tre-bi-bo-roi', 'van-ban-uy-quyen']);
    });
  });

  describe('death registration (1.000656)', () => {
    const valid: Data = {
      relationship: 'Con',
      deceased: { fullName: 'Lê Văn Bình', birthDate: '1940-01-20', gender: 'male', citizenId: '001040004321' },
      death: { date: '2025-06-01', time: '14:30', place: { detail: 'Số 5 phố Hàng Bạc', unitCode: '00070' } },
      deathNotice: { kind: 'death-notice', number: '123/GBT', issuedBy: 'Bệnh viện Bạch Mai', issuedOn: '2025-06-01' },
    };

    it('accepts a complete declaration', () => {
      assert.deepEqual(judgeData('1.000656', valid), []);
    });

    it('rejects a bad time and a substitute paper without its name', () => {
      assert.deepEqual(
        pointers('1.000656', { ...valid, death: { ...(valid['death'] as Data), time: '25:00' }, deathNotice: { kind: 'substitute', number: '9' } }),
        ['/data/death/time', '/data/deathNotice/substituteName'],
      );
    });

    it('needs no notice number nor notice document when there is no notice', () => {
      const data = { ...valid, deathNotice: { kind: 'none', number: 'ignored' }, longAgo: true };
      assert.deepEqual(judgeData('1.000656', data), []);
      assert.equal((judge.visibleData(form('1.000656'), data)['deathNotice'] as Data)['number'], undefined);
      const slots = judge.slotsFor(form('1.000656'), judge.visibleData(form('1.000656'), data)).map((s) => s.id);
      assert.deepEqual(slots, ['chung-cu-su-kien-chet']);
    });
  });

  describe('residence declaration CT01 (1.004222)', () => {
    const valid: Data = {
      registrationCase: 'relative-residence',
      householdHead: { fullName: 'Phạm Văn Cường', citizenId: '001062004321' },
      relationshipToHead: 'Con',
      request: 'Đề nghị đăng ký thường trú tại số 12 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội.',
      members: [{ fullName: 'Phạm Minh Khôi', birthDate: '2015-09-01', gender: 'male', relationshipToHead: 'Cháu' }],
      consents: { householdHead: 'vneid', owner: 'vneid', guardian: 'not-required' },
      owner: { fullName: 'Phạm Văn Cường', citizenId: '001062004321' },
    };

    it('accepts a complete declaration', () => {
      assert.deepEqual(judgeData('1.004222', valid), []);
    });

    it("requires the owner's identity for a VNeID consent, and complete member rows", () => {
      assert.deepEqual(pointers('1.004222', { ...valid, owner: undefined, members: [{ fullName: 'Phạm Minh Khôi' }] }), [
        '/data/members/0/birthDate', '/data/owner',
      ]);
    });

    it('asks for the written consent only when that is how it is given', () => {
      const slots = judge.slotsFor(form('1.004222'), { ...valid, consents: { householdHead: 'document', owner: 'not-required', guardian: 'not-required' } });
      assert.deepEqual(slots.filter((s) => s.required).map((s) => s.id), ['y-kien-chu-ho']);
    });
  });

  describe('residence declaration CT01 for temporary registration (1.004194)', () => {
    const valid: Data = {
      registrationCase: 'individual',
      householdHead: { fullName: 'Đỗ Thị Mai', citizenId: '001170004321' },
      relationshipToHead: 'Người ở nhờ',
      request: 'Đề nghị đăng ký tạm trú tại số 8 ngõ 12 phố Huế, phường Hai Bà Trưng, Hà Nội.',
      members: [{ fullName: 'Ngô Minh Anh', birthDate: '2016-04-20', gender: 'female', relationshipToHead: 'Cháu' }],
      consents: { householdHead: 'vneid', owner: 'document', guardian: 'not-required' },
    };
    const slots = (data: Data) => judge.slotsFor(form('1.004194'), judge.visibleData(form('1.004194'), data));
    const required = (data: Data) => slots(data).filter((s) => s.required).map((s) => s.id);

    it('accepts a complete declaration, in each of its cases', () => {
      assert.deepEqual(judgeData('1.004194', valid), []);
      for (const registrationCase of ['by-list', 'army-unit', 'police-unit']) assert.deepEqual(judgeData('1.004194', { ...valid, registrationCase }), []);
    });

    it("rejects a permanent-registration case, a missing request, and a VNeID consent without the guardian's identity", () => {
      const data: Data = { ...valid, registrationCase: 'own-residence', consents: { householdHead: 'not-required', owner: 'not-required', guardian: 'vneid' } };
      delete data['request'];
      assert.deepEqual(pointers('1.004194', data), ['/data/guardian', '/data/registrationCase', '/data/request']);
      assert.deepEqual(pointers('1.004222', { ...valid, registrationCase: 'by-list' }), ['/data/registrationCase'], '1.004222 has no list case');
    });

    it('asks for the documents of the chosen case only', () => {
      assert.deepEqual(slots(valid).map((s) => s.id), ['cho-o-hop-phap', 'y-kien-chu-so-huu']);
      assert.deepEqual(required(valid), ['y-kien-chu-so-huu'], 'the proof of residence may come from the electronic identity account');
      const none = { ...valid, consents: { householdHead: 'not-required', owner: 'not-required', guardian: 'not-required' } };
      assert.deepEqual(required({ ...none, registrationCase: 'by-list' }), ['van-ban-de-nghi-theo-danh-sach', 'to-khai-ct01-tung-nguoi']);
      assert.deepEqual(slots({ ...none, registrationCase: 'army-unit' }).map((s) => s.id), ['giay-gioi-thieu-quan-doi']);
      assert.deepEqual(slots({ ...none, registrationCase: 'police-unit' }).map((s) => s.id), ['giay-gioi-thieu-cong-an']);
    });

    it("accepts a minor's VNeID guardian consent once the guardian's identity is given", () => {
      const consents = { householdHead: 'vneid', owner: 'vneid', guardian: 'vneid' };
      const owner = { fullName: 'Đỗ Thị Mai', citizenId: '001170004321' };
      assert.deepEqual(pointers('1.004194', { ...valid, consents, owner }), ['/data/guardian']);
      assert.deepEqual(judgeData('1.004194', { ...valid, consents, owner, guardian: { fullName: 'Ngô Văn Dũng', citizenId: '001080001234' } }), []);
    });
  });

  describe('household business registration (1.001612)', () => {
    const valid: Data = {
      filedBy: 'owner',
      businessName: { vietnamese: 'PHỞ GÀ HÀNG BẠC' },
      headquarters: { address: { detail: 'Số 12 phố Hàng Bạc', unitCode: '00070' }, phone: '0243 8251234' },
      businessLines: [{ name: 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động', code: '5610', main: true }],
      capital: { amount: 100_000_000, inWords: 'Một trăm triệu đồng' },
      tax: { vatMethod: 'presumptive' },
      founder: 'individual',
    };

    it('accepts a complete application', () => {
      assert.deepEqual(judgeData('1.001612', valid), []);
    });

    it("requires the name in capitals, a 4-digit code, and the owner's identity when a proxy files", () => {
      assert.deepEqual(
        pointers('1.001612', { ...valid, filedBy: 'individual', businessName: { vietnamese: 'Phở gà' }, businessLines: [{ name: 'Ăn uống', code: '56' }] }),
        ['/data/businessLines/0/code', '/data/businessName/vietnamese', '/data/owner'],
      );
    });

    it('requires family members when the household establishes it', () => {
      assert.deepEqual(pointers('1.001612', { ...valid, founder: 'household' }), ['/data/members']);
      assert.deepEqual(pointers('1.001612', { ...valid, founder: 'household', members: [] }), ['/data/members']);
    });
  });

  describe('single-member LLC registration (2.001583)', () => {
    const address = { street: 'Số 1 phố Tràng Tiền', commune: 'Phường Hoàn Kiếm', province: 'Hà Nội', country: 'Việt Nam' };
    const paper = { kind: 'citizen-id', number: '001185012345', issuedOn: '2021-04-01', issuedBy: 'Cục Cảnh sát QLHC về TTXH' };
    const person = { fullName: 'NGUYỄN THỊ LAN', gender: 'female', birthDate: '1985-04-12', ethnicity: 'Kinh', nationality: 'Việt Nam', legalPaper: paper, permanentAddress: address, contactAddress: address };
    const valid: Data = {
      establishment: 'new',
      companyName: { vietnamese: 'CÔNG TY TNHH MỘT THÀNH VIÊN HOA SEN' },
      headquarters: { address, phone: '0912000001' },
      businessLines: [{ name: 'Bán lẻ sách, báo', code: '4761', main: true }],
      ownerType: 'individual',
      individualOwner: person,
      charterCapital: { amount: 1_000_000_000, inWords: 'Một tỷ đồng' },
      legalRepresentatives: [{ ...person, title: 'Giám đốc' }],
      tax: { accounting: 'independent', fiscalYear: { from: '01/01', to: '31/12' }, employees: 5, ppp: false, vatMethod: 'deduction' },
      invoices: 'electronic',
      socialInsurance: 'monthly',
    };

    it('accepts a complete application', () => {
      assert.deepEqual(judgeData('2.001583', valid), []);
    });

    it('checks identity numbers by kind, fiscal-year dates and the VAT method of a new company', () => {
      const owner = { ...person, legalPaper: { ...paper, number: 'B1234567' } };
      const tax = { accounting: 'independent', fiscalYear: { from: '1/1', to: '31/12' }, employees: 5, ppp: false };
      assert.deepEqual(pointers('2.001583', { ...valid, individualOwner: owner, tax }), [
        '/data/individualOwner/legalPaper/number', '/data/tax/fiscalYear/from', '/data/tax/vatMethod',
      ]);
      assert.deepEqual(judgeData('2.001583', { ...valid, individualOwner: { ...owner, legalPaper: { ...paper, kind: 'passport', number: 'B1234567' } } }), []);
    });

    it('asks for the predecessors when formed by division, and drops invoices for a type conversion', () => {
      assert.deepEqual(pointers('2.001583', { ...valid, establishment: 'division' }), ['/data/predecessors']);
      const converted = judge.visibleData(form('2.001583'), { ...valid, establishment: 'type-conversion', predecessors: [{ name: 'CÔNG TY CŨ', enterpriseCode: '0100109106' }] });
      assert.equal(converted['invoices'], undefined);
      assert.equal((converted['tax'] as Data)['vatMethod'], undefined);
      assert.deepEqual(judge.validate(form('2.001583'), converted), []);
    });
  });
});
