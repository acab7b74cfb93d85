// Small backward scans for cheap checks before end-anchored patterns: an end-anchored pattern is
// tried from every start position of its window, so reading the last words first saves most runs.

import { isAsciiDigit, isAsciiLetter, isSpace } from './chars.js';

/** Where the run of `\s` characters ending at `to` starts (never before `from`). */
export function skipSpacesBack(text: string, from: number, to: number): number {
  let p = to;
  while (p > from && isSpace(text.charCodeAt(p - 1))) p--;
  return p;
}

/** Where the run of ASCII letters and digits ending at `to` starts (never before `from`). */
export function skipAlnumBack(text: string, from: number, to: number): number {
  let p = to;
  while (p > from && (isAsciiLetter(text.charCodeAt(p - 1)) || isAsciiDigit(text.charCodeAt(p - 1)))) p--;
  return p;
}

/** Where the run of ASCII letters ending at `to` starts (never before `from`). */
export function skipLettersBack(text: string, from: number, to: number): number {
  let p = to;
  while (p > from && isAsciiLetter(text.charCodeAt(p - 1))) p--;
  return p;
}

// Short lower-cased words as numbers (base 27, a letter 1–26), so that checks compare them with no
// string built: exact up to MAX_CODE_LETTERS letters (27^11 < 2^53, within a double).
const MAX_CODE_LETTERS = 11;

/** The code of the ASCII letters text[start, end), any case; 0 (no word's code) when empty or longer than MAX_CODE_LETTERS. */
export function lettersCode(text: string, start: number, end: number): number {
  if (end - start > MAX_CODE_LETTERS) return 0;
  let code = 0;
  for (let p = start; p < end; p++) code = code * 27 + ((text.charCodeAt(p) | 32) - 96);
  return code;
}

/** The code of a word of ASCII letters (for the word lists the checks compare with). */
export function wordCode(word: string): number {
  if (!/^[A-Za-z]{1,11}$/.test(word)) throw new Error(`no word code for ${JSON.stringify(word)}`);
  return lettersCode(word, 0, word.length);
}
