/**
 * Giấy đề nghị đăng ký doanh nghiệp — công ty TNHH một thành viên: application to register a single-member
 * limited liability company, procedure 2.001583 (Đăng ký thành lập công ty TNHH một thành viên).
 *
 * Legal basis (source: /work/shared/data/forms/dn-tnhh-1tv-giay-de-nghi-dang-ky-doanh-nghiep.json): Phụ lục I-2
 * of Thông tư 01/2021/TT-BKHĐT (with the 2023 item on land in border and coastal areas), footnotes [1]–[13].
 * Since 1 July 2025 it is superseded by the annex forms of Thông tư 68/2025/TT-BTC, whose text was not captured;
 * this models the 01/2021 form. The source file has no code; 2.001583 is the catalog's procedure of that name.
 *
 * Addresses keep the printed lines, the country included, because an owner or representative may live abroad.
 * The district line is optional: district level was abolished on 1 July 2025.
 *
 * Left out of `data`: "Kính gửi" (routing), "Tôi là …" (footnote [1]: the person filing — the dossier's
 * applicant), the totals rows of tables 7 and 8 (sums of the rows above), the signature and the undertakings.
 */
import {
  bool, choice, date, email, field, int, list, num, obj, option, personName, requireWhen, sexOptions, slot, str, t, taxCode, telephone, text,
  upperName, vnd, website, yesNo, when, whenIn, whenNot, yesNoOptions, type Choice, type Field, type FormSchema, type Node,
} from './common.ts';

// --- repeated blocks of the printed form ---------------------------------------------------------------------

/** "Số nhà, ngách, hẻm, ngõ, đường phố/xóm/ấp/thôn; Xã/Phường/Thị trấn; Quận/Huyện…; Tỉnh/Thành phố; Quốc gia". */
const postal = (withCountry = true): Node =>
  obj(
    {
      street: text(255),
      commune: text(100),
      district: text(100),
      province: text(100),
      ...(withCountry ? { country: text(100, { default: 'Việt Nam' }) } : {}),
    },
    withCountry ? ['street', 'commune', 'province', 'country'] : ['street', 'commune', 'province'],
  );
const postalFields = (base: string, withCountry = true): Field[] => [
  field(`${base}/street`, 'text', t('Số nhà, ngách, hẻm, ngõ, đường phố/xóm/ấp/thôn', 'House number, alley, lane, street / hamlet')),
  field(`${base}/commune`, 'text', t('Xã/Phường/Thị trấn', 'Commune / ward / town'), { width: 'half' }),
  field(`${base}/district`, 'text', t('Quận/Huyện/Thị xã/Thành phố thuộc tỉnh', 'District / town / provincial city'), {
    width: 'half',
    help: t('Bỏ trống với địa chỉ sau ngày 01/7/2025 (không còn cấp huyện).', 'Leave empty for addresses after 1 July 2025 (no district level).'),
  }),
  field(`${base}/province`, 'text', t('Tỉnh/Thành phố', 'Province / city'), { width: 'half' }),
  ...(withCountry ? [field(`${base}/country`, 'text', t('Quốc gia', 'Country'), { width: 'half' })] : []),
];

/** "Loại giấy tờ pháp lý của cá nhân" and its number, dates and place of issue. */
const idKinds = ['identity-card', 'citizen-id', 'passport', 'other'] as const;
const idKindOptions: Choice[] = [
  option('identity-card', 'Chứng minh nhân dân', 'Old identity card (CMND)'),
  option('citizen-id', 'Căn cước công dân', 'Citizen identity card'),
  option('passport', 'Hộ chiếu', 'Passport'),
  option('other', 'Loại khác (ghi rõ)', 'Other (specify)'),
];
const legalPaper = (required: string[]): Node =>
  obj(
    {
      kind: choice(idKinds),
      otherKind: text(100),
      number: text(20, { pattern: '^[A-Za-z0-9]+$' }),
      issuedOn: date(),
      issuedBy: text(200),
      expiresOn: date(),
    },
    required,
    {
      allOf: [
        { if: { properties: { kind: { const: 'citizen-id' } }, required: ['kind'] }, then: { properties: { number: { format: 'vn-citizen-id' } } } },
        requireWhen({ properties: { kind: { const: 'other' } }, required: ['kind'] }, ['otherKind']),
      ],
    },
  );
const legalPaperFields = (base: string, ownerPath: string[]): Field[] => [
  field(`${base}/kind`, 'select', t('Loại giấy tờ pháp lý của cá nhân', 'Kind of personal legal paper'), { options: idKindOptions }),
  field(`${base}/otherKind`, 'text', t('Ghi rõ loại giấy tờ', 'Name the paper'), { showIf: when([...ownerPath, 'kind'], 'other') }),
  field(`${base}/number`, 'text', t('Số giấy tờ pháp lý của cá nhân', 'Number of the paper'), { width: 'half' }),
  field(`${base}/issuedOn`, 'date', t('Ngày cấp', 'Date of issue'), { width: 'short' }),
  field(`${base}/issuedBy`, 'text', t('Nơi cấp', 'Place of issue'), { width: 'half' }),
  field(`${base}/expiresOn`, 'date', t('Ngày hết hạn (nếu có)', 'Expiry date (if any)'), { width: 'short' }),
];
/** Group items cannot carry `showIf`, so inside the representatives' group the "other" line is always shown. */
const legalPaperGroupFields = (base: string): Field[] => legalPaperFields(base, []).map(({ showIf: _hidden, ...f }) => f);

/** "Thông tin về Giấy chứng nhận đăng ký đầu tư (chỉ kê khai nếu là nhà đầu tư nước ngoài)". */
const investmentCertificate = (): Node => obj({ projectCode: text(50), issuedOn: date(), issuedBy: text(200) }, ['projectCode']);
const investmentFields = (base: string): Field[] => [
  field(`${base}/projectCode`, 'text', t('Mã số dự án', 'Project code'), {
    width: 'half',
    help: t('Chỉ kê khai nếu chủ sở hữu là nhà đầu tư nước ngoài.', 'Only if the owner is a foreign investor.'),
  }),
  field(`${base}/issuedOn`, 'date', t('Ngày cấp', 'Date of issue'), { width: 'short' }),
  field(`${base}/issuedBy`, 'text', t('Cơ quan cấp', 'Issued by'), { width: 'half' }),
];

/** A row of tables 7 and 8: an amount in đồng and its share of the charter capital. */
const share = (withDescription = false): Node =>
  obj({ amount: vnd(), percent: num(0, 100), ...(withDescription ? { description: text(500) } : {}) }, ['amount', 'percent']);
const shareFields = (base: string, vi: string, en: string, description?: [string, string]): Field[] => [
  field(`${base}/amount`, 'money', t(`${vi} — số tiền (VNĐ)`, `${en} — amount (VND)`), { width: 'half' }),
  field(`${base}/percent`, 'number', t(`${vi} — tỷ lệ (%)`, `${en} — share (%)`), { width: 'short' }),
  ...(description ? [field(`${base}/description`, 'text', t(description[0], description[1]))] : []),
];

const predecessorCases = ['split-off', 'division', 'consolidation', 'type-conversion'];
const notConversion = whenNot(['establishment'], 'type-conversion');

export const form: FormSchema = {
  revision: 1,
  data: obj(
    {
      // 1.
      establishment: choice(['new', 'split-off', 'division', 'consolidation', 'type-conversion', 'from-household-business', 'from-social-fund']),
      // 2.
      companyName: obj({ vietnamese: upperName(255), foreign: text(255), abbreviation: text(100) }, ['vietnamese']),
      // 3.
      headquarters: obj(
        {
          address: postal(),
          phone: telephone(),
          fax: telephone(),
          email: email(),
          website: website(),
          zone: choice(['industrial-park', 'export-processing-zone', 'economic-zone', 'high-tech-park']),
          socialEnterprise: bool(),
          securitiesCompany: bool(),
          // "(nếu có)": optional.
          securitiesLicence: obj({ number: text(50), issuedOn: date() }),
          borderLandCertificate: yesNo(),
        },
        ['address', 'phone'],
      ),
      // 4. Exactly one row is marked main — not expressible without `contains`; left to the registration office.
      businessLines: list(obj({ name: text(500), code: str(4, { pattern: '^[0-9]{4}$' }), main: bool() }, ['name', 'code']), 200, 1),
      // 5.
      ownerType: choice(['individual', 'organization']),
      individualOwner: obj(
        {
          fullName: upperName(),
          gender: choice(['male', 'female']),
          birthDate: date(),
          ethnicity: text(50),
          nationality: text(100),
          legalPaper: legalPaper(['kind', 'number', 'issuedOn', 'issuedBy']),
          permanentAddress: postal(),
          contactAddress: postal(),
          investmentCertificate: investmentCertificate(),
        },
        ['fullName', 'gender', 'birthDate', 'ethnicity', 'nationality', 'legalPaper', 'permanentAddress', 'contactAddress'],
      ),
      organizationOwner: obj(
        {
          name: upperName(255),
          registrationNumber: text(50),
          issuedOn: date(),
          issuedBy: text(200),
          headOffice: postal(),
          phone: telephone(),
          fax: telephone(),
          email: email(),
          website: website(),
          investmentCertificate: investmentCertificate(),
          governanceModel: choice(['members-council', 'company-chairman']),
        },
        ['name', 'registrationNumber', 'issuedOn', 'issuedBy', 'governanceModel'],
      ),
      // 6.
      charterCapital: obj(
        { amount: vnd(), inWords: text(300), foreignEquivalent: text(100), showForeignEquivalent: yesNo() },
        ['amount', 'inWords'],
      ),
      // 7. Required flags null in the source: every row optional.
      capitalSources: obj({ stateBudget: share(), private: share(), foreign: share(), other: share() }),
      // 8.
      contributedAssets: obj({
        vnd: share(),
        foreignCurrency: share(true),
        gold: share(),
        landUseRight: share(),
        intellectualProperty: share(),
        other: share(true),
      }),
      // 9. Footnote [6]: every legal representative when there are several.
      legalRepresentatives: list(
        obj(
          {
            fullName: upperName(),
            gender: choice(['male', 'female']),
            title: text(100),
            birthDate: date(),
            ethnicity: text(50),
            nationality: text(100),
            legalPaper: legalPaper(['kind', 'number', 'issuedOn', 'issuedBy']),
            permanentAddress: postal(),
            contactAddress: postal(),
            phone: telephone(),
            email: email(),
          },
          // The address sub-lines are null-required in the source; required here (inferred).
          ['fullName', 'gender', 'title', 'birthDate', 'ethnicity', 'nationality', 'legalPaper', 'permanentAddress', 'contactAddress'],
        ),
        20,
        1,
      ),
      // 10.
      tax: obj(
        {
          director: obj({ fullName: personName(), phone: telephone() }, ['fullName']),
          chiefAccountant: obj({ fullName: personName(), phone: telephone() }, ['fullName']),
          noticeAddress: postal(false),
          noticePhone: telephone(),
          noticeFax: telephone(),
          noticeEmail: email(),
          startDate: date(),
          accounting: choice(['independent', 'dependent']),
          consolidatedStatements: bool(),
          fiscalYear: obj(
            { from: str(5, { pattern: '^(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])$' }), to: str(5, { pattern: '^(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])$' }) },
            ['from', 'to'],
          ),
          employees: int(0, 1_000_000),
          ppp: yesNo(),
          vatMethod: choice(['deduction', 'direct-value-added', 'direct-revenue', 'exempt']),
        },
        ['accounting', 'fiscalYear', 'employees', 'ppp'],
      ),
      // 11., 12. Not declared when the company is formed by converting another company's type ([10]–[12]).
      invoices: choice(['self-printed', 'ordered-printed', 'electronic', 'bought-from-tax-office']),
      socialInsurance: choice(['monthly', 'quarterly', 'half-yearly']),
      // 13. Several companies take part in a division or consolidation: rows (inferred; the source has no table).
      predecessors: list(
        obj(
          { name: upperName(255), enterpriseCode: taxCode(), certificateNumber: text(50), issuedOn: date(), issuedBy: text(200) },
          ['name'],
          // The certificate number is "only if there is no enterprise code": one of the two.
          { anyOf: [{ required: ['enterpriseCode'] }, { required: ['certificateNumber'] }] },
        ),
        20,
      ),
      // 14. Required flags are null here except the paper's kind; name and certificate required (inferred).
      convertedHousehold: obj(
        {
          name: upperName(200),
          certificateNumber: text(50),
          issuedOn: date(),
          issuedBy: text(200),
          taxCode: taxCode(),
          address: text(300),
          ownerName: personName(),
          ownerPaper: legalPaper(['kind']),
        },
        ['name', 'certificateNumber', 'ownerPaper'],
      ),
      // 15.
      convertedFoundation: obj(
        {
          name: upperName(255),
          licenceNumber: text(50),
          issuedOn: date(),
          issuedBy: text(200),
          taxCode: taxCode(),
          address: text(300),
          representativeName: personName(),
          representativePaper: legalPaper(['kind']),
        },
        ['name', 'licenceNumber', 'representativePaper'],
      ),
    },
    ['establishment', 'companyName', 'headquarters', 'businessLines', 'ownerType', 'charterCapital', 'legalRepresentatives', 'tax'],
    {
      allOf: [
        requireWhen(when(['ownerType'], 'individual'), ['individualOwner']),
        requireWhen(when(['ownerType'], 'organization'), ['organizationOwner']),
        // [9]: the VAT method is declared only for a newly established company.
        { if: when(['establishment'], 'new'), then: { properties: { tax: { required: ['vatMethod'] } } } },
        { if: whenIn(['establishment'], predecessorCases), then: { required: ['predecessors'], properties: { predecessors: { minItems: 1 } } } },
        requireWhen(when(['establishment'], 'from-household-business'), ['convertedHousehold']),
        requireWhen(when(['establishment'], 'from-social-fund'), ['convertedFoundation']),
      ],
    },
  ),
  layout: {
    steps: [
      {
        id: 'company',
        title: t('Doanh nghiệp', 'The company'),
        sections: [
          {
            id: 'establishment',
            title: t('1. Tình trạng thành lập', '1. How the company is formed'),
            fields: [
              field('/establishment', 'radio', t('Tình trạng thành lập', 'Formed by'), {
                options: [
                  option('new', 'Thành lập mới', 'A new establishment'),
                  option('split-off', 'Thành lập trên cơ sở tách doanh nghiệp', 'Splitting off from a company'),
                  option('division', 'Thành lập trên cơ sở chia doanh nghiệp', 'Division of a company'),
                  option('consolidation', 'Thành lập trên cơ sở hợp nhất doanh nghiệp', 'Consolidation of companies'),
                  option('type-conversion', 'Thành lập trên cơ sở chuyển đổi loại hình doanh nghiệp', "Conversion of a company's type"),
                  option('from-household-business', 'Thành lập trên cơ sở chuyển đổi từ hộ kinh doanh', 'Conversion of a household business'),
                  option('from-social-fund', 'Thành lập trên cơ sở chuyển đổi từ cơ sở bảo trợ xã hội/quỹ xã hội/quỹ từ thiện', 'Conversion of a social protection establishment, social fund or charity fund'),
                ],
              }),
            ],
          },
          {
            id: 'name',
            title: t('2. Tên công ty', '2. Company name'),
            fields: [
              field('/companyName/vietnamese', 'text', t('Tên công ty viết bằng tiếng Việt (ghi bằng chữ in hoa)', 'Name in Vietnamese (in capitals)')),
              field('/companyName/foreign', 'text', t('Tên công ty viết bằng tiếng nước ngoài (nếu có)', 'Name in a foreign language (if any)')),
              field('/companyName/abbreviation', 'text', t('Tên công ty viết tắt (nếu có)', 'Abbreviated name (if any)'), { width: 'half' }),
            ],
          },
          {
            id: 'headquarters',
            title: t('3. Địa chỉ trụ sở chính', '3. Head office'),
            fields: [
              ...postalFields('/headquarters/address'),
              field('/headquarters/phone', 'phone', t('Điện thoại', 'Telephone'), { width: 'half' }),
              field('/headquarters/fax', 'phone', t('Fax (nếu có)', 'Fax (if any)'), { width: 'half' }),
              field('/headquarters/email', 'email', t('Email (nếu có)', 'Email (if any)'), { width: 'half' }),
              field('/headquarters/website', 'text', t('Website (nếu có)', 'Website (if any)'), { width: 'half' }),
              field('/headquarters/zone', 'select', t('Doanh nghiệp nằm trong', 'The head office lies in'), {
                options: [
                  option('industrial-park', 'Khu công nghiệp', 'An industrial park'),
                  option('export-processing-zone', 'Khu chế xuất', 'An export processing zone'),
                  option('economic-zone', 'Khu kinh tế', 'An economic zone'),
                  option('high-tech-park', 'Khu công nghệ cao', 'A high-tech park'),
                ],
                help: t(
                  'Chọn nếu địa chỉ trụ sở chính nằm trong khu công nghiệp/khu chế xuất/khu kinh tế/khu công nghệ cao.',
                  'Choose only if the head office is inside one of these zones.',
                ),
              }),
              field('/headquarters/socialEnterprise', 'checkbox', t('Doanh nghiệp xã hội', 'Social enterprise')),
              field('/headquarters/securitiesCompany', 'checkbox', t(
                'Công ty chứng khoán/Công ty quản lý quỹ đầu tư chứng khoán/Công ty đầu tư chứng khoán',
                'Securities company / securities investment fund manager / securities investment company',
              )),
              field('/headquarters/securitiesLicence/number', 'text', t(
                'Giấy phép thành lập và hoạt động số (nếu có, do Ủy ban Chứng khoán Nhà nước cấp)',
                'Licence number (if any; issued by the State Securities Commission)',
              ), { width: 'half', showIf: when(['headquarters', 'securitiesCompany'], true) }),
              field('/headquarters/securitiesLicence/issuedOn', 'date', t('Ngày cấp giấy phép', 'Licence issued on'), {
                width: 'short',
                showIf: when(['headquarters', 'securitiesCompany'], true),
              }),
              field('/headquarters/borderLandCertificate', 'radio', t(
                'Doanh nghiệp có Giấy chứng nhận quyền sử dụng đất tại đảo và xã, phường, thị trấn biên giới; xã, phường, thị trấn ven biển; khu vực khác có ảnh hưởng đến quốc phòng, an ninh',
                'The company holds a land use certificate on an island, in a border or coastal commune, or in another area affecting defence and security',
              ), {
                options: yesNoOptions,
                help: t(
                  'Kê khai trong trường hợp có nhà đầu tư nước ngoài góp vốn, mua cổ phần, phần vốn góp vào doanh nghiệp dẫn đến thay đổi nội dung đăng ký doanh nghiệp.',
                  "Declare when a foreign investor's capital contribution or purchase of shares changes the registered particulars.",
                ),
              }),
            ],
          },
        ],
      },
      {
        id: 'lines',
        title: t('Ngành, nghề kinh doanh', 'Lines of business'),
        sections: [
          {
            id: 'lines',
            title: t('4. Ngành, nghề kinh doanh', '4. Lines of business'),
            description: t(
              'Ghi tên và mã theo ngành cấp 4 trong Hệ thống ngành kinh tế của Việt Nam.',
              "Name and level-4 code from Vietnam's standard industrial classification.",
            ),
            fields: [
              field('/businessLines', 'group', t('Ngành, nghề kinh doanh', 'Lines of business'), {
                group: {
                  itemLabel: t('Ngành', 'Line of business'),
                  addLabel: t('Thêm ngành', 'Add a line of business'),
                  fields: [
                    field('/name', 'text', t('Tên ngành', 'Name of the line of business')),
                    field('/code', 'text', t('Mã ngành', 'Code'), { width: 'short' }),
                    field('/main', 'checkbox', t('Ngành, nghề kinh doanh chính', 'Main line of business'), {
                      help: t('Chọn một trong các ngành, nghề đã kê khai.', 'Mark one of the lines declared.'),
                    }),
                  ],
                },
              }),
            ],
          },
        ],
      },
      {
        id: 'owner',
        title: t('Chủ sở hữu', 'The owner'),
        sections: [
          {
            id: 'owner-type',
            title: t('5. Chủ sở hữu', '5. Owner'),
            fields: [
              field('/ownerType', 'radio', t('Chủ sở hữu là', 'The owner is'), {
                options: [option('individual', 'Cá nhân', 'An individual'), option('organization', 'Tổ chức', 'An organisation')],
              }),
            ],
          },
          {
            id: 'individual-owner',
            title: t('a) Đối với chủ sở hữu là cá nhân', 'a) Owner who is an individual'),
            showIf: when(['ownerType'], 'individual'),
            fields: [
              field('/individualOwner/fullName', 'text', t('Họ và tên (ghi bằng chữ in hoa)', 'Full name (in capitals)')),
              field('/individualOwner/gender', 'radio', t('Giới tính', 'Sex'), { options: sexOptions }),
              field('/individualOwner/birthDate', 'date', t('Sinh ngày', 'Date of birth'), { width: 'short' }),
              field('/individualOwner/ethnicity', 'text', t('Dân tộc', 'Ethnic group'), { width: 'half' }),
              field('/individualOwner/nationality', 'text', t('Quốc tịch', 'Nationality'), { width: 'half' }),
              ...legalPaperFields('/individualOwner/legalPaper', ['individualOwner', 'legalPaper']),
              ...postalFields('/individualOwner/permanentAddress').map((f) => ({ ...f, label: t(`Nơi thường trú — ${f.label.vi}`, `Permanent residence — ${f.label.en}`) })),
              ...postalFields('/individualOwner/contactAddress').map((f) => ({ ...f, label: t(`Địa chỉ liên lạc — ${f.label.vi}`, `Contact address — ${f.label.en}`) })),
              ...investmentFields('/individualOwner/investmentCertificate'),
            ],
          },
          {
            id: 'organization-owner',
            title: t('b) Đối với chủ sở hữu là tổ chức', 'b) Owner that is an organisation'),
            showIf: when(['ownerType'], 'organization'),
            fields: [
              field('/organizationOwner/name', 'text', t('Tên tổ chức (ghi bằng chữ in hoa)', 'Name of the organisation (in capitals)')),
              field('/organizationOwner/registrationNumber', 'text', t('Mã số doanh nghiệp/Số Quyết định thành lập', 'Enterprise code / number of the founding decision'), { width: 'half' }),
              field('/organizationOwner/issuedOn', 'date', t('Ngày cấp', 'Date of issue'), { width: 'short' }),
              field('/organizationOwner/issuedBy', 'text', t('Nơi cấp', 'Place of issue'), { width: 'half' }),
              ...postalFields('/organizationOwner/headOffice').map((f) => ({ ...f, label: t(`Địa chỉ trụ sở chính — ${f.label.vi}`, `Head office — ${f.label.en}`) })),
              field('/organizationOwner/phone', 'phone', t('Điện thoại (nếu có)', 'Telephone (if any)'), { width: 'half' }),
              field('/organizationOwner/fax', 'phone', t('Fax (nếu có)', 'Fax (if any)'), { width: 'half' }),
              field('/organizationOwner/email', 'email', t('Email (nếu có)', 'Email (if any)'), { width: 'half' }),
              field('/organizationOwner/website', 'text', t('Website (nếu có)', 'Website (if any)'), { width: 'half' }),
              ...investmentFields('/organizationOwner/investmentCertificate'),
              field('/organizationOwner/governanceModel', 'radio', t('Mô hình tổ chức công ty', 'Management structure'), {
                options: [
                  option('members-council', 'Hội đồng thành viên, Giám đốc hoặc Tổng Giám đốc', "Members' council, and a director or general director"),
                  option('company-chairman', 'Chủ tịch công ty, Giám đốc hoặc Tổng Giám đốc', 'Company chairman, and a director or general director'),
                ],
              }),
            ],
          },
        ],
      },
      {
        id: 'capital',
        title: t('Vốn', 'Capital'),
        sections: [
          {
            id: 'charter-capital',
            title: t('6. Vốn điều lệ', '6. Charter capital'),
            fields: [
              field('/charterCapital/amount', 'money', t('Vốn điều lệ (bằng số; VNĐ)', 'Charter capital (in figures, VND)'), { width: 'half' }),
              field('/charterCapital/inWords', 'text', t('Vốn điều lệ (bằng chữ; VNĐ)', 'Charter capital (in words)')),
              field('/charterCapital/foreignEquivalent', 'text', t(
                'Giá trị tương đương theo đơn vị tiền nước ngoài (nếu có, bằng số, loại ngoại tệ)',
                'Equivalent in a foreign currency (if any: amount and currency)',
              ), { width: 'half' }),
              field('/charterCapital/showForeignEquivalent', 'radio', t(
                'Hiển thị giá trị tương đương theo đơn vị tiền tệ nước ngoài trên Giấy chứng nhận đăng ký doanh nghiệp',
                'Show the foreign-currency equivalent on the registration certificate',
              ), { options: yesNoOptions }),
            ],
          },
          {
            id: 'capital-sources',
            title: t('7. Nguồn vốn điều lệ', '7. Sources of the charter capital'),
            fields: [
              ...shareFields('/capitalSources/stateBudget', 'Vốn ngân sách nhà nước', 'State budget'),
              ...shareFields('/capitalSources/private', 'Vốn tư nhân', 'Private capital'),
              ...shareFields('/capitalSources/foreign', 'Vốn nước ngoài', 'Foreign capital'),
              ...shareFields('/capitalSources/other', 'Vốn khác', 'Other capital'),
            ],
          },
          {
            id: 'contributed-assets',
            title: t('8. Tài sản góp vốn', '8. Assets contributed'),
            fields: [
              ...shareFields('/contributedAssets/vnd', 'Đồng Việt Nam', 'Vietnamese đồng'),
              ...shareFields('/contributedAssets/foreignCurrency', 'Ngoại tệ tự do chuyển đổi', 'Freely convertible foreign currency', [
                'Ghi rõ loại ngoại tệ, số tiền được góp bằng mỗi loại ngoại tệ',
                'Each currency and the amount contributed in it',
              ]),
              ...shareFields('/contributedAssets/gold', 'Vàng', 'Gold'),
              ...shareFields('/contributedAssets/landUseRight', 'Quyền sử dụng đất', 'Land use rights'),
              ...shareFields('/contributedAssets/intellectualProperty', 'Quyền sở hữu trí tuệ', 'Intellectual property rights'),
              ...shareFields('/contributedAssets/other', 'Các tài sản khác', 'Other assets', [
                'Ghi rõ loại tài sản, số lượng và giá trị còn lại của mỗi loại tài sản',
                'Kind, quantity and residual value of each asset',
              ]),
            ],
          },
        ],
      },
      {
        id: 'representatives',
        title: t('Người đại diện theo pháp luật', 'Legal representatives'),
        sections: [
          {
            id: 'representatives',
            title: t('9. Người đại diện theo pháp luật', '9. Legal representatives'),
            description: t(
              'Ghi thông tin của tất cả người đại diện theo pháp luật trong trường hợp công ty có nhiều hơn 01 người đại diện theo pháp luật.',
              'Give every legal representative if the company has more than one.',
            ),
            fields: [
              field('/legalRepresentatives', 'group', t('Người đại diện theo pháp luật', 'Legal representatives'), {
                group: {
                  itemLabel: t('Người đại diện', 'Representative'),
                  addLabel: t('Thêm người đại diện', 'Add a representative'),
                  fields: [
                    field('/fullName', 'text', t('Họ và tên (ghi bằng chữ in hoa)', 'Full name (in capitals)')),
                    field('/gender', 'radio', t('Giới tính', 'Sex'), { options: sexOptions }),
                    field('/title', 'text', t('Chức danh', 'Title'), { width: 'half' }),
                    field('/birthDate', 'date', t('Sinh ngày', 'Date of birth'), { width: 'short' }),
                    field('/ethnicity', 'text', t('Dân tộc', 'Ethnic group'), { width: 'half' }),
                    field('/nationality', 'text', t('Quốc tịch', 'Nationality'), { width: 'half' }),
                    ...legalPaperGroupFields('/legalPaper'),
                    ...postalFields('/permanentAddress').map((f) => ({ ...f, label: t(`Nơi thường trú — ${f.label.vi}`, `Permanent residence — ${f.label.en}`) })),
                    ...postalFields('/contactAddress').map((f) => ({ ...f, label: t(`Địa chỉ liên lạc — ${f.label.vi}`, `Contact address — ${f.label.en}`) })),
                    field('/phone', 'phone', t('Điện thoại (nếu có)', 'Telephone (if any)'), { width: 'half' }),
                    field('/email', 'email', t('Email (nếu có)', 'Email (if any)'), { width: 'half' }),
                  ],
                },
              }),
            ],
          },
        ],
      },
      {
        id: 'tax',
        title: t('Thông tin đăng ký thuế', 'Tax registration'),
        sections: [
          {
            id: 'managers',
            title: t('10.1–10.2. Giám đốc và kế toán (nếu có)', '10.1–10.2. Director and accountant (if any)'),
            fields: [
              field('/tax/director/fullName', 'text', t('Họ và tên Giám đốc/Tổng giám đốc', "Director's / general director's full name")),
              field('/tax/director/phone', 'phone', t('Điện thoại', 'Telephone'), { width: 'half' }),
              field('/tax/chiefAccountant/fullName', 'text', t('Họ và tên Kế toán trưởng/Phụ trách kế toán', "Chief accountant's / accounting officer's full name")),
              field('/tax/chiefAccountant/phone', 'phone', t('Điện thoại', 'Telephone'), { width: 'half' }),
            ],
          },
          {
            id: 'notice-address',
            title: t('10.3. Địa chỉ nhận thông báo thuế', '10.3. Address for tax notices'),
            description: t(
              'Chỉ kê khai nếu địa chỉ nhận thông báo thuế khác địa chỉ trụ sở chính.',
              'Only if tax notices go to an address other than the head office.',
            ),
            fields: [
              ...postalFields('/tax/noticeAddress', false),
              field('/tax/noticePhone', 'phone', t('Điện thoại (nếu có)', 'Telephone (if any)'), { width: 'half' }),
              field('/tax/noticeFax', 'phone', t('Fax (nếu có)', 'Fax (if any)'), { width: 'half' }),
              field('/tax/noticeEmail', 'email', t('Email (nếu có)', 'Email (if any)'), { width: 'half' }),
            ],
          },
          {
            id: 'tax-details',
            title: t('10.4–10.9. Thông tin đăng ký thuế', '10.4–10.9. Tax details'),
            fields: [
              field('/tax/startDate', 'date', t('10.4. Ngày bắt đầu hoạt động', '10.4. Start of operations'), {
                width: 'short',
                help: t(
                  'Không cần kê khai nếu dự kiến bắt đầu hoạt động kể từ ngày được cấp Giấy chứng nhận đăng ký doanh nghiệp. Nếu được cấp Giấy chứng nhận sau ngày đã kê khai thì ngày bắt đầu hoạt động là ngày được cấp.',
                  'Leave empty if operations start on the day the registration certificate is issued. If it is issued after the date given, that issue date becomes the start date.',
                ),
              }),
              field('/tax/accounting', 'radio', t('10.5. Hình thức hạch toán', '10.5. Accounting'), {
                options: [option('independent', 'Hạch toán độc lập', 'Independent accounting'), option('dependent', 'Hạch toán phụ thuộc', 'Dependent accounting')],
              }),
              field('/tax/consolidatedStatements', 'checkbox', t('Có báo cáo tài chính hợp nhất', 'Prepares consolidated financial statements')),
              field('/tax/fiscalYear/from', 'text', t('10.6. Năm tài chính — áp dụng từ ngày (ngày/tháng)', '10.6. Financial year — from (dd/mm)'), {
                width: 'short',
                placeholder: t('01/01', '01/01'),
                help: t(
                  'Năm dương lịch: từ 01/01 đến 31/12; nếu khác năm dương lịch thì bắt đầu từ ngày đầu quý và kết thúc vào ngày cuối quý, đủ 12 tháng.',
                  'Calendar year: 01/01 to 31/12; otherwise it starts on the first day of a quarter and ends on the last day of a quarter, twelve months later.',
                ),
              }),
              field('/tax/fiscalYear/to', 'text', t('Đến ngày (ngày/tháng)', 'To (dd/mm)'), { width: 'short', placeholder: t('31/12', '31/12') }),
              field('/tax/employees', 'number', t('10.7. Tổng số lao động (dự kiến)', '10.7. Number of workers (expected)'), { width: 'short' }),
              field('/tax/ppp', 'radio', t('10.8. Hoạt động theo dự án BOT/BTO/BT/BOO, BLT, BTL, O&M', '10.8. Operates under a BOT/BTO/BT/BOO, BLT, BTL or O&M project'), {
                options: yesNoOptions,
              }),
              field('/tax/vatMethod', 'radio', t('10.9. Phương pháp tính thuế GTGT', '10.9. VAT method'), {
                showIf: when(['establishment'], 'new'),
                help: t('Chỉ kê khai trong trường hợp thành lập mới; chọn 01 trong 04 phương pháp.', 'Only for a new establishment; choose one of the four methods.'),
                options: [
                  option('deduction', 'Khấu trừ', 'Credit (deduction) method'),
                  option('direct-value-added', 'Trực tiếp trên GTGT', 'Direct method on value added'),
                  option('direct-revenue', 'Trực tiếp trên doanh số', 'Direct method on turnover'),
                  option('exempt', 'Không phải nộp thuế GTGT', 'Not liable to VAT'),
                ],
              }),
            ],
          },
          {
            id: 'invoices-insurance',
            title: t('11–12. Hóa đơn và bảo hiểm xã hội', '11–12. Invoices and social insurance'),
            showIf: notConversion,
            fields: [
              field('/invoices', 'radio', t('11. Đăng ký sử dụng hóa đơn', '11. Invoices to be used'), {
                options: [
                  option('self-printed', 'Tự in hóa đơn', 'Self-printed invoices'),
                  option('ordered-printed', 'Đặt in hóa đơn', 'Invoices printed to order'),
                  option('electronic', 'Sử dụng hóa đơn điện tử', 'Electronic invoices'),
                  option('bought-from-tax-office', 'Mua hóa đơn của cơ quan thuế', 'Invoices bought from the tax office'),
                ],
                help: t('Doanh nghiệp chịu trách nhiệm bảo đảm điều kiện sử dụng hóa đơn.', 'The company is responsible for meeting the conditions for using invoices.'),
              }),
              field('/socialInsurance', 'radio', t('12. Phương thức đóng bảo hiểm xã hội', '12. How social insurance is paid'), {
                options: [
                  option('monthly', 'Hàng tháng', 'Monthly'),
                  option('quarterly', '03 tháng một lần', 'Every 3 months'),
                  option('half-yearly', '06 tháng một lần', 'Every 6 months'),
                ],
                help: t(
                  'Chỉ doanh nghiệp có ngành chính nông, lâm, ngư, diêm nghiệp trả lương theo sản phẩm, khoán được chọn 03 hoặc 06 tháng; ngành khác chọn hàng tháng.',
                  'Only companies mainly in agriculture, forestry, fishing or salt making that pay by product or piece may choose 3 or 6 months; all others pay monthly.',
                ),
              }),
            ],
          },
        ],
      },
      {
        id: 'conversion',
        title: t('Doanh nghiệp, hộ kinh doanh, quỹ được chuyển đổi', 'Predecessor entities'),
        description: t('Chỉ kê khai khi thành lập trên cơ sở chia, tách, hợp nhất hoặc chuyển đổi.', 'Only when the company is formed by division, split, consolidation or conversion.'),
        sections: [
          {
            id: 'predecessors',
            title: t('13. Thông tin về các doanh nghiệp bị chia, bị tách, bị hợp nhất, được chuyển đổi', '13. Companies divided, split, consolidated or converted'),
            description: t(
              'Đề nghị Phòng Đăng ký kinh doanh thực hiện chấm dứt tồn tại đối với doanh nghiệp bị chia, bị hợp nhất và các chi nhánh/văn phòng đại diện/địa điểm kinh doanh của doanh nghiệp bị chia, bị hợp nhất.',
              'The business registration office is asked to end the existence of the divided or consolidated companies and of their branches, representative offices and business locations.',
            ),
            showIf: whenIn(['establishment'], predecessorCases),
            fields: [
              field('/predecessors', 'group', t('Doanh nghiệp', 'Companies'), {
                group: {
                  itemLabel: t('Doanh nghiệp', 'Company'),
                  addLabel: t('Thêm doanh nghiệp', 'Add a company'),
                  fields: [
                    field('/name', 'text', t('Tên doanh nghiệp (ghi bằng chữ in hoa)', 'Company name (in capitals)')),
                    field('/enterpriseCode', 'tax-code', t('Mã số doanh nghiệp/Mã số thuế', 'Enterprise code / tax code'), { width: 'half' }),
                    field('/certificateNumber', 'text', t(
                      'Số Giấy chứng nhận đăng ký kinh doanh (chỉ kê khai nếu không có mã số doanh nghiệp/mã số thuế)',
                      'Business registration certificate number (only without an enterprise code)',
                    ), { width: 'half' }),
                    field('/issuedOn', 'date', t('Ngày cấp', 'Date of issue'), { width: 'short' }),
                    field('/issuedBy', 'text', t('Nơi cấp', 'Place of issue'), { width: 'half' }),
                  ],
                },
              }),
            ],
          },
          {
            id: 'converted-household',
            title: t('14. Thông tin về hộ kinh doanh được chuyển đổi', '14. The household business converted'),
            showIf: when(['establishment'], 'from-household-business'),
            fields: [
              field('/convertedHousehold/name', 'text', t('Tên hộ kinh doanh (ghi bằng chữ in hoa)', 'Name of the household business (in capitals)')),
              field('/convertedHousehold/certificateNumber', 'text', t('Số Giấy chứng nhận đăng ký hộ kinh doanh', 'Household business registration certificate number'), { width: 'half' }),
              field('/convertedHousehold/issuedOn', 'date', t('Ngày cấp', 'Date of issue'), { width: 'short' }),
              field('/convertedHousehold/issuedBy', 'text', t('Nơi cấp', 'Place of issue'), { width: 'half' }),
              field('/convertedHousehold/taxCode', 'tax-code', t('Mã số thuế của hộ kinh doanh (chỉ kê khai mã số thuế 10 số)', 'Tax code of the household business (10 digits only)'), { width: 'half' }),
              field('/convertedHousehold/address', 'text', t('Địa chỉ trụ sở hộ kinh doanh', 'Address of the household business')),
              field('/convertedHousehold/ownerName', 'text', t('Tên chủ hộ kinh doanh', "Owner's name")),
              ...legalPaperFields('/convertedHousehold/ownerPaper', ['convertedHousehold', 'ownerPaper']),
            ],
          },
          {
            id: 'converted-foundation',
            title: t('15. Thông tin về cơ sở bảo trợ xã hội/quỹ xã hội/quỹ từ thiện được chuyển đổi', '15. The social protection establishment or fund converted'),
            showIf: when(['establishment'], 'from-social-fund'),
            fields: [
              field('/convertedFoundation/name', 'text', t('Tên cơ sở bảo trợ xã hội/quỹ xã hội/quỹ từ thiện (ghi bằng chữ in hoa)', 'Name (in capitals)')),
              field('/convertedFoundation/licenceNumber', 'text', t(
                'Số Giấy chứng nhận đăng ký thành lập / Số Giấy phép thành lập và công nhận điều lệ quỹ',
                "Registration certificate number / number of the licence establishing the fund and approving its charter",
              ), { width: 'half' }),
              field('/convertedFoundation/issuedOn', 'date', t('Ngày cấp', 'Date of issue'), { width: 'short' }),
              field('/convertedFoundation/issuedBy', 'text', t('Nơi cấp', 'Place of issue'), { width: 'half' }),
              field('/convertedFoundation/taxCode', 'tax-code', t('Mã số thuế (chỉ kê khai mã số thuế 10 số)', 'Tax code (10 digits only)'), { width: 'half' }),
              field('/convertedFoundation/address', 'text', t('Địa chỉ trụ sở chính', 'Head office address')),
              field('/convertedFoundation/representativeName', 'text', t('Tên người đại diện', "Representative's name")),
              ...legalPaperFields('/convertedFoundation/representativePaper', ['convertedFoundation', 'representativePaper']),
            ],
          },
        ],
      },
    ],
  },
  // The case rows of 2.001583 in procedures.json (its list is truncated, 40 more rows). "Điều lệ công ty" and the
  // copies of legal papers appear under every case shown, so they are asked for always (inferred). The
  // representatives' list and the scanned certificates come from the form's own notes (section 5b, [3],[4]).
  documents: [
    slot('dieu-le', t('Điều lệ công ty', "Company's charter"), { copies: '1 bản chính', maxFiles: 3 }),
    slot('giay-to-phap-ly', t(
      'Bản sao giấy tờ pháp lý của cá nhân đối với chủ sở hữu là cá nhân, người đại diện theo pháp luật; giấy tờ pháp lý của tổ chức đối với chủ sở hữu là tổ chức',
      "Copies of the legal papers of the individual owner and the legal representatives, or of the owning organisation",
    ), { copies: '1 bản chính,1 bản sao', maxFiles: 10 }),
    slot('cam-ket-muc-tieu-xa-hoi', t(
      'Cam kết thực hiện mục tiêu xã hội, môi trường',
      'Commitment to social and environmental objectives',
    ), { copies: '1 bản chính', appliesWhen: when(['headquarters', 'socialEnterprise'], true) }),
    slot('chu-so-huu-huong-loi', t(
      'Danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có)',
      "List of the company's beneficial owners (if any)",
    ), { copies: '1 bản chính', required: false, appliesWhen: when(['headquarters', 'socialEnterprise'], true) }),
    slot('giay-phep-ubcknn', t(
      'Bản sao giấy phép thành lập và hoạt động hoặc bản sao văn bản chấp thuận của Ủy ban Chứng khoán Nhà nước theo quy định của pháp luật về chứng khoán',
      'Copy of the licence, or of the approval, of the State Securities Commission',
    ), { copies: '0 bản chính,1 bản sao', appliesWhen: when(['headquarters', 'securitiesCompany'], true) }),
    slot('nguoi-dai-dien-uy-quyen', t(
      'Thông tin về người đại diện theo ủy quyền (kê khai theo Phụ lục I-10 Thông tư 01/2021/TT-BKHĐT)',
      "Details of the owner's authorised representatives (annex I-10 of Circular 01/2021/TT-BKHDT)",
    ), { copies: '1 bản chính', appliesWhen: when(['ownerType'], 'organization') }),
    slot('gcn-ho-kinh-doanh', t('Bản scan Giấy chứng nhận đăng ký hộ kinh doanh', 'Scan of the household business registration certificate'), {
      copies: '1 bản chính',
      appliesWhen: when(['establishment'], 'from-household-business'),
      description: t(
        'Nộp trực tiếp bản chính tới Phòng Đăng ký kinh doanh (Điều 27 Nghị định 01/2021/NĐ-CP).',
        'Hand the original to the business registration office (Decree 01/2021/ND-CP art. 27).',
      ),
    }),
    slot('gcn-quy-xa-hoi', t(
      'Bản scan Giấy chứng nhận đăng ký thành lập/Giấy phép thành lập của cơ sở bảo trợ xã hội, quỹ xã hội, quỹ từ thiện',
      'Scan of the registration certificate or licence of the social protection establishment or fund',
    ), {
      copies: '1 bản chính',
      appliesWhen: when(['establishment'], 'from-social-fund'),
      description: t(
        'Nộp trực tiếp bản chính tới Phòng Đăng ký kinh doanh (Điều 28 Nghị định 01/2021/NĐ-CP).',
        'Hand the original to the business registration office (Decree 01/2021/ND-CP art. 28).',
      ),
    }),
  ],
};
