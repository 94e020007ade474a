/**
 * Small builders shared by the modelled declaration forms (tờ khai). They only spell out JSON Schema and
 * layout primitives once — limits, formats, upload constraints — so that each form file reads as the printed
 * form it models. No form is built from another form's fields; a printed form filed by several procedures has
 * one builder of its own (ct01.ts), which each of those procedures calls with its cases and documents.
 */
import type { Schemas } from '@hpasc/sdk';

export type FormSchema = Schemas['FormSchema'];
export type Node = Schemas['JsonSchemaNode'];
export type Field = Schemas['FormField'];
export type Section = Schemas['FormSection'];
export type Slot = Schemas['DocumentSlot'];
export type Text = Schemas['LocalizedText'];
export type Condition = Schemas['Condition'];
export type Choice = Schemas['ChoiceOption'];
type Scalar = string | number | boolean;

/** A text in Vietnamese (the source) and English. */
export const t = (vi: string, en: string): Text => ({ vi, en });

// --- data nodes -------------------------------------------------------------------------------------------

/** A string; every string in a form carries a maxLength. */
export const str = (maxLength: number, extra: Omit<Node, 'type' | 'maxLength'> = {}): Node => ({ type: 'string', maxLength, ...extra });
/** A required-when-present text of at least one character. */
export const text = (maxLength: number, extra: Omit<Node, 'type' | 'maxLength' | 'minLength'> = {}): Node => str(maxLength, { minLength: 1, ...extra });
/** A person's name (≤ 100). */
export const personName = (): Node => text(100);
/**
 * Letters the printed business forms ask to write "bằng chữ in hoa" (in capitals): no lower-case Latin or
 * Vietnamese letter. Spelled out instead of `\p{Ll}` so that every JSON Schema engine reads it alike.
 */
export const UPPER_CASE = '^[^a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]+$';
export const upperName = (maxLength = 100): Node => text(maxLength, { pattern: UPPER_CASE });
export const date = (): Node => ({ type: 'string', format: 'date', maxLength: 10 });
export const citizenId = (): Node => ({ type: 'string', format: 'vn-citizen-id', maxLength: 12 });
export const mobile = (): Node => ({ type: 'string', format: 'vn-phone', maxLength: 13 });
/** Any telephone or fax number, landlines included (the named format `vn-phone` accepts mobiles only). */
export const telephone = (): Node => ({ type: 'string', minLength: 6, maxLength: 20, pattern: '^\\+?[0-9][0-9 .()-]{5,19}$' });
export const email = (): Node => ({ type: 'string', format: 'email', maxLength: 254 });
export const taxCode = (): Node => ({ type: 'string', format: 'vn-tax-code', maxLength: 14 });
export const website = (): Node => str(200, { pattern: '^[^\\s]+\\.[^\\s]+$' });
export const bool = (): Node => ({ type: 'boolean' });
/** A yes/no question shown as labelled choices (the contract wants option values listed as `enum`). */
export const yesNo = (): Node => ({ type: 'boolean', enum: [true, false] });
export const int = (minimum: number, maximum: number): Node => ({ type: 'integer', minimum, maximum });
export const num = (minimum: number, maximum: number): Node => ({ type: 'number', minimum, maximum });
/** Money in đồng (VNĐ). */
export const vnd = (): Node => int(0, 1_000_000_000_000);
/** A labelled choice: `enum` in data, the labels in the layout's `options`. */
export const choice = (values: readonly string[]): Node => ({
  type: 'string',
  enum: [...values],
  maxLength: Math.max(...values.map((v) => v.length)),
});
export const obj = (properties: Record<string, Node>, required: string[] = [], extra: Omit<Node, 'type' | 'properties' | 'required' | 'additionalProperties'> = {}): Node => ({
  type: 'object',
  additionalProperties: false,
  ...(required.length ? { required } : {}),
  properties,
  ...extra,
});
export const list = (items: Node, maxItems: number, minItems = 0): Node => ({ type: 'array', items, maxItems, ...(minItems ? { minItems } : {}) });
/**
 * An address as the `address` widget takes it (the contract's Address): street detail, and the commune-level
 * unit — `unitCode` in Hanoi, otherwise the unit and province by name.
 */
export const address = (): Node =>
  obj(
    {
      detail: text(255),
      unitCode: { type: 'string', pattern: '^\\d{5}$', maxLength: 5 },
      unitName: str(200),
      provinceName: str(100),
    },
    ['detail'],
  );

// --- conditions -------------------------------------------------------------------------------------------

/** Wraps `leaf` so it is tested at `path` inside the data (each step present). */
function at(path: readonly string[], leaf: Node): Node {
  return path.reduceRight<Node>((inner, key) => ({ properties: { [key]: inner }, required: [key] }), leaf);
}
/** The value at `path` equals `value`. */
export const when = (path: readonly string[], value: Scalar): Condition => {
  const [last, ...rest] = [...path].reverse();
  return at(rest.reverse(), { properties: { [last!]: { const: value } }, required: [last!] });
};
/** The value at `path` is one of `values`. */
export const whenIn = (path: readonly string[], values: Scalar[]): Condition => {
  const [last, ...rest] = [...path].reverse();
  return at(rest.reverse(), { properties: { [last!]: { enum: values } }, required: [last!] });
};
/** The value at `path` is given and differs from `value`. */
export const whenNot = (path: readonly string[], value: Scalar): Condition => {
  const [last, ...rest] = [...path].reverse();
  return at(rest.reverse(), { properties: { [last!]: { not: { const: value } } }, required: [last!] });
};
/** `key` is absent from the object at `path` (or the object itself is absent). */
export const without = (path: readonly string[], key: string): Condition =>
  path.reduceRight<Node>((inner, k) => ({ properties: { [k]: inner } }), { not: { required: [key] } });
/** `if condition then required` — for `allOf` in data. */
export const requireWhen = (condition: Condition, required: string[]): Node => ({ if: condition, then: { required } });

// --- layout -----------------------------------------------------------------------------------------------

export const field = (pointer: string, widget: Field['widget'], label: Text, extra: Omit<Field, 'pointer' | 'widget' | 'label'> = {}): Field => ({
  pointer,
  widget,
  label,
  ...extra,
});
export const option = (value: Scalar, vi: string, en: string): Choice => ({ value, label: t(vi, en) });
export const sexOptions: Choice[] = [option('male', 'Nam', 'Male'), option('female', 'Nữ', 'Female')];
export const yesNoOptions: Choice[] = [option(true, 'Có', 'Yes'), option(false, 'Không', 'No')];

// --- documents --------------------------------------------------------------------------------------------

export const UPLOAD = { accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeBytes: 5_242_880 } as const;

export const slot = (
  id: string,
  name: Text,
  options: { copies: string; required?: boolean; appliesWhen?: Condition; description?: Text; maxFiles?: number },
): Slot => ({
  id,
  name,
  ...(options.description ? { description: options.description } : {}),
  ...(options.appliesWhen ? { appliesWhen: options.appliesWhen } : {}),
  required: options.required ?? true,
  copies: options.copies,
  accept: [...UPLOAD.accept],
  maxSizeBytes: UPLOAD.maxSizeBytes,
  maxFiles: options.maxFiles ?? 3,
});
