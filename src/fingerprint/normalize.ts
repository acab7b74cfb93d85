// Normalisation v1 for fingerprints: NFKC, lower case, zero-width/bidi controls removed, tatweel and
// Arabic presentation forms folded (NFKC does the latter), punctuation and white space collapsed.
import { ScratchBuffer } from './scratch.js';
import { KERNEL_MAX_BYTES, normalizeInertUtf8, UNIT } from './normalize-kernel.js';

export const NORMALIZATION_VERSION = 1;

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u0640]/;
const SEPARATOR = /[\p{P}\p{S}\s]/u;

// Separator classes of the ASCII range, looked up instead of tested with a Unicode regex.
const ASCII_SEPARATOR = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_SEPARATOR[c] = SEPARATOR.test(String.fromCharCode(c)) ? 1 : 0;

const KEEP = 0;
const SEPARATE = 1;
const DROP = 2;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

// The class of every BMP code unit, asked of the regexes once each (3 = not asked yet).
const UNIT_CLASS = new Uint8Array(0x10000).fill(3);
UNIT_CLASS.set(ASCII_SEPARATOR);

// Code units that NFKC and lower-casing leave as they are and that never combine with a neighbour
// (combining class 0, quick check Yes, as every character of these blocks is): punctuation, symbols
// and letters of U+00A0–U+02FF and U+2010–U+205E whose NFKC and lower case are themselves (’ ‘ — ʿ é).
// A text of ASCII and these is NFKC already, and stays so whatever is removed from it.
const INERT_END = 0x205f;
const INERTNESS = new Uint8Array(INERT_END); // 0 = not asked yet, 1 = inert, 2 = not
// eslint-disable-next-line no-control-regex

export function isInert(c: number): boolean {
  if (c >= INERT_END) return false;
  let v = INERTNESS[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    const inBlocks = (c >= 0xa0 && c <= 0x2ff) || c >= 0x2010;
    INERTNESS[c] = v = inBlocks && ch.normalize('NFKC') === ch && ch.toLowerCase() === ch ? 1 : 2;
  }
  return v === 1;
}

function classOfText(ch: string): number {
  return INVISIBLE.test(ch) ? DROP : SEPARATOR.test(ch) ? SEPARATE : KEEP;
}

/** The class of the character at i (a surrogate pair as one character); `pair` says whether it is one. */
function classOf(s: string, i: number, c: number, pair: boolean): number {
  return pair ? classOfText(s.slice(i, i + 2)) : unitClass(c);
}

function unitClass(c: number): number {
  let cls = UNIT_CLASS[c];
  if (cls === 3) UNIT_CLASS[c] = cls = classOfText(String.fromCharCode(c));
  return cls;
}

/** What the kernel's pass does with a BMP unit: the JS pass's decision, as a UNIT class. */
function kernelClass(c: number): number {
  if (c >= 128 && !isInert(c)) return UNIT.notInert;
  const cls = unitClass(c);
  return cls === KEEP ? UNIT.keep : cls === SEPARATE ? UNIT.separate : UNIT.drop;
}

/**
 * The normalised text (NFKC, lower case, separators collapsed): the regex definition below, many
 * times faster. It is the text of the hashed UTF-8, so a lone surrogate comes back as U+FFFD.
 */
export function normalizeForFingerprint(text: string): string {
  return normalizedBytesScratch(text).toString('utf8');
}

/**
 * The UTF-8 bytes of the normalised text, written in one pass: text of ASCII and inert units as it
 * is read, other text after NFKC and lower-casing (what fingerprints hash; the text itself is not needed there).
 */
export function normalizedBytes(text: string): Buffer {
  return Buffer.from(normalizedBytesScratch(text));
}

// The buffer normalizedBytesScratch writes into (kept up to 4 MB).
const scratch = new ScratchBuffer(1 << 14, 1 << 22);

/** The same bytes, possibly in a buffer that the next call overwrites: for callers that hash them at once. */
export function normalizedBytesScratch(text: string): Buffer {
  // The text as it stands first: right while every non-ASCII unit is inert, as NFKC and lower-casing
  // would then change only the ASCII capitals, which the loop lowers. At the first unit that is
  // not, the text again after both (one pass instead of two regex scans, then the loop).
  // At most 3 UTF-8 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units).
  const first = scratch.of(3 * text.length);
  const asIs = writeNormalized(text, first, true);
  return asIs >= 0 ? first.subarray(0, asIs) : normalizedAfterNfkc(text);
}

/**
 * The same bytes, given the text's UTF-8 (as Buffer.write gives it: a lone surrogate as U+FFFD):
 * the first pass runs in normalize-kernel.ts over those bytes, in under half the time.
 */
export function normalizedBytesOfUtf8(text: string, utf8: Uint8Array): Uint8Array {
  if (utf8.length > KERNEL_MAX_BYTES) return normalizedBytesScratch(text);
  return normalizeInertUtf8(utf8, kernelClass) ?? normalizedAfterNfkc(text);
}

function normalizedAfterNfkc(text: string): Buffer {
  const s = text.normalize('NFKC').toLowerCase();
  const out = scratch.of(3 * s.length);
  const bytes = out.subarray(0, writeNormalized(s, out, false));
  // (Bytes all ASCII come back from it unchanged.)
  const joined = bytes.toString('utf8');
  const recomposed = recompose(joined);
  return recomposed === joined ? bytes : Buffer.from(recomposed, 'utf8');
}

/**
 * Writes the normalised UTF-8 of `s` into `out` (3 bytes a unit); returns its length, or -1 when
 * `inertOnly` and `s` holds a non-ASCII unit that is not inert (nothing usable written then).
 */
function writeNormalized(s: string, out: Buffer, inertOnly: boolean): number {
  const n = s.length;
  let w = 0;
  let pending = false;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 128) {
      if (ASCII_SEPARATOR[c] === SEPARATE) { pending = w > 0; continue; }
      if (pending) { out[w++] = 32; pending = false; }
      if (c >= 65 && c <= 90) c += 32;
      out[w++] = c;
      continue;
    }
    if (inertOnly && !isInert(c)) return -1;
    const pair = isHighSurrogate(c) && isLowSurrogate(s.charCodeAt(i + 1));
    const cls = classOf(s, i, c, pair);
    if (cls !== KEEP) {
      if (cls === SEPARATE) pending = w > 0;
      if (pair) i++;
      continue;
    }
    if (pending) { out[w++] = 32; pending = false; }
    w = pair ? writeUtf8Pair(out, w, c, s.charCodeAt(++i)) : writeUtf8Unit(out, w, c);
  }
  return w;
}

/** UTF-8 of one BMP code unit of 128 or more (a lone surrogate as U+FFFD, as Buffer.from does). */
function writeUtf8Unit(out: Buffer, w: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
  if (c < 0x800) {
    out[w++] = 0xc0 | (c >> 6);
  } else {
    out[w++] = 0xe0 | (c >> 12);
    out[w++] = 0x80 | ((c >> 6) & 0x3f);
  }
  out[w++] = 0x80 | (c & 0x3f);
  return w;
}

function writeUtf8Pair(out: Buffer, w: number, hi: number, lo: number): number {
  const cp = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
  out[w++] = 0xf0 | (cp >> 18);
  out[w++] = 0x80 | ((cp >> 12) & 0x3f);
  out[w++] = 0x80 | ((cp >> 6) & 0x3f);
  out[w++] = 0x80 | (cp & 0x3f);
  return w;
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
