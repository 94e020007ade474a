/**
 * Blocks the household-business forms share (Thông tư 68/2025/TT-BTC family): who files the dossier, the
 * lines of business table, and the question behind the catalog's row for filers without an electronic
 * identity account. Used by 1.001612 (founding) and 2.000720 (change of registration).
 */
import { bool, choice, field, list, obj, option, str, t, text, type Field, type Node } from './common.ts';

export const filedBy: Node = choice(['owner', 'individual', 'organization']);

export const filedByField: Field = field('/filedBy', 'radio', t('Người nộp hồ sơ', 'Who files this dossier'), {
  options: [
    option('owner', 'Chủ hộ kinh doanh', 'The owner of the household business'),
    option('individual', 'Cá nhân được ủy quyền', 'An individual authorised by the owner'),
    option('organization', 'Tổ chức được ủy quyền', 'An organisation authorised by the owner'),
  ],
});

/**
 * One row per line of business; exactly one is marked main — a rule JSON Schema without `contains` cannot
 * state, left to the registration office.
 */
export const businessLines: Node = list(obj({ name: text(500), code: str(4, { pattern: '^[0-9]{4}$' }), main: bool() }, ['name']), 100, 1);

export const businessLinesField = (pointer: string, mainHelp?: Field['help']): Field =>
  field(pointer, 'group', t('Ngành, nghề kinh doanh', 'Lines of business'), {
    group: {
      itemLabel: t('Ngành', 'Line of business'),
      addLabel: t('Thêm ngành', 'Add a line of business'),
      fields: [
        field('/name', 'text', t('Tên ngành', 'Name of the line of business')),
        field('/code', 'text', t('Mã ngành', 'Code'), { width: 'short', help: t('Mã ngành cấp 4 (4 chữ số).', 'Level-4 industry code (4 digits).') }),
        field('/main', 'checkbox', t('Ngành, nghề kinh doanh chính', 'Main line of business'), mainHelp ? { help: mainHelp } : {}),
      ],
    },
  });

export const noElectronicIdField: Field = field('/noElectronicId', 'checkbox', t(
  'Người nộp hồ sơ chưa có tài khoản định danh điện tử để xác thực điện tử',
  'The filer has no electronic identity account for electronic authentication',
));
