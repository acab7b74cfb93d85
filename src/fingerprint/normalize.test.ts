// Normalisation v1 for fingerprints.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeForFingerprint, normalizeReference } from './normalize.js';

describe('normalizeForFingerprint', () => {
  const table: [string, string][] = [
    ['On the 3rd of Safar, soldiers…', 'on the 3rd of safar soldiers'],
    ['  A--B  c!!d\n\te ', 'a b c d e'],
    ['Ｆｕｌｌ ｗｉｄｔｈ', 'full width'],
    ['a\u200bb\u200fc', 'abc'],
    ['ـتطويـل', 'تطويل'],
    ['', ''],
    ['...', ''],
  ];
  for (const [input, want] of table) it(`${JSON.stringify(input)} → ${JSON.stringify(want)}`, () => assert.equal(normalizeForFingerprint(input), want));

  it('the one-pass version equals the regex definition on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => normalizeForFingerprint(t) === normalizeReference(t)), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (t) => normalizeForFingerprint(t) === normalizeReference(t)), { numRuns: 3000 });
  });

  it('is idempotent, and leaves no punctuation, upper case or doubled space', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (t) => {
      const n = normalizeForFingerprint(t);
      return normalizeForFingerprint(n) === n && !/\s{2}|^\s|\s$/.test(n) && !/[\p{P}\p{S}]/u.test(n) && n === n.toLowerCase();
    }), { numRuns: 1000 });
  });
});
