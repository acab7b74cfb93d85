// Word tokens of a document, computed once and shared by the stages that look words up.
// A key is the token lower-cased, without apostrophes and diacritics: "Qa’dah" → "qadah".

export interface Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly key: readonly string[];
}

const TOKEN = /[\p{L}\p{N}]+(?:['’‘ʿʻ`][\p{L}\p{N}]+)*/gu;
const APOSTROPHES = /['’‘ʿʻ`]/g;
const MARKS = /\p{M}/gu;

export function tokenKey(word: string): string {
  let k = word.toLowerCase();
  if (/['’‘ʿʻ`]/.test(k)) k = k.replace(APOSTROPHES, '');
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(k)) k = k.normalize('NFD').replace(MARKS, '');
  return k;
}

export function tokenize(text: string): Tokens {
  let cap = Math.max(16, text.length >> 2);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  const key: string[] = [];
  let n = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (n === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap); s2.set(start); start = s2;
      const e2 = new Int32Array(cap); e2.set(end); end = e2;
    }
    start[n] = m.index;
    end[n] = m.index + m[0].length;
    key.push(tokenKey(m[0]));
    n++;
  }
  return { count: n, start: start.subarray(0, n), end: end.subarray(0, n), key };
}

/** First token keys of a phrase, as the tokenizer would see it in running text. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).key.slice();
}
