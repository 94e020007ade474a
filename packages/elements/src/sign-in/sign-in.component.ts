import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { consume } from '@lit/context';
import { HpascError } from '@hpasc/sdk';
import { authorizeUrl, createPkce, exchangeCode } from '@hpasc/sdk/core';
import { hpascContext, type HpascContextValue } from '../internal/context.ts';
import { CitizenSession } from '../internal/session.ts';
import { tokens } from '../tokens.ts';
import { useLocaleOf } from '../localization.ts';
import type { Locale } from '../internal/locale.ts';
import { widgetStyles } from '../internal/styles.ts';
import { styles } from './sign-in.styles.ts';

/** What the redirect flow keeps across the trip to the sign-in page: no token, only the PKCE secret and state. */
interface PendingSignIn {
  verifier: string;
  state: string;
  redirectUri: string;
  /** The page's full address before the trip, its query and fragment included, to come back to. */
  returnTo: string;
}

/** A state to render from data alone (Storybook, tests). */
export interface SignInPreview {
  phase: 'signed-out' | 'waiting' | 'signed-in' | 'expired' | 'popup-blocked' | 'failed';
  name?: string;
  minutesLeft?: number;
  failure?: { message: string; requestId: string | null };
}

const pendingKey = 'hpasc-sign-in';
const scope = 'openid profile dossiers';
/** Warn this long before the session would end without renewal. */
const warnMs = 2 * 60_000;
/** Someone who typed or clicked this recently is still at work: their session is renewed for them. */
const activeMs = 5 * 60_000;

/**
 * `<hpasc-sign-in>` inside an `<hpasc-provider>` — a citizen signs in with VNeID through the center (OIDC
 * authorization code + PKCE), never giving the department's page a password: the center's sign-in opens in a
 * popup and hands the code back by `postMessage` (its origin and `state` checked); if the popup is blocked,
 * the page goes to the sign-in and comes back to the same address. The tokens stay in memory; the session is
 * shared with every widget of the provider (the form prefills and locks the applicant, "my dossiers" lists
 * theirs), renewed before it expires, and ended with one button.
 *
 * @fires hpasc-signed-in - Signed in. `detail: { demo }` (no personal data)
 * @fires hpasc-signed-out - Signed out, or the session expired. `detail: { expired }`
 * @fires hpasc-error - Sign-in failed. `detail: { code, requestId }`
 * @csspart base - The widget's frame.
 * @csspart button - The sign-in and sign-out buttons.
 * @csspart status - Who is signed in and until when.
 */
@localized()
export class HpascSignIn extends LitElement {
  static override styles = [tokens, widgetStyles, styles];

  /** A state to render from data alone (see `SignInPreview`). */
  @property({ attribute: false }) preview?: SignInPreview;

  @consume({ context: hpascContext, subscribe: true })
  @state() private provided?: HpascContextValue;

  @state() private phase: SignInPreview['phase'] = 'signed-out';
  @state() private failure: { message: string; requestId: string | null } | null = null;
  @state() private now = Date.now();

  private locale: Locale = 'vi';
  private pending: PendingSignIn | null = null;
  private popup: Window | null = null;
  private clock: ReturnType<typeof setInterval> | undefined;
  private watchPopup: ReturnType<typeof setInterval> | undefined;
  private readonly onChange = (): void => this.sessionChanged();
  private lastActivity = Date.now();
  private readonly onActivity = (): void => {
    this.lastActivity = Date.now();
    this.tick();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    void useLocaleOf(this).then((locale) => { this.locale = locale; this.requestUpdate(); });
    window.addEventListener('message', this.onMessage);
    for (const type of ['keydown', 'pointerdown']) document.addEventListener(type, this.onActivity, { capture: true, passive: true });
    this.clock = setInterval(() => this.tick(), 5_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onMessage);
    for (const type of ['keydown', 'pointerdown']) document.removeEventListener(type, this.onActivity, { capture: true });
    clearInterval(this.clock);
    clearInterval(this.watchPopup);
    this.provided?.session?.removeEventListener('change', this.onChange);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('preview') && this.preview) {
      this.phase = this.preview.phase;
      this.failure = this.preview.failure ?? null;
    }
    // The session's code comes with this widget: it opens the provider's session (or finds the one already
    // open), which then comes back through the context, as every change of it does.
    if (changed.has('provided') && this.provided && !this.provided.session && !this.preview) {
      this.provided.openSession?.((core) => new CitizenSession(core));
    }
    if (changed.has('provided') && this.provided?.session && !this.preview) {
      const before = changed.get('provided') as HpascContextValue | undefined;
      if (before?.session !== this.provided.session) {
        before?.session?.removeEventListener('change', this.onChange);
        this.provided.session.addEventListener('change', this.onChange);
        void this.finishRedirect();
      }
      this.sessionChanged();
    }
  }

  /**
   * Near its end, a session is renewed for a citizen still at work (typing a long form makes no request);
   * one left alone shows its coming end, then ends — a shared computer is not left signed in.
   */
  private tick(): void {
    this.now = Date.now();
    const session = this.provided?.session;
    if (!session || session.state !== 'signed-in' || this.preview) return;
    const left = session.expiresAt - this.now;
    if (left < warnMs && this.now - this.lastActivity < activeMs) void session.renew().catch(() => undefined);
    else if (left <= 0) void session.end('expired');
  }

  private sessionChanged(): void {
    const session = this.provided?.session;
    if (!session || this.preview) return;
    if (session.state === 'signed-in') this.phase = 'signed-in';
    else if (session.state === 'expired' && this.phase === 'signed-in') {
      this.phase = 'expired';
      this.emit('hpasc-signed-out', { expired: true });
    }
  }

  /** The page itself, without query or fragment: where the center sends the code back. */
  private get redirectUri(): string {
    return `${location.origin}${location.pathname}`;
  }

  private get centerOrigin(): string {
    return new URL(this.provided!.core.url('auth/authorize')).origin;
  }

  // --- signing in -----------------------------------------------------------------------------------

  private async signIn(): Promise<void> {
    if (!this.provided?.session) return;
    this.failure = null;
    // Opened at once, in the click, so the browser lets it through; the address follows when PKCE is ready.
    this.popup = window.open('', 'hpasc-sign-in', 'popup,width=520,height=720');
    const { verifier, challenge, state } = await createPkce();
    this.pending = { verifier, state, redirectUri: this.redirectUri, returnTo: location.href };
    const mode = this.popup ? 'web_message' : 'query';
    const url = authorizeUrl(this.provided.core, { redirect_uri: this.redirectUri, state, code_challenge: challenge, response_mode: mode, scope });
    if (!this.popup) {
      // Popup blocked: the same flow by redirect. The PKCE secret waits in this tab's sessionStorage (not a token).
      this.phase = 'popup-blocked';
      sessionStorage.setItem(pendingKey, JSON.stringify(this.pending));
      await this.updateComplete;
      location.assign(url);
      return;
    }
    this.popup.location.href = url;
    this.phase = 'waiting';
    clearInterval(this.watchPopup);
    const pending = this.pending;
    this.watchPopup = setInterval(() => {
      if (!this.popup?.closed) return;
      clearInterval(this.watchPopup);
      // The center's page closes itself right after posting the code, and the close may be seen first: the
      // code gets a moment to arrive before a closed popup counts as given up.
      setTimeout(() => { if (this.phase === 'waiting' && this.pending === pending) this.cancel(); }, 1500);
    }, 500);
  }

  private cancel(): void {
    clearInterval(this.watchPopup);
    this.popup?.close();
    this.popup = null;
    this.pending = null;
    this.phase = 'signed-out';
  }

  /** Only the center's origin, with the state this widget sent, may hand a code over. */
  private onMessage = (event: MessageEvent): void => {
    const data = event.data as { type?: unknown; code?: unknown; state?: unknown } | null;
    if (!this.pending || !this.provided || event.origin !== this.centerOrigin) return;
    if (!data || data.type !== 'hpasc:authorization' || data.state !== this.pending.state || typeof data.code !== 'string') return;
    clearInterval(this.watchPopup);
    const pending = this.pending;
    this.pending = null;
    this.popup = null;
    void this.complete(data.code, pending);
  };

  /** Back from the redirect flow: the code and state are in the address; they leave it at once. */
  private async finishRedirect(): Promise<void> {
    const params = new URLSearchParams(location.search);
    const code = params.get('code');
    const returned = params.get('state');
    const saved = sessionStorage.getItem(pendingKey);
    if (!code || !returned || !saved) return;
    sessionStorage.removeItem(pendingKey);
    const pending = JSON.parse(saved) as PendingSignIn;
    params.delete('code');
    params.delete('state');
    const back = new URL(pending.returnTo, location.href);
    history.replaceState(history.state, '', back.origin === location.origin ? back.href : `${location.pathname}${params.toString() ? `?${params}` : ''}`);
    if (pending.state !== returned) return;
    await this.complete(code, pending);
  }

  private async complete(code: string, pending: PendingSignIn): Promise<void> {
    this.phase = 'waiting';
    try {
      const tokens = await exchangeCode(this.provided!.core, { code, verifier: pending.verifier, redirectUri: pending.redirectUri });
      await this.provided!.session!.start(tokens);
      this.phase = 'signed-in';
      this.emit('hpasc-signed-in', { demo: this.provided!.session!.citizen?.demo ?? false });
    } catch (error) {
      const known = error instanceof HpascError ? error : null;
      this.phase = 'failed';
      this.failure = { message: known?.message ?? msg('Không đăng nhập được. Vui lòng thử lại.', { id: 'signIn.failed' }), requestId: known?.requestId ?? null };
      this.emit('hpasc-error', { code: known?.code ?? 'unknown', requestId: known?.requestId ?? null });
    }
  }

  private async signOut(): Promise<void> {
    await this.provided?.session?.end();
    this.phase = 'signed-out';
    this.emit('hpasc-signed-out', { expired: false });
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // --- rendering ------------------------------------------------------------------------------------

  /** Its language on the frame, inside the shadow root: a provider's `lang` reaches screen readers too. */
  protected override render(): TemplateResult {
    return html`<div part="base" lang=${this.locale}>${this.renderView()}</div>`;
  }

  private renderView(): TemplateResult {
    const session = this.provided?.session;
    const button = (label: string, action: () => void, secondary = false) =>
      html`<button type="button" part="button" class=${secondary ? 'secondary' : ''} @click=${action}>${label}</button>`;
    const signInButton = button(msg('Đăng nhập bằng VNeID', { id: 'signIn.button' }), () => void this.signIn());
    switch (this.phase) {
      case 'waiting':
        return html`<p role="status" part="status">${msg('Hãy hoàn tất đăng nhập trong cửa sổ VNeID vừa mở.', { id: 'signIn.waiting' })}</p>
          ${button(msg('Hủy', { id: 'documents.cancel' }), () => this.cancel(), true)}`;
      case 'popup-blocked':
        return html`<p role="status" part="status">${msg('Trình duyệt đã chặn cửa sổ đăng nhập. Đang chuyển sang trang đăng nhập, sau đó bạn sẽ quay lại đúng trang này.', { id: 'signIn.popupBlocked' })}</p>`;
      case 'expired':
        return html`<p role="alert" part="status">${msg('Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại để tiếp tục.', { id: 'signIn.expired' })}</p>${signInButton}`;
      case 'failed':
        return html`<div role="alert" class="notice"><p>${this.failure?.message}</p>${this.failure?.requestId
          ? html`<p>${msg(str`Mã yêu cầu: ${this.failure.requestId}. Đường dây hỗ trợ: 024.1022.`, { id: 'error.requestId' })}</p>` : nothing}</div>${signInButton}`;
      case 'signed-in': {
        const name = this.preview?.name ?? session?.citizen?.name ?? '';
        const left = this.preview?.minutesLeft ?? Math.max(0, Math.round(((session?.expiresAt ?? 0) - this.now) / 60_000));
        const soon = left * 60_000 <= warnMs;
        return html`<p part="status" class="who">${msg(str`Đã đăng nhập: ${name}`, { id: 'signIn.as' })}</p>
          <p class=${soon ? 'notice' : 'help'} role=${soon ? 'alert' : nothing}>${soon
            ? msg(str`Phiên đăng nhập sắp hết hạn (còn ${left} phút).`, { id: 'signIn.expiring' })
            : msg(str`Phiên đăng nhập còn ${left} phút và được gia hạn tự động khi bạn tiếp tục làm việc.`, { id: 'signIn.left' })}</p>
          <div class="actions">
            ${soon ? button(msg('Gia hạn phiên', { id: 'signIn.renew' }), () => void session?.renew().catch(() => undefined)) : nothing}
            ${button(msg('Đăng xuất', { id: 'signIn.signOut' }), () => void this.signOut(), true)}
          </div>`;
      }
      default:
        return html`<p class="help">${msg('Đăng nhập để điền sẵn thông tin cá nhân, nộp hồ sơ không cần mã xác thực và xem các hồ sơ của bạn.', { id: 'signIn.why' })}</p>${signInButton}`;
    }
  }
}
