// The words around a name run that say what it names, read by character codes outward from the
// run: "in", "near the" (a place), "the district of" (an admin-1), "named" (a person) before it;
// "road" (a street), "state" (an admin-1) after it. Each test matches exactly what its pattern in
// cue-words.test.ts matches on the same window of text (the patterns are case-insensitive, ASCII).
import { isAsciiLetter, isSpace, isWordChar } from '../core/chars.js';
import { CodeUnits, unitsLettersCode } from '../core/code-units.js';
import { wordCode as code } from '../core/scan-back.js';

/** No word, or one longer than any cue word: lettersCode's 0. */
const OTHER = 0;
const codes = (words: readonly string[]): ReadonlySet<number> => new Set(words.map(code));

const LOCATIVE_WORDS = codes(['in', 'near', 'of', 'at', 'from', 'to', 'outside', 'between', 'and', 'around', 'toward', 'towards', 'into']);
const REGION_WORDS = codes(['district', 'province', 'state', 'region', 'governorate', 'county']);
const NAMING_WORDS = codes(['named', 'called', 'nicknamed', 'dubbed']);
const STREET_WORDS = codes(['road', 'street', 'avenue', 'boulevard', 'bridge', 'hotel', 'mall', 'square', 'roundabout']);
const REGION_AFTER_WORDS = codes(['state', 'province', 'region', 'governorate', 'wilaya', 'county']);
const THE = code('the');
const OF = code('of');
const AS = code('as');
const KNOWN = code('known');
const ST = code('st');

/** Characters looked at before the run and after it, as the patterns' windows were. */
const BEFORE_WINDOW = 30;
const NAMING_WINDOW = 20;
const AFTER_WINDOW = 16;

/** Where the word of ASCII letters that white space separates from `at` starts, or -1; wordBefore is its code. */
let wordBefore = 0;
function startBefore(u: Uint16Array, at: number, lo: number): number {
  let k = at;
  while (k > lo && isSpace(u[k - 1])) k--;
  if (k === at) return -1;
  const end = k;
  while (k > lo && isAsciiLetter(u[k - 1])) k--;
  if (k === end) return -1;
  wordBefore = unitsLettersCode(u, k, end);
  return k;
}

/** The words before a position, nearest first: each a run of ASCII letters followed by white space. */
class WordsBefore {
  readonly words: number[] = [];
  readonly starts: number[] = [];
  count = 0;

  /** Reads up to `max` words before `at`, none of them reaching before `lo`. */
  read(u: Uint16Array, at: number, lo: number, max: number): this {
    this.count = 0;
    for (let k = at; this.count < max; ) {
      k = startBefore(u, k, lo);
      if (k < 0) break;
      this.words[this.count] = wordBefore;
      this.starts[this.count++] = k;
    }
    return this;
  }
}
const before = new WordsBefore();
/** The code units of the text last asked about (the runs of one document come one after another). */
const units = new CodeUnits();

/** A pattern's \b before a word starting at `s`: the window's start, or no word character before it. */
const boundaryBefore = (u: Uint16Array, s: number, lo: number) => s === lo || !isWordChar(u[s - 1]);

/** /\b(?:in|near|of|…|into)\s+(?:the\s+)?$/i on the 30 characters before `at`: "near the", "in". */
export function locativeBefore(text: string, at: number): boolean {
  const u = units.of(text);
  const lo = Math.max(0, at - BEFORE_WINDOW);
  return isLocative(before.read(u, at, lo, 2), u, lo);
}

/** /\b(?:district|…|county)\s+of\s+(?:the\s+)?$/i on the 30 characters before `at`: "the province of". */
export function regionBefore(text: string, at: number): boolean {
  const u = units.of(text);
  const lo = Math.max(0, at - BEFORE_WINDOW);
  return isRegion(before.read(u, at, lo, 3), u, lo);
}

export const LOCATIVE_BEFORE = 1;
export const REGION_BEFORE = 2;
/**
 * locativeBefore and regionBefore: LOCATIVE_BEFORE | REGION_BEFORE bits. Words are read back only
 * while a cue can still follow: both patterns' last word is a locative word, "of" or "the".
 */
export function cuesBefore(text: string, at: number): number {
  const u = units.of(text);
  const lo = Math.max(0, at - BEFORE_WINDOW);
  const s0 = startBefore(u, at, lo);
  if (s0 < 0) return 0;
  const w0 = wordBefore;
  const the = w0 === THE;
  let cues = LOCATIVE_WORDS.has(w0) && boundaryBefore(u, s0, lo) ? LOCATIVE_BEFORE : 0;
  if (!the && w0 !== OF) return cues;
  const s1 = startBefore(u, s0, lo);
  if (s1 < 0) return cues;
  const w1 = wordBefore;
  if (!the) return REGION_WORDS.has(w1) && boundaryBefore(u, s1, lo) ? cues | REGION_BEFORE : cues;
  if (LOCATIVE_WORDS.has(w1) && boundaryBefore(u, s1, lo)) cues |= LOCATIVE_BEFORE;
  if (w1 !== OF) return cues;
  const s2 = startBefore(u, s1, lo);
  return s2 >= 0 && REGION_WORDS.has(wordBefore) && boundaryBefore(u, s2, lo) ? cues | REGION_BEFORE : cues;
}

function isLocative({ words: w, starts: s, count: n }: WordsBefore, u: Uint16Array, lo: number): boolean {
  if (n >= 1 && LOCATIVE_WORDS.has(w[0]) && boundaryBefore(u, s[0], lo)) return true;
  return n >= 2 && w[0] === THE && LOCATIVE_WORDS.has(w[1]) && boundaryBefore(u, s[1], lo);
}

function isRegion({ words: w, starts: s, count: n }: WordsBefore, u: Uint16Array, lo: number): boolean {
  if (n >= 2 && w[0] === OF && REGION_WORDS.has(w[1]) && boundaryBefore(u, s[1], lo)) return true;
  return n >= 3 && w[0] === THE && w[1] === OF && REGION_WORDS.has(w[2]) && boundaryBefore(u, s[2], lo);
}

/** /\b(?:named|called|nicknamed|dubbed|known\s+as)\s+$/i on the 20 characters before `at`. */
export function namingBefore(text: string, at: number): boolean {
  const u = units.of(text);
  const lo = Math.max(0, at - NAMING_WINDOW);
  // Every naming word ends in d or s ("named", "as"): most runs follow other words, settled here.
  let k = at;
  while (k > lo && isSpace(u[k - 1])) k--;
  const last = u[k - 1] | 32;
  if (k === at || k === lo || (last !== 100 && last !== 115)) return false;
  const { words: w, starts: s, count: n } = before.read(u, at, lo, 2);
  if (n >= 1 && NAMING_WORDS.has(w[0]) && boundaryBefore(u, s[0], lo)) return true;
  return n >= 2 && w[0] === AS && w[1] === KNOWN && boundaryBefore(u, s[1], lo);
}

/** The word after white space at `at`, inside the window, as a code; afterEnd is where it ends. */
let afterEnd = 0;
function wordAfter(u: Uint16Array, at: number, hi: number): number {
  let k = at;
  while (k < hi && isSpace(u[k])) k++;
  if (k === at) return OTHER;
  const start = k;
  while (k < hi && isAsciiLetter(u[k])) k++;
  afterEnd = k;
  return unitsLettersCode(u, start, k);
}

/** A pattern's \b after a word ending at `e`: the window's end, or no word character after it. */
const boundaryAfter = (u: Uint16Array, e: number, hi: number) => e === hi || !isWordChar(u[e]);

/** /^\s+(?:road|street|st\.|avenue|…|roundabout)\b/i on the 16 characters from `at`. */
export function streetAfter(text: string, at: number): boolean {
  const u = units.of(text);
  const hi = Math.min(text.length, at + AFTER_WINDOW);
  const word = wordAfter(u, at, hi);
  const e = afterEnd;
  if (STREET_WORDS.has(word) && boundaryAfter(u, e, hi)) return true;
  // "st." ends at the full stop, so its \b needs a word character right after it.
  return word === ST && u[e] === 46 && e + 1 < hi && isWordChar(u[e + 1]);
}

/** /^\s+(?:state|province|region|governorate|wilaya|county)\b/i on the 16 characters from `at`. */
export function regionAfter(text: string, at: number): boolean {
  const u = units.of(text);
  const hi = Math.min(text.length, at + AFTER_WINDOW);
  const word = wordAfter(u, at, hi);
  return REGION_AFTER_WORDS.has(word) && boundaryAfter(u, afterEnd, hi);
}
