// Capitalised name runs: the only places a place name is looked for ("Deir ez-Zor", "al-Bab",
// "Abu Kamal"), each with the offsets of its words.

import { isLower, isSpace, isUpper } from '../core/chars.js';
import { CodeUnits } from '../core/code-units.js';

// Runs of up to four words, allowing lower-case articles glued with a hyphen ("Deir ez-Zor").
// This pattern is the definition; runEnd below scans the same runs by character codes and defers
// to it for any character outside ASCII it cannot classify (name-runs.test.ts compares both).
const NAME_RUN = /(?:(?:al|el|as|ash|ad|ar|at|az|an)[-\s])?\p{Lu}[\p{L}'’‘ʿʻ]*(?:-\p{L}[\p{L}'’‘ʿʻ]*)*(?:\s+(?:(?:al|el|as|ash|ad|ar|at|az|an|ez|es|ed|er|et|en|bin|ibn|abu|abou|umm|of|de|du)[-\s])?\p{Lu}[\p{L}'’‘ʿʻ]*(?:-\p{L}[\p{L}'’‘ʿʻ]*)*){0,3}/uy;
const RUN_EDGE = /[\p{L}\p{N}'’‘ʿʻ-]/u;
const MAX_WORDS = 4;
const FIRST_ARTICLE_WORDS = ['al', 'el', 'as', 'ash', 'ad', 'ar', 'at', 'az', 'an'];
const INNER_ARTICLE_WORDS = [...FIRST_ARTICLE_WORDS, 'ez', 'es', 'ed', 'er', 'et', 'en', 'bin', 'ibn', 'abu', 'abou', 'umm', 'of', 'de', 'du'];
const LONGEST_ARTICLE = 4;

/** A short lower-case word as a number (base 27), so that an article is looked up without a slice. */
function wordCode(u: Uint16Array, from: number, to: number): number {
  let code = 0;
  for (let k = from; k < to; k++) code = code * 27 + u[k] - 96;
  return code;
}
const codesOf = (words: readonly string[]): ReadonlySet<number> => new Set(words.map((w) => wordCode(Uint16Array.from(w, (ch) => ch.charCodeAt(0)), 0, w.length)));
const FIRST_ARTICLES = codesOf(FIRST_ARTICLE_WORDS);
const INNER_ARTICLES = codesOf(INNER_ARTICLE_WORDS);

/** ʿ and ʻ (modifier letters): letters that the pattern also lists among its apostrophes. */
const isModifierLetter = (c: number) => c === 0x2bf || c === 0x2bb;
/** ’ and ‘: inside a word, but no letters. */
const isQuoteMark = (c: number) => c === 0x2019 || c === 0x2018;
/** A non-ASCII character the scan cannot classify (é, Ḥ, a surrogate …): the pattern decides. */
const isUnknown = (c: number) => c >= 128 && !isSpace(c) && !isModifierLetter(c) && !isQuoteMark(c);

/** The result of a scan step that met a character only the pattern can classify. */
const UNSURE = -2;
const NO_RUN = -1;

/** The whole code point before `i` (a surrogate pair counts as one character). */
function charBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1];
}

/** Whether the character before `i` is part of a word, so that a run at `i` would continue it. */
function continuesWord(text: string, u: Uint16Array, i: number): boolean {
  const b = u[i - 1];
  if (b < 128) return (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b === 39 || b === 45;
  return RUN_EDGE.test(charBefore(text, i));
}

// Where a run can open: a capital, any non-ASCII character, or an a/e (not inside a word) opening
// a short lower-case word, a hyphen or space and a capital ("al-Bab", "as Sukhnah"). This pattern is
// the definition; NameRuns.next finds the same places by scanning for CAPITAL alone and reading the
// article back from each capital (the article branch's look-around made V8's scan twice as slow).
export const OPENING = /[A-Z\u0080-\uffff]|(?<![A-Za-z])[ae](?=[a-z]{0,3}[- ][A-Z\u0080-\uffff])/g;
/** CAPITAL, [A-Z\u0080-\uffff]: a code unit where a run's capital can be. */
const isCapital = (c: number) => (c >= 65 && c <= 90) || c >= 128;

/** Where OPENING's article branch matches before the capital at `q` ("al-Bab", "as Sukhnah"), or -1. */
export function articleOpening(u: Uint16Array, q: number): number {
  if (q === 0) return -1;
  const sep = u[q - 1];
  if (sep !== 45 && sep !== 32) return -1;
  let p = q - 1;
  while (p > 0 && q - 1 - p < 5 && isLower(u[p - 1])) p--;
  const c = u[p];
  // One to four lower-case letters led by a or e, with no ASCII letter before them.
  if (p === q - 1 || q - 1 - p > 4 || (c !== 97 && c !== 101)) return -1;
  return p > 0 && isUpper(u[p - 1]) ? -1 : p;
}

/** The end of the word whose capital is at `k`: letters and apostrophes, hyphen-joined parts. */
function wordEnd(u: Uint16Array, k: number): number {
  for (k++; ; k++) {
    const c = u[k];
    if (isUpper(c) || isLower(c) || c === 39 || isQuoteMark(c) || isModifierLetter(c)) continue;
    if (c === 45) {
      const next = u[k + 1];
      if (isUpper(next) || isLower(next) || isModifierLetter(next)) { k++; continue; }
      return isUnknown(next) ? UNSURE : k;
    }
    return isUnknown(c) ? UNSURE : k;
  }
}

/** The end of a run word opening at `k` (with an article before its capital, "ez-Zor"), NO_RUN or UNSURE. */
function openWord(u: Uint16Array, k: number, articles: ReadonlySet<number>): number {
  const c = u[k];
  if (isUpper(c)) return wordEnd(u, k);
  if (isLower(c)) {
    let j = k + 1;
    while (j - k <= LONGEST_ARTICLE && isLower(u[j])) j++;
    const sep = u[j];
    if ((sep !== 45 && !isSpace(sep)) || j - k > LONGEST_ARTICLE || !articles.has(wordCode(u, k, j))) return NO_RUN;
    const capital = u[j + 1];
    if (isUpper(capital)) return wordEnd(u, j + 1);
    return isUnknown(capital) ? UNSURE : NO_RUN;
  }
  return isUnknown(c) ? UNSURE : NO_RUN;
}

/** Where the words of a run go as the scan finds them. */
interface WordSink { add(start: number, end: number): void }

/** The space-separated words of the run word [k, e): an article before a space is a word of its own ("as Sukhnah"). */
function addWords(u: Uint16Array, k: number, e: number, sink: WordSink): void {
  if (isLower(u[k])) {
    let j = k + 1;
    while (isLower(u[j])) j++;
    if (isSpace(u[j])) { sink.add(k, j); k = j + 1; }
  }
  sink.add(k, e);
}

/** Where NAME_RUN's match at `p` ends, NO_RUN, or UNSURE when only the pattern can tell; its words go to `sink` (unless UNSURE). */
function runEnd(u: Uint16Array, p: number, sink: WordSink): number {
  let end = openWord(u, p, FIRST_ARTICLES);
  if (end >= 0) addWords(u, p, end, sink);
  for (let words = 1; end >= 0 && words < MAX_WORDS; words++) {
    let q = end;
    while (isSpace(u[q])) q++;
    if (q === end) break;
    const next = openWord(u, q, INNER_ARTICLES);
    if (next === NO_RUN) break;
    end = next;
    if (end >= 0) addWords(u, q, end, sink);
  }
  return end;
}

/** "Baghdad's", "Baghdad’s": the possessive is no part of the name. */
function possessiveAt(u: Uint16Array, k: number): boolean {
  const a = u[k - 2];
  return (a === 39 || a === 0x2019) && u[k - 1] === 115;
}

/**
 * The runs between start and end, in order, as a cursor: each next() that returns true holds the
 * next run's word offsets (a plain loop: a generator costs twice as much on this per-character scan).
 * reset() points it at another range, so that one cursor and its word lists serve every call.
 */
export class NameRuns {
  /** Word offsets inside the current run. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  count = 0;
  private at: number;
  private readonly codes = new CodeUnits();
  private units: Uint16Array;

  constructor(private text: string, start: number, private end: number) {
    this.at = start;
    this.units = this.codes.of(text);
  }

  reset(text: string, start: number, end: number): this {
    this.text = text;
    this.units = this.codes.of(text);
    this.at = start;
    this.end = end;
    this.count = 0;
    return this;
  }

  next(): boolean {
    const { text, units: u, end } = this;
    const len = text.length;
    // A capital whose article opening comes first, and where the capital scan goes on.
    let capital = -1;
    let from = this.at;
    for (;;) {
      let p = capital;
      capital = -1;
      if (p < 0) {
        let q = from;
        while (q < len && !isCapital(u[q])) q++;
        if (q === len) break;
        from = q + 1;
        const a = articleOpening(u, q);
        if (a >= this.at) { p = a; capital = q; } else p = q;
      }
      if (p >= end) break;
      if (p > 0 && continuesWord(text, u, p)) continue;
      this.count = 0;
      let matchEnd = runEnd(u, p, this);
      if (matchEnd === UNSURE) {
        NAME_RUN.lastIndex = p;
        const m = NAME_RUN.exec(text);
        // (Inside a surrogate pair the pattern starts at the pair: the run can start at p - 1.)
        if (!m) continue;
        matchEnd = m.index + m[0].length;
        this.words(m.index, Math.min(end, matchEnd));
      } else if (matchEnd >= 0) {
        this.cut(Math.min(end, matchEnd));
      } else continue;
      this.at = matchEnd;
      return true;
    }
    this.at = end;
    return false;
  }

  /** A word the scan found (WordSink). */
  add(start: number, end: number): void {
    this.starts[this.count] = start;
    this.ends[this.count++] = end;
  }

  /** The words found, cut at `to` (the range's end), each without its possessive. */
  private cut(to: number): void {
    const { units: u, starts, ends } = this;
    for (let i = 0; i < this.count; i++) {
      if (starts[i] >= to) { this.count = i; break; }
      const k = Math.min(ends[i], to);
      ends[i] = k - starts[i] > 2 && possessiveAt(u, k) ? k - 2 : k;
    }
  }

  /** The words of the pattern's match [from, to), split at spaces, each without its possessive. */
  private words(from: number, to: number): void {
    const u = this.units;
    let n = 0;
    for (let k = from; k < to; ) {
      while (k < to && isSpace(u[k])) k++;
      if (k >= to) break;
      const start = k;
      while (k < to && !isSpace(u[k])) k++;
      this.starts[n] = start;
      this.ends[n++] = k - start > 2 && possessiveAt(u, k) ? k - 2 : k;
    }
    this.count = n;
  }
}

export function nameRuns(text: string, start: number, end: number): NameRuns {
  return new NameRuns(text, start, end);
}
