// Normalisation v1 for fingerprints: NFKC, lower case, zero-width/bidi controls removed, tatweel and
// Arabic presentation forms folded (NFKC does the latter), punctuation and white space collapsed.
export const NORMALIZATION_VERSION = 1;

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u0640]/;
const SEPARATOR = /[\p{P}\p{S}\s]/u;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

// Separator classes of the ASCII range, looked up instead of tested with a Unicode regex.
const ASCII_SEPARATOR = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_SEPARATOR[c] = SEPARATOR.test(String.fromCharCode(c)) ? 1 : 0;

const DROP = 2;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** 0 keep, 1 separator, 2 invisible (dropped without separating). */
function classOf(s: string, i: number, c: number, pair: boolean): number {
  if (c < 128) return ASCII_SEPARATOR[c];
  const ch = pair ? s.slice(i, i + 2) : s[i];
  return INVISIBLE.test(ch) ? DROP : SEPARATOR.test(ch) ? 1 : 0;
}

/** One pass over the NFKC, lower-cased text into UTF-16 code units: the regex definition below, many times faster. */
export function normalizeForFingerprint(text: string): string {
  return normalizedWithBytes(text).text;
}

/** The normalised text and its UTF-8 bytes; ASCII text (most documents) is written once as bytes, with no re-encoding. */
export function normalizedWithBytes(text: string): { text: string; bytes: Buffer } {
  if (NON_ASCII.test(text)) {
    const normalized = normalizeWide(text);
    return { text: normalized, bytes: Buffer.from(normalized, 'utf8') };
  }
  const out = Buffer.allocUnsafe(text.length);
  let w = 0;
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (ASCII_SEPARATOR[c] === 1) { pending = w > 0; continue; }
    if (pending) { out[w++] = 32; pending = false; }
    if (c >= 65 && c <= 90) c += 32;
    out[w++] = c;
  }
  const bytes = out.subarray(0, w);
  return { text: bytes.toString('latin1'), bytes };
}

function normalizeWide(text: string): string {
  const s = text.normalize('NFKC').toLowerCase();
  const n = s.length;
  const out = new Uint16Array(n);
  let w = 0;
  let pending = false;
  let wide = false;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && isLowSurrogate(s.charCodeAt(i + 1));
    const cls = classOf(s, i, c, pair);
    if (cls === 1) { pending = w > 0; if (pair) i++; continue; }
    if (cls === DROP) { if (pair) i++; continue; }
    if (pending) { out[w++] = 32; pending = false; }
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128) wide = true;
    out[w++] = c;
    if (pair) out[w++] = s.charCodeAt(++i);
  }
  const joined = Buffer.from(out.buffer, 0, 2 * w).toString('utf16le');
  return wide ? recompose(joined) : joined;
}

// Removing a separator can leave combining marks side by side in non-canonical order ("𝅗𝅥" then a
// presentation-form sukun): a last NFKC puts them in order, so that normalising twice changes nothing.
const recompose = (s: string) => s.normalize('NFKC');

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
