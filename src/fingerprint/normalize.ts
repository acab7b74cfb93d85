// Normalisation v1 for fingerprints: NFKC, lower case, zero-width/bidi controls removed, tatweel and
// Arabic presentation forms folded (NFKC does the latter), punctuation and white space collapsed.
export const NORMALIZATION_VERSION = 1;

export function normalizeForFingerprint(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u0640]/g, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
