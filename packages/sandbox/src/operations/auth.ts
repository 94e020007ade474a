/**
 * The center's sign-in (OIDC authorization code + PKCE S256) with a fake VNeID in front of it. A department
 * page opens `/v1/auth/authorize` in a popup; without a center session it is sent to the fake VNeID page
 * (`/sandbox/idp/login`), where a test citizen is picked; the code then goes back to the opener by
 * `postMessage` at the redirect URI's origin, or by redirect. Tokens: access 15 min, refresh 8 h, rotated.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import type { Schemas } from '@hpasc/sdk';
import { newToken } from '../domain/codes.ts';
import { HttpProblem, type Locale } from '../http/problems.ts';
import type { Handler, Reply } from '../http/pipeline.ts';
import type { Sandbox } from '../sandbox.ts';
import { citizenBySub, testCitizens } from '../seed/citizens.ts';

const accessLifetimeS = 15 * 60;
const refreshLifetimeMs = 8 * 3600_000;
const codeLifetimeMs = 2 * 60_000;
const sessionLifetimeMs = 8 * 3600_000;
const sessionCookie = 'hpasc_center_session';
const defaultScope = 'openid profile dossiers';

export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  responseMode: 'web_message' | 'query';
  scope: string;
  locale: Locale;
}

/** The checks every step of the flow repeats: a known key, and a redirect URI on an origin allowed for it. */
async function checkRequest(sandbox: Sandbox, input: Record<string, unknown>): Promise<AuthorizationRequest> {
  const text = (name: string) => (typeof input[name] === 'string' ? (input[name] as string) : '');
  const request: AuthorizationRequest = {
    clientId: text('client_id'), redirectUri: text('redirect_uri'), state: text('state'), codeChallenge: text('code_challenge'),
    responseMode: text('response_mode') === 'query' ? 'query' : 'web_message', scope: text('scope') || defaultScope,
    locale: text('ui_locales') === 'en' ? 'en' : 'vi',
  };
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(request.state) || !/^[A-Za-z0-9_-]{43,128}$/.test(request.codeChallenge)) throw new HttpProblem('bad_request');
  const key = await sandbox.db.get<{ origins: string; active: number }>('SELECT origins, active FROM api_keys WHERE key = ?', [request.clientId]);
  if (!key || !key.active) throw new HttpProblem('bad_request', { vi: 'Khóa API (client_id) không đúng.', en: 'The client_id is not a known key.' });
  let origin: string;
  try {
    origin = new URL(request.redirectUri).origin;
  } catch {
    throw new HttpProblem('bad_request');
  }
  if (!sandbox.originAllowedForKey(origin, JSON.parse(key.origins) as string[])) throw new HttpProblem('origin_not_allowed');
  return request;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON safe to place inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const pageText = {
  vi: {
    title: 'Đăng nhập bằng VNeID (mô phỏng)',
    heading: 'Đăng nhập bằng tài khoản định danh điện tử VNeID',
    intro: 'Đây là trang mô phỏng của môi trường thử nghiệm. Chọn một công dân thử nghiệm để đăng nhập.',
    born: 'sinh ngày',
    done: 'Đã đăng nhập. Bạn có thể đóng cửa sổ này.',
  },
  en: {
    title: 'Sign in with VNeID (simulated)',
    heading: 'Sign in with your VNeID electronic identity',
    intro: 'This is the sandbox’s simulated page. Pick a test citizen to sign in as.',
    born: 'born',
    done: 'Signed in. You can close this window.',
  },
} as const;

function page(locale: Locale, title: string, body: string, nonce: string, extraFormAction = ''): Response {
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style nonce="${nonce}">body{font:16px/1.5 system-ui,sans-serif;max-width:560px;margin:24px auto;padding:0 16px;color:#1a1a1a}
button{display:block;width:100%;min-height:44px;margin:8px 0;padding:8px 12px;font:inherit;text-align:left;border:1px solid #555;border-radius:6px;background:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}small{color:#444}</style></head><body><main>${body}</main></body></html>`;
  return new Response(html, {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; form-action 'self' ${extraFormAction}; frame-ancestors 'none'; base-uri 'none'`,
      'Referrer-Policy': 'no-referrer',
    },
  });
}

export function createAuth(sandbox: Sandbox): { handlers: Record<string, Handler>; handoff: Handoff } {
  const now = () => sandbox.clock.now().getTime();

  /** Hands the code back: a page that posts it to the opener, or a redirect with it in the query. */
  const handoff = async (request: AuthorizationRequest, subject: string, setCookie?: string): Promise<Response> => {
    const code = newToken('ac');
    await sandbox.db.run('INSERT INTO auth_codes VALUES (?, ?, ?, ?, ?, ?, 0)', [code, request.clientId, request.redirectUri, request.codeChallenge, subject, now() + codeLifetimeMs]);
    const target = new URL(request.redirectUri);
    target.searchParams.set('code', code);
    target.searchParams.set('state', request.state);
    let response: Response;
    if (request.responseMode === 'query') {
      response = new Response(null, { status: 302, headers: { Location: target.href, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } });
    } else {
      const nonce = randomBytes(12).toString('base64');
      const message = { type: 'hpasc:authorization', code, state: request.state };
      // Without an opener (popup lost), fall back to the redirect flow so the citizen is not stranded.
      const script = `<script nonce="${nonce}">(function(){var m=${scriptJson(message)};if(window.opener){window.opener.postMessage(m,${scriptJson(target.origin)});window.close();}else{location.replace(${scriptJson(target.href)});}})();</script>`;
      response = page(request.locale, pageText[request.locale].title, `<p>${escapeHtml(pageText[request.locale].done)}</p>${script}`, nonce);
    }
    if (setCookie) response.headers.append('Set-Cookie', setCookie);
    return response;
  };

  const issueTokens = async (subject: string, scope: string): Promise<Schemas['TokenResponse']> => {
    const access = newToken('at');
    const refresh = newToken('rt');
    await sandbox.db.run("INSERT INTO tokens (token, kind, subject, scope, expires_at) VALUES (?, 'access', ?, ?, ?), (?, 'refresh', ?, ?, ?)", [
      access, subject, scope, now() + accessLifetimeS * 1000, refresh, subject, scope, now() + refreshLifetimeMs,
    ]);
    return { access_token: access, token_type: 'Bearer', expires_in: accessLifetimeS, refresh_token: refresh, scope };
  };

  const handlers: Record<string, Handler> = {
    authorize: async ({ query, hono }) => {
      const request = await checkRequest(sandbox, query);
      const session = cookie(hono, sessionCookie);
      const row = session
        ? await sandbox.db.get<{ subject: string }>("SELECT subject FROM tokens WHERE token = ? AND kind = 'session' AND revoked = 0 AND expires_at > ?", [session, now()])
        : undefined;
      if (row) return handoff(request, row.subject);
      const login = new URL('/sandbox/idp/login', sandbox.publicUrl);
      for (const [k, v] of Object.entries(query)) if (typeof v === 'string') login.searchParams.set(k, v);
      return { status: 302, headers: { Location: login.href, 'Cache-Control': 'no-store' } } satisfies Reply;
    },

    exchangeToken: async ({ body }) => {
      const input = body as Schemas['TokenRequest'];
      const key = await sandbox.db.get<{ active: number }>('SELECT active FROM api_keys WHERE key = ?', [input.client_id]);
      if (!key || !key.active) throw new HttpProblem('invalid_client');
      if (input.grant_type === 'refresh_token') {
        const row = input.refresh_token
          ? await sandbox.db.get<{ subject: string; scope: string | null }>("SELECT subject, scope FROM tokens WHERE token = ? AND kind = 'refresh' AND revoked = 0 AND expires_at > ?", [input.refresh_token, now()])
          : undefined;
        if (!row) throw new HttpProblem('invalid_grant');
        // Rotation: a refresh token works once.
        await sandbox.db.run('UPDATE tokens SET revoked = 1 WHERE token = ?', [input.refresh_token!]);
        return { status: 200, body: await issueTokens(row.subject, row.scope ?? defaultScope), headers: { 'Cache-Control': 'no-store' } };
      }
      if (!input.code || !input.code_verifier || !input.redirect_uri) throw new HttpProblem('invalid_grant');
      const row = await sandbox.db.get<{ client_id: string; redirect_uri: string; challenge: string; subject: string; expires_at: number; used: number }>(
        'SELECT * FROM auth_codes WHERE code = ?', [input.code],
      );
      const challenge = createHash('sha256').update(input.code_verifier).digest('base64url');
      if (!row || row.used || Number(row.expires_at) <= now() || row.client_id !== input.client_id || row.redirect_uri !== input.redirect_uri || row.challenge !== challenge) {
        throw new HttpProblem('invalid_grant');
      }
      await sandbox.db.run('UPDATE auth_codes SET used = 1 WHERE code = ?', [input.code]);
      return { status: 200, body: await issueTokens(row.subject, defaultScope), headers: { 'Cache-Control': 'no-store' } };
    },

    getUserInfo: async ({ auth }) => {
      const claims = citizenBySub(auth.citizen!);
      if (!claims) throw new HttpProblem('token_invalid');
      return { status: 200, body: claims, headers: { 'Cache-Control': 'no-store' } };
    },

    revokeToken: async ({ body }) => {
      const input = body as Schemas['RevokeRequest'];
      // RFC 7009: the answer is the same whether or not the token existed.
      await sandbox.db.run("UPDATE tokens SET revoked = 1 WHERE token = ? AND kind IN ('access', 'refresh')", [input.token]);
      return { status: 200 };
    },
  };
  return { handlers, handoff };
}

function cookie(c: Context, name: string): string | undefined {
  const header = c.req.header('cookie') ?? '';
  return header.split(/;\s*/).map((p) => p.split('=')).find(([k]) => k === name)?.[1];
}

type Handoff = (request: AuthorizationRequest, subject: string, setCookie?: string) => Promise<Response>;

/** The fake VNeID: a page listing the test citizens; picking one signs in and hands the code back. */
export function mountIdentityProvider(app: Hono, sandbox: Sandbox, handoff: Handoff): void {
  app.get('/sandbox/idp/login', async (c) => {
    let request: AuthorizationRequest;
    try {
      request = await checkRequest(sandbox, c.req.query());
    } catch {
      return c.text('Yêu cầu đăng nhập không hợp lệ. / The sign-in request is not valid.', 400);
    }
    const t = pageText[request.locale];
    const nonce = randomBytes(12).toString('base64');
    const hidden = Object.entries({ client_id: request.clientId, redirect_uri: request.redirectUri, state: request.state, code_challenge: request.codeChallenge, response_mode: request.responseMode, scope: request.scope, ui_locales: request.locale })
      .map(([k, v]) => `<input type="hidden" name="${k}" value="${escapeHtml(v)}">`).join('');
    const buttons = testCitizens.map((p) => `<button type="submit" name="sub" value="${escapeHtml(p.sub)}">${escapeHtml(p.name)}<br><small>CCCD ${escapeHtml(p.citizenId)} · ${t.born} ${escapeHtml(p.birthDate)}</small></button>`).join('');
    return page(request.locale, t.title, `<h1>${escapeHtml(t.heading)}</h1><p>${escapeHtml(t.intro)}</p><form method="post" action="/sandbox/idp/login">${hidden}${buttons}</form>`, nonce, new URL(request.redirectUri).origin);
  });

  app.post('/sandbox/idp/login', async (c) => {
    const form = Object.fromEntries(new URLSearchParams(await c.req.text()));
    let request: AuthorizationRequest;
    try {
      request = await checkRequest(sandbox, form);
    } catch {
      return c.text('Yêu cầu đăng nhập không hợp lệ. / The sign-in request is not valid.', 400);
    }
    const citizen = citizenBySub(form['sub'] ?? '');
    if (!citizen) return c.text('Không có công dân thử nghiệm này. / No such test citizen.', 400);
    const session = newToken('at').replace(/^at_/, 'cs_');
    const expires = sandbox.clock.now().getTime() + sessionLifetimeMs;
    await sandbox.db.run("INSERT INTO tokens (token, kind, subject, expires_at) VALUES (?, 'session', ?, ?)", [session, citizen.sub, expires]);
    // The center's own session cookie: HttpOnly and scoped to the sign-in path, so pages on other ports never see it.
    const setCookie = `${sessionCookie}=${session}; Path=/v1/auth; HttpOnly; SameSite=Lax; Max-Age=${sessionLifetimeMs / 1000}`;
    return handoff(request, citizen.sub, setCookie);
  });
}
