/**
 * Uploads (tệp đính kèm): checked for type and size before sending, with per-file progress in browsers
 * (XMLHttpRequest, since fetch cannot report upload progress outside HTTP/2), cancel by AbortSignal, and
 * retries that reuse the upload's Idempotency-Key.
 */
import type { Core, RequestOptions } from '../core.ts';
import { newIdempotencyKey } from '../core.ts';
import { errorFromResponse, HpascError, NetworkError, TimeoutError, ValidationError } from '../errors.ts';
import { message } from '../messages.ts';
import type { Schemas } from '../types.ts';

export interface UploadInput {
  file: Blob;
  draftId: string;
  purpose: Schemas['UploadPurpose'];
  procedureCode?: string;
  slotId?: string;
}

export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0 to 1. */
  fraction: number;
}

export interface UploadOptions extends RequestOptions {
  onProgress?: (progress: UploadProgress) => void;
  /** The slot's limits (`DocumentSlot.accept`, `maxSizeBytes`); by default PDF, JPEG, PNG up to 10 MB. */
  accept?: readonly string[];
  maxSizeBytes?: number;
  /** Attempts after the first on network errors, 429 and 5xx (default 3). */
  retries?: number;
}

const defaultAccept = ['application/pdf', 'image/jpeg', 'image/png'];
const serverLimit = 10 * 1024 * 1024;

export async function createUpload(core: Core, input: UploadInput, options: UploadOptions = {}): Promise<Schemas['Upload']> {
  const accept = options.accept ?? defaultAccept;
  const limit = Math.min(options.maxSizeBytes ?? serverLimit, serverLimit);
  const refuse = (code: 'file_type_not_accepted' | 'file_too_large') => {
    const text = message(code === 'file_too_large' ? 'fileSize' : 'fileType', core.locale);
    return new ValidationError({ message: text, status: 0, code, fields: [{ pointer: '/file', path: 'file', code, message: text }] });
  };
  // The browser's type is a hint; the server sniffs the bytes. An empty type is left for the server to judge.
  if (input.file.type && !accept.includes(input.file.type)) throw refuse('file_type_not_accepted');
  if (input.file.size > limit) throw refuse('file_too_large');

  const form = new FormData();
  form.set('file', input.file, input.file instanceof File ? input.file.name : 'tep');
  form.set('draftId', input.draftId);
  form.set('purpose', input.purpose);
  if (input.procedureCode) form.set('procedureCode', input.procedureCode);
  if (input.slotId) form.set('slotId', input.slotId);
  const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();

  if (!options.onProgress || typeof XMLHttpRequest === 'undefined') {
    const upload = await core.call<Schemas['Upload']>({ method: 'POST', operationId: 'createUpload', path: 'uploads', form, idempotent: true }, { ...options, idempotencyKey });
    options.onProgress?.({ loaded: input.file.size, total: input.file.size, fraction: 1 });
    return upload;
  }
  const headers = await core.headersFor({ headers: { 'Idempotency-Key': idempotencyKey } });
  const retries = options.retries ?? 3;
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendWithProgress(core, form, headers, options);
    } catch (error) {
      const retriable = error instanceof NetworkError || error instanceof TimeoutError || (error instanceof HpascError && (error.status === 429 || error.status >= 500));
      if (!retriable || attempt >= retries || options.signal?.aborted) throw core.toError(error);
      const retryAfter = error instanceof HpascError && error.problem?.retryAfterSeconds ? error.problem.retryAfterSeconds * 1000 : 0;
      await new Promise((resolve) => setTimeout(resolve, Math.max(retryAfter, Math.random() * 300 * 2 ** attempt)));
    }
  }
}

function sendWithProgress(core: Core, form: FormData, headers: Record<string, string>, options: UploadOptions): Promise<Schemas['Upload']> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', core.url('uploads'));
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.responseType = 'text';
    xhr.timeout = options.timeoutMs ?? 120_000;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.({ loaded: event.loaded, total: event.total, fraction: event.total ? event.loaded / event.total : 0 });
    };
    const abort = () => xhr.abort();
    options.signal?.addEventListener('abort', abort, { once: true });
    const done = () => options.signal?.removeEventListener('abort', abort);
    xhr.onload = () => {
      done();
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status === 201) resolve(body as Schemas['Upload']);
      else {
        const responseHeaders = new Headers();
        for (const name of ['retry-after', 'x-request-id']) {
          const value = xhr.getResponseHeader(name);
          if (value) responseHeaders.set(name, value);
        }
        reject(errorFromResponse(xhr.status, body, responseHeaders, core.locale));
      }
    };
    xhr.onerror = () => { done(); reject(new NetworkError({ message: message('network', core.locale), status: 0, code: 'network' })); };
    xhr.ontimeout = () => { done(); reject(new TimeoutError({ message: message('timeout', core.locale), status: 0, code: 'timeout' })); };
    xhr.onabort = () => { done(); reject(options.signal?.reason ?? new DOMException('The upload was cancelled.', 'AbortError')); };
    xhr.send(form);
  });
}

/** Whether this upload belongs to the given draft (another draft sees a 404). */
export function getUpload(core: Core, id: string, draftId: string, options?: RequestOptions): Promise<Schemas['Upload']> {
  return core.call({ method: 'GET', operationId: 'getUpload', path: `uploads/${encodeURIComponent(id)}`, headers: { 'X-Draft-Id': draftId } }, options);
}

/** Removes an upload that is not attached yet. */
export async function deleteUpload(core: Core, id: string, draftId: string, options?: RequestOptions): Promise<void> {
  await core.call({ method: 'DELETE', operationId: 'deleteUpload', path: `uploads/${encodeURIComponent(id)}`, headers: { 'X-Draft-Id': draftId } }, options);
}
