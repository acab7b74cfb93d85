// A phrase dictionary over document tokens: leftmost-longest, non-overlapping matches of
// multi-word terms, tolerant of hyphen/space/apostrophe variation between words ("al-Shabaab",
// "al Shabaab"). Acronyms ("IS", "PKK") match only in capitals, as written in the data file.
import { currentWords, phraseKeys, type Tokens } from './tokens.js';
import { ID_MASK, MAX_WORDS, registerWord } from './words.js';

/** `ids`: the registered ids of `keys` (words.ts), compared with the tokens' instead of the keys. */
interface Entry<T> { keys: string[]; ids: number[]; value: T; exact: string | null }
/** The entries that share a first word, longest first, and the ids of the second words of those with more than one. */
interface Group<T> { entries: Entry<T>[]; seconds: Set<number>; opensWord: boolean }

// What may come between a phrase's words: spaces, hyphens and apostrophes (/^[\s\-‐–'’‘ʿʻ`]*$/).
const WHITESPACE = /\s/;
const isGapChar = (c: number) =>
  c === 32 || c === 45 || c === 0x2010 || c === 0x2013 || c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bf || c === 0x2bb || c === 0x60 ||
  WHITESPACE.test(String.fromCharCode(c));

function isGap(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 32) return true;
  for (let p = from; p < to; p++) if (!isGapChar(text.charCodeAt(p))) return false;
  return true;
}
const isAcronym = (t: string) => /^[A-Z][A-Z0-9-]*[A-Z0-9]s?$/.test(t) && t.length > 1;

export class PhraseDictionary<T> {
  private readonly groups: Group<T>[] = [];
  /** By word id: 1 + the index of the group its word opens, 0 when it opens no phrase (most tokens). */
  private readonly groupOf = new Uint16Array(MAX_WORDS);
  /** By word id: 1 when the word is the second word of some phrase. */
  private readonly isSecond = new Uint8Array(MAX_WORDS);

  constructor(terms: Iterable<[string, T]>) {
    const byFirst = new Map<string, Group<T>>();
    for (const [term, value] of terms) {
      const keys = phraseKeys(term);
      if (keys.length === 0) continue;
      const group = byFirst.get(keys[0]) ?? { entries: [], seconds: new Set<number>(), opensWord: false };
      if (!group.entries.some((e) => e.keys.join(' ') === keys.join(' ') && e.exact === (isAcronym(term) ? term : null))) {
        group.entries.push({ keys, ids: [], value, exact: isAcronym(term) ? term : null });
      }
      byFirst.set(keys[0], group);
    }
    // Registered after all terms are read: a new word empties tokenize's intern table.
    for (const [first, group] of byFirst) {
      group.entries.sort((a, b) => b.keys.length - a.keys.length);
      for (const e of group.entries) {
        for (const k of e.keys) e.ids.push(registerWord(k));
        if (e.ids.length > 1) { group.seconds.add(e.ids[1]); this.isSecond[e.ids[1]] = 1; } else group.opensWord = true;
      }
      this.groups.push(group);
      if (this.groups.length > 0xffff) throw new Error('a phrase dictionary of more than 65,535 first words');
      this.groupOf[registerWord(first)] = this.groups.length;
    }
  }

  match(text: string, tokens: Tokens): { start: number; end: number; value: T }[] {
    const out: { start: number; end: number; value: T }[] = [];
    this.visit(text, tokens, (start, end, value) => { out.push({ start, end, value }); });
    return out;
  }

  /** The matches of `match`, in the same order, handed to `found` as they are met (no list built). */
  visit(text: string, tokens: Tokens, found: (start: number, end: number, value: T) => void): void {
    const count = tokens.count;
    const word = currentWords(tokens).word;
    const groupOf = this.groupOf;
    // A local copy: an imported binding is loaded (and checked for initialisation) at each use.
    const idMask = ID_MASK;
    for (let i = 0; i < count; ) {
      // Most tokens open nothing: their word has no group.
      while (i < count && groupOf[word[i] & idMask] === 0) i++;
      if (i === count) break;
      const group = this.groups[groupOf[word[i] & idMask] - 1];
      let taken = 0;
      // Common first words ("the", "our") open many phrases: the next word must be one of theirs.
      const second = i + 1 < count ? word[i + 1] & idMask : 0;
      const multiWord = this.isSecond[second] === 1 && group.seconds.has(second);
      if (!multiWord && !group.opensWord) { i++; continue; }
      for (const e of group.entries) {
        const n = e.ids.length;
        if (i + n > count || (n > 1 && !multiWord)) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) {
          ok = (word[i + k] & idMask) === e.ids[k] && isGap(text, tokens.end[i + k - 1], tokens.start[i + k]);
        }
        if (!ok) continue;
        const start = tokens.start[i];
        const end = tokens.end[i + n - 1];
        if (e.exact !== null && (end - start !== e.exact.length || !text.startsWith(e.exact, start))) continue;
        found(start, end, e.value);
        taken = n;
        break;
      }
      i += taken || 1;
    }
  }
}
