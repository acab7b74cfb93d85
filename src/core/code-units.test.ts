import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { CodeUnits, unitsLettersCode } from './code-units.js';
import { lettersCode } from './scan-back.js';

const unitsOf = (text: string): number[] => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

describe('CodeUnits: the code units of the last text, then a 0', () => {
  const rows: readonly string[] = ['', 'a', 'Deir ez-Zor', 'Ḥalab’s road', 'é\u0301 \u{1F600} x', '\0\uffff\ud800', 'x'.repeat(70_000)];
  const codes = new CodeUnits();
  for (const text of rows) {
    test(JSON.stringify(text.slice(0, 20)), () => {
      const u = codes.of(text);
      assert.deepEqual(Array.from(u.subarray(0, text.length)), unitsOf(text));
      assert.equal(u[text.length], 0);
    });
  }

  test('a shorter text after a longer one, and the same text again (property)', () => {
    const c = new CodeUnits();
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { maxLength: 6 }), (texts) => {
      for (const t of [...texts, ...texts.reverse()]) {
        const u = c.of(t);
        assert.deepEqual(Array.from(u.subarray(0, t.length)), unitsOf(t));
        assert.equal(u[t.length], 0);
      }
    }), { numRuns: 300 });
  });

  test('a sliced and a joined text (not flat strings)', () => {
    const big = 'Abu Kamal and '.repeat(100);
    for (const t of [big.slice(3, 500), 'al-' + big.slice(0, 40) + 'Bab'.repeat(3)]) assert.deepEqual(Array.from(new CodeUnits().of(t).subarray(0, t.length)), unitsOf(t));
  });
});

describe('unitsLettersCode: lettersCode over code units', () => {
  test('the same codes (property)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abcXYZ-\'é q'), maxLength: 16 }), fc.nat(16), fc.nat(16), (text, a, b) => {
      const s = Math.min(a, b, text.length), e = Math.min(Math.max(a, b), text.length);
      assert.equal(unitsLettersCode(new CodeUnits().of(text), s, e), lettersCode(text, s, e));
    }), { numRuns: 2000 });
  });
  const rows = [{ text: 'Named', code: lettersCode('named', 0, 5) }, { text: 'governorates', code: 0 }, { text: '', code: 0 }];
  for (const r of rows) test(r.text, () => assert.equal(unitsLettersCode(new CodeUnits().of(r.text), 0, r.text.length), r.code));
});
