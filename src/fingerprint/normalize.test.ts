// Normalisation v1 for fingerprints.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizedWithBytes, normalizeForFingerprint, normalizeReference } from './normalize.js';

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
    // ASCII text takes its own path, written straight to bytes.
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 200 }), (t) => normalizeForFingerprint(t) === normalizeReference(t)), { numRuns: 3000 });
  });

  it('gives the UTF-8 bytes of the normalised text, ASCII or not', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 200 })), (t) => {
      const { text, bytes } = normalizedWithBytes(t);
      return text === normalizeForFingerprint(t) && Buffer.from(text, 'utf8').equals(bytes);
    }), { numRuns: 2000 });
  });

  it('is idempotent, and leaves no punctuation, upper case or doubled space', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (t) => {
      const n = normalizeForFingerprint(t);
      return normalizeForFingerprint(n) === n && !/\s{2}|^\s|\s$/.test(n) && !/[\p{P}\p{S}]/u.test(n) && n === n.toLowerCase();
    }), { numRuns: 1000 });
  });
});
