// The noun words after a count ("killing two soldiers of the army"): up to three words, each
// perhaps after "of the". Read by character codes where the text is ASCII (most of it); the
// pattern TAIL decides wherever a character outside ASCII could change the answer.
import { isAsciiDigit, isAsciiLetter, isSpace, isWordChar } from '../../core/chars.js';

/** Words that end a noun phrase. None holds an "s" or a "k" (the only ASCII letters that fold from other characters under /iu). */
const STOP_WORDS = ['and', 'or', 'while', 'with', 'in', 'at', 'near', 'after', 'before', 'during', 'when'];

/** The stop words by their first letter's code. */
const STOPS_BY_FIRST: (readonly string[] | undefined)[] = Array.from({ length: 128 }, (_, c) => {
  const of = STOP_WORDS.filter((w) => w.charCodeAt(0) === c);
  return of.length > 0 ? of : undefined;
});

/** One word of a noun phrase: no stop word, at least one letter (one unambiguous character class: no backtracking blow-up). */
export const WORD = `(?!(?:${STOP_WORDS.join('|')})\\b)(?=[\\p{L}\\p{N}'’-]*\\p{L})[\\p{L}\\p{N}'’-]+`;

/** Up to three noun words after a count, as group `noun`. */
export const TAIL = `(?<noun>(?:\\s+(?:of\\s+the\\s+)?${WORD}){0,3})`;

let tailPattern: RegExp | null = null;

/** Where TAIL, tried at `from`, ends. */
export function nounTailEnd(text: string, from: number): number {
  let p = from;
  for (let n = 0; n < 3; n++) {
    const s = skipSpaces(text, p);
    if (s === p) break;
    let e = s;
    const ofThe = ofTheEnd(text, s);
    if (ofThe >= 0) e = wordEnd(text, ofThe);
    // "of the" is taken only when a word follows it; else "of" is the word.
    if (e === ofThe || e === s) e = wordEnd(text, s);
    if (e === ASK_PATTERN) return tailByPattern(text, from);
    if (e === s) break;
    p = e;
  }
  return p;
}

function tailByPattern(text: string, from: number): number {
  tailPattern ??= new RegExp(TAIL, 'iuy');
  tailPattern.lastIndex = from;
  return from + tailPattern.exec(text)![0].length;
}

const ASK_PATTERN = -1;

function skipSpaces(text: string, p: number): number {
  while (p < text.length && isSpace(text.charCodeAt(p))) p++;
  return p;
}

/** Where "of" spaces "the" spaces, any case, starting at `s`, ends; -1 if it is not there. */
function ofTheEnd(text: string, s: number): number {
  if ((text.charCodeAt(s) | 32) !== 111 || (text.charCodeAt(s + 1) | 32) !== 102) return -1;
  const t = skipSpaces(text, s + 2);
  if (t === s + 2 || (text.charCodeAt(t) | 32) !== 116 || (text.charCodeAt(t + 1) | 32) !== 104 || (text.charCodeAt(t + 2) | 32) !== 101) return -1;
  const w = skipSpaces(text, t + 3);
  return w === t + 3 ? -1 : w;
}

/** Where WORD, tried at `s`, ends (`s` when it does not match); ASK_PATTERN where a character outside ASCII could decide. */
function wordEnd(text: string, s: number): number {
  let e = s;
  let letters = false;
  for (; e < text.length; e++) {
    const c = text.charCodeAt(e);
    if (isAsciiLetter(c)) letters = true;
    else if (!(isAsciiDigit(c) || c === 39 || c === 45)) break;
  }
  // Past the run: a character outside ASCII may be a letter, an apostrophe (’) or, after a stop word, a \w (ſ, K).
  const next = text.charCodeAt(e);
  if (next >= 128 && !isSpace(next)) return ASK_PATTERN;
  if (!letters) return s;
  // The run opens with an ASCII letter, digit, ' or -: `| 32` lowers a letter and leaves the rest outside a-z.
  const stops = STOPS_BY_FIRST[text.charCodeAt(s) | 32];
  if (stops !== undefined) for (const w of stops) if (e - s >= w.length && startsWithWord(text, s, w)) return s;
  return e;
}

/** `w` (lower case) opens text at `s` in any case, and a word boundary follows it. */
function startsWithWord(text: string, s: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) if ((text.charCodeAt(s + k) | 32) !== w.charCodeAt(k)) return false;
  return !isWordChar(text.charCodeAt(s + w.length));
}
