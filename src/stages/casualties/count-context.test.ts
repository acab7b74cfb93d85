// passesAfterCount: the after-count check read by char codes, against the pattern it stands for.
// Run: node --import tsx --test src/stages/casualties/count-context.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { countContextPatterns, passesAfterCount } from './count-context.js';

const byPattern = (text: string, end: number): boolean => {
  const { after } = countContextPatterns();
  after.lastIndex = end;
  return after.test(text);
};

describe('passesAfterCount', () => {
  // [text after the count, whether the count may stand there]
  const rows: [string, boolean][] = [
    [' soldiers of the army', true],
    [' of them.', true],
    [' of them and wounding', true],
    [' and seizing a tank', true],
    [' T-62 tank', true],
    ['.', true],
    ['', true],
    [' elements of the army', true],
    [' 4x4 vehicles', true],
    [' twenty-one', true], // the number words are taken whole, not before a hyphen
    [' shepherds', true],
    // must NOT pass: a month ("12 March", "14 of Safar"), the real count after a route number, digits then a space
    [' March', false],
    [' march', false],
    [' of Safar', false],
    [' OF  Sha’ban', false],
    [' Dhu al-Qa’dah', false],
    [' Muḥarram', false],
    [' two soldiers', false],
    [' twenty', false],
    [' a dozen soldiers', false],
    [' a-dozen', false],
    [' 1,500 soldiers', false],
    ['\u00a012 men', false],
  ];
  for (const [text, want] of rows) {
    test(`${want ? 'passes' : 'refuses'} ${JSON.stringify(text)}`, () => {
      assert.equal(passesAfterCount(text, 0), want);
      assert.equal(byPattern(text, 0), want);
    });
  }
  test('answers as the after pattern does, at every position', () => {
    const pieces = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2028', '-', '‐', '–', "'", '’', 'ʿ', '`', ',', '.', '1', '12', '1,5', 'of', 'OF', 'o', 'f', 'the', 'them',
      'and', 'a', 'an', 'dozen', 'single', 'pair', 'couple', 'two', 'Twenty', 'tw', 'se', 'sev', 'seven', 'March', 'Mar', 'May', 'Sept', 'Safar', 'Ṣafar', 'Sha', 'ban', 'Rabi', 'I', 'al',
      'Awwal', 'Dhu', 'l', 'Qa', 'dah', 'Muḥarram', 'Jumādā', 'ſ', '\u212a', 'é', 'soldiers', 'x', 'Thul', 'Zul', 'hijjah', 'thousand', 'hundred');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 10 }).map((a) => a.join('')), (text) => {
      for (let end = 0; end <= text.length; end++) if (passesAfterCount(text, end) !== byPattern(text, end)) return false;
      return true;
    }), { numRuns: 20000 });
  });
});
