import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { findAtFourDigitTokens } from './iso-dates.js';
import { tokenize, type Tokens } from '../../core/tokens.js';
import { findTriggered } from '../../core/triggered.js';

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/y;

const scanned = (text: string) => findAtFourDigitTokens(text, tokenize(text), ISO).map((m) => [m.index, m[0]]);

// The rule as the trigger pass ran it: set off by any number, gated on a four-character token before a hyphen.
const asTriggered = (text: string) =>
  findTriggered(text, tokenize(text), [{
    triggers: ['#num'],
    lookback: 0,
    sticky: ISO,
    gate: (tokens: Tokens, i: number, t: string) => tokens.end[i] - tokens.start[i] === 4 && t.charCodeAt(tokens.end[i]) === 45,
  }]).map(({ match: m }) => [m.index, m[0]]);

describe('findAtFourDigitTokens', () => {
  const rows: [string, [number, string][]][] = [
    ['on 2024-03-05 and 1999-12-31.', [[3, '2024-03-05'], [18, '1999-12-31']]],
    ['2024-03-05', [[0, '2024-03-05']]],
    // Must not match: inside a word or number, joined by an apostrophe, too short, a letter after.
    ['x2024-03-05', []],
    ['12024-03-05', []],
    ["Sha'2024-03-05", []],
    ['é2024-03-05', []],
    ['2024-3-05', []],
    ['2024-03-05a', []],
    ['al-Awwal 2024-', []],
  ];
  for (const [text, want] of rows) {
    test(`${JSON.stringify(text)}`, () => {
      assert.deepEqual(scanned(text), want);
      assert.deepEqual(scanned(text), asTriggered(text));
    });
  }

  test('finds what the trigger pass found with a number trigger', () => {
    const piece = fc.constantFrom('2024', '1999', '-', '03', '12', '5', ' ', 'a', 'é', "'", '’', '\u0301', '_', '0', '-05', '.', ',');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), (text) => {
      assert.deepEqual(scanned(text), asTriggered(text));
    }), { numRuns: 5000 });
  });
});
