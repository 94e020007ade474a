/** FormModel in Chromium: the shared table of form cases gives the same verdicts as on the sandbox. */
import { expect } from '@open-wc/testing';
import { FormModel } from '../src/internal/form/form-model.ts';
import { forms } from '../../sandbox/src/seed/forms/index.ts';
import { formCases } from '../../../test/form-cases.ts';

describe('FormModel judges the shared form cases as the sandbox does', () => {
  for (const c of formCases) {
    it(`${c.procedure}: ${c.name}`, () => {
      const model = new FormModel(forms.get(c.procedure)!);
      expect(model.validate(c.data).map((i) => i.pointer).sort()).to.deep.equal(c.errors);
      if (c.slots) expect(model.slotsFor(model.visibleData(c.data)).map((s) => s.id)).to.deep.equal(c.slots);
    });
  }

  it('names the failed rule and its limit', () => {
    const model = new FormModel(forms.get('1.001193')!);
    const issues = model.validate({ relationship: 'mother', child: { fullName: 'x'.repeat(200) } });
    const name = issues.find((i) => i.pointer === '/child/fullName');
    expect(name?.code).to.equal('maxLength');
    expect(name?.params?.limit).to.be.a('number');
    const id = new FormModel(forms.get('1.001193')!).validate({ mother: { fullName: 'A', citizenId: '999195012345' } }).find((i) => i.pointer === '/mother/citizenId');
    expect(id?.code).to.equal('format.vn-citizen-id');
  });
});
