/**
 * Every state of <hpasc-rating> and <hpasc-rating-summary> (the lists behind their stories) renders from data
 * alone, shows what the state is about, fits 320 px, keeps its targets large, and passes axe. The English
 * catalog of both widgets covers exactly the ids their code uses.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { str } from '@lit/localize';
import '../src/rating/rating.ts';
import '../src/rating-summary/rating-summary.ts';
import { ratingStates } from '../src/rating/rating.states.ts';
import { ratingSummaryStates } from '../src/rating-summary/rating-summary.states.ts';
import { ratingEnglish } from '../src/rating/rating.en.ts';
import type { HpascRating } from '../src/rating/rating.component.ts';
import type { HpascRatingSummary } from '../src/rating-summary/rating-summary.component.ts';

const root = (el: Element) => el.shadowRoot!;

/** The widget has switched to its language (the English catalog loads asynchronously). */
async function inLanguage(el: HpascRating | HpascRatingSummary, lang: string): Promise<void> {
  await waitUntil(() => root(el).querySelector('[part=base]')?.getAttribute('lang') === lang, `lang="${lang}" inside the shadow root`);
  await el.updateComplete;
}

function fitsWidth(el: Element): void {
  const base = root(el).querySelector('[part=base]') as HTMLElement;
  expect(base.scrollWidth, 'no horizontal scrolling at 320 px').to.be.at.most(base.clientWidth + 1);
}

describe('<hpasc-rating> states', () => {
  before(() => setViewport({ width: 320, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [name, preview] of Object.entries(ratingStates)) {
    it(`${name}: renders from data, at 320 px, and passes axe`, async () => {
      const el = await fixture<HpascRating>(html`<hpasc-rating lang=${preview.lang ?? 'vi'} .preview=${preview}></hpasc-rating>`);
      await inLanguage(el, preview.lang ?? 'vi');
      const shadow = root(el);
      const kiosk = preview.mode === 'kiosk';
      const radios = [...shadow.querySelectorAll<HTMLInputElement>('input[name=level]')];
      if (preview.phase === 'form' || preview.phase === 'sending') {
        expect(radios.map((r) => r.value)).to.deep.equal(['very-satisfied', 'satisfied', 'not-satisfied']);
        expect(radios.find((r) => r.checked)?.value).to.equal(preview.level);
        expect(shadow.querySelector('fieldset.levels legend')!.textContent!.trim()).not.to.equal('');
        const minimum = kiosk ? 64 : 44;
        for (const target of shadow.querySelectorAll('label.level, label.score, button')) {
          if ((target as HTMLElement).offsetParent) expect(target.getBoundingClientRect().height, target.textContent!.trim()).to.be.at.least(minimum);
        }
      }
      if (kiosk) expect(shadow.querySelector('textarea'), 'no typing at the kiosk').to.equal(null);
      if (!kiosk && preview.phase === 'form') {
        const comment = shadow.querySelector('textarea')!;
        expect(comment.maxLength).to.equal(1000);
        expect(comment.value).to.equal(preview.comment ?? '');
        expect(shadow.getElementById('comment-count')!.textContent).to.contain(String((preview.comment ?? '').length));
        for (const [key, score] of Object.entries(preview.criteria ?? {})) {
          expect((shadow.getElementById(`c-${key}-${score + 1}`) as HTMLInputElement).checked, key).to.equal(true);
        }
      }
      if (preview.phase === 'sending') expect((shadow.querySelector('button[type=submit]') as HTMLButtonElement).disabled).to.equal(true);
      if (preview.issues?.length) expect(shadow.querySelectorAll('.summary li').length).to.equal(preview.issues.length);
      if (preview.failure?.requestId) expect(shadow.textContent).to.contain(preview.failure.requestId);
      if (preview.phase === 'thanks') expect(shadow.querySelector('[part=thanks] h2')).to.exist;
      if (preview.phase === 'already-rated') expect(shadow.querySelector('h2')!.textContent).to.match(/đã được đánh giá|already been rated/);
      if (preview.waiting) expect(shadow.querySelector('[part=waiting]')!.textContent).to.contain(String(preview.waiting));
      else expect(shadow.querySelector('[part=waiting]')?.textContent?.trim() ?? '').to.equal('');
      fitsWidth(el);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<hpasc-rating-summary> states', () => {
  before(() => setViewport({ width: 320, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [name, preview] of Object.entries(ratingSummaryStates)) {
    it(`${name}: renders from data, at 320 px, and passes axe`, async () => {
      const lang = preview.lang ?? 'vi';
      const el = await fixture<HpascRatingSummary>(html`<hpasc-rating-summary lang=${lang} .preview=${preview}></hpasc-rating-summary>`);
      await inLanguage(el, lang);
      const shadow = root(el);
      const summary = preview.summary;
      if (preview.status === 'loading') expect(shadow.querySelector('[role=status]')).to.exist;
      if (preview.status === 'failed') expect(shadow.querySelector('[role=alert]')!.textContent).to.contain(preview.failure!.requestId!);
      if (summary) {
        const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN');
        expect(Boolean(shadow.querySelector('[part=demo]')), 'the demo flag').to.equal(summary.demo);
        if (summary.total === 0) {
          expect(shadow.querySelector('.empty')).to.exist;
          expect(shadow.querySelector('table')).to.equal(null);
        } else {
          expect(shadow.querySelector('.total')!.textContent).to.equal(number.format(summary.total));
          expect(shadow.querySelectorAll('table.levels tbody tr').length).to.equal(3);
          expect(shadow.querySelectorAll('table.criteria tbody tr').length).to.equal(9);
          expect(shadow.querySelector('table.levels tbody td')!.textContent).to.equal(number.format(summary.levels.verySatisfied));
        }
      }
      fitsWidth(el);
      await expect(el).to.be.accessible();
    });
  }
});

describe('the English catalog of the rating widgets', () => {
  it('translates every id the widgets use, and nothing else', async () => {
    const sources = ['rating/rating.component.ts', 'rating/rating.labels.ts', 'rating-summary/rating-summary.component.ts'];
    const ids = new Set<string>();
    for (const source of sources) {
      const code = await (await fetch(`/packages/elements/src/${source}`)).text();
      for (const match of code.matchAll(/\bid:\s*["']((?:rating|kiosk|ratingSummary)\.[a-zA-Z.]+)["']/g)) ids.add(match[1]!);
    }
    const english = Object.keys(ratingEnglish(str));
    expect(ids.size).to.be.greaterThan(60);
    expect([...ids].filter((id) => !english.includes(id)), 'missing in rating.en.ts').to.deep.equal([]);
    expect(english.filter((id) => !ids.has(id)), 'unused in rating.en.ts').to.deep.equal([]);
  });
});
