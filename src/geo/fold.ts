// Folding for name lookup: case, diacritics, apostrophes, hyphens and the Arabic article.
// (The full transliteration folding belongs to the geocoding issue; this is its first cut.)

const ARTICLE = /^(?:al|el|as|ash|ad|ar|at|az|an|ag|ath|adh|aj)[\s-]+/;

// Running text repeats its names: folding (Unicode normalisation and four passes) is memoised.
const folded = new Map<string, string>();

export function foldName(s: string): string {
  const hit = folded.get(s);
  if (hit !== undefined) return hit;
  const f = computeFold(s);
  if (folded.size > 50_000) folded.clear();
  folded.set(s, f);
  return f;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

function computeFold(s: string): string {
  // Plain ASCII has no marks to take off: most names skip the Unicode normalisation.
  return (NON_ASCII.test(s) ? s.normalize('NFD').replace(/\p{M}/gu, '') : s)
    .toLowerCase()
    .replace(/['’‘ʿʻ`]/g, '')
    .replace(/[\s\-‐–]+/g, ' ')
    .trim()
    .replace(ARTICLE, '');
}

// The exact-match key: foldName, then the spelling variants no reader takes for another name —
// doubled letters and a word-final -ah/-eh ("Baqubah" / "Ba'quba", "Raqqah" / "Raqa").
const FINAL_H = /([aeiou])h\b/g;
const DOUBLED = /([a-z])\1+/g;
const loose = new Map<string, string>();

/** looseKey of a name already folded by foldName (not folded again: foldName strips one article each time). */
export const looseOfFolded = (folded: string): string => folded.replace(FINAL_H, '$1').replace(DOUBLED, '$1');

export function looseKey(s: string): string {
  const hit = loose.get(s);
  if (hit !== undefined) return hit;
  const k = looseOfFolded(foldName(s));
  if (loose.size > 50_000) loose.clear();
  loose.set(s, k);
  return k;
}
