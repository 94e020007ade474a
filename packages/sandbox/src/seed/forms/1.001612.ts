/**
 * Giấy đề nghị đăng ký hộ kinh doanh — application to register a household business, procedure 1.001612
 * (Đăng ký thành lập hộ kinh doanh).
 *
 * Legal basis (source: /work/shared/data/forms/2.000720.json): Mẫu số 1, Phụ lục II, Thông tư 68/2025/TT-BTC
 * (from 1 July 2025; formerly Phụ lục III-1 of Thông tư 01/2021/TT-BKHĐT as amended by Thông tư 02/2023/TT-BKHĐT).
 * The source file is named after 2.000720, which procedures.json lists as "Đăng ký thay đổi nội dung đăng ký hộ
 * kinh doanh" (a change of registration, with its own form); this establishment form belongs to 1.001612,
 * whose documents name "Giấy đề nghị đăng ký hộ kinh doanh".
 *
 * The owner's block ("Tôi là …") stays in `data` only when someone else files the dossier under a power of
 * attorney (the catalog's "Trường hợp ủy quyền thực hiện thủ tục"); when the owner files, the dossier's
 * applicant already carries their name, date of birth, sex, identification number, phone and email.
 * Left out: "Kính gửi" (routing), the signatures (the submission) and the undertakings (its consent).
 */
import {
  address, bool, choice, citizenId, date, email, field, int, list, mobile, obj, option, personName, requireWhen, sexOptions, slot, t,
  telephone, text, upperName, vnd, website, when, whenNot, type FormSchema,
} from './common.ts';
import { businessLines, businessLinesField, filedBy, filedByField, noElectronicIdField } from './household-business.ts';

const proxyFiled = whenNot(['filedBy'], 'owner');
const household = when(['founder'], 'household');

export const form: FormSchema = {
  revision: 1,
  data: obj(
    {
      filedBy,
      owner: obj({
        fullName: upperName(),
        birthDate: date(),
        gender: choice(['male', 'female']),
        personalId: citizenId(),
        phone: mobile(),
        email: email(),
        // Only when the link to the national population database is down (the form's conditional block).
        ethnicity: text(50),
        nationality: text(100),
        permanentResidence: address(),
        currentResidence: address(),
      }),
      populationDbUnavailable: bool(),
      // 1. "HỘ KINH DOANH" is printed before the name.
      businessName: obj(
        {
          vietnamese: upperName(200),
          foreign: text(200),
          abbreviation: text(100),
        },
        ['vietnamese'],
      ),
      // 2. No "(nếu có)" after the telephone line: required (inferred).
      headquarters: obj(
        {
          address: address(),
          phone: telephone(),
          fax: telephone(),
          email: email(),
          website: website(),
          notAtHeadquarters: bool(),
        },
        ['address', 'phone'],
      ),
      // 3.
      businessLines,
      // 4.
      capital: obj({ amount: vnd(), inWords: text(300) }, ['amount', 'inWords']),
      // 5.
      tax: obj(
        {
          noticeAddressDiffers: bool(),
          noticeAddress: address(),
          phone: telephone(),
          email: email(),
          startDate: date(),
          employees: int(0, 100_000),
          vatMethod: choice(['declaration', 'presumptive']),
        },
        ['vatMethod'],
        { allOf: [requireWhen({ properties: { noticeAddressDiffers: { const: true } }, required: ['noticeAddressDiffers'] }, ['noticeAddress'])] },
      ),
      // 6.
      founder: choice(['individual', 'household']),
      // 7. Rows of the printed table (the signature column is the online submission).
      members: list(
        obj(
          {
            fullName: personName(),
            birthDate: date(),
            personalId: citizenId(),
            gender: choice(['male', 'female']),
            nationality: text(100),
            ethnicity: text(50),
            permanentResidence: address(),
            currentResidence: address(),
          },
          ['fullName', 'birthDate', 'personalId'],
        ),
        50,
      ),
      // Case question behind the catalog's row for filers without an electronic identity account.
      noElectronicId: bool(),
    },
    ['filedBy', 'businessName', 'headquarters', 'businessLines', 'capital', 'tax', 'founder'],
    {
      allOf: [
        { if: proxyFiled, then: { required: ['owner'], properties: { owner: { required: ['fullName', 'birthDate', 'gender', 'personalId'] } } } },
        { if: household, then: { required: ['members'], properties: { members: { minItems: 1 } } } },
      ],
    },
  ),
  layout: {
    steps: [
      {
        id: 'owner',
        title: t('Chủ hộ kinh doanh', 'Owner of the household business'),
        sections: [
          {
            id: 'filer',
            fields: [
              filedByField,
            ],
          },
          {
            id: 'owner',
            title: t('Thông tin chủ hộ kinh doanh', "The owner's details"),
            showIf: proxyFiled,
            fields: [
              field('/owner/fullName', 'text', t('Họ tên (ghi bằng chữ in hoa)', 'Full name (in capitals)')),
              field('/owner/birthDate', 'date', t('Sinh ngày', 'Date of birth'), { width: 'short' }),
              field('/owner/gender', 'radio', t('Giới tính', 'Sex'), { options: sexOptions }),
              field('/owner/personalId', 'citizen-id', t('Số định danh cá nhân', 'Personal identification number')),
              field('/owner/phone', 'phone', t('Điện thoại (nếu có)', 'Phone (if any)'), { width: 'half' }),
              field('/owner/email', 'email', t('Thư điện tử (nếu có)', 'Email (if any)'), { width: 'half' }),
            ],
          },
          {
            id: 'population-db',
            fields: [
              field('/populationDbUnavailable', 'checkbox', t(
                'Kết nối với Cơ sở dữ liệu quốc gia về dân cư bị gián đoạn — kê khai thêm thông tin cá nhân',
                'The link to the national population database is down — give more personal details',
              )),
            ],
          },
          {
            id: 'owner-extra',
            title: t('Thông tin cá nhân kê khai thêm', 'Additional personal details'),
            showIf: when(['populationDbUnavailable'], true),
            fields: [
              field('/owner/ethnicity', 'text', t('Dân tộc', 'Ethnic group'), { width: 'half' }),
              field('/owner/nationality', 'text', t('Quốc tịch', 'Nationality'), { width: 'half' }),
              field('/owner/permanentResidence', 'address', t('Nơi thường trú', 'Permanent residence'), { optionsSource: 'units' }),
              field('/owner/currentResidence', 'address', t('Nơi ở hiện tại', 'Current residence'), { optionsSource: 'units' }),
            ],
          },
        ],
      },
      {
        id: 'business',
        title: t('Hộ kinh doanh', 'The household business'),
        sections: [
          {
            id: 'name',
            title: t('1. Tên hộ kinh doanh', '1. Name of the household business'),
            fields: [
              field('/businessName/vietnamese', 'text', t('Tên viết bằng tiếng Việt (chữ in hoa), sau "HỘ KINH DOANH"', 'Name in Vietnamese (in capitals), after "HỘ KINH DOANH"')),
              field('/businessName/foreign', 'text', t('Tên viết bằng tiếng nước ngoài (nếu có)', 'Name in a foreign language (if any)')),
              field('/businessName/abbreviation', 'text', t('Tên viết tắt (nếu có)', 'Abbreviated name (if any)'), { width: 'half' }),
            ],
          },
          {
            id: 'headquarters',
            title: t('2. Trụ sở của hộ kinh doanh', '2. Registered place of business'),
            fields: [
              field('/headquarters/address', 'address', t(
                'Số nhà/phòng, ngách/hẻm, ngõ/kiệt, đường/phố/đại lộ, tổ/xóm/ấp/thôn; Xã/Phường/Đặc khu; Tỉnh/Thành phố',
                'House/room, lane, street, hamlet; commune/ward/special zone; province/city',
              ), { optionsSource: 'units' }),
              field('/headquarters/phone', 'phone', t('Điện thoại', 'Telephone'), { width: 'half' }),
              field('/headquarters/fax', 'phone', t('Fax (nếu có)', 'Fax (if any)'), { width: 'half' }),
              field('/headquarters/email', 'email', t('Thư điện tử (nếu có)', 'Email (if any)'), { width: 'half' }),
              field('/headquarters/website', 'text', t('Website (nếu có)', 'Website (if any)'), { width: 'half' }),
              field('/headquarters/notAtHeadquarters', 'checkbox', t('Không kinh doanh tại trụ sở', 'No business is carried on at this address'), {
                help: t(
                  'Đánh dấu nếu hộ kinh doanh không có địa điểm kinh doanh cố định.',
                  'Tick if the household business has no fixed place of business.',
                ),
              }),
            ],
          },
          {
            id: 'capital',
            title: t('4. Vốn kinh doanh', '4. Business capital'),
            fields: [
              field('/capital/amount', 'money', t('Tổng số (bằng số, VNĐ)', 'Total (in figures, VND)'), { width: 'half' }),
              field('/capital/inWords', 'text', t('Bằng chữ', 'In words')),
            ],
          },
          {
            id: 'founder',
            title: t('6. Chủ thể thành lập hộ kinh doanh', '6. Who establishes the household business'),
            fields: [
              field('/founder', 'radio', t('Chủ thể thành lập hộ kinh doanh', 'Established by'), {
                options: [option('individual', 'Cá nhân', 'An individual'), option('household', 'Các thành viên hộ gia đình', 'Members of a family household')],
              }),
            ],
          },
          {
            id: 'members',
            title: t('7. Thông tin về các thành viên hộ gia đình đăng ký hộ kinh doanh', '7. Family members registering the household business'),
            showIf: household,
            fields: [
              field('/members', 'group', t('Thành viên hộ gia đình', 'Family members'), {
                group: {
                  itemLabel: t('Thành viên', 'Member'),
                  addLabel: t('Thêm thành viên', 'Add a member'),
                  fields: [
                    field('/fullName', 'text', t('Họ tên', 'Full name')),
                    field('/birthDate', 'date', t('Ngày, tháng, năm sinh', 'Date of birth'), { width: 'short' }),
                    field('/personalId', 'citizen-id', t('Số định danh cá nhân', 'Personal identification number')),
                    field('/gender', 'radio', t('Giới tính', 'Sex'), { options: sexOptions }),
                    field('/nationality', 'text', t('Quốc tịch', 'Nationality'), { width: 'half' }),
                    field('/ethnicity', 'text', t('Dân tộc', 'Ethnic group'), { width: 'half' }),
                    field('/permanentResidence', 'address', t('Nơi thường trú', 'Permanent residence'), { optionsSource: 'units' }),
                    field('/currentResidence', 'address', t('Nơi ở hiện tại', 'Current residence'), { optionsSource: 'units' }),
                  ],
                },
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
            title: t('3. Ngành, nghề kinh doanh', '3. Lines of business'),
            fields: [
              businessLinesField('/businessLines', t('Đánh dấu cho một ngành.', 'Mark exactly one line.')),
            ],
          },
        ],
      },
      {
        id: 'tax',
        title: t('Thông tin đăng ký thuế', 'Tax registration'),
        sections: [
          {
            id: 'tax',
            title: t('5. Thông tin đăng ký thuế', '5. Tax registration'),
            fields: [
              field('/tax/noticeAddressDiffers', 'checkbox', t('Địa chỉ nhận thông báo thuế khác địa chỉ trụ sở', 'Tax notices go to an address other than the place of business')),
              field('/tax/noticeAddress', 'address', t('5.1. Địa chỉ nhận thông báo thuế', '5.1. Address for tax notices'), {
                optionsSource: 'units',
                showIf: { properties: { tax: { properties: { noticeAddressDiffers: { const: true } }, required: ['noticeAddressDiffers'] } }, required: ['tax'] },
              }),
              field('/tax/phone', 'phone', t('Điện thoại (nếu có)', 'Telephone (if any)'), { width: 'half' }),
              field('/tax/email', 'email', t('Thư điện tử (nếu có)', 'Email (if any)'), { width: 'half' }),
              field('/tax/startDate', 'date', t('5.2. Ngày bắt đầu hoạt động', '5.2. Start of operations'), { width: 'short' }),
              field('/tax/employees', 'number', t('5.3. Tổng số lao động (dự kiến)', '5.3. Number of workers (expected)'), { width: 'short' }),
              field('/tax/vatMethod', 'radio', t('5.4. Phương pháp tính thuế GTGT', '5.4. VAT method'), {
                options: [option('declaration', 'Phương pháp kê khai', 'Self-declaration'), option('presumptive', 'Phương pháp khoán', 'Presumptive (lump-sum) tax')],
              }),
            ],
          },
          {
            id: 'identity',
            fields: [
              noElectronicIdField,
            ],
          },
        ],
      },
    ],
  },
  // 1.001612 in procedures.json, less the application itself. The postal-service rows (iii), (iv) are cut
  // short in the catalog and not modelled.
  documents: [
    slot('uy-quyen-chu-ho', t(
      'Bản sao văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh',
      'Copy of the family members’ authorisation of one member as owner of the household business',
    ), { copies: '0 bản chính,1 bản sao', appliesWhen: household, maxFiles: 5 }),
    slot('uy-quyen-ca-nhan', t(
      'Văn bản ủy quyền cho cá nhân thực hiện thủ tục đăng ký hộ kinh doanh',
      'Authorisation of the individual carrying out the registration',
    ), { copies: '0 bản chính,1 bản sao', appliesWhen: when(['filedBy'], 'individual') }),
    slot('hop-dong-dich-vu', t(
      'Bản sao hợp đồng cung cấp dịch vụ với tổ chức thực hiện thủ tục đăng ký hộ kinh doanh',
      'Copy of the service contract with the organisation carrying out the registration',
    ), { copies: '0 bản chính,1 bản sao', appliesWhen: when(['filedBy'], 'organization') }),
    slot('the-can-cuoc', t('Bản sao thẻ Căn cước của người nộp hồ sơ', "Copy of the filer's identity card"), {
      copies: '0 bản chính,1 bản sao',
      appliesWhen: when(['noElectronicId'], true),
      maxFiles: 2,
      description: t(
        'Trường hợp chưa có tài khoản định danh điện tử để thực hiện xác thực điện tử.',
        'When the filer has no electronic identity account for electronic authentication.',
      ),
    }),
  ],
};
