/**
 * Tờ khai thay đổi thông tin cư trú (Mẫu CT01) — the residence information declaration, built once for every
 * residence procedure that files it.
 *
 * Legal basis (source: /work/shared/data/forms/ct01-to-khai-thay-doi-thong-tin-cu-tru.json): Mẫu CT01 issued
 * with Thông tư số 53/2025/TT-BCA of 01/7/2025 (replacing the CT01 of Thông tư 56/2021/TT-BCA as amended by
 * Thông tư 66/2023/TT-BCA); items 1–11, the four opinion/signature columns and footnotes (1)–(7).
 *
 * The source names CT01 as the declaration for "Đăng ký thường trú / Đăng ký tạm trú / các thủ tục thay đổi
 * thông tin cư trú", and footnote (2) has item 10 name the place of permanent or temporary registration. The
 * printed items are the same for each procedure; what differs — the registration cases (the headings of the
 * procedure's documents in procedures.json), the document slots from that procedure's catalog rows, and the
 * example given for item 10 — is passed to `ct01Form` by the procedure's own file.
 *
 * Left out of `data`: "Kính gửi" (1) (routing), items 1–6 (the declarant's name, date of birth, sex, personal
 * identification number, phone and email — the dossier's applicant) and the signatures. Footnote (6): filing
 * through the public service portal needs no signature.
 */
import {
  choice, citizenId, date, field, list, obj, option, personName, requireWhen, sexOptions, slot, t, text, when, whenIn,
  type Choice, type Condition, type FormSchema, type Slot, type Text,
} from './common.ts';

/** One registration case of a procedure: the value kept in `registrationCase` and its label. */
export interface Ct01Case {
  value: string;
  vi: string;
  en: string;
}

/** What differs between the procedures that file CT01. */
export interface Ct01Options {
  /** The label of the registration-case question. */
  caseLabel: Text;
  /** The procedure's registration cases, in the order shown. */
  cases: readonly Ct01Case[];
  /** Item 10's help: footnote (2) with the example that fits the procedure. */
  requestHelp: Text;
  /**
   * The procedure's own document slots (from its catalog rows), usually conditioned with `onCase`. The slots for
   * the separate written consents of footnotes (3)–(5) follow them for every procedure.
   */
  documents: readonly Slot[];
}

/** The chosen registration case is one of `values` — for a document slot's `appliesWhen`. */
export const onCase = (...values: [string, ...string[]]): Condition =>
  values.length === 1 ? when(['registrationCase'], values[0]) : whenIn(['registrationCase'], values);

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

/** The CT01 declaration with one procedure's registration cases, documents and item-10 help. */
export function ct01Form(options: Ct01Options): FormSchema {
  const known = new Set(options.cases.map((c) => c.value));
  if (known.size !== options.cases.length || known.size === 0) throw new Error('CT01: registration cases must be distinct and non-empty');
  return {
    revision: 1,
    data: obj(
      {
        // The procedure's registration cases (the headings of its documents in procedures.json).
        registrationCase: choice(options.cases.map((c) => c.value)),
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
                field('/registrationCase', 'radio', options.caseLabel, { options: options.cases.map((c) => option(c.value, c.vi, c.en)) }),
                field('/request', 'textarea', t('Nội dung đề nghị', 'What you request'), { help: options.requestHelp }),
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
    // Documents: the procedure's own slots, then the separate written consents of footnotes (3)–(5).
    documents: [
      ...options.documents,
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
}
