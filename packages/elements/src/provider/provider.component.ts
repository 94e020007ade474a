import { html, LitElement, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { createCore, type Core } from '@hpasc/sdk/core';
import type { CitizenSession } from '../internal/session.ts';
import { hpascContext } from '../internal/context.ts';
import { resolveLocale } from '../internal/locale.ts';

/**
 * `<hpasc-provider api-key="pk_…" base-url="https://…/v1" lang="vi">` — configures once, for every widget
 * inside it, the API key, the API address and the language; the widgets share one API core and, once a
 * citizen signs in with `<hpasc-sign-in>`, one session: its token (in memory only) goes with their requests
 * and its claims prefill their forms. Renders its children unchanged.
 *
 * @slot - The widgets it configures.
 */
export class HpascProvider extends LitElement {
  static override styles = css`:host { display: contents; }`;

  @property({ attribute: 'api-key' }) apiKey = '';
  @property({ attribute: 'base-url' }) baseUrl = '';
  /**
   * Returns the signed-in citizen's access token, for pages that sign citizens in by themselves; by default
   * the session of an `<hpasc-sign-in>` inside this provider.
   */
  @property({ attribute: false }) getAccessToken?: () => string | null | undefined | Promise<string | null | undefined>;

  private readonly provider = new ContextProvider(this, { context: hpascContext });
  private core?: Core;
  /**
   * The citizen session: its code comes with `<hpasc-sign-in>`, which opens it here (see `openSession`), so a
   * page without a sign-in does not load it. Until then nobody is signed in.
   */
  private session?: CitizenSession;

  private readonly openSession = (create: (core: () => Core) => CitizenSession): CitizenSession => {
    if (!this.session) {
      this.session = create(() => this.core!);
      // Sign-in, renewal, sign-out and expiry reach every widget inside.
      this.session.addEventListener('change', () => this.provide());
      this.provide();
    }
    return this.session;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Nothing is provided before the key and address are known, so no widget starts against nowhere.
    if ((changed.has('apiKey') || changed.has('baseUrl') || changed.has('getAccessToken')) && this.apiKey && this.baseUrl) {
      this.core = createCore({
        baseUrl: this.baseUrl, apiKey: this.apiKey, locale: resolveLocale(this),
        getAccessToken: this.getAccessToken ?? (() => this.session?.accessToken() ?? null),
      });
      this.provide();
    }
  }

  private provide(): void {
    this.provider.setValue({ core: this.core!, citizen: this.session?.citizen ?? null, session: this.session, openSession: this.openSession });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
