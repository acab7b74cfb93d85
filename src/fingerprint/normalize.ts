// Normalisation v1 for fingerprints: NFKC, lower case, zero-width/bidi controls removed, tatweel and
// Arabic presentation forms folded (NFKC does the latter), punctuation and white space collapsed.
export const NORMALIZATION_VERSION = 1;

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u0640]/;
const SEPARATOR = /[\p{P}\p{S}\s]/u;

// Separator classes of the ASCII range, looked up instead of tested with a Unicode regex.
const ASCII_SEPARATOR = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_SEPARATOR[c] = SEPARATOR.test(String.fromCharCode(c)) ? 1 : 0;

function isSeparator(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_SEPARATOR[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff) return SEPARATOR.test(s.slice(i, i + 2));
  return SEPARATOR.test(s[i]);
}

/** One pass over the NFKC, lower-cased text: the same result as the regex definition below, several times faster. */
export function normalizeForFingerprint(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  if (INVISIBLE.test(s)) s = s.replace(new RegExp(INVISIBLE.source, 'g'), '');
  const parts: string[] = [];
  let from = -1;
  for (let i = 0; i <= s.length; i++) {
    const sep = i === s.length || isSeparator(s, i);
    if (sep) {
      if (from >= 0) { parts.push(s.slice(from, i)); from = -1; }
    } else if (from < 0) from = i;
    if (i < s.length && s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff) i++;
  }
  return recompose(parts.join(' '));
}

// Removing a separator can leave combining marks side by side in non-canonical order ("𝅗𝅥" then a
// presentation-form sukun): a last NFKC puts them in order, so that normalising twice changes nothing.
// eslint-disable-next-line no-control-regex
const recompose = (s: string) => (/^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFKC'));

/** The definition, kept for tests. */
export function normalizeReference(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u0640]/g, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFKC');
}
