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
