// The generated React wrappers in React 19 (createRoot) with the real elements: properties, attributes,
// typed events and unmounting.
import { expect } from '@open-wc/testing';
import { act, createElement, type ComponentProps, type ElementType, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ratingStates, type HpascRating } from '@hpasc/elements';
import * as wrappers from '@hpasc/react';
import { Provider, Rating } from '@hpasc/react';

// Tells React that this page runs its updates inside act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

async function render(element: ReactElement): Promise<void> {
  await act(async () => root.render(element));
}

function rating(): HpascRating {
  const element = container.querySelector('hpasc-rating');
  if (!element) throw new Error('no <hpasc-rating> rendered');
  return element;
}

describe('@hpasc/react', () => {
  it('wraps every public element, each rendering its own tag', async () => {
    expect(Object.keys(wrappers).sort()).to.deep.equal([
      'BranchFinder', 'DossierForm', 'DossierTracker', 'FeedbackForm', 'MyDossiers', 'ProcedureSearch', 'Provider',
      'Rating', 'RatingSummary', 'ServiceStats', 'SignIn',
    ]);
    // Each wrapper's props differ; rendered without any, they share no type but ElementType.
    for (const [name, wrapper] of Object.entries<ElementType>(wrappers)) {
      await render(createElement(wrapper));
      const element = container.firstElementChild!;
      expect(element.localName).to.equal(`hpasc${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
      expect(element).to.be.instanceOf(customElements.get(element.localName)!);
    }
  });

  it('sets an object prop as the element property (a preview state renders)', async () => {
    const preview = ratingStates['Already rated (409)']!;
    await render(createElement(Rating, { preview, lang: 'vi' }));
    const element = rating();
    expect(element.preview).to.equal(preview);
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.include('đã được đánh giá');
  });

  it('passes string props through to the element (property and attribute)', async () => {
    await render(createElement(Rating, { dossier: '000.00.12.H26-251124-0001', mode: 'kiosk', lang: 'en' }));
    const element = rating();
    expect(element.dossier).to.equal('000.00.12.H26-251124-0001');
    expect(element.mode).to.equal('kiosk');
    expect(element.getAttribute('lang')).to.equal('en');
  });

  it('passes provider configuration as properties', async () => {
    await render(createElement(Provider, { apiKey: 'pk_test_x', baseUrl: 'https://api.example/v1' }));
    const provider = container.querySelector('hpasc-provider')!;
    expect(provider.apiKey).to.equal('pk_test_x');
    expect(provider.baseUrl).to.equal('https://api.example/v1');
  });

  it('calls an onHpasc* prop with the event the element dispatches, and the newest handler only', async () => {
    const received: unknown[] = [];
    const stale: unknown[] = [];
    await render(createElement(Rating, { preview: ratingStates['Thank you']!, onHpascRated: (event) => stale.push(event.detail) }));
    await render(createElement(Rating, { preview: ratingStates['Thank you']!, onHpascRated: (event) => received.push(event.detail) }));
    const detail = { dossierCode: '000.00.12.H26-251124-0001', level: 'satisfied' } as const;
    rating().dispatchEvent(new CustomEvent('hpasc-rated', { detail, bubbles: true, composed: true }));
    expect(received).to.deep.equal([detail]);
    expect(stale).to.deep.equal([]);
  });

  it('removes the element on unmount', async () => {
    const host = container.appendChild(document.createElement('div'));
    const own = createRoot(host);
    await act(async () => own.render(createElement(Rating, { preview: ratingStates['Thank you']! })));
    const element = host.querySelector('hpasc-rating')!;
    expect(element.isConnected).to.equal(true);
    await act(async () => own.unmount());
    expect(element.isConnected).to.equal(false);
    expect(host.childElementCount).to.equal(0);
  });
});

// Type-level checks, compiled by `tsc -p tsconfig.json`: handlers receive the event's detail type.
export const typedHandlers: ComponentProps<typeof Rating>[] = [
  { onHpascRated: (event) => event.detail.level },
  // @ts-expect-error — the detail of hpasc-rated has no `procedure`.
  { onHpascRated: (event) => event.detail.procedure },
  // @ts-expect-error — a handler for another event's type is refused.
  { onHpascRated: (event: CustomEvent<{ procedure: string }>) => event.detail.procedure },
  // @ts-expect-error — the rating fires no hpasc-submitted.
  { onHpascSubmitted: () => undefined },
];
