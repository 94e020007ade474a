/**
 * Every state of <hpasc-rating> and <hpasc-rating-summary> (the lists behind their stories) renders from data
 * alone, shows what the state is about, fits 320 px, keeps its targets large, and passes axe. The English
 * catalog of both widgets covers exactly the ids their code uses.
 */
import { expect } from '@open-wc/testing';
import { str } from '@lit/localize';
import '../src/rating/rating.ts';
import '../src/rating-summary/rating-summary.ts';
import { ratingStates } from '../src/rating/rating.states.ts';
import { ratingSummaryStates } from '../src/rating-summary/rating-summary.states.ts';
import { ratingEnglish } from '../src/rating/rating.en.ts';
import type { HpascRating, RatingPreview } from '../src/rating/rating.component.ts';
import type { HpascRatingSummary, RatingSummaryPreview } from '../src/rating-summary/rating-summary.component.ts';
import { describeStates } from './support/states.ts';

describeStates<HpascRating, RatingPreview>('hpasc-rating', ratingStates, {
  minTarget: (preview) => (preview.mode === 'kiosk' ? 64 : 44),
  check(_el, shadow, preview) {
    const kiosk = preview.mode === 'kiosk';
    const radios = [...shadow.querySelectorAll<HTMLInputElement>('input[name=level]')];
    if (preview.phase === 'form' || preview.phase === 'sending') {
      expect(radios.map((r) => r.value)).to.deep.equal(['very-satisfied', 'satisfied', 'not-satisfied']);
      expect(radios.find((r) => r.checked)?.value).to.equal(preview.level);
      expect(shadow.querySelector('fieldset.levels legend')!.textContent!.trim()).not.to.equal('');
      // The levels and scores are labels around their radio buttons: the label is what is tapped.
      for (const target of shadow.querySelectorAll('label.level, label.score')) {
        if ((target as HTMLElement).offsetParent) expect(target.getBoundingClientRect().height, target.textContent!.trim()).to.be.at.least(kiosk ? 64 : 44);
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
  },
});

describeStates<HpascRatingSummary, RatingSummaryPreview>('hpasc-rating-summary', ratingSummaryStates, {
  check(_el, shadow, preview) {
    const summary = preview.summary;
    if (preview.status === 'loading') expect(shadow.querySelector('[role=status]')).to.exist;
    if (preview.status === 'failed') expect(shadow.querySelector('[role=alert]')!.textContent).to.contain(preview.failure!.requestId!);
    if (!summary) return;
    const number = new Intl.NumberFormat(preview.lang === 'en' ? 'en-GB' : 'vi-VN');
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
  },
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
