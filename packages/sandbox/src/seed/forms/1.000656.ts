/**
 * Tờ khai đăng ký khai tử — death registration declaration, procedure 1.000656 (Thủ tục đăng ký khai tử).
 *
 * Legal basis (source: /work/shared/data/forms/dang-ky-khai-tu.json): the form in the annex to Thông tư
 * 04/2024/TT-BTP (footnotes (1)–(5) as published by lawnet); the body follows the Thông tư 04/2020/TT-BTP
 * version (mẫu TP/HT-2020-TKKT). The source file carries no code; 1.000656 is the catalog's "Thủ tục đăng ký
 * khai tử" (procedures.json).
 *
 * Left out of `data`: "Kính gửi" (routing), the requester's name, residence and identity paper (the dossier's
 * applicant), "Làm tại …, ngày …", the signature and the "Cam đoan" (the submission and its consent).
 */
import {
  address, bool, choice, citizenId, date, field, int, obj, option, personName, requireWhen, sexOptions, slot, str, t, text, when, whenIn,
  without, type FormSchema,
} from './common.ts';

const footnote2 = t(
  'Chỉ ghi khi người chết chưa có hoặc không cung cấp được số định danh cá nhân/căn cước công dân/thẻ căn cước. Ghi theo nơi đăng ký thường trú; nếu không có thì nơi đăng ký tạm trú; nếu không có cả hai thì nơi ở.',
  "Only if the deceased's personal identification number is not given. Give the place of permanent registration; failing that, of temporary registration; failing both, where the person lived.",
);
const footnote3 = t(
  'Ghi số định danh cá nhân/căn cước công dân/thẻ căn cước của người chết. Nếu không có thì ghi giấy tờ hợp lệ thay thế (hộ chiếu, chứng minh nhân dân…).',
  "The deceased's personal identification number. Without one, describe a valid substitute paper (passport, old identity card…).",
);
const hasNotice = whenIn(['deathNotice', 'kind'], ['death-notice', 'substitute']);

export const form: FormSchema = {
  revision: 1,
  data: obj(
    {
      // Free text on the printed form ("Quan hệ với người đã chết"); no list of choices is published.
      relationship: text(100),
      byProxy: bool(),
      deceased: obj(
        {
          fullName: personName(),
          birthDate: date(),
          gender: choice(['male', 'female']),
          // Required flags for ethnicity, nationality, residence and identity are null in the source: optional here.
          ethnicity: text(50),
          nationality: text(100),
          citizenId: citizenId(),
          otherIdDocument: text(300),
          lastResidence: address(),
        },
        ['fullName', 'birthDate', 'gender'],
      ),
      death: obj(
        {
          date: date(),
          // "… giờ … phút": optional here (inferred — the hour may be unknown), 24-hour hh:mm.
          time: str(5, { pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }),
          place: address(),
          cause: text(500),
        },
        ['date', 'place'],
      ),
      // Footnote (4): a death notice, a substitute paper, or — when there is neither — the line stays empty.
      deathNotice: obj(
        {
          kind: choice(['death-notice', 'substitute', 'none']),
          substituteName: text(200),
          number: text(50),
          issuedBy: text(300),
          issuedOn: date(),
        },
        ['kind'],
        {
          allOf: [
            requireWhen({ properties: { kind: { enum: ['death-notice', 'substitute'] } }, required: ['kind'] }, ['number']),
            requireWhen({ properties: { kind: { const: 'substitute' } }, required: ['kind'] }, ['substituteName']),
          ],
        },
      ),
      // Case question behind the catalog's document for a death registered long after the event.
      longAgo: bool(),
      copiesRequested: bool(),
      copyCount: int(1, 20),
    },
    ['relationship', 'deceased', 'death', 'deathNotice'],
    { allOf: [requireWhen(when(['copiesRequested'], true), ['copyCount'])] },
  ),
  layout: {
    steps: [
      {
        id: 'requester',
        title: t('Người yêu cầu', 'The requester'),
        description: t(
          'Họ tên, nơi cư trú và giấy tờ tùy thân của người yêu cầu lấy theo thông tin người nộp hồ sơ.',
          "The requester's name, residence and identity paper are taken from the applicant's details.",
        ),
        sections: [
          {
            id: 'relationship',
            fields: [
              field('/relationship', 'text', t('Quan hệ với người đã chết', 'Relationship to the deceased'), { width: 'half' }),
              field('/byProxy', 'checkbox', t('Tôi được ủy quyền thực hiện việc đăng ký khai tử', 'I am acting under a power of attorney')),
            ],
          },
        ],
      },
      {
        id: 'deceased',
        title: t('Người đã chết', 'The deceased'),
        sections: [
          {
            id: 'identity',
            title: t('Đề nghị cơ quan đăng ký khai tử cho người có tên dưới đây', 'Please register the death of'),
            fields: [
              field('/deceased/fullName', 'text', t('Họ, chữ đệm, tên', 'Full name'), { autocomplete: 'off' }),
              field('/deceased/birthDate', 'date', t('Ngày, tháng, năm sinh', 'Date of birth'), { width: 'short' }),
              field('/deceased/gender', 'radio', t('Giới tính', 'Sex'), { options: sexOptions }),
              field('/deceased/ethnicity', 'text', t('Dân tộc', 'Ethnic group'), { width: 'half' }),
              field('/deceased/nationality', 'text', t('Quốc tịch', 'Nationality'), { width: 'half' }),
              field('/deceased/citizenId', 'citizen-id', t('Số định danh cá nhân', 'Personal identification number'), { help: footnote3 }),
              field('/deceased/otherIdDocument', 'text', t('Giấy tờ tùy thân thay thế', 'Substitute identity paper'), {
                help: footnote3,
                showIf: without(['deceased'], 'citizenId'),
              }),
              field('/deceased/lastResidence', 'address', t('Nơi cư trú cuối cùng', 'Last place of residence'), {
                help: footnote2,
                optionsSource: 'units',
                showIf: without(['deceased'], 'citizenId'),
              }),
            ],
          },
          {
            id: 'death',
            title: t('Sự kiện chết', 'The death'),
            fields: [
              field('/death/date', 'date', t('Đã chết vào ngày', 'Date of death'), { width: 'short' }),
              field('/death/time', 'text', t('Lúc (giờ, phút)', 'Time (hour and minute)'), {
                width: 'short',
                placeholder: t('hh:mm', 'hh:mm'),
              }),
              field('/death/place', 'address', t('Nơi chết', 'Place of death'), { optionsSource: 'units' }),
              field('/death/cause', 'text', t('Nguyên nhân chết', 'Cause of death')),
            ],
          },
        ],
      },
      {
        id: 'death-notice',
        title: t('Giấy báo tử', 'Death notice'),
        sections: [
          {
            id: 'notice',
            fields: [
              field('/deathNotice/kind', 'radio', t('Khai theo', 'Declared from'), {
                options: [
                  option('death-notice', 'Giấy báo tử', 'A death notice'),
                  option('substitute', 'Giấy tờ thay thế Giấy báo tử', 'A paper replacing the death notice'),
                  option('none', 'Không có', 'Neither'),
                ],
                help: t(
                  'Nếu ghi theo Giấy báo tử thì gạch cụm từ "Giấy tờ thay thế Giấy báo tử"; nếu ghi theo giấy tờ thay thế thì ghi rõ tên, số giấy tờ; trường hợp không có thì mục này để trống.',
                  'Choose what the entry is based on. For a substitute paper, give its name and number; if there is neither, the entry stays empty.',
                ),
              }),
              field('/deathNotice/substituteName', 'text', t('Tên giấy tờ thay thế', 'Name of the substitute paper'), {
                showIf: when(['deathNotice', 'kind'], 'substitute'),
              }),
              field('/deathNotice/number', 'text', t('Số', 'Number'), { width: 'short', showIf: hasNotice }),
              field('/deathNotice/issuedBy', 'text', t('Do … cấp', 'Issued by'), { showIf: hasNotice }),
              field('/deathNotice/issuedOn', 'date', t('Cấp ngày', 'Issued on'), { width: 'short', showIf: hasNotice }),
              field('/longAgo', 'checkbox', t('Đăng ký khai tử cho người chết đã lâu', 'The death occurred long ago')),
            ],
          },
          {
            id: 'copies',
            fields: [
              field('/copiesRequested', 'checkbox', t('Đề nghị cấp bản sao', 'I request certified copies of the death extract'), {
                help: t('Đánh dấu nếu có yêu cầu cấp bản sao và ghi rõ số lượng.', 'Tick if you want copies, and say how many.'),
              }),
              field('/copyCount', 'number', t('Số lượng bản sao', 'Number of copies'), { width: 'short', showIf: when(['copiesRequested'], true) }),
            ],
          },
        ],
      },
    ],
  },
  // "Giấy tờ phải nộp" of 1.000656 in procedures.json. The death-notice slot follows footnote (4): it is asked
  // for only when the entry is based on a notice or its substitute (inferred link).
  documents: [
    slot('giay-bao-tu', t(
      'Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp',
      'Death notice, or a paper replacing it, issued by the competent authority',
    ), { copies: '1 bản chính', appliesWhen: hasNotice }),
    slot('van-ban-uy-quyen', t(
      'Văn bản ủy quyền (được chứng thực) theo quy định của pháp luật trong trường hợp ủy quyền thực hiện việc đăng ký khai tử',
      'Certified power of attorney, when the death registration is made on behalf of someone else',
    ), {
      copies: '1 bản chính',
      appliesWhen: when(['byProxy'], true),
      maxFiles: 2,
      description: t(
        'Không phải chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền.',
        "No certification is needed if the attorney is the principal's grandparent, parent, child, spouse or sibling.",
      ),
    }),
    slot('chung-cu-su-kien-chet', t(
      'Giấy tờ, tài liệu, chứng cứ do cơ quan, tổ chức có thẩm quyền cấp hoặc xác nhận hợp lệ chứng minh sự kiện chết đối với trường hợp đăng ký khai tử cho người chết đã lâu',
      'Papers or evidence issued or validly certified by a competent body proving the death, for a death that occurred long ago',
    ), { copies: '1 bản chính', appliesWhen: when(['longAgo'], true), maxFiles: 5 }),
  ],
};
