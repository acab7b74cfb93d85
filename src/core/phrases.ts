// A phrase dictionary over document tokens: leftmost-longest, non-overlapping matches of
// multi-word terms, tolerant of hyphen/space/apostrophe variation between words ("al-Shabaab",
// "al Shabaab"). Acronyms ("IS", "PKK") match only in capitals, as written in the data file.
import { KEY_SHAPES, keyShape, phraseKeys, type Tokens } from './tokens.js';

interface Entry<T> { keys: string[]; value: T; exact: string | null }
/** The entries that share a first word, longest first, and the second words of those with more than one. */
interface Group<T> { entries: Entry<T>[]; seconds: Set<string> }

// What may come between a phrase's words: spaces, hyphens and apostrophes (/^[\s\-‐–'’‘ʿʻ`]*$/).
const WHITESPACE = /\s/;
const isGapChar = (c: number) =>
  c === 32 || c === 45 || c === 0x2010 || c === 0x2013 || c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bf || c === 0x2bb || c === 0x60 ||
  WHITESPACE.test(String.fromCharCode(c));

function isGap(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (!isGapChar(text.charCodeAt(p))) return false;
  return true;
}
const isAcronym = (t: string) => /^[A-Z][A-Z0-9-]*[A-Z0-9]s?$/.test(t) && t.length > 1;

// A token whose key's shape (tokens.ts keyShape) no first word has cannot open a phrase: most
// tokens are turned away by this before any Map look-up.
const SHAPE_BITS = KEY_SHAPES;
const shapeOf = keyShape;
// A first word's shape: opens nothing, opens a one-word phrase (look it up), or opens only longer
// phrases (look it up only when the pair of its shape and the next word's is one a phrase has:
// common words such as "the" open many phrases and rarely one here).
const OPENS_NOTHING = 0;
const OPENS_WORD = 1;
const OPENS_LONGER = 2;
const PAIR_BITS = 1 << 16;
const pairOf = (first: number, second: number) => (first * 0x9e37 ^ second) & (PAIR_BITS - 1);

export class PhraseDictionary<T> {
  private readonly byFirst = new Map<string, Group<T>>();
  private readonly firstShapes = new Uint8Array(SHAPE_BITS);
  private readonly pairShapes = new Uint8Array(PAIR_BITS);

  constructor(terms: Iterable<[string, T]>) {
    for (const [term, value] of terms) {
      const keys = phraseKeys(term);
      if (keys.length === 0) continue;
      const group = this.byFirst.get(keys[0]) ?? { entries: [], seconds: new Set<string>() };
      if (!group.entries.some((e) => e.keys.join(' ') === keys.join(' ') && e.exact === (isAcronym(term) ? term : null))) {
        group.entries.push({ keys, value, exact: isAcronym(term) ? term : null });
        if (keys.length > 1) group.seconds.add(keys[1]);
      }
      this.byFirst.set(keys[0], group);
    }
    for (const group of this.byFirst.values()) group.entries.sort((a, b) => b.keys.length - a.keys.length);
    for (const [first, group] of this.byFirst) {
      const shape = shapeOf(first);
      const opensWord = group.entries.some((e) => e.keys.length === 1);
      if (opensWord) this.firstShapes[shape] = OPENS_WORD;
      else if (this.firstShapes[shape] === OPENS_NOTHING) this.firstShapes[shape] = OPENS_LONGER;
      for (const second of group.seconds) this.pairShapes[pairOf(shape, shapeOf(second))] = 1;
    }
  }

  /** Whether token i's key may open a phrase, by its shape (and the next key's), with no look-up. */
  private mayOpen(tokens: Tokens, i: number): boolean {
    const shape = tokens.shape[i];
    const opens = this.firstShapes[shape];
    if (opens !== OPENS_LONGER) return opens === OPENS_WORD;
    return i + 1 < tokens.count && this.pairShapes[pairOf(shape, tokens.shape[i + 1])] === 1;
  }

  match(text: string, tokens: Tokens): { start: number; end: number; value: T }[] {
    const out: { start: number; end: number; value: T }[] = [];
    this.visit(text, tokens, (start, end, value) => { out.push({ start, end, value }); });
    return out;
  }

  /** The matches of `match`, in the same order, handed to `found` as they are met (no list built). */
  visit(text: string, tokens: Tokens, found: (start: number, end: number, value: T) => void): void {
    const count = tokens.count;
    const shapes = tokens.shape;
    const firstShapes = this.firstShapes;
    for (let i = 0; i < count; ) {
      // Most tokens open nothing, by their shape alone.
      while (i < count && firstShapes[shapes[i]] === OPENS_NOTHING) i++;
      if (i === count) break;
      const group = this.mayOpen(tokens, i) ? this.byFirst.get(tokens.key[i]) : undefined;
      let taken = 0;
      if (group) {
        // Common first words ("the", "our") open many phrases: the next word must be one of theirs.
        const multiWord = i + 1 < tokens.count && group.seconds.has(tokens.key[i + 1]);
        for (const e of group.entries) {
          const n = e.keys.length;
          if (i + n > tokens.count || (n > 1 && !multiWord)) continue;
          let ok = true;
          for (let k = 1; k < n && ok; k++) {
            ok = tokens.key[i + k] === e.keys[k] && isGap(text, tokens.end[i + k - 1], tokens.start[i + k]);
          }
          if (!ok) continue;
          const start = tokens.start[i];
          const end = tokens.end[i + n - 1];
          if (e.exact !== null && (end - start !== e.exact.length || !text.startsWith(e.exact, start))) continue;
          found(start, end, e.value);
          taken = n;
          break;
        }
      }
      i += taken || 1;
    }
  }
}
