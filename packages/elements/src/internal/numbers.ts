/** A count given as an attribute (`limit="5"`): a whole number within [min, max], or the fallback when it is none. */
export function countWithin(value: unknown, min: number, max: number, fallback: number): number {
  const n = Math.trunc(Number(value));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}
