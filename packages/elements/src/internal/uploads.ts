/**
 * Files for document slots (thành phần hồ sơ): each file uploads as soon as it is chosen, with its progress,
 * cancel, retry, the slot's type and size limits and clear errors — one controller for the dossier form's
 * documents step and the tracker's supplements alike.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ValidationError, type Schemas } from '@hpasc/sdk';
import { loadPart } from './load-part.ts';
import type { Core } from '@hpasc/sdk/core';
import type { Locale } from './locale.ts';

type DocumentSlot = Schemas['DocumentSlot'];

export interface UploadState {
  key: string;
  name: string;
  status: 'uploading' | 'done' | 'failed';
  fraction: number;
  uploadId?: string;
  error?: string;
  controller?: AbortController;
}

/** What an upload belongs to: the draft (its key binds the files to it on the server) and why it is sent. */
export interface UploadTarget {
  core: Core;
  draftId: string;
  purpose: Schemas['UploadPurpose'];
  procedureCode?: string;
}

/** A finished upload, as a draft keeps it. */
export interface KeptUpload {
  key: string;
  name: string;
  uploadId: string;
}

/**
 * The transport loads when the first file is chosen (most visits never upload). If it cannot load (offline,
 * a broken cache), the file shows as failed, saying so (`loadPart`), with its retry.
 */
let transport: Promise<typeof import('./upload-transport.ts')> | undefined;
const loadTransport = () => (transport ??= loadPart(() => import('./upload-transport.ts')).catch((error: unknown) => { transport = undefined; throw error; }));

export class DocumentUploads implements ReactiveController {
  /** Per slot id, the files chosen and how their upload goes. */
  uploads: Record<string, UploadState[]> = {};
  /** The chosen files by key, to retry (and for drafts to keep). */
  readonly files = new Map<string, File>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: () => UploadTarget,
    private readonly onChange: () => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private set(next: Record<string, UploadState[]>): void {
    this.uploads = next;
    this.host.requestUpdate();
    this.onChange();
  }

  done(slotId: string): UploadState[] {
    return (this.uploads[slotId] ?? []).filter((u) => u.status === 'done');
  }

  /** The finished uploads of every slot, and their files, as a draft keeps them. */
  kept(): { uploads: Record<string, KeptUpload[]>; files: Record<string, File> } {
    const uploads = Object.fromEntries(Object.entries(this.uploads).map(([slot, list]) => [slot, list.filter((u) => u.status === 'done').map((u) => ({ key: u.key, name: u.name, uploadId: u.uploadId! }))]));
    const files = Object.fromEntries([...this.files].filter(([key]) => Object.values(uploads).flat().some((u) => u.key === key)));
    return { uploads, files };
  }

  restore(uploads: Record<string, KeptUpload[]>, files: Record<string, File>): void {
    for (const [key, file] of Object.entries(files)) this.files.set(key, file);
    this.set(Object.fromEntries(Object.entries(uploads).map(([slot, list]) => [slot, list.map((u) => ({ ...u, status: 'done' as const, fraction: 1 }))])));
  }

  add(slot: DocumentSlot, files: FileList | null): void {
    const room = slot.maxFiles - (this.uploads[slot.id] ?? []).filter((u) => u.status !== 'failed').length;
    for (const file of [...(files ?? [])].slice(0, Math.max(room, 0))) void this.upload(slot, file);
  }

  async upload(slot: DocumentSlot, file: File, key: string = crypto.randomUUID()): Promise<void> {
    const target = this.target();
    const controller = new AbortController();
    this.files.set(key, file);
    const patch = (change: Partial<UploadState>) => {
      this.set({ ...this.uploads, [slot.id]: (this.uploads[slot.id] ?? []).map((u) => (u.key === key ? { ...u, ...change } : u)) });
    };
    const others = (this.uploads[slot.id] ?? []).filter((u) => u.key !== key);
    this.set({ ...this.uploads, [slot.id]: [...others, { key, name: file.name, status: 'uploading', fraction: 0, controller }] });
    try {
      const { createUpload } = await loadTransport();
      const upload = await createUpload(target.core,
        { file, draftId: target.draftId, purpose: target.purpose, slotId: slot.id, ...(target.procedureCode ? { procedureCode: target.procedureCode } : {}) },
        { accept: slot.accept, maxSizeBytes: slot.maxSizeBytes, signal: controller.signal, onProgress: (p) => patch({ fraction: p.fraction }) },
      );
      patch({ status: 'done', fraction: 1, uploadId: upload.id, controller: undefined });
    } catch (error) {
      if ((error as Error).name === 'AbortError') {
        this.set({ ...this.uploads, [slot.id]: (this.uploads[slot.id] ?? []).filter((u) => u.key !== key) });
        return;
      }
      const message = error instanceof ValidationError && error.fields[0] ? uploadMessage(error.fields[0].code, slot) : (error as Error).message;
      patch({ status: 'failed', error: message, controller: undefined });
    }
  }

  /** Forgets an upload the server refused (expired or already used), so the slot asks for the file again. */
  drop(slotId: string, uploadId: string): void {
    this.set({ ...this.uploads, [slotId]: (this.uploads[slotId] ?? []).filter((u) => u.uploadId !== uploadId) });
  }

  remove(slot: DocumentSlot, upload: UploadState): void {
    this.files.delete(upload.key);
    this.set({ ...this.uploads, [slot.id]: (this.uploads[slot.id] ?? []).filter((u) => u.key !== upload.key) });
    const target = this.target();
    if (upload.uploadId) void loadTransport().then(({ deleteUpload }) => deleteUpload(target.core, upload.uploadId!, target.draftId)).catch(() => undefined);
  }

  /** One slot: its label and limits, a file input, and each file with its progress, cancel, retry or remove. */
  render(slot: DocumentSlot, id: string, locale: Locale, error: string | undefined): TemplateResult {
    const types = slot.accept.map((t) => t.split('/')[1]!.toUpperCase()).join(', ');
    const mb = Math.floor(slot.maxSizeBytes / 1048576);
    return html`<div class="slot">
      <label for=${id}>${slot.name[locale]}${slot.required ? '' : ` ${msg('(nếu có)', { id: 'documents.optional' })}`}</label>
      <p class="help" id="${id}-help">${msg(str`Tệp ${types}, tối đa ${mb} MB, tối đa ${slot.maxFiles} tệp.`, { id: 'documents.limits' })}</p>
      ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
      <input id=${id} type="file" accept=${slot.accept.join(',')} ?multiple=${slot.maxFiles > 1} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${`${id}-help${error ? ` ${id}-error` : ''}`} @change=${(e: Event) => { this.add(slot, (e.target as HTMLInputElement).files); (e.target as HTMLInputElement).value = ''; }}>
      <ul class="files" aria-live="polite">${(this.uploads[slot.id] ?? []).map((u) => html`<li>
        <span>${u.name}</span>
        ${u.status === 'uploading' ? html`<progress max="1" .value=${u.fraction} aria-label=${msg(str`Đang tải lên ${u.name}`, { id: 'documents.uploading' })}></progress>
          <button type="button" class="secondary" @click=${() => u.controller?.abort()}>${msg('Hủy', { id: 'documents.cancel' })}</button>` : nothing}
        ${u.status === 'done' ? html`<span>${msg('Đã tải lên', { id: 'documents.done' })}</span>
          <button type="button" class="secondary" @click=${() => this.remove(slot, u)}>${msg(str`Xóa ${u.name}`, { id: 'documents.remove' })}</button>` : nothing}
        ${u.status === 'failed' ? html`<span class="error">${u.error}</span>
          ${this.files.has(u.key) ? html`<button type="button" class="secondary" @click=${() => void this.upload(slot, this.files.get(u.key)!, u.key)}>${msg('Thử lại', { id: 'action.retry' })}</button>` : nothing}` : nothing}
      </li>`)}</ul>
    </div>`;
  }
}

function uploadMessage(code: string, slot: DocumentSlot): string {
  if (code === 'file_too_large') return msg(str`Tệp quá lớn: tối đa ${Math.floor(slot.maxSizeBytes / 1048576)} MB.`, { id: 'documents.tooLarge' });
  if (code === 'file_type_not_accepted') return msg(str`Chỉ nhận tệp ${slot.accept.map((t) => t.split('/')[1]!.toUpperCase()).join(', ')}.`, { id: 'documents.wrongType' });
  return msg('Không tải lên được tệp này.', { id: 'documents.failed' });
}
