/**
 * Tờ khai đăng ký khai sinh — birth registration declaration, procedure 1.001193 (Thủ tục đăng ký khai sinh).
 *
 * Legal basis (source: /work/shared/data/forms/1.001193.json): the form issued with Thông tư 04/2024/TT-BTP,
 * replacing Phụ lục 5 of Thông tư 04/2020/TT-BTP; footnotes (1)–(6) as printed under the form.
 *
 * Left out of `data`: "Kính gửi" (the registration office — the dossier's routing decides it), the requester's
 * own name, date of birth, residence and identity paper (the dossier's applicant), "Làm tại …, ngày …" and
 * the signature (the online submission itself), and the "Cam đoan" (the submission's consent).
 */
import {
  address, bool, choice, citizenId, date, field, int, obj, option, personName, requireWhen, sexOptions, slot, str, t, text, when, without,
  type FormSchema, type Node,
} from './common.ts';

const footnote2 = t(
  'Chỉ ghi khi chưa có hoặc không cung cấp số định danh cá nhân/căn cước công dân/thẻ căn cước. Nơi cư trú ghi theo nơi đăng ký thường trú; nếu không có thì nơi đăng ký tạm trú; nếu không có cả hai thì nơi ở hiện tại.',
  'Only if no personal identification number (citizen identity card number) is given. For residence, give the place of permanent registration; failing that, of temporary registration; failing both, where the person lives now.',
);
const footnote3 = t(
  'Ghi số định danh cá nhân/căn cước công dân/thẻ căn cước. Nếu không có thì ghi giấy tờ hợp lệ thay thế (hộ chiếu, chứng minh nhân dân…): loại, số, cơ quan cấp, ngày cấp.',
  'Give the personal identification number (citizen identity card). Without one, describe a valid substitute paper (passport, old identity card…): kind, number, issuer and date of issue.',
);
const footnote5 = t('Ghi đầy đủ ngày, tháng sinh của cha, mẹ (nếu có).', "Give the parent's full date of birth if known.");

/** A parent: every line is optional on the form (required flags are null in the source); a name once any line is given. */
const parent = (): Node =>
  obj(
    {
      fullName: personName(),
      birthYear: int(1900, 2100),
      birthDate: date(),
      citizenId: citizenId(),
      otherIdDocument: text(300),
      ethnicity: text(50),
      nationality: text(100),
      residence: address(),
    },
    ['fullName'],
  );

const parentFields = (who: 'mother' | 'father', vi: string, en: string) => {
  const noId = without([who], 'citizenId');
  return [
    field(`/${who}/fullName`, 'text', t(`Họ, chữ đệm, tên ${vi}`, `${en}'s full name`), { autocomplete: 'off' }),
    field(`/${who}/birthYear`, 'number', t('Năm sinh', 'Year of birth'), { width: 'short' }),
    field(`/${who}/birthDate`, 'date', t('Ngày, tháng, năm sinh (nếu có)', 'Full date of birth (if known)'), { width: 'short', help: footnote5 }),
    field(`/${who}/citizenId`, 'citizen-id', t('Số định danh cá nhân', 'Personal identification number'), { help: footnote3 }),
    field(`/${who}/otherIdDocument`, 'text', t('Giấy tờ tùy thân thay thế', 'Substitute identity paper'), { help: footnote3, showIf: noId }),
    field(`/${who}/ethnicity`, 'text', t('Dân tộc', 'Ethnic group'), { width: 'half', help: footnote2, showIf: noId }),
    field(`/${who}/nationality`, 'text', t('Quốc tịch', 'Nationality'), { width: 'half', help: footnote2, showIf: noId }),
    field(`/${who}/residence`, 'address', t('Nơi cư trú', 'Place of residence'), { help: footnote2, showIf: noId, optionsSource: 'units' }),
  ];
};

export const form: FormSchema = {
  revision: 1,
  data: obj(
    {
      // The e-form's choices (Bản thân / Cha / Mẹ / Khác), per the source's e_form_note; the printed form has a free line.
      relationship: choice(['self', 'father', 'mother', 'other']),
      relationshipOther: text(100),
      byProxy: bool(),
      child: obj(
        {
          fullName: personName(),
          birthDate: date(),
          birthDateInWords: text(200),
          gender: choice(['male', 'female']),
          ethnicity: text(50),
          nationality: text(100, { default: 'Việt Nam' }),
          birthPlace: address(),
          hometown: text(300),
        },
        ['fullName', 'birthDate', 'birthDateInWords', 'gender', 'ethnicity', 'nationality', 'birthPlace'],
      ),
      mother: parent(),
      father: parent(),
      parentsMarried: bool(),
      marriageCertificate: obj({
        number: str(50),
        book: str(50),
        registeredOn: date(),
        registeredAt: str(300),
      }),
      // Case questions behind the catalog's "Trường hợp …" documents; not lines of the printed form.
      abandoned: bool(),
      surrogacy: bool(),
      copiesRequested: bool(),
      // Upper bound is a sandbox limit (inferred); the form only asks for the number.
      copyCount: int(1, 20),
    },
    ['relationship', 'child'],
    {
      allOf: [
        requireWhen(when(['relationship'], 'other'), ['relationshipOther']),
        requireWhen(when(['copiesRequested'], true), ['copyCount']),
      ],
    },
  ),
  layout: {
    steps: [
      {
        id: 'requester',
        title: t('Người yêu cầu', 'The requester'),
        description: t(
          'Họ tên, ngày sinh, nơi cư trú và giấy tờ tùy thân của người yêu cầu lấy theo thông tin người nộp hồ sơ.',
          "The requester's name, date of birth, residence and identity paper are taken from the applicant's details.",
        ),
        sections: [
          {
            id: 'relationship',
            fields: [
              field('/relationship', 'radio', t('Quan hệ với người được khai sinh', 'Relationship to the person being registered'), {
                options: [
                  option('self', 'Bản thân', 'Myself'),
                  option('father', 'Cha', 'Father'),
                  option('mother', 'Mẹ', 'Mother'),
                  option('other', 'Khác', 'Other'),
                ],
              }),
              field('/relationshipOther', 'text', t('Ghi rõ quan hệ', 'State the relationship'), { showIf: when(['relationship'], 'other') }),
              field('/byProxy', 'checkbox', t('Tôi được ủy quyền thực hiện việc đăng ký khai sinh', 'I am acting under a power of attorney'), {
                showIf: when(['relationship'], 'other'),
              }),
            ],
          },
        ],
      },
      {
        id: 'child',
        title: t('Người được khai sinh', 'The person being registered'),
        sections: [
          {
            id: 'child',
            title: t('Đề nghị cơ quan đăng ký khai sinh cho người dưới đây', 'Please register the birth of'),
            fields: [
              field('/child/fullName', 'text', t('Họ, chữ đệm, tên', 'Full name'), { autocomplete: 'off' }),
              field('/child/birthDate', 'date', t('Ngày, tháng, năm sinh', 'Date of birth'), { width: 'short' }),
              field('/child/birthDateInWords', 'text', t('Ngày, tháng, năm sinh (ghi bằng chữ)', 'Date of birth in words'), {
                placeholder: t('Ví dụ: ngày mười lăm tháng ba năm hai nghìn hai mươi lăm', 'In Vietnamese words, e.g. ngày mười lăm tháng ba năm hai nghìn hai mươi lăm'),
              }),
              field('/child/gender', 'radio', t('Giới tính', 'Sex'), { options: sexOptions }),
              field('/child/ethnicity', 'text', t('Dân tộc', 'Ethnic group'), { width: 'half' }),
              field('/child/nationality', 'text', t('Quốc tịch', 'Nationality'), { width: 'half' }),
              field('/child/birthPlace', 'address', t('Nơi sinh', 'Place of birth'), {
                optionsSource: 'units',
                help: t(
                  'Sinh tại cơ sở y tế: ghi tên cơ sở y tế và địa chỉ trụ sở cơ sở y tế đó. Sinh ngoài cơ sở y tế: ghi địa danh của 03 cấp hành chính (xã, huyện, tỉnh) nơi sinh ra.',
                  'Born in a health facility: give its name and address. Born elsewhere: give the place names of the three administrative levels (commune, district, province).',
                ),
              }),
              field('/child/hometown', 'text', t('Quê quán', 'Place of origin (quê quán)')),
            ],
          },
        ],
      },
      {
        id: 'parents',
        title: t('Cha, mẹ', 'Parents'),
        sections: [
          { id: 'mother', title: t('Thông tin người mẹ', 'The mother'), fields: parentFields('mother', 'người mẹ', 'Mother') },
          { id: 'father', title: t('Thông tin người cha', 'The father'), fields: parentFields('father', 'người cha', 'Father') },
          {
            id: 'married',
            fields: [
              field('/parentsMarried', 'checkbox', t('Cha, mẹ trẻ đã đăng ký kết hôn', "The child's parents have registered their marriage")),
            ],
          },
          {
            id: 'marriage-certificate',
            title: t('Thông tin về Giấy chứng nhận kết hôn của cha, mẹ trẻ', "The parents' marriage certificate"),
            showIf: when(['parentsMarried'], true),
            fields: [
              field('/marriageCertificate/number', 'text', t('Số', 'Number'), { width: 'short' }),
              field('/marriageCertificate/book', 'text', t('Quyển số', 'Register book number'), { width: 'short' }),
              field('/marriageCertificate/registeredOn', 'date', t('Đăng ký ngày', 'Registered on'), { width: 'short' }),
              field('/marriageCertificate/registeredAt', 'text', t('Tại', 'Registered at (office)')),
            ],
          },
        ],
      },
      {
        id: 'request',
        title: t('Trường hợp và bản sao', 'Circumstances and copies'),
        sections: [
          {
            id: 'circumstances',
            title: t('Trường hợp đặc biệt', 'Special circumstances'),
            description: t('Đánh dấu nếu có, để nộp đúng giấy tờ.', 'Tick any that apply, so the right documents are asked for.'),
            fields: [
              field('/abandoned', 'checkbox', t('Trẻ em bị bỏ rơi', 'The child was abandoned')),
              field('/surrogacy', 'checkbox', t('Trẻ em sinh ra do mang thai hộ', 'The child was born through gestational surrogacy')),
            ],
          },
          {
            id: 'copies',
            fields: [
              field('/copiesRequested', 'checkbox', t('Đề nghị cấp bản sao', 'I request certified copies'), {
                help: t('Đánh dấu nếu có yêu cầu cấp bản sao và ghi rõ số lượng.', 'Tick if you want copies, and say how many.'),
              }),
              field('/copyCount', 'number', t('Số lượng bản sao', 'Number of copies'), { width: 'short', showIf: when(['copiesRequested'], true) }),
            ],
          },
        ],
      },
    ],
  },
  // "Giấy tờ phải nộp" of 1.001193 in procedures.json, less the declaration itself and the explanatory
  // "0 bản chính" row.
  documents: [
    slot('giay-chung-sinh', t(
      'Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì giấy cam đoan về việc sinh',
      "Birth certificate from the health facility; without it, a witness's written statement of the birth; without a witness, a written undertaking about the birth",
    ), { copies: '1 bản chính' }),
    slot('bien-ban-tre-bi-bo-roi', t(
      'Biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập',
      'Record of the abandonment of the child, drawn up by the competent authority',
    ), { copies: '1 bản chính', appliesWhen: when(['abandoned'], true) }),
    slot('xac-nhan-mang-thai-ho', t(
      'Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ',
      'Confirmation from the health facility that performed the assisted reproduction for the surrogacy',
    ), { copies: '1 bản chính', appliesWhen: when(['surrogacy'], true) }),
    slot('van-ban-uy-quyen', t(
      'Văn bản ủy quyền (được chứng thực) theo quy định của pháp luật trong trường hợp ủy quyền thực hiện việc đăng ký khai sinh',
      'Certified power of attorney, when the birth registration is made on behalf of someone else',
    ), { copies: '1 bản chính', appliesWhen: when(['byProxy'], true), maxFiles: 2 }),
  ],
};
