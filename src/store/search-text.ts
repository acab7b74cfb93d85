// Free text for search, folded the same way for both backends before it reaches SQL: lower case,
// no diacritics, letters and digits only. Query words are matched as prefixes, all of them.
const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(NOT_WORD, ' ').trim();
}

export const MAX_QUERY_TOKENS = 16;

/** The query's words, folded; empty when it has none (then it filters nothing). */
export function searchTokens(q: string): string[] {
  const folded = foldForSearch(q);
  if (!folded) return [];
  return [...new Set(folded.split(' ').map((t) => t.slice(0, 64)))].slice(0, MAX_QUERY_TOKENS);
}
