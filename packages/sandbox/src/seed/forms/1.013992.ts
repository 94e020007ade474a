/**
 * Đơn đăng ký biến động đất đai, tài sản gắn liền với đất — application to register a change of land and
 * attached assets, as used for procedure 1.013992 (Đăng ký biến động chuyển mục đích sử dụng đất không phải xin
 * phép cơ quan nhà nước có thẩm quyền).
 *
 * Legal basis (source: /work/shared/data/forms/dang-ky-bien-dong-dat-dai.json): Mẫu số 18, Phụ lục II, Nghị định
 * 151/2025/NĐ-CP (formerly Mẫu số 11/ĐK of Thông tư 24/2014/TT-BTNMT). Confidence is low: only the items that
 * carry footnotes (1)–(4) are known; the parcel details of the printed body (thửa đất số, tờ bản đồ số, …) were
 * not found, so they are not modelled. The source file has no code; 1.013992 is a catalog procedure whose
 * documents name this very form ("Đơn đăng ký biến động … theo Mẫu số 18 … Nghị định số 151/2025/NĐ-CP").
 *
 * Left out of `data`: "Kính gửi" (1) — the land registration office or its branch where the land lies, which
 * the dossier's routing decides — and the signature.
 */
import { bool, field, obj, slot, t, text, when, type FormSchema } from './common.ts';

export const form: FormSchema = {
  revision: 1,
  data: obj(
    {
      // (2)
      landUser: text(2000),
      // (3)
      change: text(2000),
      // (4) The form's own list of enclosed papers; its footnote text is not in the source.
      enclosures: text(2000),
      // Case questions behind the catalog's "… đối với trường hợp …" documents.
      remeasure: bool(),
      throughRepresentative: bool(),
    },
    ['landUser', 'change', 'enclosures'],
  ),
  layout: {
    steps: [
      {
        id: 'application',
        title: t('Đơn đăng ký biến động', 'Application for registration of a change'),
        sections: [
          {
            id: 'land-user',
            fields: [
              field('/landUser', 'textarea', t(
                'Thông tin người sử dụng đất, chủ sở hữu tài sản gắn liền với đất',
                'The land user and owner of the assets attached to the land',
              ), {
                help: t(
                  'Ghi thông tin như trên Giấy chứng nhận đã cấp; trường hợp nhận chuyển quyền thì ghi thông tin của bên nhận chuyển quyền.',
                  'As written on the certificate already issued; when rights are transferred, give the details of the party receiving them.',
                ),
              }),
            ],
          },
          {
            id: 'change',
            fields: [
              field('/change', 'textarea', t('Nội dung biến động', 'The change to register'), {
                help: t(
                  'Ví dụ: "nhận chuyển nhượng", "nhận tặng cho", "cấp đổi Giấy chứng nhận", "đề nghị cấp lại Giấy chứng nhận do bị mất" (kèm số vào sổ cấp Giấy chứng nhận, số phát hành); "có nhu cầu cấp mới Giấy chứng nhận".',
                  'For example: "transfer received", "gift received", "exchange of the certificate", "re-issue of a lost certificate" (with its register entry and serial numbers); "a new certificate is wanted".',
                ),
              }),
              field('/enclosures', 'textarea', t('Giấy tờ nộp kèm theo Đơn này', 'Papers enclosed with this application')),
            ],
          },
          {
            id: 'cases',
            title: t('Trường hợp', 'Circumstances'),
            fields: [
              field('/remeasure', 'checkbox', t(
                'Có nhu cầu đo đạc để xác định lại kích thước các cạnh, diện tích của thửa đất',
                "I want the parcel re-surveyed to fix its sides' lengths and its area",
              )),
              field('/throughRepresentative', 'checkbox', t('Thực hiện thủ tục thông qua người đại diện', 'The procedure is carried out through a representative')),
            ],
          },
        ],
      },
    ],
  },
  // 1.013992 in procedures.json, less item (1), the application itself.
  documents: [
    slot('giay-chung-nhan', t('Giấy chứng nhận đã cấp', 'The certificate already issued'), { copies: '0 bản chính,1 bản sao', maxFiles: 4 }),
    slot('trich-do-ban-do', t(
      'Mảnh trích đo bản đồ địa chính thửa đất',
      'Cadastral survey extract of the parcel',
    ), {
      copies: '0 bản chính,1 bản sao',
      appliesWhen: when(['remeasure'], true),
      description: t(
        'Đối với trường hợp người sử dụng đất có nhu cầu đo đạc để xác định lại kích thước các cạnh, diện tích của thửa đất.',
        "When the land user wants the parcel re-surveyed to fix its sides' lengths and area.",
      ),
    }),
    slot('van-ban-dai-dien', t(
      'Văn bản về việc đại diện theo quy định của pháp luật về dân sự',
      'Document of representation under civil law',
    ), {
      copies: '0 bản chính,1 bản sao',
      appliesWhen: when(['throughRepresentative'], true),
      description: t('Đối với trường hợp thực hiện thủ tục thông qua người đại diện.', 'When the procedure is carried out through a representative.'),
    }),
  ],
};
