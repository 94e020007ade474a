/** The shared table of form cases, judged by the sandbox (ajv); the browser's FormModel runs the same table. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContractAjv, loadContract } from '../src/contract.ts';
import { FormJudge } from '../src/domain/forms.ts';
import { forms } from '../src/seed/forms/index.ts';
import { formCases } from '../../../test/form-cases.ts';

const judge = new FormJudge(createContractAjv(loadContract()));

describe('shared form cases, judged by the sandbox', () => {
  for (const c of formCases) {
    it(`${c.procedure}: ${c.name}`, () => {
      const form = forms.get(c.procedure);
      assert.ok(form, `a form for ${c.procedure}`);
      const visible = judge.visibleData(form, c.data);
      const pointers = judge.validate(form, visible).map((i) => i.pointer.replace(/^\/data/, '')).sort();
      assert.deepEqual(pointers, c.errors);
      if (c.slots) assert.deepEqual(judge.slotsFor(form, visible).map((s) => s.id), c.slots);
    });
  }
});
