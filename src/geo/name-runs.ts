// Capitalised name runs: the only places a place name is looked for ("Deir ez-Zor", "al-Bab",
// "Abu Kamal"), each with the offsets of its words.

// Runs of up to four words, allowing lower-case articles glued with a hyphen ("Deir ez-Zor").
const NAME_RUN = /(?:(?:al|el|as|ash|ad|ar|at|az|an)[-\s])?\p{Lu}[\p{L}'’‘ʿʻ]*(?:-\p{L}[\p{L}'’‘ʿʻ]*)*(?:\s+(?:(?:al|el|as|ash|ad|ar|at|az|an|ez|es|ed|er|et|en|bin|ibn|abu|abou|umm|of|de|du)[-\s])?\p{Lu}[\p{L}'’‘ʿʻ]*(?:-\p{L}[\p{L}'’‘ʿʻ]*)*){0,3}/uy;
const POSSESSIVE = /^['’]s$/;
const RUN_EDGE = /[\p{L}\p{N}'’‘ʿʻ-]/u;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x205f || c === 0xfeff;

/** The whole code point before `i` (a surrogate pair counts as one character). */
function charBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1];
}

/** Whether the character before `i` is part of a word, so that a run at `i` would continue it. */
function continuesWord(text: string, i: number): boolean {
  const b = text.charCodeAt(i - 1);
  if (b < 128) return (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b === 39 || b === 45;
  return RUN_EDGE.test(charBefore(text, i));
}

/** "al-Bab", "as Sukhnah": a short lower-case word, a hyphen or space, then a capital (else no run opens at an a/e). */
function articleBeforeCapital(text: string, p: number): boolean {
  let k = p + 1;
  while (k < p + 4 && k < text.length && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k++;
  const sep = text.charCodeAt(k);
  if (sep !== 45 && sep !== 32) return false;
  const next = text.charCodeAt(k + 1);
  return (next >= 65 && next <= 90) || next >= 128;
}

export interface NameRun {
  /** Word offsets inside the run (buffers reused from run to run: read before the next one). */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly count: number;
}

const WORD_STARTS: number[] = [];
const WORD_ENDS: number[] = [];

/** The runs between start and end, in order. */
export function* nameRuns(text: string, start: number, end: number): Generator<NameRun> {
  // The pattern is tried only where a run can open: a capital (or any non-ASCII letter) or an
  // article's a/e, at a word start. A global Unicode scan would try every position.
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (!((c >= 65 && c <= 90) || c >= 128 || ((c === 97 || c === 101) && articleBeforeCapital(text, p)))) continue;
    if (p > 0 && continuesWord(text, p)) continue;
    NAME_RUN.lastIndex = p;
    const m = NAME_RUN.exec(text);
    if (!m) continue;
    p = m.index + m[0].length - 1;
    const runEnd = Math.min(end, m.index + m[0].length);
    let n = 0;
    for (let k = m.index; k < runEnd; ) {
      while (k < runEnd && isSpace(text.charCodeAt(k))) k++;
      if (k >= runEnd) break;
      WORD_STARTS[n] = k;
      while (k < runEnd && !isSpace(text.charCodeAt(k))) k++;
      // "Baghdad's al-Shaab district": the possessive is no part of the name.
      const possessive = k - WORD_STARTS[n] > 2 && POSSESSIVE.test(text.slice(k - 2, k));
      WORD_ENDS[n++] = possessive ? k - 2 : k;
    }
    yield { starts: WORD_STARTS, ends: WORD_ENDS, count: n };
  }
}
