import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { digitLedFinder, type DigitLedRules } from './digit-led.js';
import { hijriDayMonthRules } from './date-mentions.js';
import { tokenize } from '../../core/tokens.js';
import { findTriggered } from '../../core/triggered.js';
import { loadTsv } from '../../lexicon/load.js';

// The same rules as the trigger pass runs them: set off by their month word, opened by a number before it.
const viaTriggerPass = (rules: DigitLedRules, text: string) =>
  findTriggered(text, tokenize(text), rules.keys.map((key, g) => ({ triggers: [key], sticky: rules.patterns[g], lookback: rules.lookback, startsBefore: true })))
    .map(({ rule, match: m }) => [rule, m.index, m[0]]);

const viaFinder = (rules: DigitLedRules, text: string) => digitLedFinder(rules)(text, tokenize(text)).map((m) => [m.index, m[0]]);

describe('digitLedFinder: the Hijri day-month rules', () => {
  const rules = hijriDayMonthRules();
  const found = (text: string) => viaFinder(rules, text);
  const rows: [text: string, want: [number, string][]][] = [
    ['on 12 Muharram a', [[3, '12 Muharram']]],
    ['on the 5th day of the month of Ramadan', [[7, '5th day of the month of Ramadan']]],
    ['on the 21st day of al-Muharram 1445 AH', [[7, '21st day of al-Muharram 1445 AH']]],
    ['3 and 4 Rajab', [[6, '4 Rajab']]], // the nearest number
    ['4 Safar, 3 Safar', [[0, '4 Safar'], [9, '3 Safar']]],
    ['3 Rajab and 4 Safar', [[12, '4 Safar'], [0, '3 Rajab']]], // rule order (Safar's before Rajab's), then by start
    ['12 Muharram and al-Muharram', [[0, '12 Muharram']]],
    // must NOT match: a clause boundary between the number and its month, too far back, no number, a number after
    ['12\nMuharram', []],
    ['12. Muharram', []],
    ['12 day of the month of the Muharram', []],
    ['1 a b c d e f g Muharram', []],
    ['in Muharram 12', []],
    ['the 3 Safari trucks', []],
  ];
  for (const [text, want] of rows) {
    test(`${JSON.stringify(text)}: ${JSON.stringify(want)}`, () => assert.deepEqual(found(text), want));
  }

  test('the same matches as the trigger pass, in the same order', () => {
    const variants = loadTsv('hijri-months.tsv', ['month', 'variant']).map((r) => r.variant);
    const piece = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...variants) },
      { weight: 3, arbitrary: fc.constantFrom('12', '3', '5th', '21st', '1445', 'AH', '３', '1,5', '2024-03-05') },
      { weight: 4, arbitrary: fc.constantFrom(' ', '  ', '\n', ',', '.', ';', '(', '"', '-', "'", '’', 'ʿ', 'x') },
      { weight: 3, arbitrary: fc.constantFrom('day ', 'of ', 'the ', 'month ', 'al-', 'Al ', 'and ', 'Safari') },
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
      const text = parts.join('');
      const want = viaTriggerPass(rules, text).map(([, index, s]) => [index, s]);
      assert.deepEqual(found(text), want, JSON.stringify(text));
    }), { numRuns: 5000 });
  });
});

describe('digitLedFinder: rules of made-up words', () => {
  const rules: DigitLedRules = {
    keys: ['foo', 'bar'],
    patterns: [/\b(\d{1,2})\s+(?:of\s+)?foo/iy, /\b(\d{1,2})(?:st|th)?\s+(?:x\s+)*bar\b/iy],
    lookback: 4,
  };
  test('the same matches as the trigger pass, in the same order', () => {
    const piece = fc.constantFrom('1', '22', '333', '4th', 'foo', 'bar', 'of', 'x', ' ', ' ', '  ', '\n', ',', '-');
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(viaFinder(rules, text), viaTriggerPass(rules, text).map(([, index, s]) => [index, s]), JSON.stringify(text));
    }), { numRuns: 3000 });
  });
});
