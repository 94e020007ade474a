/**
 * The browser's walk of the form-schema subset against the sandbox's ajv, on every seeded form: the shared
 * case table's declarations and thousands of variations of them (each field emptied, removed, mistyped,
 * overlong, malformed; choices and conditions flipped). Both must flag the same fields with the same rule,
 * and agree on every condition (visibility, document cases).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContractAjv, loadContract } from '../../sandbox/src/contract.ts';
import { FormJudge } from '../../sandbox/src/domain/forms.ts';
import { forms } from '../../sandbox/src/seed/forms/index.ts';
import { formCases } from '../../../test/form-cases.ts';
import { evaluate, type SchemaError, type SchemaNode } from '../src/internal/form/json-schema.ts';
import { FormModel } from '../src/internal/form/form-model.ts';

const judge = new FormJudge(createContractAjv(loadContract()));
type Data = Record<string, unknown>;

/** Every leaf of a schema (pointer and schema), through properties and the first item of arrays. */
function leaves(schema: SchemaNode, at = ''): [string, SchemaNode][] {
  const found: [string, SchemaNode][] = [];
  const visit = (node: SchemaNode, pointer: string) => {
    if (node.properties) for (const [name, child] of Object.entries(node.properties)) visit(child, `${pointer}/${name}`);
    else if (node.items) visit(node.items, `${pointer}/0`);
    else found.push([pointer, node]);
    for (const part of [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.then ? [node.then] : []), ...(node.else ? [node.else] : [])]) visit(part, pointer);
  };
  visit(schema, at);
  return found;
}

function setAt(data: Data, pointer: string, value: unknown): Data {
  const copy = structuredClone(data);
  const keys = pointer.split('/').slice(1);
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = /^\d+$/.test(keys[keys.indexOf(key) + 1] ?? '') ? [] : {};
    node = node[key] as Record<string, unknown>;
  }
  if (value === undefined) delete node[keys.at(-1)!];
  else node[keys.at(-1)!] = value;
  return copy;
}

const formatSamples: Record<string, unknown[]> = {
  date: ['2025-02-29', '2024-02-29', '2025-13-01', '2025-06-01', '01/06/2025'],
  email: ['a@b.vn', 'not-an-email', 'a@b'],
  'vn-citizen-id': ['001195012345', '999195012345', '00119501234'],
  'vn-phone': ['0912345678', '0112345678', '+84912345678'],
  'vn-tax-code': ['0101243150', '0101243151', '0101243150-001'],
};

/** Values that break (or satisfy) each kind of rule a leaf carries; `thorough` adds every type and limit. */
function variants(node: SchemaNode, thorough: boolean): unknown[] {
  if (!thorough) return [undefined, '', null];
  const values: unknown[] = [undefined, '', 0, 1.5, true, null, {}, [], 'x', 'Nguye\u0302\u0303n', '😀'.repeat(5)];
  values.push(...(formatSamples[node.format ?? ''] ?? []), ...(node.enum ?? []));
  if (node.const !== undefined) values.push(node.const);
  for (const limit of [node.minLength, node.maxLength]) if (limit !== undefined) values.push('a'.repeat(limit), 'a'.repeat(limit + 1), 'a'.repeat(Math.max(0, limit - 1)));
  for (const limit of [node.minimum, node.maximum]) if (limit !== undefined) values.push(limit, limit + 1, limit - 1, limit + 0.5);
  return values;
}

/** The data-level agreement: same flagged fields, same first rule for each. */
function verdicts(procedure: string, data: Data) {
  const form = forms.get(procedure)!;
  const model = new FormModel(form);
  const browser = model.validate(data).map((i) => `${i.pointer} ${i.code}`).sort();
  const server = judge.validate(form, judge.visibleData(form, data)).map((i) => `${i.pointer.replace(/^\/data/, '')} ${i.code}`).sort();
  const conditions = [
    ...form.layout.steps.flatMap((s) => s.sections.flatMap((sec) => [sec.showIf, ...sec.fields.map((f) => f.showIf)])),
    ...form.documents.map((d) => d.appliesWhen),
  ].filter((c) => c !== undefined);
  const matches = conditions.map((c) => [evaluate(c as SchemaNode, data), judge.matches(c, data)]);
  return { browser, server, matches };
}

describe('the form-schema subset, in the browser and on the sandbox', () => {
  it('agree on every variation of every shared case', () => {
    let compared = 0;
    const thoroughly = new Set<string>();
    for (const c of formCases) {
      const form = forms.get(c.procedure)!;
      // Each form's first case is varied in every way; the others by emptying each field.
      const thorough = !thoroughly.has(c.procedure);
      thoroughly.add(c.procedure);
      for (const [pointer, node] of leaves(form.data)) {
        for (const value of variants(node, thorough)) {
          const data = setAt(c.data, pointer, value);
          const { browser, server, matches } = verdicts(c.procedure, data);
          assert.deepEqual(browser, server, `${c.procedure} ${c.name}: ${pointer} = ${JSON.stringify(value)?.slice(0, 40)}`);
          for (const [a, b] of matches) assert.equal(a, b, `${c.procedure}: a condition at ${pointer} = ${JSON.stringify(value)?.slice(0, 40)}`);
          compared++;
        }
      }
    }
    console.log(`${compared} comparisons`);
    assert.ok(compared > 4000, `${compared} comparisons`);
  });

  it('agree on every seeded form when data is missing or of the wrong shape', () => {
    for (const [procedure] of forms) {
      for (const data of [{}, { unknown: 1 }, { a: [] }] as Data[]) {
        const { browser, server } = verdicts(procedure, data);
        assert.deepEqual(browser, server, procedure);
        assert.ok(browser.length > 0, `${procedure}: empty data is not a valid declaration`);
      }
    }
  });

  it('counts length in characters, not UTF-16 units, and checks dates against the calendar', () => {
    const errors = (schema: SchemaNode, value: unknown) => { const list: SchemaError[] = []; evaluate(schema, value, list); return list.map((e) => e.keyword); };
    assert.deepEqual(errors({ type: 'string', maxLength: 3 }, '😀😀😀'), []);
    assert.deepEqual(errors({ type: 'string', maxLength: 2 }, '😀😀😀'), ['maxLength']);
    assert.deepEqual(errors({ type: 'string', format: 'date' }, '2024-02-29'), []);
    assert.deepEqual(errors({ type: 'string', format: 'date' }, '2025-02-29'), ['format']);
    assert.deepEqual(errors({ type: 'object', required: ['toString'] }, {}), ['required']);
  });
});
