/**
 * Parts of a widget that load when a citizen reaches them (`import()`: the end of the form, the upload code,
 * the print code, the rating inside the tracker…). On a phone that loses its connection the load fails; the
 * failure becomes a `NetworkError` saying so, which the widgets show with a way to try again (after a network
 * failure the next `import()` fetches the module again; an HTTP error answer stays until the page reloads).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { NetworkError } from '@hpasc/sdk';

export function loadPart<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((cause: unknown) => {
    throw new NetworkError({
      status: 0,
      code: 'part_not_loaded',
      message: msg('Không tải được một phần của trang. Hãy kiểm tra kết nối mạng rồi thử lại.', { id: 'error.partNotLoaded' }),
      cause,
    });
  });
}

/**
 * A widget shown inside another and loaded when first shown (`<hpasc-rating>` in the tracker and in my
 * dossiers). `request()` loads it once; a failure is kept (not retried at every render) and shown in its place
 * by `renderFailure()`, whose button tries again.
 */
export class NestedWidget {
  private state: 'idle' | 'loading' | 'loaded' | NetworkError = 'idle';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<unknown>,
    /** Told of a failure (the host fires `hpasc-error`). */
    private readonly onFailure: (error: NetworkError) => void,
  ) {}

  request(): void {
    if (this.state !== 'idle') return;
    this.state = 'loading';
    loadPart(this.load).then(
      () => { this.state = 'loaded'; },
      (error: NetworkError) => { this.state = error; this.onFailure(error); this.host.requestUpdate(); },
    );
  }

  /** What stands in the widget's place once its load failed: the reason, and a button to try again. */
  renderFailure(): TemplateResult | typeof nothing {
    const failure = this.state;
    if (!(failure instanceof NetworkError)) return nothing;
    return html`<div role="alert" class="notice"><p>${failure.message}</p>
      <button type="button" class="secondary" @click=${() => { this.state = 'idle'; this.request(); this.host.requestUpdate(); }}>${msg('Thử lại', { id: 'action.retry' })}</button></div>`;
  }
}
