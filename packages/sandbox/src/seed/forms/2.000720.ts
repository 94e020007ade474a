/**
 * Giấy đề nghị đăng ký thay đổi nội dung đăng ký hộ kinh doanh — application to change a household business's
 * registration, procedure 2.000720 (Đăng ký thay đổi nội dung đăng ký hộ kinh doanh).
 *
 * Sources: the cases and documents are procedures.json's for 2.000720 (national procedure database, Decision
 * 2353/QĐ-BTC): a change of name, place of business, capital or lines of business; a new owner authorised by
 * the family members; a new owner after the owner's death or incapacity; a change of family members. The
 * printed change form itself is not in /work/shared/data, so its fields are MODELLED (an approximation, not the
 * official field list): the household business is identified by its tax code (mã số thuế, which is its
 * registration number) and name, and the new values reuse the establishment form's blocks (Mẫu số 1,
 * Phụ lục II, Thông tư 68/2025/TT-BTC; see 1.001612.ts).
 */
import {
  address, bool, choice, citizenId, date, field, list, obj, option, requireWhen, slot, t, taxCode, telephone, text, upperName, vnd, when,
  whenIn, type Condition, type FormSchema,
} from './common.ts';
import { businessLines, businessLinesField, filedBy, filedByField, noElectronicIdField } from './household-business.ts';

const changeKind = (kind: string) => when(['changeKind'], kind);
const changed = (item: string) => when(['changes', item], true);
const newOwner = whenIn(['changeKind'], ['owner-authorised', 'owner-deceased']);
const both = (...conditions: Condition[]): Condition => ({ allOf: conditions });

export const form: FormSchema = {
  revision: 1,
  data: obj(
    {
      filedBy,
      business: obj({ taxCode: taxCode(), name: upperName(200) }, ['taxCode', 'name']),
      founder: choice(['individual', 'household']),
      changeKind: choice(['details', 'owner-authorised', 'owner-deceased', 'members']),
      changes: obj({ name: bool(), headquarters: bool(), capital: bool(), lines: bool() }),
      newName: obj({ vietnamese: upperName(200), foreign: text(200), abbreviation: text(100) }, ['vietnamese']),
      newHeadquarters: obj({ address: address(), phone: telephone() }, ['address']),
      newCapital: obj({ amount: vnd(), inWords: text(300) }, ['amount', 'inWords']),
      newLines: businessLines,
      newOwner: obj({ fullName: upperName(), birthDate: date(), personalId: citizenId() }, ['fullName', 'birthDate', 'personalId']),
      members: list(
        obj({ fullName: text(100), birthDate: date(), personalId: citizenId(), change: choice(['join', 'leave']) }, ['fullName', 'personalId', 'change']),
        50,
        1,
      ),
      noElectronicId: bool(),
    },
    ['filedBy', 'business', 'founder', 'changeKind'],
    {
      allOf: [
        requireWhen(changed('name'), ['newName']),
        requireWhen(changed('headquarters'), ['newHeadquarters']),
        requireWhen(changed('capital'), ['newCapital']),
        requireWhen(changed('lines'), ['newLines']),
        requireWhen(newOwner, ['newOwner']),
        requireWhen(changeKind('members'), ['members']),
      ],
    },
  ),
  layout: {
    steps: [
      {
        id: 'business',
        title: t('Hộ kinh doanh', 'The household business'),
        sections: [
          {
            id: 'filer',
            fields: [
              filedByField,
            ],
          },
          {
            id: 'registered',
            title: t('Hộ kinh doanh đã đăng ký', 'The registered household business'),
            fields: [
              field('/business/taxCode', 'tax-code', t('Mã số thuế của hộ kinh doanh', 'Tax code of the household business'), {
                width: 'half',
                help: t('10 chữ số, như trên Giấy chứng nhận đăng ký hộ kinh doanh.', '10 digits, as on the registration certificate.'),
              }),
              field('/business/name', 'text', t('Tên hộ kinh doanh (chữ in hoa), sau "HỘ KINH DOANH"', 'Name (in capitals), after "HỘ KINH DOANH"')),
              field('/founder', 'radio', t('Hộ kinh doanh do ai đăng ký thành lập', 'Who established the household business'), {
                options: [option('individual', 'Cá nhân', 'An individual'), option('household', 'Các thành viên hộ gia đình', 'Members of a family household')],
              }),
            ],
          },
        ],
      },
      {
        id: 'changes',
        title: t('Nội dung thay đổi', 'What changes'),
        sections: [
          {
            id: 'kind',
            fields: [
              field('/changeKind', 'radio', t('Đăng ký thay đổi về', 'The change concerns'), {
                options: [
                  option('details', 'Tên, địa chỉ trụ sở, vốn kinh doanh, ngành, nghề kinh doanh', 'Name, place of business, capital, lines of business'),
                  option('owner-authorised', 'Chủ hộ kinh doanh (các thành viên hộ gia đình ủy quyền cho một thành viên)', 'The owner (the family members authorise one of them)'),
                  option('owner-deceased', 'Chủ hộ kinh doanh (chủ hộ chết, mất tích, bị hạn chế hoặc mất năng lực hành vi dân sự)', 'The owner (after death, disappearance or incapacity)'),
                  option('members', 'Thành viên hộ gia đình đăng ký hộ kinh doanh', 'The family members registered with the business'),
                ],
              }),
            ],
          },
          {
            id: 'items',
            title: t('Nội dung đăng ký thay đổi', 'Items to change'),
            showIf: changeKind('details'),
            fields: [
              field('/changes/name', 'checkbox', t('Tên hộ kinh doanh', 'Name')),
              field('/changes/headquarters', 'checkbox', t('Địa chỉ trụ sở', 'Place of business')),
              field('/changes/capital', 'checkbox', t('Vốn kinh doanh', 'Capital')),
              field('/changes/lines', 'checkbox', t('Ngành, nghề kinh doanh', 'Lines of business')),
            ],
          },
          {
            id: 'new-name',
            title: t('Tên mới của hộ kinh doanh', 'New name'),
            showIf: both(changeKind('details'), changed('name')),
            fields: [
              field('/newName/vietnamese', 'text', t('Tên viết bằng tiếng Việt (chữ in hoa)', 'Name in Vietnamese (in capitals)')),
              field('/newName/foreign', 'text', t('Tên viết bằng tiếng nước ngoài (nếu có)', 'Name in a foreign language (if any)')),
              field('/newName/abbreviation', 'text', t('Tên viết tắt (nếu có)', 'Abbreviated name (if any)'), { width: 'half' }),
            ],
          },
          {
            id: 'new-headquarters',
            title: t('Địa chỉ trụ sở mới', 'New place of business'),
            showIf: both(changeKind('details'), changed('headquarters')),
            fields: [
              field('/newHeadquarters/address', 'address', t('Địa chỉ trụ sở', 'Address'), { optionsSource: 'units' }),
              field('/newHeadquarters/phone', 'phone', t('Điện thoại (nếu có)', 'Telephone (if any)'), { width: 'half' }),
            ],
          },
          {
            id: 'new-capital',
            title: t('Vốn kinh doanh mới', 'New capital'),
            showIf: both(changeKind('details'), changed('capital')),
            fields: [
              field('/newCapital/amount', 'money', t('Tổng số (bằng số, VNĐ)', 'Total (in figures, VND)'), { width: 'half' }),
              field('/newCapital/inWords', 'text', t('Bằng chữ', 'In words')),
            ],
          },
          {
            id: 'new-lines',
            title: t('Ngành, nghề kinh doanh sau khi thay đổi', 'Lines of business after the change'),
            showIf: both(changeKind('details'), changed('lines')),
            fields: [
              businessLinesField('/newLines'),
            ],
          },
          {
            id: 'new-owner',
            title: t('Chủ hộ kinh doanh mới', 'The new owner'),
            showIf: newOwner,
            fields: [
              field('/newOwner/fullName', 'text', t('Họ tên (chữ in hoa)', 'Full name (in capitals)')),
              field('/newOwner/birthDate', 'date', t('Sinh ngày', 'Date of birth'), { width: 'short' }),
              field('/newOwner/personalId', 'citizen-id', t('Số định danh cá nhân', 'Personal identification number')),
            ],
          },
          {
            id: 'members',
            title: t('Thành viên hộ gia đình thay đổi', 'Family members who join or leave'),
            showIf: changeKind('members'),
            fields: [
              field('/members', 'group', t('Thành viên hộ gia đình', 'Family members'), {
                group: {
                  itemLabel: t('Thành viên', 'Member'),
                  addLabel: t('Thêm thành viên', 'Add a member'),
                  fields: [
                    field('/fullName', 'text', t('Họ tên', 'Full name')),
                    field('/birthDate', 'date', t('Ngày, tháng, năm sinh', 'Date of birth'), { width: 'short' }),
                    field('/personalId', 'citizen-id', t('Số định danh cá nhân', 'Personal identification number')),
                    field('/change', 'radio', t('Thay đổi', 'Change'), {
                      options: [option('join', 'Tham gia hộ kinh doanh', 'Joins'), option('leave', 'Rút khỏi hộ kinh doanh', 'Leaves')],
                    }),
                  ],
                },
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
  // 2.000720 in procedures.json, less the application itself (this form). Row (iii) of the authorisations is
  // missing from the catalog and the postal-service row (iv) is cut short: not modelled.
  documents: [
    slot('bien-ban-hop', t(
      'Biên bản họp nhóm cá nhân tham gia hộ kinh doanh về việc đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
      'Minutes of the meeting of the members of the household business on the change',
    ), { copies: '1 bản chính', appliesWhen: both(changeKind('details'), when(['founder'], 'household')) }),
    slot('uy-quyen-chu-ho', t(
      'Bản sao văn bản ủy quyền của các thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh (công chứng hoặc chứng thực)',
      'Copy of the family members’ notarised authorisation of one member as owner',
    ), { copies: '0 bản chính,1 bản sao', appliesWhen: changeKind('owner-authorised') }),
    slot('giay-chung-tu', t(
      'Bản sao giấy chứng tử hoặc quyết định của Tòa án tuyên bố chủ hộ đã chết, mất tích, bị hạn chế hoặc mất năng lực hành vi dân sự',
      'Copy of the death certificate or the court decision on the owner’s death, disappearance or incapacity',
    ), { copies: '0 bản chính,1 bản sao', appliesWhen: changeKind('owner-deceased') }),
    slot('uy-quyen-thanh-vien-moi', t(
      'Bản sao văn bản ủy quyền của thành viên mới cho chủ hộ kinh doanh (công chứng hoặc chứng thực)',
      'Copy of the new member’s notarised authorisation of the owner',
    ), { copies: '0 bản chính,1 bản sao', appliesWhen: changeKind('members'), maxFiles: 5 }),
    slot('uy-quyen-ca-nhan', t(
      'Văn bản ủy quyền cho cá nhân thực hiện thủ tục đăng ký hộ kinh doanh',
      'Authorisation of the individual carrying out the procedure',
    ), { copies: '1 bản chính', appliesWhen: when(['filedBy'], 'individual') }),
    slot('hop-dong-dich-vu', t(
      'Bản sao hợp đồng cung cấp dịch vụ với tổ chức thực hiện thủ tục đăng ký hộ kinh doanh',
      'Copy of the service contract with the organisation carrying out the procedure',
    ), { copies: '1 bản chính', appliesWhen: when(['filedBy'], 'organization') }),
    slot('the-can-cuoc', t('Bản sao thẻ Căn cước của người nộp hồ sơ', "Copy of the filer's identity card"), {
      copies: '0 bản chính,1 bản sao',
      appliesWhen: when(['noElectronicId'], true),
      maxFiles: 2,
    }),
  ],
};
