/**
 * Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp — declaration requesting a criminal record certificate, procedure
 * 3.000333 (Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam…).
 *
 * Legal basis (source: /work/shared/data/forms/cap-phieu-ly-lich-tu-phap.json): Mẫu số 03/2013/TT-LLTP (a person
 * requesting for themself) of Thông tư 16/2013/TT-BTP amending Thông tư 13/2011/TT-BTP; the catalog now names
 * Mẫu số 01/2025/LLTP, whose body was not captured. Confidence is low: the labels are paraphrased from the
 * Ministry of Justice's online declaration and filling guidance. The source file has no code; 3.000333 is the
 * catalog's procedure of that name.
 *
 * Scope: the person requests their own certificate, so their name, date of birth, sex and identity number are
 * the dossier's applicant. A request under a power of attorney uses another form (Mẫu số 04/2013/TT-LLTP),
 * not modelled. "Đơn vị tiếp nhận" is the routing; the "mục đích sử dụng" line is not confirmed by the source
 * and is left out.
 */
import {
  address, bool, choice, date, field, int, list, obj, option, personName, requireWhen, slot, t, text, when, type FormSchema, type Node,
} from './common.ts';

/** Father, mother, spouse: name and date of birth (required flags null in the source; a name once any is given). */
const relative = (): Node => obj({ fullName: personName(), birthDate: date() }, ['fullName']);

export const form: FormSchema = {
  revision: 1,
  data: obj(
    {
      birthPlace: text(300),
      nationality: text(100, { default: 'Việt Nam' }),
      permanentResidence: address(),
      temporaryResidence: address(),
      // The identity paper's number is the applicant's; the form also asks for its kind, date and place of issue.
      idDocument: obj(
        {
          kind: choice(['citizen-id', 'identity-card', 'passport']),
          passportNumber: text(20, { pattern: '^[A-Za-z0-9]+$' }),
          issuedOn: date(),
          issuedBy: text(200),
        },
        ['kind', 'issuedOn', 'issuedBy'],
        { allOf: [requireWhen({ properties: { kind: { const: 'passport' } }, required: ['kind'] }, ['passportNumber'])] },
      ),
      father: relative(),
      mother: relative(),
      spouse: relative(),
      // "Quá trình cư trú (tính từ khi đủ 14 tuổi)": rows of the printed table. At least one row (inferred).
      residenceHistory: list(
        obj(
          {
            from: date(),
            to: date(),
            place: text(300),
            occupation: text(100),
            workplace: text(300),
          },
          ['from', 'to', 'place'],
        ),
        50,
        1,
      ),
      certificateType: { type: 'integer', enum: [1, 2] },
      // The upper bound is a sandbox limit (inferred).
      copyCount: int(1, 20),
      // Case question behind the catalog's fee exemption document.
      feeReduction: bool(),
    },
    ['birthPlace', 'nationality', 'permanentResidence', 'idDocument', 'residenceHistory', 'certificateType', 'copyCount'],
  ),
  layout: {
    steps: [
      {
        id: 'personal',
        title: t('Thông tin cơ bản', 'Personal information'),
        description: t(
          'Họ tên, giới tính, ngày sinh và số định danh cá nhân lấy theo thông tin người nộp hồ sơ.',
          "Name, sex, date of birth and personal identification number are taken from the applicant's details.",
        ),
        sections: [
          {
            id: 'identity',
            fields: [
              field('/birthPlace', 'text', t('Nơi sinh', 'Place of birth'), {
                help: t('Ghi rõ xã/phường, huyện/quận, tỉnh/thành phố.', 'Give the commune/ward, district and province/city.'),
              }),
              field('/nationality', 'text', t('Quốc tịch', 'Nationality'), { width: 'half' }),
              field('/permanentResidence', 'address', t('Nơi thường trú', 'Place of permanent residence'), {
                optionsSource: 'units',
                help: t('Ghi rõ số nhà, xã/phường.', 'Give the house number and the commune or ward.'),
              }),
              field('/temporaryResidence', 'address', t('Nơi tạm trú', 'Place of temporary residence'), { optionsSource: 'units' }),
            ],
          },
          {
            id: 'id-document',
            title: t('Giấy tờ tùy thân', 'Identity paper'),
            fields: [
              field('/idDocument/kind', 'radio', t('Loại giấy tờ', 'Kind of paper'), {
                options: [
                  option('citizen-id', 'Căn cước công dân / thẻ căn cước', 'Citizen identity card'),
                  option('identity-card', 'Chứng minh nhân dân', 'Old identity card (CMND)'),
                  option('passport', 'Hộ chiếu', 'Passport'),
                ],
              }),
              field('/idDocument/passportNumber', 'text', t('Số hộ chiếu', 'Passport number'), {
                width: 'half',
                showIf: when(['idDocument', 'kind'], 'passport'),
              }),
              field('/idDocument/issuedOn', 'date', t('Ngày cấp', 'Date of issue'), { width: 'short' }),
              field('/idDocument/issuedBy', 'text', t('Nơi cấp', 'Place of issue')),
            ],
          },
        ],
      },
      {
        id: 'family',
        title: t('Thông tin về cha, mẹ, vợ (chồng)', 'Parents and spouse'),
        sections: [
          {
            id: 'father',
            title: t('Cha', 'Father'),
            fields: [
              field('/father/fullName', 'text', t('Họ tên cha', "Father's full name")),
              field('/father/birthDate', 'date', t('Ngày sinh', 'Date of birth'), { width: 'short' }),
            ],
          },
          {
            id: 'mother',
            title: t('Mẹ', 'Mother'),
            fields: [
              field('/mother/fullName', 'text', t('Họ tên mẹ', "Mother's full name")),
              field('/mother/birthDate', 'date', t('Ngày sinh', 'Date of birth'), { width: 'short' }),
            ],
          },
          {
            id: 'spouse',
            title: t('Vợ/chồng', 'Spouse'),
            fields: [
              field('/spouse/fullName', 'text', t('Họ tên vợ/chồng', "Spouse's full name")),
              field('/spouse/birthDate', 'date', t('Ngày sinh', 'Date of birth'), { width: 'short' }),
            ],
          },
        ],
      },
      {
        id: 'residence',
        title: t('Quá trình cư trú', 'Places of residence'),
        sections: [
          {
            id: 'history',
            title: t('Quá trình cư trú (tính từ khi đủ 14 tuổi)', 'Where you have lived since the age of 14'),
            fields: [
              field('/residenceHistory', 'group', t('Quá trình cư trú', 'Places of residence'), {
                group: {
                  itemLabel: t('Nơi cư trú', 'Residence'),
                  addLabel: t('Thêm nơi cư trú', 'Add a place'),
                  fields: [
                    field('/from', 'date', t('Từ ngày', 'From'), { width: 'short' }),
                    field('/to', 'date', t('Đến ngày', 'To'), { width: 'short' }),
                    field('/place', 'text', t('Nơi thường trú/tạm trú', 'Place of permanent/temporary residence')),
                    field('/occupation', 'text', t('Nghề nghiệp', 'Occupation'), { width: 'half' }),
                    field('/workplace', 'text', t('Nơi làm việc', 'Workplace'), { width: 'half' }),
                  ],
                },
              }),
            ],
          },
        ],
      },
      {
        id: 'request',
        title: t('Yêu cầu cấp phiếu', 'The certificate requested'),
        sections: [
          {
            id: 'certificate',
            fields: [
              field('/certificateType', 'radio', t('Loại phiếu yêu cầu', 'Certificate requested'), {
                options: [
                  option(1, 'Phiếu lý lịch tư pháp số 1', 'Criminal record certificate no. 1'),
                  option(2, 'Phiếu lý lịch tư pháp số 2', 'Criminal record certificate no. 2'),
                ],
              }),
              field('/copyCount', 'number', t('Số lượng phiếu', 'Number of certificates'), {
                width: 'short',
                help: t(
                  'Được cấp 2 phiếu; mỗi bản thêm nộp 5.000 đồng (theo biểu mẫu trực tuyến chính thức).',
                  'Two certificates are issued; each extra copy costs 5,000 đồng (per the official online form).',
                ),
              }),
              field('/feeReduction', 'checkbox', t('Thuộc đối tượng được miễn, giảm phí', 'I qualify for a fee exemption or reduction')),
            ],
          },
        ],
      },
    ],
  },
  // 3.000333 in procedures.json lists its documents without a group heading. Left out: the declarations
  // themselves (paper and interactive, Mẫu 01/2025 and 04/2025) and the power of attorney (out of scope above).
  documents: [
    slot('giay-to-tuy-than', t(
      'Bản sao Thẻ Căn cước hoặc thẻ Căn cước công dân hoặc Giấy xác nhận căn cước hoặc Hộ chiếu của người được cấp Phiếu',
      'Copy of the identity card, citizen identity card, identity confirmation or passport of the person the certificate is for',
    ), {
      copies: '1 bản chính',
      maxFiles: 2,
      description: t('Xuất trình bản chính để đối chiếu.', 'Show the original for comparison.'),
    }),
    slot('mien-giam-phi', t(
      'Các giấy tờ để chứng minh đối tượng miễn, hoặc giảm phí (nếu có)',
      'Papers proving entitlement to a fee exemption or reduction (if any)',
    ), { copies: '1 bản chính', appliesWhen: when(['feeReduction'], true) }),
  ],
};
