/** Every state of <hpasc-dossier-form> (the list behind its stories) renders from data, at 320 px, and passes axe. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/dossier-form/dossier-form.ts';
import { dossierFormStates, type DossierFormDirectory } from '../src/dossier-form/dossier-form.states.ts';
import type { DossierFormPreview, HpascDossierForm } from '../src/dossier-form/dossier-form.component.ts';
import { FormModel } from '../src/internal/form/form-model.ts';
import { describeStates } from './support/states.ts';

const { base } = (await (await fetch('/__sandbox.json')).json()) as { base: string };
const get = async (path: string) => (await fetch(`${base}/v1${path}`, { headers: { 'X-Api-Key': 'pk_test_hpasc_sandbox_local' } })).json();
const directory: DossierFormDirectory = { procedure: await get('/procedures/1.001193'), units: (await get('/units?limit=100')).items, points: (await get('/points?limit=30')).items };
const states = dossierFormStates(directory);
const procedureStep = new Set(Object.entries(states).filter(([name]) => name.startsWith('Step: ')).map(([, preview]) => preview));

describe('<hpasc-dossier-form> from data', () => {
  it('names the fields of a required object that is missing', async () => {
    expect([...new FormModel(directory.procedure.form).requiredObjects()]).to.include('/child');
    const step = directory.procedure.form.layout.steps.find((s) => s.sections.some((sec) => sec.fields.some((f) => f.pointer === '/child/fullName')))!;
    const el = await fixture<HpascDossierForm>(html`<hpasc-dossier-form lang="vi" .preview=${states[`Step: ${step.title.vi}, continued empty`]}></hpasc-dossier-form>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#f-data-child-fullName')!.getAttribute('aria-invalid')).to.equal('true');
  });
});

describeStates<HpascDossierForm, DossierFormPreview>('hpasc-dossier-form', states, {
  async check(_el, shadow, preview) {
    // The receipt is its own module, loaded on demand.
    if (preview.receipt) await waitUntil(() => shadow.querySelector('.receipt .code'), 'the receipt has loaded');
    expect(shadow.textContent!.trim().length).to.be.greaterThan(0);
    // A procedure step may have nothing required; every other state with errors shows its summary.
    if (preview.showErrors && !procedureStep.has(preview)) expect(shadow.querySelector('.summary'), 'errors are shown').to.exist;
    if (preview.receipt) expect(shadow.querySelector('.receipt .code')!.textContent).to.equal(preview.receipt.dossierCode);
  },
});
