/**
 * Feedback (phản ánh, kiến nghị): submitted with a code and PIN, followed to its answer. In the sandbox an
 * officer "answers" on the lifecycle clock: processing after one step, answered after three. The answer
 * text and the 10-working-day answer date are DEMO rules, not the center's published ones.
 */
import type { Schemas } from '@hpasc/sdk';
import { normalizeMobile, toNfc } from '@hpasc/sdk/validators';
import { addWorkingDays, localDate, localTimestamp } from '../domain/calendar.ts';
import { feedbackCode, trackingPin } from '../domain/codes.ts';
import type { Dossiers } from '../domain/dossiers.ts';
import { fieldProblem, HttpProblem, type FieldIssueLike } from '../http/problems.ts';
import type { Handler } from '../http/pipeline.ts';
import type { Sandbox } from '../sandbox.ts';
import type { UploadRow } from './uploads.ts';

const answerWorkingDays = 10;

interface FeedbackRow {
  code: string;
  pin: string;
  phone_last4: string;
  topic: string;
  title: string;
  content: string;
  dossier_code: string | null;
  contact: string;
  attachments: string;
  status: string;
  submitted_at: number;
  answer_due_date: string;
  answer: string | null;
}

const demoAnswer = (title: string) => ({
  text: `Trung tâm đã tiếp nhận phản ánh "${title}", đã chuyển bộ phận liên quan xem xét và sẽ khắc phục. Cảm ơn ông/bà đã góp ý. (Trả lời mẫu của môi trường thử nghiệm.)`,
  answeredBy: 'Phòng Kiểm soát thủ tục hành chính (dữ liệu mẫu)',
});

export function feedbackHandlers(sandbox: Sandbox, dossiers: Dossiers): Record<string, Handler> {
  /** Moves a feedback along the sandbox clock before it is shown. */
  const advance = async (row: FeedbackRow): Promise<FeedbackRow> => {
    const unit = dossiers.stepIntervalMs || 24 * 3600_000;
    const elapsed = sandbox.clock.now().getTime() - Number(row.submitted_at);
    if (row.status === 'received' && elapsed >= unit) row.status = 'processing';
    if (row.status === 'processing' && elapsed >= 3 * unit) {
      row.status = 'answered';
      row.answer = JSON.stringify({ ...demoAnswer(row.title), answeredAt: localTimestamp(new Date(Number(row.submitted_at) + 3 * unit)) });
    }
    await sandbox.db.run('UPDATE feedback SET status = ?, answer = ? WHERE code = ?', [row.status, row.answer, row.code]);
    return row;
  };

  const toFeedback = (r: FeedbackRow): Schemas['Feedback'] => ({
    code: r.code, topic: r.topic as Schemas['FeedbackTopic'], title: r.title, status: r.status as Schemas['FeedbackStatus'],
    submittedAt: localTimestamp(new Date(Number(r.submitted_at))), answerDueDate: r.answer_due_date,
    ...(r.dossier_code ? { dossierCode: r.dossier_code } : {}), answer: r.answer ? (JSON.parse(r.answer) as NonNullable<Schemas['Feedback']['answer']>) : null,
  });

  return {
    submitFeedback: async (ctx) => {
      const input = ctx.body as Schemas['FeedbackInput'];
      const issues: FieldIssueLike[] = [];
      if (input.dossierCode && !(await dossiers.get(input.dossierCode))) issues.push({ pointer: '/dossierCode', code: 'unknown_dossier' });
      const now = sandbox.clock.now().getTime();
      const uploads: UploadRow[] = [];
      for (const [i, id] of (input.attachments ?? []).entries()) {
        const row = await sandbox.db.get<UploadRow>('SELECT * FROM uploads WHERE id = ?', [id]);
        if (!row || row.api_key !== ctx.auth.apiKey || row.draft_id !== input.draftId || row.attached || Number(row.expires_at) < now) {
          issues.push({ pointer: `/attachments/${i}`, code: 'upload_unavailable' });
        } else uploads.push(row);
      }
      if (issues.length) throw fieldProblem(issues, ctx.locale);
      const today = localDate(sandbox.clock.now());
      const code = feedbackCode(today, await dossiers.nextSequence('feedback', today));
      const pin = trackingPin();
      const phone = normalizeMobile(input.contact.phone)!;
      const answerDue = addWorkingDays(today, answerWorkingDays);
      await sandbox.db.run('INSERT INTO feedback VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)', [
        code, pin, phone.slice(-4), input.topic, toNfc(input.title), toNfc(input.content), input.dossierCode ?? null,
        toNfc(JSON.stringify({ ...input.contact, phone })), JSON.stringify(input.attachments ?? []), 'received', now, answerDue,
      ]);
      for (const upload of uploads) await sandbox.db.run('UPDATE uploads SET attached = 1 WHERE id = ?', [upload.id]);
      const receipt: Schemas['FeedbackReceipt'] = { code, trackingPin: pin, status: 'received', submittedAt: localTimestamp(new Date(now)), answerDueDate: answerDue };
      return { status: 201, body: receipt };
    },

    lookupFeedback: async ({ body }) => {
      const { code, verifier } = body as Schemas['FeedbackLookupInput'];
      const row = await sandbox.db.get<FeedbackRow>('SELECT * FROM feedback WHERE code = ?', [code]);
      // Wrong code and wrong verifier look the same.
      if (!row || (verifier.toUpperCase() !== row.pin && verifier !== row.phone_last4)) {
        throw new HttpProblem('not_found', { vi: 'Mã phản ánh hoặc mã tra cứu không đúng.', en: 'The feedback code or the verifier is wrong.' });
      }
      return { status: 200, body: toFeedback(await advance(row)), headers: { 'Cache-Control': 'no-store' } };
    },
  };
}
