/**
 * Tờ khai đăng ký kết hôn — marriage registration declaration, procedure 1.000894 (Thủ tục đăng ký kết hôn).
 *
 * Legal basis (source: /work/shared/data/forms/1.000894.json): the form in the annex to Thông tư 04/2024/TT-BTP
 * (replacing the Thông tư 04/2020/TT-BTP form). The printed body is a three-column table — Thông tin | Bên nữ |
 * Bên nam — modelled here as two parties with the same seven rows; footnotes (3)–(5) become help texts.
 *
 * Left out: the two photo boxes (footnotes (1),(2): only for marriages with a foreign element, procedure
 * 2.000806), "Kính gửi" (routing), "Làm tại …, ngày …", both signatures and the "Cam đoan" (the submission and
 * its consent). Both parties' rows stay in `data`: the form is about the two people marrying, whichever of them
 * files the dossier.
 */
import {
  address, bool, choice, date, field, int, obj, option, personName, requireWhen, slot, t, text, when, type Field, type FormSchema, type Node,
} from './common.ts';

/**
 * Footnote (5) asks for the identity paper as "kind, number, issuer, date" (e.g. "Thẻ căn cước công dân số …
 * do Công an thành phố Hà Nội cấp ngày 11/01/2016"): structured here; a citizen identity number must be valid.
 * Issuer and date are required by inference from that example.
 */
const idDocument = (): Node =>
  obj(
    {
      kind: choice(['citizen-id', 'passport', 'other']),
      otherKind: text(100),
      number: text(20, { pattern: '^[A-Za-z0-9]+$' }),
      issuedBy: text(200),
      issuedOn: date(),
    },
    ['kind', 'number', 'issuedBy', 'issuedOn'],
    {
      allOf: [
        { if: { properties: { kind: { const: 'citizen-id' } }, required: ['kind'] }, then: { properties: { number: { format: 'vn-citizen-id' } } } },
        requireWhen({ properties: { kind: { const: 'other' } }, required: ['kind'] }, ['otherKind']),
      ],
    },
  );

/** One column of the table; every row is marked required in the source. */
const party = (): Node =>
  obj(
    {
      fullName: personName(),
      birthDate: date(),
      ethnicity: text(50),
      nationality: text(100, { default: 'Việt Nam' }),
      residence: address(),
      idDocument: idDocument(),
      // "Kết hôn lần thứ mấy" — the upper bound is a sanity limit (inferred).
      marriageOrdinal: int(1, 20),
    },
    ['fullName', 'birthDate', 'ethnicity', 'nationality', 'residence', 'idDocument', 'marriageOrdinal'],
  );

const partyFields = (who: 'bride' | 'groom'): Field[] => [
  field(`/${who}/fullName`, 'text', t('Họ, chữ đệm, tên', 'Full name'), { autocomplete: 'off' }),
  field(`/${who}/birthDate`, 'date', t('Ngày, tháng, năm sinh', 'Date of birth'), { width: 'short' }),
  field(`/${who}/ethnicity`, 'text', t('Dân tộc', 'Ethnic group'), { width: 'half' }),
  field(`/${who}/nationality`, 'text', t('Quốc tịch', 'Nationality'), { width: 'half' }),
  field(`/${who}/residence`, 'address', t('Nơi cư trú', 'Place of residence'), {
    optionsSource: 'units',
    help: t(
      'Ghi theo nơi đăng ký thường trú; nếu không có thì nơi đăng ký tạm trú; nếu không có cả hai thì nơi đang sinh sống.',
      'The place of permanent registration; failing that, of temporary registration; failing both, where the person lives now.',
    ),
  }),
  field(`/${who}/idDocument/kind`, 'select', t('Giấy tờ tùy thân', 'Identity paper'), {
    options: [
      option('citizen-id', 'Thẻ căn cước / căn cước công dân', 'Citizen identity card'),
      option('passport', 'Hộ chiếu', 'Passport'),
      option('other', 'Giấy tờ hợp lệ thay thế', 'Other valid substitute paper'),
    ],
    help: t(
      'Ghi thông tin về giấy tờ tùy thân như: hộ chiếu, thẻ căn cước công dân hoặc giấy tờ hợp lệ thay thế (ví dụ: Thẻ căn cước công dân số 05420000xxxx do Công an thành phố Hà Nội cấp ngày 11/01/2016).',
      'Give the identity paper: passport, citizen identity card or a valid substitute (e.g. citizen identity card no. 05420000xxxx issued by Hanoi Police on 11/01/2016).',
    ),
  }),
  field(`/${who}/idDocument/otherKind`, 'text', t('Tên giấy tờ', 'Name of the paper'), { showIf: when([who, 'idDocument', 'kind'], 'other') }),
  field(`/${who}/idDocument/number`, 'text', t('Số', 'Number'), { width: 'half' }),
  field(`/${who}/idDocument/issuedBy`, 'text', t('Cơ quan cấp', 'Issued by')),
  field(`/${who}/idDocument/issuedOn`, 'date', t('Ngày cấp', 'Date of issue'), { width: 'short' }),
  field(`/${who}/marriageOrdinal`, 'number', t('Kết hôn lần thứ mấy', 'Which marriage this is (1st, 2nd…)'), { width: 'short' }),
];

export const form: FormSchema = {
  revision: 1,
  data: obj(
    {
      bride: party(),
      groom: party(),
      copiesRequested: bool(),
      copyCount: int(1, 20),
    },
    ['bride', 'groom'],
    { allOf: [requireWhen(when(['copiesRequested'], true), ['copyCount'])] },
  ),
  layout: {
    steps: [
      {
        id: 'bride',
        title: t('Bên nữ', 'The woman'),
        sections: [{ id: 'bride', title: t('Thông tin bên nữ', "The woman's details"), fields: partyFields('bride') }],
      },
      {
        id: 'groom',
        title: t('Bên nam', 'The man'),
        sections: [{ id: 'groom', title: t('Thông tin bên nam', "The man's details"), fields: partyFields('groom') }],
      },
      {
        id: 'copies',
        title: t('Bản sao trích lục', 'Copies of the extract'),
        sections: [
          {
            id: 'copies',
            fields: [
              field('/copiesRequested', 'checkbox', t('Đề nghị cấp bản sao', 'We request certified copies'), {
                // Footnote (6) is cut off in the source after "Đề nghị đánh dấu X"; completed by analogy with the birth form.
                help: t('Đánh dấu nếu có yêu cầu cấp bản sao và ghi rõ số lượng.', 'Tick if you want copies, and say how many.'),
              }),
              field('/copyCount', 'number', t('Số lượng bản sao', 'Number of copies'), { width: 'short', showIf: when(['copiesRequested'], true) }),
            ],
          },
        ],
      },
    ],
  },
  // procedures.json lists no "Giấy tờ phải nộp" row for 1.000894 besides the declaration itself; its rows say
  // the papers to show are uploaded when filing online, and need not be when the national population database
  // already fills them in — so both slots are optional.
  documents: [
    slot('giay-to-tuy-than', t(
      'Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân',
      'Passport, citizen identity card, electronic identity or another photo identity paper with personal details',
    ), {
      copies: '1 bản chính',
      required: false,
      maxFiles: 4,
      description: t(
        'Không phải tải lên nếu thông tin cá nhân đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử.',
        'Not needed if the personal details are already in the national population or civil-status databases.',
      ),
    }),
    slot('giay-to-cu-tru', t(
      'Giấy tờ có giá trị chứng minh thông tin về cư trú',
      'Papers proving residence',
    ), {
      copies: '1 bản chính',
      required: false,
      description: t(
        'Chỉ khi cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân.',
        'Only when the registration office cannot obtain the residence details itself.',
      ),
    }),
  ],
};
