/**
 * The shared table of form cases: sample declarations for the modelled forms, each with the fields a
 * validator must flag (JSON Pointers into the form data, sorted). Both validators run it — the sandbox's
 * (ajv, `packages/sandbox/test/form-cases.node.test.ts`) and the browser's (`FormModel` on
 * its own walk of the same JSON Schema subset, `packages/elements/test/form-model.browser.test.ts`) — so they
 * judge alike.
 * All names and numbers are DEMO DATA.
 */
type Data = Record<string, unknown>;

export interface FormCase {
  procedure: string;
  name: string;
  data: Data;
  /** Pointers of the fields to correct; empty when the declaration is valid. */
  errors: string[];
  /** Document slots that apply to this data, when the case checks them. */
  slots?: string[];
}

const birth: Data = {
  relationship: 'mother',
  child: {
    fullName: 'Nguyễn Minh An', birthDate: '2025-03-15', birthDateInWords: 'Ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi lăm',
    gender: 'female', ethnicity: 'Kinh', nationality: 'Việt Nam', birthPlace: { detail: 'Bệnh viện Phụ sản Hà Nội, đường La Thành', unitCode: '00070' },
  },
  mother: { fullName: 'Trần Thị Hoa', birthYear: 1995, citizenId: '001195012345' },
  parentsMarried: true,
  marriageCertificate: { number: '12', book: '01/2020', registeredOn: '2020-05-02', registeredAt: 'UBND phường Ngọc Khánh' },
};
const birthChild = birth['child'] as Data;
const { fullName: _childName, ...childWithoutName } = birthChild;

const death: Data = {
  relationship: 'Con',
  deceased: { fullName: 'Lê Văn Bình', birthDate: '1940-01-20', gender: 'male', citizenId: '001040004321' },
  death: { date: '2025-06-01', time: '14:30', place: { detail: 'Số 5 phố Hàng Bạc', unitCode: '00070' } },
  deathNotice: { kind: 'death-notice', number: '123/GBT', issuedBy: 'Bệnh viện Bạch Mai', issuedOn: '2025-06-01' },
};

const residence: Data = {
  registrationCase: 'relative-residence',
  householdHead: { fullName: 'Phạm Văn Cường', citizenId: '001062004321' },
  relationshipToHead: 'Con',
  request: 'Đề nghị đăng ký thường trú tại số 12 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội.',
  members: [{ fullName: 'Phạm Minh Khôi', birthDate: '2015-09-01', gender: 'male', relationshipToHead: 'Cháu' }],
  consents: { householdHead: 'vneid', owner: 'vneid', guardian: 'not-required' },
  owner: { fullName: 'Phạm Văn Cường', citizenId: '001062004321' },
};

const household: Data = {
  filedBy: 'owner',
  businessName: { vietnamese: 'PHỞ GÀ HÀNG BẠC' },
  headquarters: { address: { detail: 'Số 12 phố Hàng Bạc', unitCode: '00070' }, phone: '0243 8251234' },
  businessLines: [{ name: 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động', code: '5610', main: true }],
  capital: { amount: 100_000_000, inWords: 'Một trăm triệu đồng' },
  tax: { vatMethod: 'presumptive' },
  founder: 'individual',
};

const householdChange: Data = {
  filedBy: 'owner',
  business: { taxCode: '0101243150', name: 'PHỞ GÀ HÀNG BẠC' },
  founder: 'individual',
  changeKind: 'details',
  changes: { name: true, capital: true },
  newName: { vietnamese: 'PHỞ GÀ HÀNG BẠC 1959' },
  newCapital: { amount: 300_000_000, inWords: 'Ba trăm triệu đồng' },
};

const address = { street: 'Số 1 phố Tràng Tiền', commune: 'Phường Hoàn Kiếm', province: 'Hà Nội', country: 'Việt Nam' };
const paper = { kind: 'citizen-id', number: '001185012345', issuedOn: '2021-04-01', issuedBy: 'Cục Cảnh sát QLHC về TTXH' };
const person = { fullName: 'NGUYỄN THỊ LAN', gender: 'female', birthDate: '1985-04-12', ethnicity: 'Kinh', nationality: 'Việt Nam', legalPaper: paper, permanentAddress: address, contactAddress: address };
const company: Data = {
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

const construction: Data = {
  investor: { name: 'Nguyễn Văn Hùng', contactAddress: { detail: 'Số 20 phố Lò Đúc', unitCode: '00070' }, phone: '0912000666' },
  site: { plotNumber: '45', landArea: 120, address: { detail: 'Số 20 phố Lò Đúc', unitCode: '00070' } },
  works: { category: 'non-linear', type: 'Nhà văn phòng', grade: 'III', buildingArea: 80, groundLevel: 0.3, totalFloorArea: 400, height: 18.5, floors: 5 },
  designer: { name: 'Công ty Tư vấn thiết kế Sông Hồng', certificateCode: 'HAN-00012345' },
  reviewer: { name: 'Công ty Kiểm định xây dựng Thăng Long', certificateCode: 'HAN-00067890' },
};

export const formCases: FormCase[] = [
  { procedure: '1.001193', name: 'a complete birth declaration', data: birth, errors: [], slots: ['giay-chung-sinh'] },
  {
    procedure: '1.001193', name: 'missing and malformed child fields, a short ID number',
    data: { ...birth, child: { ...childWithoutName, gender: 'x', birthDate: '15/03/2025' }, mother: { fullName: 'Trần Thị Hoa', citizenId: '123' } },
    errors: ['/child/birthDate', '/child/fullName', '/child/gender', '/mother/citizenId'],
  },
  { procedure: '1.001193', name: 'an ID number with an unknown province code', data: { ...birth, mother: { ...(birth['mother'] as Data), citizenId: '999195012345' } }, errors: ['/mother/citizenId'] },
  { procedure: '1.001193', name: '"other" relationship and copies asked for', data: { ...birth, relationship: 'other', copiesRequested: true }, errors: ['/copyCount', '/relationshipOther'] },
  {
    procedure: '1.001193', name: 'hidden fields are dropped before judging',
    data: { ...birth, relationshipOther: 'Bà ngoại', byProxy: true, mother: { ...(birth['mother'] as Data), residence: { detail: 'x' } } }, errors: [],
  },
  {
    procedure: '1.001193', name: 'the case documents of an abandoned child filed by proxy',
    data: { ...birth, relationship: 'other', relationshipOther: 'Bà ngoại', byProxy: true, abandoned: true }, errors: [],
    slots: ['giay-chung-sinh', 'bien-ban-tre-bi-bo-roi', 'van-ban-uy-quyen'],
  },
  { procedure: '1.000656', name: 'a complete death declaration', data: death, errors: [] },
  {
    procedure: '1.000656', name: 'a bad time and a substitute paper without its name',
    data: { ...death, death: { ...(death['death'] as Data), time: '25:00' }, deathNotice: { kind: 'substitute', number: '9' } },
    errors: ['/death/time', '/deathNotice/substituteName'],
  },
  { procedure: '1.000656', name: 'no death notice', data: { ...death, deathNotice: { kind: 'none', number: 'ignored' }, longAgo: true }, errors: [], slots: ['chung-cu-su-kien-chet'] },
  { procedure: '1.004222', name: 'a complete CT01 declaration', data: residence, errors: [] },
  {
    procedure: '1.004222', name: "a VNeID consent without the owner's identity, an incomplete member row",
    data: { ...residence, owner: undefined, members: [{ fullName: 'Phạm Minh Khôi' }] }, errors: ['/members/0/birthDate', '/owner'],
  },
  {
    procedure: '1.004222', name: 'owner details left behind after the consent changed away from VNeID',
    data: { ...residence, consents: { householdHead: 'vneid', owner: 'not-required', guardian: 'not-required' }, owner: { fullName: 'Phạm Văn Cường' } }, errors: [],
  },
  { procedure: '1.001612', name: 'a complete household-business application', data: household, errors: [] },
  {
    procedure: '1.001612', name: 'a name not in capitals, a 2-digit line code, a proxy without the owner',
    data: { ...household, filedBy: 'individual', businessName: { vietnamese: 'Phở gà' }, businessLines: [{ name: 'Ăn uống', code: '56' }] },
    errors: ['/businessLines/0/code', '/businessName/vietnamese', '/owner'],
  },
  { procedure: '2.000720', name: 'a change of name and capital', data: householdChange, errors: [], slots: [] },
  { procedure: '2.000720', name: 'a change made by a family household needs its meeting minutes', data: { ...householdChange, founder: 'household' }, errors: [], slots: ['bien-ban-hop'] },
  {
    procedure: '2.000720', name: 'a tax code with a wrong check digit, capital ticked but not given',
    data: { ...householdChange, business: { taxCode: '0101243151', name: 'PHỞ GÀ HÀNG BẠC' }, newCapital: undefined }, errors: ['/business/taxCode', '/newCapital'],
  },
  {
    procedure: '2.000720', name: 'a new owner after a death, without the new owner; items ticked before are dropped',
    data: { ...householdChange, changeKind: 'owner-deceased' }, errors: ['/newOwner'], slots: ['giay-chung-tu'],
  },
  { procedure: '1.001612', name: 'a household founder without members', data: { ...household, founder: 'household', members: [] }, errors: ['/members'] },
  { procedure: '1.013225', name: 'a complete construction-permit application', data: construction, errors: [], slots: ['giay-to-dat-dai', 'quyet-dinh-du-an'] },
  {
    procedure: '1.013225', name: 'a permit without the works\' floors and a grade off the list',
    data: { ...construction, works: { ...(construction['works'] as Data), floors: undefined, grade: 'V' } }, errors: ['/works/floors', '/works/grade'],
  },
  { procedure: '2.001583', name: 'a complete single-member LLC application', data: company, errors: [] },
  {
    procedure: '2.001583', name: 'a passport number as an ID number, a loose fiscal-year date, no VAT method',
    data: { ...company, individualOwner: { ...person, legalPaper: { ...paper, number: 'B1234567' } }, tax: { accounting: 'independent', fiscalYear: { from: '1/1', to: '31/12' }, employees: 5, ppp: false } },
    errors: ['/individualOwner/legalPaper/number', '/tax/fiscalYear/from', '/tax/vatMethod'],
  },
  { procedure: '2.001583', name: 'a division without its predecessors', data: { ...company, establishment: 'division' }, errors: ['/predecessors'] },
  { procedure: '2.001583', name: 'an unknown property', data: { ...company, nickname: 'Sen' }, errors: ['/nickname'] },
];
