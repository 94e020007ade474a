/**
 * A part of a widget loaded when first shown: a widget inside another (`<hpasc-rating>` in the tracker and in my
 * dossiers) or code only some visits need (the tracker's uploads, when documents are asked for). `request()`
 * loads it once and `module` holds it then; a failure is kept (not retried at every render) and shown in its
 * place by `renderFailure()`, whose button tries again.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { NetworkError } from '@hpasc/sdk';
import { loadPart } from './load-part.ts';

export class PartOnDemand<T> {
  module: T | undefined;
  private failure: NetworkError | null = null;
  private loading = false;

  /** A failure is also told to the page, as the widgets tell every failure: `hpasc-error` from the host. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly load: () => Promise<T>,
  ) {}

  request(): void {
    if (this.module || this.loading || this.failure) return;
    this.loading = true;
    const settle = () => { this.loading = false; this.host.requestUpdate(); };
    loadPart(this.load).then(
      (module) => { this.module = module; settle(); },
      (error: NetworkError) => {
        this.failure = error;
        settle();
        this.host.dispatchEvent(new CustomEvent('hpasc-error', { detail: { code: error.code, requestId: null }, bubbles: true, composed: true }));
      },
    );
  }

  get failed(): boolean {
    return this.failure !== null;
  }

  /** What stands in the part's place once its load failed: the reason, and a button to try again. */
  renderFailure(): TemplateResult | typeof nothing {
    if (!this.failure) return nothing;
    return html`<div role="alert" class="notice"><p>${this.failure.message}</p>
      <button type="button" class="secondary" @click=${() => { this.failure = null; this.request(); this.host.requestUpdate(); }}>${msg('Thử lại', { id: 'action.retry' })}</button></div>`;
  }
}
