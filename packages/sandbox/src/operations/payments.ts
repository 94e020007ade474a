/**
 * Fees (phí, lệ phí) for dossiers in status 6: a payment sends the citizen to the payment platform and back.
 * The sandbox simulates the platform with its own page at `/sandbox/payments/{id}`.
 */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import type { Schemas } from '@hpasc/sdk';
import { localTimestamp } from '../domain/calendar.ts';
import { newId } from '../domain/codes.ts';
import type { Dossiers } from '../domain/dossiers.ts';
import { fieldProblem, HttpProblem } from '../http/problems.ts';
import type { Handler } from '../http/pipeline.ts';
import type { Sandbox } from '../sandbox.ts';
import { visibleDossier } from './dossiers.ts';

type Payment = Schemas['Payment'];
const lifetimeMs = 15 * 60_000;
const provider = 'Cổng thanh toán (mô phỏng của sandbox)';

interface PaymentRow {
  id: string;
  dossier_code: string;
  status: string;
  amount: number;
  items: string;
  return_url: string;
  created_at: number;
  expires_at: number;
  paid_at: number | null;
}

export class Payments {
  constructor(private sandbox: Sandbox, private dossiers: Dossiers) {}

  async get(id: string): Promise<PaymentRow | undefined> {
    const row = await this.sandbox.db.get<PaymentRow>('SELECT * FROM payments WHERE id = ?', [id]);
    if (row && row.status === 'pending' && Number(row.expires_at) <= this.sandbox.clock.now().getTime()) {
      await this.sandbox.db.run("UPDATE payments SET status = 'expired' WHERE id = ?", [id]);
      row.status = 'expired';
    }
    return row;
  }

  toPayment(r: PaymentRow): Payment {
    return {
      id: r.id, dossierCode: r.dossier_code, status: r.status as Payment['status'], amountVnd: Number(r.amount), currency: 'VND',
      items: JSON.parse(r.items) as Schemas['Fee'][], redirectUrl: new URL(`/sandbox/payments/${r.id}`, this.sandbox.publicUrl).href, provider,
      createdAt: localTimestamp(new Date(Number(r.created_at))), expiresAt: localTimestamp(new Date(Number(r.expires_at))),
      paidAt: r.paid_at ? localTimestamp(new Date(Number(r.paid_at))) : null,
    };
  }

  /** The platform's answer: paid moves the dossier back to processing, with the paused days added. */
  async settle(id: string, outcome: 'succeeded' | 'cancelled'): Promise<PaymentRow | undefined> {
    const row = await this.get(id);
    if (!row || row.status !== 'pending') return row;
    const now = this.sandbox.clock.now().getTime();
    await this.sandbox.db.run('UPDATE payments SET status = ?, paid_at = ? WHERE id = ?', [outcome, outcome === 'succeeded' ? now : null, id]);
    if (outcome === 'succeeded') {
      await this.sandbox.db.run('UPDATE dossiers SET paid_vnd = paid_vnd + ? WHERE code = ?', [Number(row.amount), row.dossier_code]);
      await this.dossiers.resume(row.dossier_code, 'payment-received', `Đã nộp ${Number(row.amount).toLocaleString('vi-VN')} đồng phí, lệ phí.`);
    }
    return this.get(id);
  }
}

export function paymentHandlers(sandbox: Sandbox, dossiers: Dossiers, payments: Payments): Record<string, Handler> {
  return {
    createPayment: async (ctx) => {
      const row = await visibleDossier(dossiers, ctx.params['dossierCode']!, ctx);
      const pending = row.pending_action ? (JSON.parse(row.pending_action) as Schemas['PendingAction']) : null;
      if (Number(row.status) !== 6 || pending?.kind !== 'payment') {
        throw new HttpProblem('invalid_state', { vi: 'Hồ sơ không có khoản phí nào đang chờ nộp.', en: 'The dossier has no fees waiting to be paid.' });
      }
      const { returnUrl } = ctx.body as Schemas['PaymentInput'];
      const key = await sandbox.db.get<{ origins: string }>('SELECT origins FROM api_keys WHERE key = ?', [ctx.auth.apiKey!]);
      if (!sandbox.originAllowedForKey(new URL(returnUrl).origin, JSON.parse(key!.origins) as string[])) {
        throw fieldProblem([{ pointer: '/returnUrl', code: 'origin_not_allowed' }], ctx.locale);
      }
      const now = sandbox.clock.now().getTime();
      // One live payment per dossier: a new one replaces any that is still pending.
      await sandbox.db.run("UPDATE payments SET status = 'cancelled' WHERE dossier_code = ? AND status = 'pending'", [row.code]);
      const id = newId('pay');
      await sandbox.db.run('INSERT INTO payments VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)', [id, row.code, 'pending', pending.amountVnd, JSON.stringify(pending.items), returnUrl, now, now + lifetimeMs]);
      return { status: 201, body: payments.toPayment((await payments.get(id))!) };
    },

    getPayment: async (ctx) => {
      const row = await payments.get(ctx.params['paymentId']!);
      if (!row) throw new HttpProblem('not_found');
      await visibleDossier(dossiers, row.dossier_code, ctx);
      return { status: 200, body: payments.toPayment(row), headers: { 'Cache-Control': 'no-store' } };
    },
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The simulated payment platform: one page with "pay" and "cancel", then back to the department page. */
export function mountPaymentPlatform(app: Hono, payments: Payments): void {
  app.get('/sandbox/payments/:id', async (c) => {
    const row = await payments.get(c.req.param('id'));
    if (!row) return c.text('Không có giao dịch này. / No such payment.', 404);
    const nonce = randomBytes(12).toString('base64');
    const amount = `${Number(row.amount).toLocaleString('vi-VN')} đ`;
    const items = (JSON.parse(row.items) as Schemas['Fee'][]).map((f) => `<li>${escapeHtml(f.name)}: ${Number(f.amountVnd).toLocaleString('vi-VN')} đ</li>`).join('');
    const actions = row.status === 'pending'
      ? `<form method="post"><button name="action" value="pay">Thanh toán ${escapeHtml(amount)}</button><button name="action" value="cancel" class="secondary">Hủy giao dịch</button></form>`
      : `<p>Trạng thái giao dịch: <strong>${escapeHtml(row.status)}</strong>.</p><p><a href="${escapeHtml(row.return_url)}">Quay lại trang trước</a></p>`;
    const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Thanh toán phí, lệ phí (mô phỏng)</title>
<style nonce="${nonce}">body{font:16px/1.5 system-ui,sans-serif;max-width:560px;margin:24px auto;padding:0 16px}button{display:block;width:100%;min-height:44px;margin:8px 0;font:inherit;border-radius:6px;border:1px solid #0b5cad;background:#0b5cad;color:#fff}button.secondary{background:#fff;color:#0b5cad}button:focus-visible{outline:3px solid #e8a500;outline-offset:2px}</style></head>
<body><main><h1>Thanh toán phí, lệ phí hồ sơ</h1><p><small>Cổng thanh toán mô phỏng của môi trường thử nghiệm — không có tiền thật.</small></p>
<p>Mã hồ sơ: <strong>${escapeHtml(row.dossier_code)}</strong></p><ul>${items}</ul><p>Tổng cộng: <strong>${escapeHtml(amount)}</strong></p>${actions}</main></body></html>`;
    return new Response(html, { headers: {
      'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self' ${new URL(row.return_url).origin}; frame-ancestors 'none'; base-uri 'none'`,
    } });
  });

  app.post('/sandbox/payments/:id', async (c) => {
    const action = new URLSearchParams(await c.req.text()).get('action');
    const row = await payments.settle(c.req.param('id'), action === 'pay' ? 'succeeded' : 'cancelled');
    if (!row) return c.text('Không có giao dịch này. / No such payment.', 404);
    const back = new URL(row.return_url);
    back.searchParams.set('payment', row.id);
    return c.redirect(back.href, 303);
  });
}
