/**
 * Procedure 1.004194 (Đăng ký tạm trú — temporary residence registration): its declaration is the
 * Tờ khai thay đổi thông tin cư trú (Mẫu CT01), built by `ct01Form` (./ct01.ts, which cites the form's source).
 * Every case of 1.004194 in procedures.json lists CT01 ("Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA").
 * This file holds what is 1.004194's own: its registration cases, its documents and the example for item 10.
 *
 * The catalog's CT01 row adds a rule for minors that it cuts off ("đối với người đăng ký tạm trú là người chưa
 * thành niên thì…"); CT01's own footnote (5) — the parent's or guardian's consent — covers minors in the form.
 */
import { slot, t } from './common.ts';
import { ct01Form, onCase } from './ct01.ts';

export const form = ct01Form({
  caseLabel: t('Trường hợp đăng ký tạm trú', 'Temporary registration case'),
  // The headings of 1.004194's documents in procedures.json. Its document list is not truncated there, so there is
  // no "other" case. The heading for units of the People's Army and the People's Public Security is one in the
  // source; it is split here because each force has its own letter of introduction.
  cases: [
    // "Hồ sơ đăng ký tạm trú gồm"; the fees name it "Đăng ký tạm trú (cá nhân, hộ gia đình)".
    { value: 'individual', vi: 'Đăng ký tạm trú cho cá nhân, hộ gia đình', en: 'For a person or a household' },
    { value: 'by-list', vi: 'Đăng ký tạm trú theo danh sách', en: 'For several people together, by list' },
    {
      value: 'army-unit',
      vi: 'Đăng ký tạm trú tại nơi đơn vị đóng quân trong Quân đội nhân dân (đơn vị đóng quân, nhà ở công vụ)',
      en: "Where a People's Army unit is stationed (barracks, official housing)",
    },
    {
      value: 'police-unit',
      vi: 'Đăng ký tạm trú tại nơi đơn vị đóng quân trong Công an nhân dân (đơn vị đóng quân, nhà ở công vụ)',
      en: "Where a People's Public Security unit is stationed (barracks, official housing)",
    },
  ],
  // Footnote (2), with its temporary-registration example.
  requestHelp: t(
    'Ghi rõ ràng, cụ thể nội dung đề nghị. Ví dụ: ghi chi tiết thông tin nơi đề nghị đăng ký tạm trú.',
    'State the request clearly and precisely, e.g. the full address where you ask to register temporary residence.',
  ),
  // Documents: 1.004194's rows in procedures.json other than CT01 itself (which is this form) and its explanatory
  // rows ("0 bản chính"). The required flags are inferred: a row that is the case's only paper besides CT01 is
  // required; the proof of lawful residence is optional because it is taken from the electronic identity account
  // when recorded there (the CT01 source likewise: "trừ khi thông tin đã có trong CSDL").
  documents: [
    slot('cho-o-hop-phap', t('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 'Papers proving a lawful place of residence'), {
      copies: '1 bản chính',
      required: false,
      appliesWhen: onCase('individual'),
      // The examples: the tenancy agreement of the CT01 source's document list, and the papers of 1.004194's
      // explanatory row, whose end the catalog cuts ("gắn liền với…").
      description: t(
        'Không phải nộp nếu thông tin chứng minh về chỗ ở hợp pháp đã được khai thác trong căn cước điện tử, tài khoản định danh điện tử. Ví dụ: hợp đồng thuê nhà; giấy tờ, tài liệu chứng nhận về quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất.',
        'Not needed if the proof of lawful residence is already recorded in the electronic identity account. E.g. a tenancy agreement, or papers certifying land use rights or ownership of property attached to land.',
      ),
    }),
    slot('van-ban-de-nghi-theo-danh-sach', t(
      'Văn bản đề nghị đăng ký tạm trú, trong đó ghi rõ thông tin về chỗ ở hợp pháp kèm danh sách người tạm trú',
      'A written request for temporary registration stating the lawful residence, with the list of the people registering',
    ), {
      copies: '1 bản chính,1 bản sao',
      appliesWhen: onCase('by-list'),
      description: t('Danh sách gồm những thông tin cơ bản của từng người tạm trú.', 'The list gives the basic details of each person.'),
    }),
    // "Tờ khai thay đổi thông tin cư trú (của từng người)": this form is the filer's own declaration, so the other
    // people's are uploaded (inferred; up to the contract's 20 files).
    slot('to-khai-ct01-tung-nguoi', t(
      'Tờ khai thay đổi thông tin cư trú (Mẫu CT01) của từng người khác trong danh sách',
      'The residence information declaration (form CT01) of each other person on the list',
    ), { copies: '1 bản chính', appliesWhen: onCase('by-list'), maxFiles: 20 }),
    slot('giay-gioi-thieu-quan-doi', t(
      'Giấy giới thiệu đăng ký tạm trú của đơn vị cấp trung đoàn và tương đương trở lên',
      'Letter of introduction for temporary registration from a unit at regiment level or above',
    ), { copies: '1 bản chính', appliesWhen: onCase('army-unit') }),
    // The catalog cuts this row after "và đơn vị có chỗ ở ch…".
    slot('giay-gioi-thieu-cong-an', t(
      'Giấy giới thiệu của Thủ trưởng đơn vị quản lý trực tiếp ghi rõ nội dung để làm thủ tục đăng ký tạm trú',
      "Letter of introduction from the head of the directly managing unit, stating that it is for temporary registration",
    ), {
      copies: '1 bản chính',
      appliesWhen: onCase('police-unit'),
      description: t('Giấy giới thiệu cũng ghi rõ chỗ ở của đơn vị.', "The letter also states the unit's accommodation."),
    }),
  ],
});
