/**
 * The JSON Schema 2020-12 subset that form schemas use — the contract's `JsonSchemaNode`, which allows no
 * other keyword — evaluated by walking the schema. Nothing is compiled, so it runs under a strict Content
 * Security Policy, and it costs a tenth of a general validator. Errors come out as ajv reports them with
 * `allErrors` (the sandbox's validator): the shared case table and a differential test over every seeded
 * form hold the two together.
 */
import type { Schemas } from '@hpasc/sdk';
import { namedFormats } from '@hpasc/sdk/validators';

export type SchemaNode = Schemas['JsonSchemaNode'];

/** One failed rule: where in the data (JSON Pointer), which keyword, and the rule's parameters. */
export interface SchemaError {
  pointer: string;
  keyword: string;
  params?: { limit?: number; format?: string; allowed?: string[] };
}

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// ajv-formats' `date` (full mode) and `email` (full mode), so both sides draw the line in the same place.
const formats: Record<string, (value: string) => boolean> = {
  ...namedFormats,
  date: (value) => {
    const match = /^(\d\d\d\d)-(\d\d)-(\d\d)$/.exec(value);
    if (!match) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && !leap ? 28 : daysInMonth[month - 1]!);
  },
  email: (value) => /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i.test(value),
};

const patterns = new Map<string, RegExp>();
const patternOf = (source: string) => {
  let pattern = patterns.get(source);
  if (!pattern) patterns.set(source, (pattern = new RegExp(source, 'u')));
  return pattern;
};

/** Length in code points, as JSON Schema counts it (a Vietnamese letter with its marks in NFC is one). */
function lengthOf(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++, length++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i++;
  }
  return length;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return typeof value === 'number' && Number.isInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeOf(value) === type;
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Whether `value` satisfies `schema`; the failed rules are appended to `errors` when it is given (left out,
 * the walk stops at the first failure).
 */
export function evaluate(schema: SchemaNode, value: unknown, errors?: SchemaError[], pointer = ''): boolean {
  let valid = true;
  /** Records a failure; true when the walk should stop here (no error list: the verdict is known). */
  const fail = (keyword: string, params?: SchemaError['params'], at = pointer): boolean => {
    valid = false;
    errors?.push(params ? { pointer: at, keyword, params } : { pointer: at, keyword });
    return !errors;
  };
  const failed = (ok: boolean): boolean => !ok && (valid = false, !errors);

  // ajv's order, so that the first error of each field is the same on both sides: the type first unless
  // the schema has rules for that type (then it is judged with them); rules for any type; then the rules
  // of the value's type.
  const typed = schema.type !== undefined && hasRulesFor(schema, schema.type);
  if (schema.type !== undefined && !typed && !hasType(value, schema.type) && fail('type')) return false;

  if (schema.const !== undefined && !equal(schema.const, value) && fail('const')) return false;
  if (schema.enum !== undefined && !schema.enum.some((allowed) => equal(allowed, value)) && fail('enum', { allowed: schema.enum.slice(0, 50).map(String) })) return false;
  if (schema.not && evaluate(schema.not, value) && fail('not')) return false;
  if (schema.anyOf) {
    // When no branch holds, every branch's errors are reported, as ajv does.
    const branchErrors: SchemaError[] = [];
    if (!schema.anyOf.some((branch) => evaluate(branch, value, errors ? branchErrors : undefined, pointer))) {
      valid = false;
      if (!errors) return false;
      errors.push(...branchErrors);
    }
  }
  for (const part of schema.allOf ?? []) if (failed(evaluate(part, value, errors, pointer))) return false;
  if (schema.if) {
    const branch = evaluate(schema.if, value) ? schema.then : schema.else;
    if (branch && failed(evaluate(branch, value, errors, pointer))) return false;
  }

  if (typed && !hasType(value, schema.type!)) {
    if (fail('type')) return false;
  } else if (typeof value === 'number') {
    if (schema.maximum !== undefined && value > schema.maximum && fail('maximum', { limit: schema.maximum })) return false;
    if (schema.minimum !== undefined && value < schema.minimum && fail('minimum', { limit: schema.minimum })) return false;
  } else if (typeof value === 'string') {
    if (schema.maxLength !== undefined && lengthOf(value) > schema.maxLength && fail('maxLength', { limit: schema.maxLength })) return false;
    if (schema.minLength !== undefined && lengthOf(value) < schema.minLength && fail('minLength', { limit: schema.minLength })) return false;
    if (schema.pattern !== undefined && !patternOf(schema.pattern).test(value) && fail('pattern')) return false;
    if (schema.format !== undefined && formats[schema.format] && !formats[schema.format]!(value) && fail('format', { format: schema.format })) return false;
  } else if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems && fail('maxItems', { limit: schema.maxItems })) return false;
    if (schema.minItems !== undefined && value.length < schema.minItems && fail('minItems', { limit: schema.minItems })) return false;
    if (schema.uniqueItems && value.some((item, i) => value.findIndex((other) => equal(item, other)) !== i) && fail('uniqueItems')) return false;
    if (schema.items) for (let i = 0; i < value.length; i++) if (failed(evaluate(schema.items, value[i], errors, `${pointer}/${i}`))) return false;
  } else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const properties = schema.properties ?? {};
    for (const name of schema.required ?? []) if (!Object.hasOwn(object, name) && fail('required', undefined, `${pointer}/${escape(name)}`)) return false;
    if (schema.additionalProperties === false) {
      for (const name of Object.keys(object)) if (!Object.hasOwn(properties, name) && fail('additionalProperties', undefined, `${pointer}/${escape(name)}`)) return false;
    }
    for (const [name, child] of Object.entries(properties)) {
      if (Object.hasOwn(object, name) && failed(evaluate(child, object[name], errors, `${pointer}/${escape(name)}`))) return false;
    }
  }
  return valid;
}

const typeRules: Record<string, (keyof SchemaNode)[]> = {
  number: ['maximum', 'minimum'],
  string: ['maxLength', 'minLength', 'pattern', 'format'],
  array: ['maxItems', 'minItems', 'uniqueItems', 'items'],
  object: ['required', 'additionalProperties', 'properties'],
};
/** Whether the schema has rules that apply only to values of `type` (`integer` has none of its own). */
const hasRulesFor = (schema: SchemaNode, type: string) => (typeRules[type] ?? []).some((rule) => schema[rule] !== undefined);
