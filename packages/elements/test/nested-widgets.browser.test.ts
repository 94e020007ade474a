/**
 * `<hpasc-rating>` inside the tracker and inside my dossiers loads when first shown. When it cannot load (the
 * test server drops the connection, as a phone losing its signal would), the widget says so in its place, tells the page
 * (`hpasc-error` with `part_not_loaded`, nothing personal), does not try again at every render, and loads it
 * at "Thử lại". Its own page: once a module has loaded, a page keeps it.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/dossier-tracker/dossier-tracker.ts';
import '../src/my-dossiers/my-dossiers.ts';
import type { HpascDossierTracker } from '../src/dossier-tracker/dossier-tracker.component.ts';
import type { HpascMyDossiers } from '../src/my-dossiers/my-dossiers.component.ts';
import { dossierTrackerStates } from '../src/dossier-tracker/dossier-tracker.states.ts';
import { myDossiersStates } from '../src/my-dossiers/my-dossiers.states.ts';

const rating = '/packages/elements/src/rating/rating.ts';
const refuse = (refused: boolean) => fetch(`/__refuse?path=${encodeURIComponent(rating)}&refused=${refused ? 1 : 0}`);
const asked = () => performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === rating).length;

async function until(condition: () => boolean, what: string): Promise<void> {
  const stop = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > stop) throw new Error(`never: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a widget inside a widget, loaded when first shown', () => {
  after(() => refuse(false));

  it('the tracker says in its place that the rating could not load, and loads it at "Thử lại"', async () => {
    await refuse(true);
    const el = await fixture<HpascDossierTracker>(html`<hpasc-dossier-tracker></hpasc-dossier-tracker>`);
    const failed = oneEvent(el, 'hpasc-error');
    el.preview = dossierTrackerStates['Returned (10)'];
    expect((await failed).detail).to.deep.equal({ code: 'part_not_loaded', requestId: null });
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('Không tải được một phần của trang. Hãy kiểm tra kết nối mạng rồi thử lại.');
    expect(customElements.get('hpasc-rating')).to.equal(undefined);
    await expect(el).to.be.accessible();

    // Renders after the failure do not ask again: only the citizen's "Thử lại" does.
    const tries = asked();
    el.requestUpdate();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(asked()).to.equal(tries);

    await refuse(false);
    alert.querySelector('button')!.click();
    await until(() => customElements.get('hpasc-rating') !== undefined, 'hpasc-rating defined');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    const widget = el.shadowRoot!.querySelector('hpasc-rating')!;
    await until(() => Boolean(widget.shadowRoot?.querySelector('[part=levels]')), 'the rating shows its levels');
  });

  it('my dossiers, once the rating has loaded, shows it at once and asks for nothing', async () => {
    const tries = asked();
    const el = await fixture<HpascMyDossiers>(html`<hpasc-my-dossiers .preview=${myDossiersStates['Rating open']}></hpasc-my-dossiers>`);
    const widget = el.shadowRoot!.querySelector('hpasc-rating')!;
    await until(() => Boolean(widget.shadowRoot?.querySelector('[part=levels]')), 'the rating shows its levels');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(asked()).to.equal(tries);
  });
});
