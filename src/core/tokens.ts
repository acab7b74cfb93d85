// Word tokens of a document, computed once and shared by the stages that look words up.
// A key is the token lower-cased, without apostrophes and diacritics: "Qa’dah" → "qadah".

export interface Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly key: readonly string[];
}

const APOSTROPHES = /['’‘ʿʻ`]/g;
const MARKS = /\p{M}/gu;

export function tokenKey(word: string): string {
  let k = word.toLowerCase();
  if (/['’‘ʿʻ`]/.test(k)) k = k.replace(APOSTROPHES, '');
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(k)) k = k.normalize('NFD').replace(MARKS, '');
  return k;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const APOSTROPHE = new Set([0x27, 0x2019, 0x2018, 0x2bf, 0x2bb, 0x60]);

function isWordCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(text[i]);
}

function isPossessive(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 115 || c === 83) && (i + 1 >= text.length || !isWordCode(text.charCodeAt(i + 1), text, i + 1));
}

/** A hand-written scan: the document's hottest loop, several times faster than a Unicode regex. */
export function tokenize(text: string): Tokens {
  let cap = Math.max(16, text.length >> 2);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  const key: string[] = [];
  let n = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c, text, i)) { i++; continue; }
    const s = i;
    let plain = c < 128;
    i++;
    for (;;) {
      while (i < len) {
        const d = text.charCodeAt(i);
        if (!isWordCode(d, text, i)) break;
        if (d >= 128) plain = false;
        i++;
      }
      // An apostrophe inside a word ("Sha'ban") joins its halves; a possessive "'s" does not.
      if (i + 1 < len && APOSTROPHE.has(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1), text, i + 1) && !isPossessive(text, i + 1)) { plain = false; i += 1; continue; }
      break;
    }
    if (n === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap); s2.set(start); start = s2;
      const e2 = new Int32Array(cap); e2.set(end); end = e2;
    }
    start[n] = s;
    end[n] = i;
    const word = text.slice(s, i);
    key.push(plain ? word.toLowerCase() : tokenKey(word));
    n++;
  }
  return { count: n, start: start.subarray(0, n), end: end.subarray(0, n), key };
}

/** First token keys of a phrase, as the tokenizer would see it in running text. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).key.slice();
}
