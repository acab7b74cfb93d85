import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { clauseStart, findByTriggers, triggerPass } from './trigger-pass.js';
import { triggeredRules } from './date-mentions.js';
import { tokenize } from '../../core/tokens.js';
import { findTriggered, type TriggeredMatch } from '../../core/triggered.js';

const { rules, pass } = triggeredRules();
const shown = (found: TriggeredMatch[]) => found.map((t) => [(rules[t.rule] as { name?: string }).name, t.match.index, t.match[0]]);

describe('findByTriggers: the date rules in one pass', () => {
  const rows: [text: string, want: [rule: string, start: number, matched: string][]][] = [
    ['On the 8th of Rajab, soldiers', [['hijri-day-month', 7, '8th of Rajab']]],
    ['On the first of Muharram, soldiers', [['hijri-ordinal-word', 3, 'the first of Muharram']]],
    ['in Rajab 12 the', [['hijri-month-day', 3, 'Rajab 12']]],
    ['on 3 Rajab 4 Rajab 5 a', [['hijri-day-month', 3, '3 Rajab'], ['hijri-day-month', 11, '4 Rajab'], ['hijri-month-day', 5, 'Rajab 4'], ['hijri-month-day', 13, 'Rajab 5']]],
    ['The following day, during the course of the following days, last Monday', [['weekday', 60, 'last Monday'], ['following-days', 19, 'during the course of the following days'], ['following-day', 0, 'The following day']]],
    ['a day later, on 5 March 6', [['gregorian-day-month', 16, '5 March'], ['gregorian-month-day', 18, 'March 6'], ['following-day', 0, 'a day later'], ['n-days-after', 0, 'a day later']]],
    // must NOT match: a clause boundary between the day and the month, a day too far before it, no day
    ['on 8. Rajab', []],
    ['on 8 (Rajab)', []],
    ['on 8 of the the the the the Rajab', []],
    ['in Rajab', []],
    ['the following. days', []],
  ];
  for (const [text, want] of rows) {
    test(`${JSON.stringify(text)}`, () => {
      assert.deepEqual(shown(findByTriggers(text, tokenize(text), pass)), want);
      assert.deepEqual(shown(findTriggered(text, tokenize(text), rules)), want);
    });
  }

  test('finds what findTriggered finds for the same rules', () => {
    const month = fc.constantFrom('Muharram', 'al-Muharram', 'Rajab', "Sha'ban", 'Sha’ban', 'Jumada', 'Jumada al-Akhirah', 'Rabi', "Rabi' al-Awwal", 'Rabi I', 'Dhul-Hijjah', 'Dhu al-Qadah',
      'Ramadan', 'March', 'Oct.', 'May');
    const opening = fc.constantFrom('12', '3', '1,500', '8th', '23rd', 'the first of', 'the twenty-first day of', 'the 3rd of', '5 of the month of', 'the', 'first', 'of', 'day', 'a', 'al',
      'one', 'two days', 'during the', 'over the course of the', 'in the');
    const relative = fc.constantFrom('yesterday', 'the day before', 'today', 'earlier', 'this morning', 'last', 'this past', 'Monday', 'Friday', 'following', 'next', 'subsequent', 'few', 'days',
      'later', 'after', 'morning', 'same', 'on the same day', 'Times');
    const other = fc.constantFrom('1439', 'AH', 'H', '2019', ',', '.', ';', '(', '"', '\n', 'x', '7');
    const piece = fc.oneof({ arbitrary: month, weight: 3 }, { arbitrary: opening, weight: 3 }, { arbitrary: relative, weight: 3 }, { arbitrary: other, weight: 2 });
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), fc.array(fc.constantFrom(' ', '  ', ', ', '-', ''), { minLength: 16, maxLength: 16 }), (parts, gaps) => {
      const text = parts.map((p, k) => p + gaps[k]).join('');
      const tokens = tokenize(text);
      assert.deepEqual(shown(findByTriggers(text, tokens, pass)), shown(findTriggered(text, tokens, rules)));
    }), { numRuns: 4000 });
  });

  test('turns away rules it cannot stand for', () => {
    const sticky = /x/y;
    assert.throws(() => triggerPass([{ triggers: ['#num'], lookback: 0, sticky }]));
    assert.throws(() => triggerPass([{ triggers: ['x'], lookback: 0, sticky, accept: () => true }]));
    assert.throws(() => triggerPass([{ triggers: ['x'], lookback: 0, sticky, boundary: '.' }]));
    assert.throws(() => triggerPass([{ triggers: ['x'], lookback: 0, sticky: /x/ }]));
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
