// The attacker gate: the keys it spells out, and that it passes wherever the attacker rule can match.
// Run: node --import tsx --test src/stages/casualties/attacker-near.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { attackerKeys, keyNear } from './attacker-near.js';
import { casualtyRules, findCasualties } from './casualties.js';
import { tokenize } from '../../core/tokens.js';

describe('attackerKeys', () => {
  test('spells out optional letters, classes and the long s', () => {
    assert.deepEqual([...attackerKeys('gunm[ae]n|bombers?')].sort(), ['bomber', 'bombers', 'bomberſ', 'gunman', 'gunmen']);
    assert.deepEqual([...attackerKeys('isis')].sort(), ['isis', 'isiſ', 'iſis', 'iſiſ']);
  });
  test('refuses what it cannot spell out', () => assert.throws(() => attackerKeys('gunm(?:a|e)n')));
});

describe('keyNear', () => {
  const near = keyNear(new Set(['attackers']));
  const rows: [string, number, boolean][] = [
    ['two of the attackers were killed', 5, true],
    ['the attackers were later shot and killed', 6, true],
    ['the killed attackers', 1, true],
    // must NOT pass: no attacker word, or one too far away
    ['two soldiers were killed', 3, false],
    ['the attackers fled the town and later on that day nine soldiers were killed', 13, false],
  ];
  for (const [text, i, want] of rows) test(`${JSON.stringify(text)} at ${i}`, () => assert.equal(near(tokenize(text), i), want));
});

describe('perpetrator-passive is tried only where an attacker stands near', () => {
  const rule = casualtyRules().find((r) => r.name === 'perpetrator-passive')!;
  const triggers = new Set(rule.triggers);
  const pieces = fc.constantFrom(' ', '  ', '\n', ',', '-', "'", 'the', 'The', 'a', 'an', 'two', '3', 'of', 'of the', 'attackers', 'Attacker', 'gunmen', 'gunman', 'bombers', 'bomberſ', 'inſurgents',
    'brothers', 'istishhadi', 'were', 'was', 'has been', 'have been', 'reportedly', 'later', 'killed', 'shot', 'dead', 'and', 'soldiers', 'suicide', 'armed', 'x');
  test('the gate passes wherever a match from an earlier start reaches the trigger', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 16 }).map((a) => a.join(' ')), (text) => {
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.count; i++) {
        if (!triggers.has(tokens.key[i])) continue;
        for (let j = 0; j < i; j++) {
          rule.sticky.lastIndex = tokens.start[j];
          const m = rule.sticky.exec(text);
          if (m && m.index + m[0].length >= tokens.end[i] && !rule.gate!(tokens, i, text)) return false;
        }
      }
      return true;
    }), { numRuns: 20000 });
  });
  const rows: [string, number][] = [
    ['Two of the attackers were killed.', 1],
    ['The two armed gunmen were reportedly shot and killed.', 1],
    ['The inſurgents were killed.', 1],
    ['Two soldiers were killed.', 0],
  ];
  for (const [text, n] of rows) test(JSON.stringify(text), () => assert.equal(findCasualties(text).filter((h) => h.rule === 'perpetrator-passive').length, n));
});
