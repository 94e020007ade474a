/**
 * Every state of a widget — its `*.states.ts`, the list behind its stories — rendered from data alone, in the
 * state's language, at 320 px: the widget's own checks of what the state is about, then what every state of
 * every widget meets — its language inside the shadow root, visible targets at least 44 px high (64 at the
 * kiosk), no sideways scrolling, and axe clean. One test per state.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { setViewport } from '@web/test-runner-commands';

/** What a citizen taps: buttons, links, fields and the labels that wrap a checkbox or radio button. */
const targets = 'button, a[href], input:not([type=checkbox]):not([type=radio]):not([type=file]):not([type=hidden]), select, textarea, summary, label.choice';

export interface StatesOptions<E extends HTMLElement, P> {
  /** The widget's own checks of a state, once it has rendered in its language. */
  check?: (el: E, shadow: ShadowRoot, preview: P) => void | Promise<void>;
  /** The smallest target height a state allows (the kiosk's is larger); 44 px by default. */
  minTarget?: (preview: P) => number;
}

export function describeStates<E extends HTMLElement & { updateComplete: Promise<unknown> }, P extends object>(
  tag: string, states: Record<string, P>, options: StatesOptions<E, P> = {},
): void {
  describe(`<${tag}> states`, () => {
    before(() => setViewport({ width: 320, height: 900 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const [name, preview] of Object.entries(states)) {
      it(`${name}: renders from data, in its language, at 320 px, with large targets, and passes axe`, async () => {
        const lang = (preview as { lang?: string }).lang ?? 'vi';
        const element = unsafeStatic(tag);
        const el = await fixture<E>(html`<${element} lang=${lang} .preview=${preview}></${element}>`);
        const shadow = el.shadowRoot!;
        // The English catalog loads asynchronously: the frame's `lang` says the widget has switched.
        await waitUntil(() => shadow.querySelector('[part=base]')?.getAttribute('lang') === lang, `lang="${lang}" inside the shadow root`);
        await el.updateComplete;
        await options.check?.(el, shadow, preview);
        const minimum = options.minTarget?.(preview) ?? 44;
        for (const target of shadow.querySelectorAll<HTMLElement>(targets)) {
          if (target.offsetParent) expect(target.getBoundingClientRect().height, target.textContent!.trim() || target.id).to.be.at.least(minimum);
        }
        const frame = shadow.querySelector<HTMLElement>('[part=base]')!;
        expect(frame.scrollWidth, 'no horizontal scrolling at 320 px').to.be.at.most(frame.clientWidth + 1);
        expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(window.innerWidth);
        await expect(el).to.be.accessible();
      });
    }
  });
}
