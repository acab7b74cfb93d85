// nounTailEnd: the noun words after a count, read by a scan, against the TAIL pattern it stands for.
// Run: node --import tsx --test src/stages/casualties/tail.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { nounTailEnd, TAIL } from './tail.js';

const byPattern = (text: string, from: number): number => {
  const re = new RegExp(TAIL, 'iuy');
  re.lastIndex = from;
  return from + re.exec(text)![0].length;
};

describe('nounTailEnd', () => {
  // [text after the count, the noun words it takes]
  const rows: [string, string][] = [
    [' soldiers of the Nusayri army near the airport', ' soldiers of the Nusayri army'],
    [' of them.', ' of them'],
    [' of the murtaddin', ' of the murtaddin'],
    [' Of The murtaddin', ' Of The murtaddin'],
    [' people in the market', ' people'],
    [' T-72 tank crews', ' T-72 tank crews'],
    [" army's officers", " army's officers"],
    [' 2,500 rounds', ''],
    [' 2 rounds', ''],
    [' 4x4 vehicles', ' 4x4 vehicles'],
    [' of the', ' of the'],
    [' of the and', ' of the'],
    [' of  the\u00a0guards', ' of  the\u00a0guards'],
    [' elements of the Sahwat.', ' elements of the Sahwat'],
    ['\u00a0soldiers', '\u00a0soldiers'],
    [' civilians working for a company', ' civilians working for'],
    [' in-depth', ''],
    [' andes mountains', ' andes mountains'],
    [' and soldiers', ''],
    [' AND soldiers', ''],
    [' or', ''],
    [' at_home', ' at'],
    [' -- ', ''],
    ['soldiers', ''],
    ['', ''],
    [' soldiers\u2019 kin', ' soldiers\u2019 kin'],
    [' Ḥijjah', ' Ḥijjah'],
    [' inſide', ' inſide'],
    [' in\u212a', ' in\u212a'],
    [' 𝐀bc', ' 𝐀bc'],
  ];
  for (const [text, noun] of rows) {
    test(JSON.stringify(text), () => {
      assert.equal(text.slice(0, nounTailEnd(text, 0)), noun);
      assert.equal(nounTailEnd(text, 0), byPattern(text, 0));
    });
  }
  test('ends where the TAIL pattern ends, at every position', () => {
    const pieces = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2028', 'of', 'Of', 'the', 'THE', 'and', 'an', 'andes', 'in', 'at', 'with', 'while', 'when', 'during', 'near', 'after', 'before', 'or',
      'soldiers', 'x', 'T', '72', '4', '-', "'", '’', '_', ',', '.', 'é', 'ſ', '\u212a', '\u0345', '\u2160', 'Ⓐ', '𝐀', '\ud800', '\udc00', '1', 'ab');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 14 }).map((a) => a.join('')), (text) => {
      for (let from = 0; from <= text.length; from++) if (nounTailEnd(text, from) !== byPattern(text, from)) return false;
      return true;
    }), { numRuns: 20000 });
  });
});
