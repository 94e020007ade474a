/** Uploads: sniffed types, slot limits, bound to the key and draft that created them. */
import type { Schemas } from '@hpasc/sdk';
import { localTimestamp } from '../domain/calendar.ts';
import { newId } from '../domain/codes.ts';
import { displayName, sha256, sniff, type FileStore } from '../domain/uploads.ts';
import { fieldProblem, HttpProblem } from '../http/problems.ts';
import type { Handler } from '../http/pipeline.ts';
import type { Sandbox } from '../sandbox.ts';
import type { Catalog } from './catalog.ts';

type Upload = Schemas['Upload'];
const serverLimitBytes = 10 * 1024 * 1024;
const lifetimeMs = 7 * 24 * 3600_000;

export interface UploadRow {
  id: string;
  api_key: string;
  draft_id: string;
  purpose: string;
  procedure_code: string | null;
  slot_id: string | null;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  storage_name: string;
  status: string;
  attached: number;
  created_at: number;
  expires_at: number;
}

export function uploadFromRow(r: UploadRow): Upload {
  return {
    id: r.id, fileName: r.file_name, mediaType: r.media_type as Upload['mediaType'], sizeBytes: Number(r.size), sha256: r.sha256,
    status: r.status as Upload['status'], purpose: r.purpose as Upload['purpose'],
    ...(r.procedure_code ? { procedureCode: r.procedure_code } : {}), ...(r.slot_id ? { slotId: r.slot_id } : {}),
    attached: Boolean(r.attached), createdAt: localTimestamp(new Date(Number(r.created_at))), expiresAt: localTimestamp(new Date(Number(r.expires_at))),
  };
}

export function uploadHandlers(sandbox: Sandbox, catalog: Catalog, files: FileStore): Record<string, Handler> {
  const owned = async (id: string, apiKey: string | null, draftId: string | undefined) => {
    const row = await sandbox.db.get<UploadRow>('SELECT * FROM uploads WHERE id = ?', [id]);
    // Another key or draft sees nothing: the same 404 as for an upload that does not exist.
    if (!row || row.api_key !== apiKey || row.draft_id !== draftId) throw new HttpProblem('not_found');
    return row;
  };

  return {
    createUpload: async ({ body, auth, locale }) => {
      const input = body as { file: Blob; draftId: string; purpose: string; procedureCode?: string; slotId?: string };
      if (!(input.file instanceof Blob)) throw fieldProblem([{ pointer: '/file', code: 'type' }], locale);
      const bytes = new Uint8Array(await input.file.arrayBuffer());
      let accept = ['application/pdf', 'image/jpeg', 'image/png'];
      let limit = serverLimitBytes;
      if (input.procedureCode && input.slotId) {
        const procedure = await catalog.get(input.procedureCode);
        const slot = procedure?.form.documents.find((s) => s.id === input.slotId);
        if (!slot) {
          throw fieldProblem([{ pointer: '/slotId', code: 'unknown_slot' }], locale);
        }
        accept = slot.accept;
        limit = Math.min(limit, slot.maxSizeBytes);
      }
      if (bytes.length === 0) throw fieldProblem([{ pointer: '/file', code: 'empty_file' }], locale);
      if (bytes.length > limit) {
        const mb = Math.floor(limit / 1048576);
        throw fieldProblem([{ pointer: '/file', code: 'file_too_large', params: { limit } }], locale, 'file_too_large', { vi: `Tệp tối đa ${mb} MB.`, en: `Files may be at most ${mb} MB.` });
      }
      const type = sniff(bytes);
      if (!type || !accept.includes(type)) {
        const allowed = accept.map((t) => t.split('/')[1]!.toUpperCase()).join(', ');
        throw fieldProblem([{ pointer: '/file', code: 'file_type_not_accepted', params: { allowed: accept } }], locale, 'file_type_not_accepted', { vi: `Chỉ nhận tệp ${allowed}.`, en: `Only ${allowed} files are accepted.` });
      }
      const id = newId('up');
      const now = sandbox.clock.now().getTime();
      const storageName = files.save(id, bytes);
      const name = input.file instanceof File ? input.file.name : 'tep';
      await sandbox.db.run('INSERT INTO uploads VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)', [
        id, auth.apiKey!, input.draftId, input.purpose, input.procedureCode ?? null, input.slotId ?? null, displayName(name), type, bytes.length,
        sha256(bytes), storageName, 'ready', now, now + lifetimeMs,
      ]);
      const row = await sandbox.db.get<UploadRow>('SELECT * FROM uploads WHERE id = ?', [id]);
      return { status: 201, body: uploadFromRow(row!) };
    },

    getUpload: async ({ params, auth, header }) => ({ status: 200, body: uploadFromRow(await owned(params['uploadId']!, auth.apiKey, header('x-draft-id'))) }),

    deleteUpload: async ({ params, auth, header }) => {
      const row = await owned(params['uploadId']!, auth.apiKey, header('x-draft-id'));
      if (row.attached) throw new HttpProblem('upload_in_use');
      await sandbox.db.run('DELETE FROM uploads WHERE id = ?', [row.id]);
      files.remove(row.storage_name);
      return { status: 204 };
    },
  };
}
