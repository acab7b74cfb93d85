// Word tokens of a document, computed once and shared by the stages that look words up.
// A key is the token lower-cased, without apostrophes and diacritics: "Qa’dah" → "qadah".
import { generation, listMask, wordValue } from './words.js';
import { CodeUnits } from './code-units.js';
import { PLAIN_EXTRA } from './ascii-twin.js';

export interface Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly key: readonly string[];
  /**
   * Each key's word value (words.ts: registered id and flags), so that passes test a token without
   * reading its key. Read it after `currentWords(tokens)`: words registered since tokenize are missing.
   */
  readonly word: Uint16Array;
  /** The tokens whose word is listed (trigger words), in order. Read after `currentWords`. */
  readonly listed: Int32Array;
  /** The words registry's generation the word values were computed in. */
  readonly generation: number;
  /**
   * The text is plain: ASCII and the caseless marks of PLAIN_EXTRA only (core/ascii-twin.ts). Its
   * patterns with the u flag may then run as their twins without it, which run faster.
   */
  readonly plain: boolean;
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

// Whether a UTF-16 code unit is a word character: 1 yes, 2 no, 0 not asked yet. ASCII is filled
// in now; other code units are asked of the Unicode regex once each (a lone surrogate is no letter).
const WORD_UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) WORD_UNIT[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 2;

function isWordCode(c: number): boolean {
  let v = WORD_UNIT[c];
  if (v === 0) WORD_UNIT[c] = v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x2bf || c === 0x2bb || c === 0x60;

function isPossessive(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 115 || c === 83) && (i + 1 >= text.length || !isWordCode(text.charCodeAt(i + 1)));
}

/** Whether the apostrophe at i joins the word before it to a word after it (not a possessive "'s"). */
const joinsHalves = (text: string, i: number): boolean => i + 1 < text.length && isWordCode(text.charCodeAt(i + 1)) && !isPossessive(text, i + 1);

// Plain (ASCII) keys are interned: running text repeats its words, so most tokens cost no string
// allocation, and a key met before already has its hash computed for the Map look-ups downstream.
// A word's letters and digits are read as numbers in base 37 (a digit 1-10, a letter 11-36, any
// case): `head` for its first HEAD_UNITS units, `code` for the rest (kept modulo 2^32). Up to
// EXACT_WORD units the two numbers are the word itself, so a slot with the same numbers and length
// holds the key with no comparison of characters.
const INTERN_SLOTS = 1 << 15;
const HEAD_UNITS = 6;
const EXACT_WORD = 2 * HEAD_UNITS;
const internKeys: (string | undefined)[] = new Array<string | undefined>(INTERN_SLOTS).fill(undefined);
/** A key's length (at most 255), 0 for an empty slot. */
const internLength = new Uint8Array(INTERN_SLOTS);
/** A slot's `head` and `code`, side by side. */
const internCode = new Int32Array(2 * INTERN_SLOTS);
const internWord = new Uint16Array(INTERN_SLOTS);
let internCount = 0;
// Slots hold word values of this generation of the registry: a later one empties the table.
let internGeneration = generation;

/** An ASCII code unit's digit in a word's base-37 number; 0 for a code unit that is no word character. */
const ASCII_DIGIT = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_DIGIT[c] = c - 47;
for (let c = 97; c <= 122; c++) ASCII_DIGIT[c] = ASCII_DIGIT[c - 32] = c - 86;

/**
 * The slot of the key of the ASCII word text[from, to) (base-37 numbers `head` and `code`), its key
 * put there if new; -1 when its probe sequence is full.
 */
function internSlot(text: string, from: number, to: number, head: number, code: number): number {
  const length = to - from;
  let slot = Math.imul(code ^ Math.imul(head, 0x85ebca6b), 0x9e3779b1) >>> 17;
  for (let probe = 0; probe < 8; probe++, slot = (slot + 1) & (INTERN_SLOTS - 1)) {
    const held = internLength[slot];
    if (held === 0) {
      const key = text.slice(from, to).toLowerCase();
      // A full table is emptied rather than grown: memory stays bounded on any input.
      if (++internCount > INTERN_SLOTS / 2) { internKeys.fill(undefined); internLength.fill(0); internCount = 1; }
      internKeys[slot] = key;
      internCode[2 * slot] = head;
      internCode[2 * slot + 1] = code;
      internLength[slot] = Math.min(length, 255);
      internWord[slot] = wordValue(key);
      return slot;
    }
    if (held === Math.min(length, 255) && internCode[2 * slot + 1] === code && internCode[2 * slot] === head &&
      (length <= EXACT_WORD || sameLowered(internKeys[slot]!, text, from, to))) return slot;
  }
  return -1;
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

const MAX_SCRATCH = 1 << 20;
let scratchStart = new Int32Array(0);
let scratchEnd = new Int32Array(0);
let scratchWord = new Uint16Array(0);
let scratchListed = new Int32Array(0);
let scratchKey: string[] = [];
// Tokens of many documents share one arena buffer; it is freed when the last of them is.
const ARENA_BYTES = 1 << 18;
let arena = new ArrayBuffer(ARENA_BYTES);
let arenaUsed = 0;

function emptyInternTable(): void {
  internKeys.fill(undefined);
  internLength.fill(0);
  internCount = 0;
  internGeneration = generation;
}

// The scan reads the text's code units from a typed array (core/code-units.ts), not by charCodeAt.
const textUnits = new CodeUnits();

/** 1 for a code unit a plain text may not hold (see Tokens.plain). */
const NOT_PLAIN = new Uint8Array(0x10000).fill(1, 128);
for (const mark of PLAIN_EXTRA) NOT_PLAIN[mark.charCodeAt(0)] = 0;

/** A hand-written scan: the document's hottest loop, several times faster than a Unicode regex. */
export function tokenize(text: string): Tokens {
  if (internGeneration !== generation) emptyInternTable();
  const u = textUnits.of(text);
  // Offsets, keys and words go to scratch buffers shared by all calls; the result gets copies of their exact size.
  let start = scratchStart;
  let end = scratchEnd;
  let word = scratchWord;
  let listed = scratchListed;
  const keys = scratchKey;
  const mask = listMask;
  let cap = start.length;
  let n = 0;
  let m = 0;
  const len = text.length;
  let i = 0;
  // 1 once a code unit is not plain: every unit of the outer loop, and those of the inner loop above 127.
  let notPlain = 0;
  while (i < len) {
    const c = u[i];
    notPlain |= NOT_PLAIN[c];
    if (!isWordCode(c)) { i++; continue; }
    const s = i;
    let plain = c < 128;
    // The word's base-37 numbers (see internSlot); they only count while the word is plain.
    let code = plain ? ASCII_DIGIT[c] : 0;
    let head = 0;
    i++;
    while (i < len) {
      const d = u[i];
      if (d < 128) {
        const digit = ASCII_DIGIT[d];
        if (digit === 0) {
          // An apostrophe inside a word ("Sha'ban") joins its halves; a possessive "'s" does not.
          if ((d === 39 || d === 96) && joinsHalves(text, i)) { plain = false; i++; continue; }
          break;
        }
        // A plain word's units so far are i - s: its first HEAD_UNITS go to `head`.
        if (i - s === HEAD_UNITS) { head = code; code = digit; } else code = (Math.imul(code, 37) + digit) | 0;
      } else {
        notPlain |= NOT_PLAIN[d];
        if (isWordCode(d)) plain = false;
        else if (isApostrophe(d) && joinsHalves(text, i)) { plain = false; i++; continue; }
        else break;
      }
      i++;
    }
    if (n === cap) {
      cap = Math.max(1024, cap * 2);
      const s2 = new Int32Array(cap); s2.set(start); start = scratchStart = s2;
      const e2 = new Int32Array(cap); e2.set(end); end = scratchEnd = e2;
      const w2 = new Uint16Array(cap); w2.set(word); word = scratchWord = w2;
      const l2 = new Int32Array(cap); l2.set(listed); listed = scratchListed = l2;
    }
    start[n] = s;
    end[n] = i;
    const slot = plain ? internSlot(text, s, i, head, code) : -1;
    let value: number;
    if (slot >= 0) {
      keys[n] = internKeys[slot]!;
      value = internWord[slot];
    } else {
      const k = plain ? text.slice(s, i).toLowerCase() : tokenKey(text.slice(s, i));
      keys[n] = k;
      value = wordValue(k);
    }
    word[n] = value;
    if ((value & mask) !== 0) listed[m++] = n;
    n++;
  }
  // The result's offsets, listed tokens and words are carved from a shared arena: no buffer allocated per document.
  const bytes = 8 * n + 4 * m + ((2 * n + 7) & ~7);
  if (arenaUsed + bytes > ARENA_BYTES) { arena = new ArrayBuffer(Math.max(ARENA_BYTES, bytes)); arenaUsed = 0; }
  const at = arenaUsed;
  arenaUsed += bytes;
  const starts = new Int32Array(arena, at, n);
  const ends = new Int32Array(arena, at + 4 * n, n);
  const lists = new Int32Array(arena, at + 8 * n, m);
  const words = new Uint16Array(arena, at + 8 * n + 4 * m, n);
  starts.set(start.subarray(0, n));
  ends.set(end.subarray(0, n));
  lists.set(listed.subarray(0, m));
  words.set(word.subarray(0, n));
  const key = keys.slice(0, n);
  // Scratch grown for a huge document is not kept.
  if (cap > MAX_SCRATCH) { scratchStart = scratchEnd = scratchListed = new Int32Array(0); scratchWord = new Uint16Array(0); scratchKey = []; }
  return { count: n, start: starts, end: ends, key, word: words, listed: lists, generation, plain: notPlain === 0 };
}

/**
 * `tokens` with word values of the registry as it is now: recomputed from the keys when words were
 * registered since it was made (rule sets and dictionaries register theirs when first built).
 */
export function currentWords(tokens: Tokens): Tokens {
  if (tokens.generation === generation) return tokens;
  const word = new Uint16Array(tokens.count);
  const listed: number[] = [];
  for (let i = 0; i < tokens.count; i++) {
    word[i] = wordValue(tokens.key[i]);
    if ((word[i] & listMask) !== 0) listed.push(i);
  }
  const fresh = tokens as { word: Uint16Array; listed: Int32Array; generation: number };
  fresh.word = word;
  fresh.listed = Int32Array.from(listed);
  fresh.generation = generation;
  return tokens;
}

/** First token keys of a phrase, as the tokenizer would see it in running text. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).key.slice();
}
