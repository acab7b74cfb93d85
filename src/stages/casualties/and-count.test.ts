// Run: node --import tsx --test src/stages/casualties/and-count.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { andCountAhead } from './and-count.js';
import { quantityTables } from './quantity.js';
import { tokenize, type Tokens } from '../../core/tokens.js';
import { isSpace } from '../../core/chars.js';

const gate = andCountAhead(quantityTables().startWords);

/** The scan as it read token keys before word ids (the model). */
function byKeys(text: string, tokens: Tokens, i: number, countStarts: ReadonlySet<string>): boolean {
  const gap = (c: number) => c === 44 || c === 45 || c === 39 || c === 0x2019 || isSpace(c);
  for (let k = i + 1; k + 1 < tokens.count; k++) {
    for (let p = tokens.end[k - 1]; p < tokens.start[k]; p++) if (!gap(text.charCodeAt(p))) return false;
    if (tokens.key[k] === 'and') {
      const after = tokens.key[k + 1];
      if (countStarts.has(after) || (after.charCodeAt(0) >= 48 && after.charCodeAt(0) <= 57)) return true;
    }
  }
  return false;
}

describe('andCountAhead: the coordinated rule is tried only where an "and" before a count can follow', () => {
  const rows: [string, boolean][] = [
    ['killing an officer and 3 soldiers', true],
    ['killing about 10 soldiers and two officers', true],
    ['killing twenty-one soldiers and a civilian', true],
    ['killing 1,500 of the troops and an officer', true],
    ["killing the army’s officer and one soldier", true],
    ['killing an officer AND Three soldiers', true],
    ['killing an officer\u00a0and\tseveral soldiers', true],
    // must NOT pass: no "and", no count after it, or a clause end or other punctuation before it
    ['killing 3 soldiers', false],
    ['killing 3 soldiers and wounding 5 others', false],
    ['killing 3 soldiers. And two more died', false],
    ['killing 3 soldiers (and two civilians)', false],
    ['killing 3 soldiers; and two civilians', false],
    ['killing 3 soldiers and', false],
    ['killing 3 soldiers andy two', false],
  ];
  for (const [text, want] of rows) {
    test(`${want ? 'passes' : 'refuses'} "${text}"`, () => assert.equal(gate(text, tokenize(text), 0), want));
  }
});

describe('andCountAhead against the scan by keys', () => {
  const words = ['killing', 'and', 'AND', 'two', 'Three', 'an', 'a', 'officer', 'soldiers', '3', '1,500', 'twenty-one', 'several', 'dozens', 'wounding', 'of', 'the', 'army’s', 'andy', 'ſeveral'];
  const gaps = [' ', ' ', ' ', '  ', '\u00a0', '\t', ', ', '-', "'", '’', '. ', '; ', ' (', '\n', ''];
  test('same answer at every token (20,000 texts)', () => {
    const starts = quantityTables().startWords;
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), { maxLength: 14 }), (parts) => {
      const text = parts.map(([w, g]) => w + g).join('');
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.count; i++) assert.equal(gate(text, tokens, i), byKeys(text, tokens, i, starts), `${JSON.stringify(text)} at ${i}`);
    }), { numRuns: 20_000 });
  });
});
