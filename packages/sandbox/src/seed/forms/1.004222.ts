/**
 * Procedure 1.004222 (Đăng ký thường trú — permanent residence registration): its declaration is the
 * Tờ khai thay đổi thông tin cư trú (Mẫu CT01), built by `ct01Form` (./ct01.ts, which cites the form's source).
 * This file holds what is 1.004222's own: its registration cases, its documents and the example for item 10.
 */
import { slot, t } from './common.ts';
import { ct01Form, onCase } from './ct01.ts';

export const form = ct01Form({
  caseLabel: t('Trường hợp đăng ký thường trú', 'Registration case'),
  // The permanent-registration cases are the headings of 1.004222's documents in procedures.json (the list is
  // truncated there; "other" covers the cases it does not show).
  cases: [
    { value: 'own-residence', vi: 'Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình', en: 'Into a lawful residence that I own' },
    {
      value: 'relative-residence',
      vi: 'Đăng ký thường trú tại chỗ ở hợp pháp không thuộc quyền sở hữu của mình (khoản 2 Điều 20 Luật Cư trú)',
      en: 'Into a lawful residence I do not own, in the cases of Residence Law art. 20(2)',
    },
    { value: 'social-care', vi: 'Người được chăm sóc, nuôi dưỡng, trợ giúp đăng ký thường trú tại cơ sở trợ giúp xã hội', en: 'A person cared for by a social assistance facility' },
    { value: 'religious-establishment', vi: 'Đăng ký thường trú tại cơ sở tín ngưỡng, cơ sở tôn giáo có công trình phụ trợ là nhà ở', en: 'At a place of worship with auxiliary housing' },
    { value: 'other', vi: 'Trường hợp khác', en: 'Another case' },
  ],
  // Footnote (2), with its permanent-registration example.
  requestHelp: t(
    'Ghi rõ ràng, cụ thể nội dung đề nghị. Ví dụ: ghi chi tiết thông tin nơi đề nghị đăng ký thường trú.',
    'State the request clearly and precisely, e.g. the full address where you ask to register permanent residence.',
  ),
  // Documents: the registration cases' rows of 1.004222 in procedures.json (truncated there, and some rows are
  // alternatives within a case — so they are optional) and the proof of lawful residence listed by the CT01 source.
  documents: [
    slot('cho-o-hop-phap', t('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 'Papers proving a lawful place of residence'), {
      copies: '1 bản chính',
      required: false,
      appliesWhen: onCase('own-residence', 'relative-residence', 'other'),
      description: t('Không phải nộp nếu thông tin đã có trong cơ sở dữ liệu.', 'Not needed if the information is already in the databases.'),
    }),
    slot('quan-he-nhan-than', t(
      'Thông tin, giấy tờ chứng minh quan hệ nhân thân với chủ hộ, thành viên hộ gia đình',
      'Proof of family relationship with the household head or members',
    ), {
      copies: '1 bản chính',
      required: false,
      appliesWhen: onCase('relative-residence'),
      description: t(
        'Được khai thác trong căn cước điện tử, tài khoản định danh điện tử khi đã có.',
        'Taken from the electronic identity account where it is already recorded.',
      ),
    }),
    slot('de-nghi-co-so-tro-giup', t(
      'Văn bản đề nghị của người đứng đầu cơ sở trợ giúp xã hội đối với người được cơ sở trợ giúp xã hội nhận chăm sóc, nuôi dưỡng, trợ giúp',
      'Request from the head of the social assistance facility caring for the person',
    ), { copies: '1 bản chính', required: false, appliesWhen: onCase('social-care') }),
    slot('xac-nhan-cham-soc', t(
      'Giấy tờ, tài liệu xác nhận về việc chăm sóc, nuôi dưỡng, trợ giúp',
      'Papers confirming the care, support or assistance',
    ), { copies: '1 bản chính', required: false, appliesWhen: onCase('social-care') }),
    slot('xac-nhan-co-so-ton-giao', t(
      'Văn bản xác nhận của Ủy ban nhân dân cấp xã về việc trong cơ sở tín ngưỡng, cơ sở tôn giáo có công trình phụ trợ là nhà ở',
      "Commune People's Committee confirmation that the place of worship has auxiliary housing",
    ), { copies: '1 bản chính', required: false, appliesWhen: onCase('religious-establishment') }),
    slot('chuc-sac-ton-giao', t(
      'Giấy tờ, tài liệu chứng minh là nhà tu hành, chức sắc, chức việc hoặc người khác hoạt động tôn giáo và được hoạt động tại cơ sở tôn giáo đó',
      'Proof of being a religious practitioner or dignitary active at that religious establishment',
    ), { copies: '1 bản chính', required: false, appliesWhen: onCase('religious-establishment') }),
  ],
});
