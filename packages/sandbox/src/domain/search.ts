/**
 * Procedure search: diacritic-insensitive (both sides folded), tolerant of typos (trigram similarity),
 * ranked so the procedure whose name best matches comes first ("khai sinh" → 1.001193).
 */
import { foldForSearch, unifySpelling } from '@hpasc/sdk/validators';

export interface Searchable {
  code: string;
  /** The name folded for search, spellings unified (`unifySpelling(foldForSearch(name))`). */
  folded: string;
  /** Catalog order, the last tie-breaker. */
  rank: number;
}

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const set = new Set<string>();
  for (let i = 0; i < padded.length - 2; i++) set.add(padded.slice(i, i + 3));
  return set;
}

/** Scores in [0, 1]: 0 means "no match". */
export function score(query: string, item: Searchable): number {
  if (query === item.code || item.code.startsWith(`${query}.`)) return 1;
  const name = item.folded;
  const words = query.split(' ').filter(Boolean);
  if (words.length === 0) return 0;
  if (name.includes(query)) {
    // A phrase match; shorter names are closer matches ("đăng ký khai sinh" before "đăng ký khai sinh có yếu tố nước ngoài").
    return 0.7 + 0.3 * (query.length / name.length);
  }
  const nameWords = new Set(name.split(' '));
  const covered = words.filter((w) => nameWords.has(w) || (w.length >= 3 && name.includes(w))).length / words.length;
  const q = trigrams(query);
  const n = trigrams(name);
  let shared = 0;
  for (const t of q) if (n.has(t)) shared++;
  const similarity = shared / q.size;
  if (covered < 0.6 && similarity < 0.6) return 0;
  return 0.5 * covered + 0.2 * similarity;
}

export function search<T extends Searchable>(items: readonly T[], rawQuery: string): T[] {
  const query = unifySpelling(foldForSearch(rawQuery).slice(0, 200));
  return items
    .map((item) => ({ item, score: score(query, item) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.item.rank - b.item.rank)
    .map((r) => r.item);
}
