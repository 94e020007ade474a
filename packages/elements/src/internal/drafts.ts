/**
 * Drafts (bản nháp) kept in this browser's IndexedDB — only with the citizen's consent, never in kiosk mode,
 * for 7 days at most, removed after the receipt or with one button. IndexedDB belongs to the host page's
 * origin, so a draft holds only what the form needs to carry on: the values typed and the files chosen.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';

export const draftLifetimeMs = 7 * 24 * 3600_000;

export interface Draft<T> {
  version: 1;
  procedure: string;
  formRevision: number;
  /** Also the Idempotency-Key of the submit, so a resubmit after a reload can never create a second dossier. */
  draftId: string;
  savedAt: number;
  expiresAt: number;
  content: T;
}

const databaseName = 'hpasc-drafts';
let store: UseStore | undefined;
const drafts = () => (store ??= createStore(databaseName, 'drafts'));
const keyFor = (procedure: string) => `dossier:${procedure}`;

/**
 * Whether this browser holds any draft store at all. Asking lists databases without creating one, so a
 * citizen who never agreed to keep a draft gets no database on the host's origin, and the form does not wait
 * for one to be made.
 */
async function storeExists(): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true;
  return (await indexedDB.databases()).some((database) => database.name === databaseName);
}

export async function loadDraft<T>(procedure: string, now = Date.now()): Promise<Draft<T> | undefined> {
  if (!store && !(await storeExists())) return undefined;
  const draft = await get<Draft<T>>(keyFor(procedure), drafts());
  if (!draft) return undefined;
  if (draft.version !== 1 || draft.expiresAt <= now) {
    await del(keyFor(procedure), drafts());
    return undefined;
  }
  return draft;
}

export async function saveDraft<T>(draft: Omit<Draft<T>, 'version' | 'savedAt' | 'expiresAt'>, now = Date.now()): Promise<Draft<T>> {
  const stored: Draft<T> = { ...draft, version: 1, savedAt: now, expiresAt: now + draftLifetimeMs };
  await set(keyFor(draft.procedure), stored, drafts());
  return stored;
}

export function deleteDraft(procedure: string): Promise<void> {
  return del(keyFor(procedure), drafts());
}
