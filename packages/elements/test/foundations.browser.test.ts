/** What every widget shares: language resolution across shadow roots, and accessible design tokens. */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { resolveLocale, tokens, toLocale } from '@hpasc/elements';

class TokenProbe extends LitElement {
  static override styles = [tokens, css`:host { display: block; }`];
}
customElements.define('hpasc-token-probe', TokenProbe);

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('resolveLocale', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('maps language tags', () => {
    expect(toLocale('en-GB')).to.equal('en');
    expect(toLocale('vi-VN')).to.equal('vi');
    expect(toLocale('fr')).to.equal('vi');
  });

  it('prefers the element, then its ancestors across shadow roots, then <html lang>', async () => {
    const host = document.createElement('div');
    host.lang = 'en';
    const section = document.createElement('section');
    host.append(section);
    document.body.append(host);
    const shadow = section.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(resolveLocale(inner)).to.equal('en', 'inherits through the shadow root');
    inner.setAttribute('lang', 'vi');
    expect(resolveLocale(inner)).to.equal('vi', 'its own lang wins');
    host.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'vi');
    inner.removeAttribute('lang');
    expect(resolveLocale(inner)).to.equal('vi', 'falls back to <html lang>');
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(inner)).to.equal('vi', 'Vietnamese when nothing says otherwise');
    host.remove();
  });
});

describe('design tokens', () => {
  it('meet WCAG AA contrast on the surface', async () => {
    const probe = await fixture<TokenProbe>(html`<hpasc-token-probe></hpasc-token-probe>`);
    const style = getComputedStyle(probe);
    const token = (name: string) => style.getPropertyValue(`--hpasc-color-${name}`).trim();
    const surface = token('surface');
    expect(surface).to.match(/^#[0-9a-f]{6}$/);
    for (const name of ['text', 'text-muted', 'primary', 'error', 'success']) {
      expect(contrast(token(name), surface), name).to.be.at.least(4.5);
    }
    expect(contrast(token('primary-text'), token('primary')), 'text on primary').to.be.at.least(4.5);
    expect(contrast(token('focus'), surface), 'focus ring').to.be.at.least(3);
    expect(contrast(token('border'), surface), 'field borders').to.be.at.least(3);
  });

  it('use px so a 10px root font size cannot shrink them', async () => {
    document.documentElement.style.fontSize = '10px';
    const probe = await fixture<TokenProbe>(html`<hpasc-token-probe></hpasc-token-probe>`);
    const style = getComputedStyle(probe);
    expect(style.getPropertyValue('--hpasc-font-size').trim()).to.equal('16px');
    expect(style.getPropertyValue('--hpasc-target-size').trim()).to.equal('44px');
    document.documentElement.style.fontSize = '';
    await expect(probe).to.be.accessible();
  });
});
