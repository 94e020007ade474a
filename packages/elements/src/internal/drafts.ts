/**
 * Drafts (bản nháp) kept in this browser's IndexedDB — only with the citizen's consent, never in kiosk mode,
 * for 7 days at most, removed after the receipt or with one button. IndexedDB belongs to the host page's
 * origin, so a draft holds only what the form needs to carry on: the values typed and the files chosen.
 */
import type { UseStore } from 'idb-keyval';

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
/**
 * The store library loads only for citizens who keep a draft or have one (most never do). A failed load
 * rejects, as a refused storage does: callers already go on without a draft then.
 */
const idb = () => import('idb-keyval');
const drafts = async () => (store ??= (await idb()).createStore(databaseName, 'drafts'));
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
  const { del, get } = await idb();
  const draft = await get<Draft<T>>(keyFor(procedure), await drafts());
  if (!draft) return undefined;
  if (draft.version !== 1 || draft.expiresAt <= now) {
    await del(keyFor(procedure), await drafts());
    return undefined;
  }
  return draft;
}

export async function saveDraft<T>(draft: Omit<Draft<T>, 'version' | 'savedAt' | 'expiresAt'>, now = Date.now()): Promise<Draft<T>> {
  const stored: Draft<T> = { ...draft, version: 1, savedAt: now, expiresAt: now + draftLifetimeMs };
  const { set } = await idb();
  await set(keyFor(draft.procedure), stored, await drafts());
  return stored;
}

export async function deleteDraft(procedure: string): Promise<void> {
  const { del } = await idb();
  return del(keyFor(procedure), await drafts());
}
