/**
 * Tờ khai cấp Giấy xác nhận tình trạng hôn nhân — declaration for a certificate of marital status,
 * procedure 1.004873 (Thủ tục cấp Giấy xác nhận tình trạng hôn nhân).
 *
 * Legal basis (source: /work/shared/data/forms/xac-nhan-tinh-trang-hon-nhan.json): the hộ tịch forms of Thông
 * tư 04/2020/TT-BTP (and 04/2024/TT-BTP). Confidence is low: the official body and footnotes were not found;
 * the fields are those two implementations agree on, and their order is not official.
 *
 * Left out of `data`: "Kính gửi" (routing) and the requester's name, residence and identity paper — on this
 * form the requester is the person whose status is certified, i.e. the dossier's applicant.
 */
import { bool, field, obj, slot, t, text, when, type FormSchema } from './common.ts';

export const form: FormSchema = {
  revision: 1,
  data: obj(
    {
      // Free text in the source (kind "longtext"); no list of statuses is given, so none is imposed.
      maritalStatus: text(2000),
      purpose: text(500),
      // Case questions behind the catalog's "Trường hợp …" documents.
      reissue: bool(),
      byProxy: bool(),
    },
    ['maritalStatus', 'purpose'],
  ),
  layout: {
    steps: [
      {
        id: 'status',
        title: t('Tình trạng hôn nhân', 'Marital status'),
        description: t(
          'Họ tên, nơi cư trú và giấy tờ tùy thân của người yêu cầu lấy theo thông tin người nộp hồ sơ.',
          "The requester's name, residence and identity paper are taken from the applicant's details.",
        ),
        sections: [
          {
            id: 'status',
            fields: [
              field('/maritalStatus', 'textarea', t('Tình trạng hôn nhân', 'Marital status')),
              field('/purpose', 'text', t('Mục đích sử dụng Giấy xác nhận tình trạng hôn nhân', 'What the certificate will be used for')),
            ],
          },
          {
            id: 'reissue',
            title: t('Cấp lại', 'Re-issue'),
            fields: [
              field('/reissue', 'checkbox', t(
                'Đề nghị cấp lại Giấy xác nhận để sử dụng vào mục đích khác hoặc do Giấy xác nhận đã hết thời hạn sử dụng',
                'I ask for a new certificate for another purpose, or because the one issued has expired',
              )),
              field('/byProxy', 'checkbox', t('Nộp hồ sơ theo ủy quyền', 'I am filing under a power of attorney')),
            ],
          },
        ],
      },
    ],
  },
  // "Giấy tờ phải nộp" of 1.004873 in procedures.json, less the explanatory "0 bản chính" row. The first row is
  // cut short in the catalog; its end ("phải nộp lại Giấy xác nhận … đã được cấp trước đó") is from a public
  // copy of the same national procedure text.
  documents: [
    slot('giay-xac-nhan-da-cap', t(
      'Giấy xác nhận tình trạng hôn nhân đã được cấp trước đó',
      'The certificate of marital status issued before',
    ), {
      copies: '1 bản chính',
      appliesWhen: when(['reissue'], true),
      maxFiles: 2,
      description: t(
        'Trường hợp cá nhân yêu cầu cấp lại Giấy xác nhận tình trạng hôn nhân để sử dụng vào mục đích khác hoặc do Giấy xác nhận đã hết thời hạn sử dụng thì phải nộp lại Giấy xác nhận đã được cấp trước đó.',
        'When asking for a new certificate for another purpose or because the old one has expired, hand back the certificate issued before.',
      ),
    }),
    slot('van-ban-uy-quyen', t(
      'Văn bản ủy quyền theo quy định của pháp luật trong trường hợp ủy quyền thực hiện việc cấp Giấy xác nhận tình trạng hôn nhân',
      'Power of attorney, when the certificate is requested on behalf of someone else',
    ), { copies: '1 bản chính', appliesWhen: when(['byProxy'], true), maxFiles: 2 }),
  ],
};
