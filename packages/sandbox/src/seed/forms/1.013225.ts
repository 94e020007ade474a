/**
 * Đơn đề nghị cấp giấy phép xây dựng — application for a construction permit, procedure 1.013225 (Cấp giấy phép
 * xây dựng mới đối với công trình cấp III, cấp IV … và nhà ở riêng lẻ).
 *
 * Legal basis (source: /work/shared/data/forms/1.009974.json): Mẫu số 01, Phụ lục II, Nghị định 175/2024/NĐ-CP
 * (formerly Mẫu số 01 Phụ lục II Nghị định 15/2021/NĐ-CP); the catalog's 1.013225 asks for exactly this form
 * ("Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP"). The source
 * file's own code, 1.009974, is not in procedures.json.
 *
 * Confidence is low: sections 1–3 and sub-section 4.1 (công trình không theo tuyến; tín ngưỡng, tôn giáo) were
 * captured; the sub-sections for other works, detached houses (nhà ở riêng lẻ) included, the expected
 * completion date and the undertakings were not — so this form covers the 4.1 works only.
 *
 * Site address: the printed lines (số nhà, đường/phố, phường/xã, quận/huyện, tỉnh/thành phố) are taken by the
 * `address` widget — the commune-level unit and the street; district level was abolished on 1 July 2025.
 */
import {
  address, choice, field, int, num, obj, option, personName, slot, str, t, telephone, text, type FormSchema, type Node,
} from './common.ts';

/** Section 3: who drew up / reviewed the design (required flags null in the source: optional, a name once given). */
const designer = (): Node =>
  obj(
    {
      name: text(200),
      certificateCode: text(50),
      leads: text(1000),
    },
    ['name'],
  );

export const form: FormSchema = {
  revision: 1,
  data: obj(
    {
      // Section 1. The investor may be the household filing or an organisation acting through a representative.
      investor: obj(
        {
          name: text(200),
          representative: personName(),
          position: text(100),
          contactAddress: address(),
          phone: telephone(),
        },
        ['name', 'contactAddress'],
      ),
      // Section 2.
      site: obj(
        {
          plotNumber: str(50),
          landArea: num(0.1, 10_000_000),
          address: address(),
        },
        ['landArea', 'address'],
      ),
      designer: designer(),
      reviewer: designer(),
      // Section 4.1. Required flags are null in the source; the dimensions a permit states are required here (inferred).
      works: obj(
        {
          category: choice(['non-linear', 'religious']),
          type: text(200),
          // The procedure covers grade III and IV works (its name).
          grade: choice(['III', 'IV']),
          buildingArea: num(0.1, 10_000_000),
          groundLevel: num(-1000, 10_000),
          totalFloorArea: num(0.1, 100_000_000),
          height: num(0.1, 1000),
          floors: int(1, 200),
        },
        ['category', 'type', 'grade', 'buildingArea', 'totalFloorArea', 'height', 'floors'],
      ),
    },
    ['investor', 'site', 'works'],
  ),
  layout: {
    steps: [
      {
        id: 'investor',
        title: t('Chủ đầu tư', 'The investor'),
        sections: [
          {
            id: 'investor',
            title: t('1. Thông tin về chủ đầu tư', '1. The investor'),
            fields: [
              field('/investor/name', 'text', t('Tên chủ đầu tư (tên chủ hộ)', "Investor's name (head of household)")),
              field('/investor/representative', 'text', t('Người đại diện', 'Representative'), { width: 'half' }),
              field('/investor/position', 'text', t('Chức vụ (nếu có)', 'Position (if any)'), { width: 'half' }),
              field('/investor/contactAddress', 'address', t('Địa chỉ liên hệ', 'Contact address'), { optionsSource: 'units' }),
              field('/investor/phone', 'phone', t('Số điện thoại', 'Telephone'), { width: 'half', autocomplete: 'tel' }),
            ],
          },
        ],
      },
      {
        id: 'site',
        title: t('Công trình', 'The works'),
        sections: [
          {
            id: 'site',
            title: t('2. Thông tin công trình — địa điểm xây dựng', '2. The works — building site'),
            fields: [
              field('/site/plotNumber', 'text', t('Lô đất số', 'Plot number'), { width: 'short' }),
              field('/site/landArea', 'number', t('Diện tích (m²)', 'Area (m²)'), { width: 'short' }),
              field('/site/address', 'address', t('Địa chỉ (số nhà, đường/phố, phường/xã, tỉnh/thành phố)', 'Address (number, street, commune/ward, province/city)'), {
                optionsSource: 'units',
              }),
            ],
          },
          {
            id: 'works',
            title: t('4. Nội dung đề nghị cấp phép', '4. What the permit is asked for'),
            fields: [
              field('/works/category', 'radio', t('Công trình', 'Kind of works'), {
                options: [
                  option('non-linear', 'Công trình không theo tuyến', 'Non-linear works'),
                  option('religious', 'Công trình tín ngưỡng, tôn giáo', 'Religious or belief works'),
                ],
              }),
              field('/works/type', 'text', t('Loại công trình', 'Type of works'), { width: 'half' }),
              field('/works/grade', 'select', t('Cấp công trình', 'Grade of works'), {
                width: 'short',
                options: [option('III', 'Cấp III', 'Grade III'), option('IV', 'Cấp IV', 'Grade IV')],
              }),
              field('/works/buildingArea', 'number', t('Diện tích xây dựng (m²)', 'Building footprint (m²)'), { width: 'short' }),
              field('/works/groundLevel', 'number', t('Cốt xây dựng (m)', 'Construction datum level (m)'), { width: 'short' }),
              field('/works/totalFloorArea', 'number', t('Tổng diện tích sàn (m²)', 'Total floor area (m²)'), { width: 'short' }),
              field('/works/height', 'number', t('Chiều cao công trình (m)', 'Height of the works (m)'), { width: 'short' }),
              field('/works/floors', 'number', t('Số tầng', 'Number of storeys'), { width: 'short' }),
            ],
          },
        ],
      },
      {
        id: 'design',
        title: t('Thiết kế', 'Design'),
        sections: [
          {
            id: 'designer',
            title: t('3.1. Tổ chức/cá nhân lập thiết kế xây dựng', '3.1. Who drew up the construction design'),
            fields: [
              field('/designer/name', 'text', t('Tên tổ chức/cá nhân', 'Organisation or person')),
              field('/designer/certificateCode', 'text', t('Mã số chứng chỉ năng lực/hành nghề', 'Capability or practising certificate code'), { width: 'half' }),
              field('/designer/leads', 'textarea', t(
                'Tên và mã số chứng chỉ hành nghề của các chủ nhiệm, chủ trì thiết kế',
                'Names and certificate codes of the design managers and leads',
              )),
            ],
          },
          {
            id: 'reviewer',
            title: t('3.2. Tổ chức/cá nhân thẩm tra thiết kế xây dựng', '3.2. Who reviewed the construction design'),
            fields: [
              field('/reviewer/name', 'text', t('Tên tổ chức/cá nhân', 'Organisation or person')),
              field('/reviewer/certificateCode', 'text', t('Mã số chứng chỉ năng lực/hành nghề', 'Capability or practising certificate code'), { width: 'half' }),
              field('/reviewer/leads', 'textarea', t(
                'Tên và mã số chứng chỉ hành nghề của các chủ trì thẩm tra thiết kế',
                'Names and certificate codes of the review leads',
              )),
            ],
          },
        ],
      },
    ],
  },
  // The "(1.1) Đối với công trình không theo tuyến" rows of 1.013225 in procedures.json, less the application
  // itself. The catalog list is truncated (53 more rows), so the design drawings are not among them. The
  // certificate rows are the kinds of land paper the first slot accepts.
  documents: [
    slot('giay-to-dat-dai', t(
      'Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng',
      'One of the lawful land papers showing the land use fits the works and the ownership of the works',
    ), {
      copies: '1 bản chính,1 bản sao',
      maxFiles: 5,
      description: t(
        'Ví dụ: Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở; Giấy chứng nhận quyền sử dụng đất được cấp qua các thời kỳ.',
        'For example: a certificate of land use rights and ownership of attached assets; a certificate of house ownership and residential land use rights; a land use rights certificate issued in earlier periods.',
      ),
    }),
    slot('quyet-dinh-du-an', t(
      'Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở',
      "Project approval decision; the construction authority's appraisal notice and the basic design drawings",
    ), {
      copies: '1 bản chính,1 bản sao',
      // Inferred: a project approval exists only for works built under a project.
      required: false,
      maxFiles: 10,
    }),
  ],
};
