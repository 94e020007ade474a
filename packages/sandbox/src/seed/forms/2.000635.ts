/**
 * Tờ khai cấp bản sao trích lục hộ tịch — declaration for copies of a civil-status extract, procedure 2.000635
 * (Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh).
 *
 * Legal basis (source: /work/shared/data/forms/cap-ban-sao-trich-luc-ho-tich.json): the form in Phụ lục 5 of
 * Thông tư 04/2020/TT-BTP (possibly updated by Thông tư 04/2024/TT-BTP). Confidence is low: only the blanks
 * that carry footnotes (1)–(6) are known; the rest of the printed body was not found, so nothing else is
 * modelled. The source file has no code; 2.000635 is the catalog's procedure of that name.
 *
 * Left out of `data`: "Kính gửi" (1) (routing) and the requester's residence (2) and identity paper (3) — the
 * dossier's applicant.
 */
import { bool, field, int, obj, slot, t, text, when, type FormSchema } from './common.ts';

export const form: FormSchema = {
  revision: 1,
  data: obj(
    {
      // (4) Free text in the source; no list of event kinds is given.
      eventType: text(200),
      // (5)
      registeringAuthority: text(300),
      // (6) The upper bound is a sandbox limit (inferred).
      copyCount: int(1, 20),
      // Case question behind the catalog's power-of-attorney document.
      byProxy: bool(),
    },
    ['eventType', 'registeringAuthority', 'copyCount'],
  ),
  layout: {
    steps: [
      {
        id: 'extract',
        title: t('Bản sao trích lục', 'Copies of the extract'),
        description: t(
          'Nơi cư trú và giấy tờ tùy thân của người yêu cầu lấy theo thông tin người nộp hồ sơ.',
          "The requester's residence and identity paper are taken from the applicant's details.",
        ),
        sections: [
          {
            id: 'record',
            title: t('Việc hộ tịch đã đăng ký', 'The civil-status event registered'),
            fields: [
              field('/eventType', 'text', t(
                'Loại việc hộ tịch đã đăng ký trước đây (đề nghị cấp bản sao Trích lục)',
                'Kind of civil-status event registered before (whose extract is to be copied)',
              )),
              field('/registeringAuthority', 'text', t('Cơ quan đã đăng ký hộ tịch trước đây', 'Office that registered it'), {
                help: t(
                  'Ví dụ: Ủy ban nhân dân phường Điện Biên, quận Ba Đình, thành phố Hà Nội.',
                  "For example: People's Committee of Dien Bien ward, Ba Dinh district, Hanoi.",
                ),
              }),
              field('/copyCount', 'number', t('Số lượng bản sao đề nghị cấp', 'Number of copies requested'), { width: 'short' }),
            ],
          },
          {
            id: 'proxy',
            fields: [field('/byProxy', 'checkbox', t('Nộp hồ sơ theo ủy quyền', 'I am filing under a power of attorney'))],
          },
        ],
      },
    ],
  },
  // "Giấy tờ phải nộp" of 2.000635 in procedures.json, less the explanatory "0 bản chính" row. The exemption in
  // the description completes the catalog's cut-off sentence from a public copy of the same procedure text.
  documents: [
    slot('van-ban-uy-quyen', t(
      'Văn bản ủy quyền theo quy định của pháp luật trong trường hợp ủy quyền thực hiện yêu cầu cấp bản sao Trích lục hộ tịch',
      'Power of attorney, when the copies are requested on behalf of someone else',
    ), {
      copies: '1 bản chính',
      appliesWhen: when(['byProxy'], true),
      maxFiles: 2,
      description: t(
        'Trường hợp người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền thì văn bản ủy quyền không phải chứng thực.',
        "No certification is needed if the attorney is the principal's grandparent, parent, child, spouse or sibling.",
      ),
    }),
  ],
};
