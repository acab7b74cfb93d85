// Property test that patterns and their twins (ascii-twin.ts) find the same on plain texts: used by
// the stages' *.test.ts, each with its own patterns and words. Used by tests only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { asciiTwin, PLAIN_EXTRA } from './ascii-twin.js';

/** What exec gives, as data to compare: index, every group, named groups, indices (d flag), lastIndex. */
function outcome(re: RegExp, text: string, at: number): unknown {
  re.lastIndex = at;
  const m = re.exec(text);
  if (m === null) return { m: null, lastIndex: re.lastIndex };
  return { index: m.index, all: [...m], groups: m.groups ? { ...m.groups } : undefined, indices: m.indices ? JSON.stringify(m.indices) + JSON.stringify(m.indices.groups) : undefined, lastIndex: re.lastIndex };
}

/** Words of the patterns' sources, as a text would hold them (runs of letters, any case later). */
export const wordsOf = (patterns: readonly RegExp[]): string[] => [...new Set(patterns.flatMap((p) => p.source.match(/[A-Za-z]{2,}/g) ?? []))];

const NOT_PLAIN = new RegExp(`[^\\x00-\\x7f${PLAIN_EXTRA}]`);

// Pieces between words: spaces, punctuation the patterns read, and every plain mark above 127.
// Half of them one space, as in running text.
const GAPS = ['  ', ', ', '. ', '; ', ': ', '\n', '-', "'", ' (', ') ', '"', ' and ', ' of the ', '', ...PLAIN_EXTRA];
const gap = fc.oneof({ arbitrary: fc.constant(' '), weight: GAPS.length }, { arbitrary: fc.constantFrom(...GAPS), weight: GAPS.length });
const NUMBERS = ['1', '2', '3', '12', '30', '250', '1,500', '2016', '1437', '10:30', 'T-72', '4x4', '7th', '21st'];

const caseOf = (word: string, c: number): string => (c === 0 ? word.toLowerCase() : c === 1 ? word.toUpperCase() : c === 2 ? word[0].toUpperCase() + word.slice(1).toLowerCase() : word);

const plainOnly = (pieces: readonly string[]): string[] => pieces.filter((p) => p.length > 0 && !NOT_PLAIN.test(p));

/**
 * Texts of the pieces (words, phrases; those that are not plain left out), numbers and gaps, in any
 * case, up to `max` pieces; the `own` pieces (those a pattern matches alone) come more often.
 */
export function plainTexts(pieces: readonly string[], own: readonly string[] = [], max = 16): fc.Arbitrary<string> {
  const choices = [{ arbitrary: fc.constantFrom(...plainOnly(pieces)), weight: 2 }, { arbitrary: fc.constantFrom(...NUMBERS), weight: 1 }];
  const mine = plainOnly(own);
  if (mine.length > 0) choices.push({ arbitrary: fc.constantFrom(...mine), weight: 2 });
  return fc.array(fc.tuple(fc.oneof(...choices), fc.nat(3), gap), { maxLength: max })
    .map((parts) => parts.map(([w, c, g]) => caseOf(w, c) + g).join(''));
}

/**
 * For every pattern, on generated plain texts: the twin gives what the pattern gives at every start
 * (sticky and global patterns from each lastIndex, others once). Asserts that the texts make matches
 * for nine patterns in ten at least.
 */
export function twinsMatchAlike(name: string, patterns: readonly RegExp[], pieces: readonly string[], runs = 100): void {
  test(`${name}: twins find what their patterns find on plain texts`, () => {
    let matching = 0;
    for (const re of patterns) {
      const anywhere = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
      const texts = plainTexts(pieces, pieces.filter((p) => anywhere.test(p)));
      let matches = 0;
      const twin = asciiTwin(re);
      assert.ok(twin !== null, `no twin for /${re.source.slice(0, 80)}…/${re.flags}`);
      assert.equal(twin.flags, re.flags.replace('u', ''));
      fc.assert(fc.property(texts, (text) => {
        const starts = re.sticky || re.global ? text.length + 1 : 1;
        for (let at = 0; at < starts; at++) {
          const want = outcome(re, text, at);
          assert.deepEqual(outcome(twin, text, at), want, `/${re.source.slice(0, 60)}…/ at ${at} of ${JSON.stringify(text)}`);
          if ((want as { m?: null }).m !== null) matches++;
        }
      }), { numRuns: runs });
      if (matches > 0) matching++;
    }
    assert.ok(matching >= 0.9 * patterns.length, `too few patterns match (${matching} of ${patterns.length}) to tell them from their twins`);
  });
}
