// Cheap tests at a trigger (core/triggered.ts `gate`) for the materiel and territory rules: each is
// true whenever its rule can match there, so only triggers it turns away skip the pattern. Most
// verbs in running text ("capturing two.", "shot dead a civilian") lead to none of these patterns.
import type { Tokens } from '../../core/tokens.js';
import { isSpace } from '../../core/chars.js';

/**
 * Whether a key may be read as another word by a case-insensitive (/iu) pattern: "ſ" matches "s"
 * there ("K", which matches "k", is lower-cased to "k" in keys already). Such a key passes every test.
 */
const foldsToAscii = (key: string): boolean => longSText && key.indexOf('ſ') !== -1;

// Whether the text last gated holds an "ſ" at all (read once per text, not per key).
let lastText = '';
let longSText = false;
function readText(text: string): void {
  if (text !== lastText) { lastText = text; longSText = text.indexOf('ſ') !== -1; }
}

// A letter or digit outside the BMP (a surrogate pair) is no token character, but the patterns'
// \p{L} and \p{N} take it: gaps between tokens may hold one.
const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

// Between the verb and the item (or the verb and "was"/"were"), the patterns take only spaces,
// commas of counts and lists, and the hyphens and apostrophes of words and of terms' separators.
const isSpanGapChar = (c: number): boolean =>
  c === 44 || c === 45 || c === 39 || c === 0x2019 || c === 0x2010 || c === 0x2013 || isSpace(c) || isSurrogate(c);

// Past this many tokens a scan gives up and lets the pattern decide (a count's words can repeat).
const MAX_SCAN = 40;

/**
 * Whether some token after `i`, reached across gaps the patterns can span, passes `wanted`; true
 * also when the scan reaches MAX_SCAN tokens.
 */
function aheadInSpan(tokens: Tokens, i: number, text: string, wanted: (key: string) => boolean): boolean {
  readText(text);
  const last = Math.min(tokens.count - 1, i + MAX_SCAN);
  for (let k = i + 1; k <= last; k++) {
    for (let p = tokens.end[k - 1]; p < tokens.start[k]; p++) if (!isSpanGapChar(text.charCodeAt(p))) return false;
    const key = tokens.key[k];
    if (wanted(key) || foldsToAscii(key)) return true;
  }
  return last < tokens.count - 1;
}

/**
 * The active rule's gate ("destroying two T-72 tanks"): an item term starts at some token after the
 * verb. A term starts a token (whitespace comes before it) whose key starts with the term's first
 * word: terms match with or without the spaces and hyphens inside them, and may run into digits.
 */
export function itemAhead(itemTerms: readonly string[]): (tokens: Tokens, i: number, text: string) => boolean {
  const firstWords = [...new Set(itemTerms.map((t) => t.toLowerCase().split(/[- ]/)[0]))];
  // The first words (all of at least two characters) by their first two: a key is compared with
  // those of its own two only (common words such as "and", "were" or "many" share theirs with some).
  const pairOf = (key: string) => ((key.charCodeAt(0) & 0xff) << 8) | (key.charCodeAt(1) & 0xff);
  const byPair: (string[] | undefined)[] = new Array<string[] | undefined>(1 << 16).fill(undefined);
  for (const w of firstWords) {
    if (w.length < 2) throw new Error(`item term word too short for the gate: ${w}`);
    (byPair[pairOf(w)] ??= []).push(w);
  }
  const startsItem = (key: string): boolean => {
    if (key.length < 2) return false;
    const words = byPair[pairOf(key)];
    if (words === undefined) return false;
    for (const w of words) if (key.startsWith(w)) return true;
    return false;
  };
  return (tokens, i, text) => aheadInSpan(tokens, i, text, startsItem);
}

const isBe = (key: string) => key === 'were' || key === 'was' || foldsToAscii(key);

/** Whether "was" or "were" comes before token i with only spaces and an adverb's letters between. */
function beBefore(tokens: Tokens, i: number, text: string): boolean {
  const first = Math.max(0, i - MAX_SCAN);
  for (let k = i - 1; k >= first; k--) {
    for (let p = tokens.end[k]; p < tokens.start[k + 1]; p++) {
      const c = text.charCodeAt(p);
      if (!isSpace(c) && !isSurrogate(c)) return false;
    }
    if (isBe(tokens.key[k])) return true;
  }
  return first > 0;
}

/**
 * The passive rule's gate ("two tanks were destroyed"): "was" or "were" before the verb (an adverb
 * may come between), or after it (the verb is then one of the listed words).
 */
export function beAround(tokens: Tokens, i: number, text: string): boolean {
  readText(text);
  return beBefore(tokens, i, text) || aheadInSpan(tokens, i, text, isBe);
}

const UNNAMED_NOUNS = ['villages', 'towns', 'areas', 'hamlets', 'settlements'];
// The noun of "took control of a number of villages" is at most this many tokens after the verb.
const UNNAMED_REACH = 7;

/** The unnamed-places rule's gate: one of its nouns starts a token within reach of the verb. */
export function placesNounAhead(tokens: Tokens, i: number, text: string): boolean {
  readText(text);
  const last = Math.min(tokens.count - 1, i + UNNAMED_REACH);
  for (let k = i + 1; k <= last; k++) {
    const key = tokens.key[k];
    if (foldsToAscii(key) || UNNAMED_NOUNS.some((n) => key.startsWith(n))) return true;
  }
  return false;
}

// The first place name of "imposed full control over the neighbourhoods of the Jihar field" starts
// at most this many tokens after the verb.
const NAME_REACH = 10;

/**
 * The named-places rule's gate: a token within reach of the verb starts with a capital letter (or a
 * character outside ASCII, which may be one): every place of the list starts with one, after an
 * optional "al-" or "the".
 */
export function capitalAhead(tokens: Tokens, i: number, text: string): boolean {
  const last = Math.min(tokens.count - 1, i + NAME_REACH);
  for (let k = i + 1; k <= last; k++) {
    const c = text.charCodeAt(tokens.start[k]);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
    // A capital outside the BMP starts no token: a surrogate between tokens may be one.
    for (let p = tokens.end[k - 1]; p < tokens.start[k]; p++) if (isSurrogate(text.charCodeAt(p))) return true;
  }
  // Near the end of the text, the name may follow the last token.
  if (last < i + NAME_REACH) for (let p = tokens.end[last]; p < text.length; p++) if (isSurrogate(text.charCodeAt(p))) return true;
  return false;
}
