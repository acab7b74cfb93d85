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

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

function isWordCode(c: number, text: string, i: number): boolean {
  return c < 128 ? ASCII_WORD[c] === 1 : WORD_CHAR.test(text[i]);
}

function isPossessive(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 115 || c === 83) && (i + 1 >= text.length || !isWordCode(text.charCodeAt(i + 1), text, i + 1));
}

// Plain (ASCII) keys are interned: running text repeats its words, so most tokens cost no string
// allocation, and a key met before already has its hash computed for the Map look-ups downstream.
const INTERN_SLOTS = 1 << 15;
const internKeys: (string | undefined)[] = new Array(INTERN_SLOTS);
let internCount = 0;

function interned(text: string, from: number, to: number): string {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ (text.charCodeAt(k) | 32), 0x01000193);
  let slot = (h >>> 0) & (INTERN_SLOTS - 1);
  for (let probe = 0; probe < 8; probe++, slot = (slot + 1) & (INTERN_SLOTS - 1)) {
    const cand = internKeys[slot];
    if (cand === undefined) {
      const key = text.slice(from, to).toLowerCase();
      // A full table is emptied rather than grown: memory stays bounded on any input.
      if (++internCount > INTERN_SLOTS / 2) { internKeys.fill(undefined); internCount = 1; }
      internKeys[slot] = key;
      return key;
    }
    if (sameLowered(cand, text, from, to)) return cand;
  }
  return text.slice(from, to).toLowerCase();
}

/** `key` equals text[from, to) lower-cased (ASCII). */
function sameLowered(key: string, text: string, from: number, to: number): boolean {
  if (key.length !== to - from) return false;
  for (let k = 0; k < key.length; k++) {
    let c = text.charCodeAt(from + k);
    if (c >= 65 && c <= 90) c += 32;
    if (key.charCodeAt(k) !== c) return false;
  }
  return true;
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
        if (d < 128) { if (ASCII_WORD[d] === 0) break; }
        else if (WORD_CHAR.test(text[i])) plain = false;
        else break;
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
    key.push(plain ? interned(text, s, i) : tokenKey(text.slice(s, i)));
    n++;
  }
  return { count: n, start: start.subarray(0, n), end: end.subarray(0, n), key };
}

/** First token keys of a phrase, as the tokenizer would see it in running text. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).key.slice();
}
