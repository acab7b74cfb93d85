// Folding for name lookup: case, diacritics, apostrophes, hyphens and the Arabic article.
// (The full transliteration folding belongs to the geocoding issue; this is its first cut.)

const ARTICLE = /^(?:al|el|as|ash|ad|ar|at|az|an|ag|ath|adh|aj)[\s-]+/;

export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʿʻ`]/g, '')
    .replace(/[\s\-‐–]+/g, ' ')
    .trim()
    .replace(ARTICLE, '');
}
