/**
 * Tờ khai thay đổi thông tin cư trú (Mẫu CT01) — residence information declaration, as used for procedure
 * 1.004222 (Đăng ký thường trú).
 *
 * Legal basis (source: /work/shared/data/forms/ct01-to-khai-thay-doi-thong-tin-cu-tru.json): Mẫu CT01 issued
 * with Thông tư số 53/2025/TT-BCA of 01/7/2025 (replacing the CT01 of Thông tư 56/2021/TT-BCA as amended by
 * Thông tư 66/2023/TT-BCA); items 1–11, the four opinion/signature columns and footnotes (1)–(7).
 *
 * CT01 serves every residence procedure (permanent and temporary registration, …); the source calls it "CT01"
 * rather than a procedure code. It is keyed here to 1.004222, and the registration cases and their documents
 * are that procedure's (procedures.json).
 *
 * Left out of `data`: "Kính gửi" (1) (routing), items 1–6 (the declarant's name, date of birth, sex, personal
 * identification number, phone and email — the dossier's applicant) and the signatures. Footnote (6): filing
 * through the public service portal needs no signature.
 */
import {
  choice, citizenId, date, field, list, obj, option, personName, requireWhen, sexOptions, slot, t, text, when, whenIn,
  type Choice, type FormSchema,
} from './common.ts';

/** Footnotes (3)–(5) list how an opinion is given; signing the paper form is not possible online. */
const consentOptions = (vi: string, en: string): Choice[] => [
  option('not-required', `Không thuộc trường hợp phải lấy ý kiến ${vi}, hoặc người kê khai chính là ${vi}`, `Not needed, or I am the ${en} myself`),
  option('vneid', 'Xác nhận qua ứng dụng định danh quốc gia hoặc dịch vụ công trực tuyến', 'Confirmed through the national identification app (VNeID) or an online public service'),
  option('document', 'Có văn bản riêng ghi rõ nội dung đồng ý (không phải công chứng, chứng thực)', 'A separate written consent (no notarisation needed)'),
];
const consentKinds = ['not-required', 'vneid', 'document'] as const;
const footnote7 = t(
  'Chỉ kê khai khi đề nghị xác nhận nội dung đồng ý thông qua ứng dụng định danh quốc gia.',
  'Only when the consent is to be confirmed through the national identification app.',
);

export const form: FormSchema = {
  revision: 1,
  data: obj(
    {
      // The permanent-registration cases are the headings of 1.004222's documents in procedures.json (the list is
      // truncated there; "other" covers the cases it does not show).
      registrationCase: choice(['own-residence', 'relative-residence', 'social-care', 'religious-establishment', 'other']),
      // Items 7–9 (required flags null in the source: optional, a name once given).
      householdHead: obj({ fullName: personName(), citizenId: citizenId() }, ['fullName']),
      relationshipToHead: text(50),
      // Item 10, footnote (2).
      request: text(2000),
      // Item 11: household members changing with the declarant (a name and a date of birth per row, inferred).
      members: list(
        obj(
          {
            fullName: personName(),
            birthDate: date(),
            gender: choice(['male', 'female']),
            citizenId: citizenId(),
            relationshipToHead: text(50),
          },
          ['fullName', 'birthDate'],
        ),
        30,
      ),
      consents: obj(
        {
          householdHead: choice(consentKinds),
          owner: choice(consentKinds),
          guardian: choice(consentKinds),
        },
        ['householdHead', 'owner', 'guardian'],
      ),
      // Footnote (7): name and personal identification number of the owner / parent or guardian.
      owner: obj({ fullName: personName(), citizenId: citizenId() }, ['fullName', 'citizenId']),
      guardian: obj({ fullName: personName(), citizenId: citizenId() }, ['fullName', 'citizenId']),
    },
    ['registrationCase', 'request', 'consents'],
    {
      allOf: [
        requireWhen(when(['consents', 'owner'], 'vneid'), ['owner']),
        requireWhen(when(['consents', 'guardian'], 'vneid'), ['guardian']),
      ],
    },
  ),
  layout: {
    steps: [
      {
        id: 'request',
        title: t('Nội dung đề nghị', 'The request'),
        description: t(
          'Họ tên, ngày sinh, giới tính, số định danh cá nhân, số điện thoại và email của người kê khai lấy theo thông tin người nộp hồ sơ.',
          "The declarant's name, date of birth, sex, personal identification number, phone and email are taken from the applicant's details.",
        ),
        sections: [
          {
            id: 'case',
            fields: [
              field('/registrationCase', 'radio', t('Trường hợp đăng ký thường trú', 'Registration case'), {
                options: [
                  option('own-residence', 'Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình', 'Into a lawful residence that I own'),
                  option('relative-residence', 'Đăng ký thường trú tại chỗ ở hợp pháp không thuộc quyền sở hữu của mình (khoản 2 Điều 20 Luật Cư trú)', 'Into a lawful residence I do not own, in the cases of Residence Law art. 20(2)'),
                  option('social-care', 'Người được chăm sóc, nuôi dưỡng, trợ giúp đăng ký thường trú tại cơ sở trợ giúp xã hội', 'A person cared for by a social assistance facility'),
                  option('religious-establishment', 'Đăng ký thường trú tại cơ sở tín ngưỡng, cơ sở tôn giáo có công trình phụ trợ là nhà ở', 'At a place of worship with auxiliary housing'),
                  option('other', 'Trường hợp khác', 'Another case'),
                ],
              }),
              field('/request', 'textarea', t('Nội dung đề nghị', 'What you request'), {
                help: t(
                  'Ghi rõ ràng, cụ thể nội dung đề nghị. Ví dụ: ghi chi tiết thông tin nơi đề nghị đăng ký thường trú.',
                  'State the request clearly and precisely, e.g. the full address where you ask to register permanent residence.',
                ),
              }),
            ],
          },
          {
            id: 'household-head',
            title: t('Chủ hộ', 'Head of household'),
            fields: [
              field('/householdHead/fullName', 'text', t('Họ, chữ đệm và tên chủ hộ', "Household head's full name")),
              field('/relationshipToHead', 'text', t('Mối quan hệ với chủ hộ', 'Your relationship to the household head'), { width: 'half' }),
              field('/householdHead/citizenId', 'citizen-id', t('Số định danh cá nhân của chủ hộ', "Household head's personal identification number")),
            ],
          },
        ],
      },
      {
        id: 'members',
        title: t('Thành viên cùng thay đổi', 'Members moving with you'),
        sections: [
          {
            id: 'members',
            fields: [
              field('/members', 'group', t('Những thành viên trong hộ gia đình cùng thay đổi', 'Household members changing with you'), {
                group: {
                  itemLabel: t('Thành viên', 'Member'),
                  addLabel: t('Thêm thành viên', 'Add a member'),
                  fields: [
                    field('/fullName', 'text', t('Họ, chữ đệm và tên', 'Full name')),
                    field('/birthDate', 'date', t('Ngày, tháng, năm sinh', 'Date of birth'), { width: 'short' }),
                    field('/gender', 'radio', t('Giới tính', 'Sex'), { options: sexOptions }),
                    field('/citizenId', 'citizen-id', t('Số định danh cá nhân', 'Personal identification number')),
                    field('/relationshipToHead', 'text', t('Mối quan hệ với chủ hộ', 'Relationship to the household head')),
                  ],
                },
              }),
            ],
          },
        ],
      },
      {
        id: 'consents',
        title: t('Ý kiến đồng ý', 'Consents'),
        sections: [
          {
            id: 'head',
            title: t('Ý kiến của chủ hộ', "Household head's consent"),
            fields: [
              field('/consents/householdHead', 'radio', t('Ý kiến của chủ hộ', "Household head's consent"), {
                options: consentOptions('chủ hộ', 'household head'),
                help: t(
                  'Áp dụng với các trường hợp tại khoản 2, 3, 5, 6 Điều 20; khoản 1 Điều 25; điểm a khoản 1 Điều 26 Luật Cư trú 2020.',
                  'Needed in the cases of Residence Law 2020 art. 20(2), (3), (5), (6), art. 25(1) and art. 26(1)(a).',
                ),
              }),
            ],
          },
          {
            id: 'owner',
            title: t('Ý kiến của chủ sở hữu chỗ ở hợp pháp', "Consent of the residence's owner"),
            fields: [
              field('/consents/owner', 'radio', t('Ý kiến của chủ sở hữu chỗ ở hợp pháp', "Owner's consent"), {
                options: consentOptions('chủ sở hữu', 'owner'),
                help: t(
                  'Áp dụng với các trường hợp tại khoản 2, 3, 4, 5, 6 Điều 20; khoản 1 Điều 25; điểm a khoản 1 Điều 26 Luật Cư trú 2020. Nhiều đồng sở hữu thì cần ý kiến của tất cả, trừ khi đã cử đại diện.',
                  'Needed in the cases of Residence Law 2020 art. 20(2)–(6), art. 25(1) and art. 26(1)(a). With several co-owners, all must consent unless they appointed a representative.',
                ),
              }),
              field('/owner/fullName', 'text', t('Họ và tên chủ sở hữu', "Owner's full name"), { help: footnote7, showIf: when(['consents', 'owner'], 'vneid') }),
              field('/owner/citizenId', 'citizen-id', t('Số định danh cá nhân của chủ sở hữu', "Owner's personal identification number"), {
                help: footnote7,
                showIf: when(['consents', 'owner'], 'vneid'),
              }),
            ],
          },
          {
            id: 'guardian',
            title: t('Ý kiến của cha, mẹ hoặc người giám hộ', 'Consent of a parent or guardian'),
            fields: [
              field('/consents/guardian', 'radio', t('Ý kiến của cha, mẹ hoặc người giám hộ', "Parent's or guardian's consent"), {
                options: consentOptions('cha, mẹ hoặc người giám hộ', 'parent or guardian'),
                help: t(
                  'Áp dụng với người chưa thành niên, người hạn chế hành vi dân sự, người không đủ năng lực hành vi dân sự có thay đổi thông tin về cư trú.',
                  'Needed for minors and for people whose legal capacity is limited or lacking.',
                ),
              }),
              field('/guardian/fullName', 'text', t('Họ và tên cha, mẹ hoặc người giám hộ', "Parent's or guardian's full name"), {
                help: footnote7,
                showIf: when(['consents', 'guardian'], 'vneid'),
              }),
              field('/guardian/citizenId', 'citizen-id', t('Số định danh cá nhân của cha, mẹ hoặc người giám hộ', "Parent's or guardian's personal identification number"), {
                help: footnote7,
                showIf: when(['consents', 'guardian'], 'vneid'),
              }),
            ],
          },
        ],
      },
    ],
  },
  // Documents: the registration cases' rows of 1.004222 in procedures.json (truncated there, and some rows are
  // alternatives within a case — so they are optional), the proof of lawful residence listed by the CT01 source,
  // and the separate written consents of footnotes (3)–(5).
  documents: [
    slot('cho-o-hop-phap', t('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 'Papers proving a lawful place of residence'), {
      copies: '1 bản chính',
      required: false,
      appliesWhen: whenIn(['registrationCase'], ['own-residence', 'relative-residence', 'other']),
      description: t('Không phải nộp nếu thông tin đã có trong cơ sở dữ liệu.', 'Not needed if the information is already in the databases.'),
    }),
    slot('quan-he-nhan-than', t(
      'Thông tin, giấy tờ chứng minh quan hệ nhân thân với chủ hộ, thành viên hộ gia đình',
      'Proof of family relationship with the household head or members',
    ), {
      copies: '1 bản chính',
      required: false,
      appliesWhen: when(['registrationCase'], 'relative-residence'),
      description: t(
        'Được khai thác trong căn cước điện tử, tài khoản định danh điện tử khi đã có.',
        'Taken from the electronic identity account where it is already recorded.',
      ),
    }),
    slot('de-nghi-co-so-tro-giup', t(
      'Văn bản đề nghị của người đứng đầu cơ sở trợ giúp xã hội đối với người được cơ sở trợ giúp xã hội nhận chăm sóc, nuôi dưỡng, trợ giúp',
      'Request from the head of the social assistance facility caring for the person',
    ), { copies: '1 bản chính', required: false, appliesWhen: when(['registrationCase'], 'social-care') }),
    slot('xac-nhan-cham-soc', t(
      'Giấy tờ, tài liệu xác nhận về việc chăm sóc, nuôi dưỡng, trợ giúp',
      'Papers confirming the care, support or assistance',
    ), { copies: '1 bản chính', required: false, appliesWhen: when(['registrationCase'], 'social-care') }),
    slot('xac-nhan-co-so-ton-giao', t(
      'Văn bản xác nhận của Ủy ban nhân dân cấp xã về việc trong cơ sở tín ngưỡng, cơ sở tôn giáo có công trình phụ trợ là nhà ở',
      "Commune People's Committee confirmation that the place of worship has auxiliary housing",
    ), { copies: '1 bản chính', required: false, appliesWhen: when(['registrationCase'], 'religious-establishment') }),
    slot('chuc-sac-ton-giao', t(
      'Giấy tờ, tài liệu chứng minh là nhà tu hành, chức sắc, chức việc hoặc người khác hoạt động tôn giáo và được hoạt động tại cơ sở tôn giáo đó',
      'Proof of being a religious practitioner or dignitary active at that religious establishment',
    ), { copies: '1 bản chính', required: false, appliesWhen: when(['registrationCase'], 'religious-establishment') }),
    slot('y-kien-chu-ho', t('Văn bản riêng ghi rõ nội dung đồng ý của chủ hộ', "The household head's separate written consent"), {
      copies: '1 bản chính',
      appliesWhen: when(['consents', 'householdHead'], 'document'),
      description: t('Không phải công chứng, chứng thực.', 'No notarisation or certification needed.'),
    }),
    slot('y-kien-chu-so-huu', t('Văn bản riêng ghi rõ nội dung đồng ý của chủ sở hữu chỗ ở hợp pháp', "The owner's separate written consent"), {
      copies: '1 bản chính',
      appliesWhen: when(['consents', 'owner'], 'document'),
      maxFiles: 5,
      description: t('Không phải công chứng, chứng thực.', 'No notarisation or certification needed.'),
    }),
    slot('y-kien-cha-me-giam-ho', t('Văn bản riêng ghi rõ nội dung đồng ý của cha, mẹ hoặc người giám hộ', "The parent's or guardian's separate written consent"), {
      copies: '1 bản chính',
      appliesWhen: when(['consents', 'guardian'], 'document'),
      description: t('Không phải công chứng, chứng thực.', 'No notarisation or certification needed.'),
    }),
  ],
};
