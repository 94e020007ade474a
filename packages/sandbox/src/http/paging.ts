/** Opaque cursors over offset pages: `nextCursor` is the base64url offset of the next item. */
import { HttpProblem } from './problems.ts';

export function page<T>(items: readonly T[], cursor: unknown, limit: unknown): { items: T[]; nextCursor: string | null } {
  const size = typeof limit === 'number' ? limit : 20;
  let offset = 0;
  if (typeof cursor === 'string') {
    offset = Number(Buffer.from(cursor, 'base64url').toString());
    if (!Number.isInteger(offset) || offset < 0) throw new HttpProblem('bad_request', { vi: 'Con trỏ trang không hợp lệ.', en: 'The page cursor is not valid.' });
  }
  const slice = items.slice(offset, offset + size);
  const next = offset + size < items.length ? Buffer.from(String(offset + size)).toString('base64url') : null;
  return { items: slice, nextCursor: next };
}

/**
 * Keyset pages over a list sorted newest first: the cursor names the last item given (its sort key), so an
 * item added at the top while someone pages neither repeats the previous page's last item nor hides one.
 */
export function pageAfter<T>(items: readonly T[], cursor: unknown, limit: unknown, key: (item: T) => [number, string]): { items: T[]; nextCursor: string | null } {
  const size = typeof limit === 'number' ? limit : 20;
  let rest = items;
  if (typeof cursor === 'string') {
    let after: [number, string];
    try {
      after = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [number, string];
    } catch {
      after = [Number.NaN, ''];
    }
    if (!Array.isArray(after) || !Number.isFinite(after[0]) || typeof after[1] !== 'string') throw new HttpProblem('bad_request', { vi: 'Con trỏ trang không hợp lệ.', en: 'The page cursor is not valid.' });
    rest = items.filter((item) => { const [at, id] = key(item); return at < after[0] || (at === after[0] && id < after[1]); });
  }
  const slice = rest.slice(0, size);
  const next = rest.length > size ? Buffer.from(JSON.stringify(key(slice.at(-1)!))).toString('base64url') : null;
  return { items: slice, nextCursor: next };
}
