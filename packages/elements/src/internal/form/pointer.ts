/** Reading and writing form data by JSON Pointer, immutably (a new object along the path). */
export type FormData = Record<string, unknown>;

const keysOf = (pointer: string) => pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));

export function getAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const key of keysOf(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `data` with `value` at `pointer` (removed when `undefined`); arrays stay arrays. */
export function setAt<T>(data: T, pointer: string, value: unknown): T {
  const [key, ...rest] = keysOf(pointer);
  if (key === undefined) return value as T;
  const container = (data ?? (/^\d+$/.test(key) ? [] : {})) as Record<string, unknown> | unknown[];
  const copy = (Array.isArray(container) ? [...container] : { ...container }) as Record<string, unknown>;
  const child = rest.length ? setAt(copy[key], `/${rest.join('/')}`, value) : value;
  if (child === undefined) delete copy[key];
  else copy[key] = child;
  return copy as T;
}
