import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { clauseStart, findMonthWordRules } from './hijri-pass.js';
import { monthWordRules } from './date-mentions.js';
import { tokenize } from '../../core/tokens.js';
import { findTriggered } from '../../core/triggered.js';

const set = monthWordRules();
const listed = set.families.flatMap((f) => f.rules);
const shown = (found: ReturnType<typeof findTriggered>) => found.map((t) => [t.rule, t.match.index, t.match[0]]);

describe('findMonthWordRules: the Hijri rules in one pass', () => {
  const rows: [text: string, want: [rule: number, start: number, matched: string][]][] = [
    ['On the 8th of Rajab, soldiers', [[set.keys.indexOf('rajab'), 7, '8th of Rajab']]],
    ['On the first of Muharram, soldiers', [[set.keys.length + set.keys.indexOf('muharram'), 3, 'the first of Muharram']]],
    ['in Rajab 12 the', [[2 * set.keys.length + set.keys.indexOf('rajab'), 3, 'Rajab 12']]],
    ['on 3 Rajab 4 Rajab 5 a', [[set.keys.indexOf('rajab'), 3, '3 Rajab'], [set.keys.indexOf('rajab'), 11, '4 Rajab'], [2 * set.keys.length + set.keys.indexOf('rajab'), 5, 'Rajab 4'], [2 * set.keys.length + set.keys.indexOf('rajab'), 13, 'Rajab 5']]],
    // must NOT match: a clause boundary between the day and the month, a day too far before it
    ['on 8. Rajab', []],
    ['on 8 (Rajab)', []],
    ['on 8 of the the the the the Rajab', []],
    ['in Rajab', []],
  ];
  for (const [text, want] of rows) {
    test(`${JSON.stringify(text)}`, () => {
      assert.deepEqual(shown(findMonthWordRules(text, tokenize(text), set)), want);
      assert.deepEqual(shown(findTriggered(text, tokenize(text), listed)), want);
    });
  }

  test('finds what findTriggered finds for the same rules listed family by family', () => {
    const month = fc.constantFrom('Muharram', 'al-Muharram', 'Rajab', "Sha'ban", 'Sha’ban', 'Jumada', 'Jumada al-Akhirah', 'Rabi', "Rabi' al-Awwal", 'Rabi I', 'Dhul-Hijjah', 'Dhu al-Qadah', 'Ramadan');
    const opening = fc.constantFrom('12', '3', '1,500', '8th', '23rd', 'the first of', 'the twenty-first day of', 'the 3rd of', '5 of the month of', 'the', 'first', 'of', 'day', 'a', 'al');
    const other = fc.constantFrom('1439', 'AH', 'H', ',', '.', ';', '(', '"', '\n', 'x', '7');
    const piece = fc.oneof({ arbitrary: month, weight: 3 }, { arbitrary: opening, weight: 3 }, { arbitrary: other, weight: 2 });
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), fc.array(fc.constantFrom(' ', '  ', ', ', '-', ''), { minLength: 16, maxLength: 16 }), (parts, gaps) => {
      const text = parts.map((p, k) => p + gaps[k]).join('');
      const tokens = tokenize(text);
      assert.deepEqual(shown(findMonthWordRules(text, tokens, set)), shown(findTriggered(text, tokens, listed)));
    }), { numRuns: 3000 });
  });
});

describe('clauseStart: the first token of the clause before a trigger', () => {
  const rows: [text: string, i: number, reach: number, want: number][] = [
    ['a b c d', 3, 7, -4],
    ['a b. c d', 3, 7, 2],
    ['a b, c d', 3, 7, 2],
    ['a 1,500 d', 3, 7, -4], // the comma of a number is no boundary
    ['a b. c d', 3, 1, 2],
    ['a. b c d', 3, 1, 2], // beyond the reach: i - reach
    ['a “b” c', 2, 7, 2],
  ];
  for (const [text, i, reach, want] of rows) test(`${JSON.stringify(text)} at token ${i}, reach ${reach}: ${want}`, () => assert.equal(clauseStart(text, tokenize(text), i, reach), want));
});
