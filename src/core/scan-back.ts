// Small backward scans for cheap checks before end-anchored patterns: an end-anchored pattern is
// tried from every start position of its window, so reading the last words first saves most runs.

const SPACE = /\s/;

/** A UTF-16 code unit that `\s` matches. */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 0xa0 && SPACE.test(String.fromCharCode(c));
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

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

/**
 * The run of ASCII letters ending at `to` (never before `from`), lower-cased; '' when it is
 * longer than `longest` (callers compare it with words of at most that length).
 */
export function asciiWordBefore(text: string, from: number, to: number, longest: number): string {
  let p = to;
  while (p > from && isAsciiLetter(text.charCodeAt(p - 1))) {
    if (to - p === longest) return '';
    p--;
  }
  return text.slice(p, to).toLowerCase();
}
