/**
 * `<hpasc-provider api-key="pk_…" base-url="https://…/v1" lang="vi">` — configures once, for every widget
 * inside it, the API key, the API address and the language; the widgets share one API core (and, once a
 * citizen signs in, one token hook). Renders its children unchanged.
 *
 * @slot - The widgets it configures.
 */
import { html, LitElement, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { createCore } from '@hpasc/sdk/core';
import { hpascContext } from '../internal/context.ts';
import { resolveLocale } from '../internal/locale.ts';

export class HpascProvider extends LitElement {
  static override styles = css`:host { display: contents; }`;

  @property({ attribute: 'api-key' }) apiKey = '';
  @property({ attribute: 'base-url' }) baseUrl = '';
  /** Returns the signed-in citizen's access token (kept in memory by the sign-in widget). */
  @property({ attribute: false }) getAccessToken?: () => string | null | undefined | Promise<string | null | undefined>;

  private readonly provider = new ContextProvider(this, { context: hpascContext });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiKey') || changed.has('baseUrl') || changed.has('getAccessToken')) {
      const core = createCore({
        baseUrl: this.baseUrl, apiKey: this.apiKey, locale: resolveLocale(this),
        ...(this.getAccessToken ? { getAccessToken: this.getAccessToken } : {}),
      });
      this.provider.setValue({ core });
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
