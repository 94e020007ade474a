/**
 * Marks where a query's words occur in a procedure's name, ignoring diacritics as the search does ("dang ky"
 * marks "Đăng ký"). Returns runs of text, never markup: the widget renders them as text in `<mark>`s.
 */
import { foldForSearch, unifySpelling } from '@hpasc/sdk/validators';

export interface Run {
  text: string;
  match: boolean;
}

/** Folded names, kept while they are likely to be shown again (results re-render as the page scrolls). */
const foldedCache = new Map<string, string>();

/** One letter for one: a letter's fold, a lone combining mark as a character no query contains. */
function foldEach(text: string): string {
  const cached = foldedCache.get(text);
  if (cached !== undefined) return cached;
  let folded = '';
  for (const c of text) {
    const f = foldForSearch(c);
    folded += c.length === 1 && f.length === 1 ? f : c.trim() === '' ? ' ' : '\u0000'.repeat(c.length);
  }
  folded = unifySpelling(folded);
  if (foldedCache.size >= 1000) foldedCache.clear();
  foldedCache.set(text, folded);
  return folded;
}

/** What to mark: the whole query (so a phrase is marked with its spaces), then its words of two letters or more, at most 8. */
export function queryWords(query: string): string[] {
  const folded = unifySpelling(foldForSearch(query));
  return [...new Set([folded, ...folded.split(' ')].filter((w) => w.length >= 2))].slice(0, 9);
}

export function highlight(text: string, words: readonly string[]): Run[] {
  if (!words.length) return [{ text, match: false }];
  const folded = foldEach(text);
  const marked = new Uint8Array(text.length);
  let any = false;
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      marked.fill(1, at, at + word.length);
      any = true;
    }
  }
  if (!any) return [{ text, match: false }];
  const runs: Run[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      runs.push({ text: text.slice(start, i), match: marked[start] === 1 });
      start = i;
    }
  }
  return runs;
}
