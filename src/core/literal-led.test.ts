import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { includesVia, matchesLedBy } from './literal-led.js';

const PROVINCE = /\b(?:Wilayat|Wilayah\s+of)\s+(?:al-|as-|ar-|ash-)?\p{Lu}[\p{L}'’-]+/gu;
const spans = (ms: Iterable<RegExpExecArray | RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0]]);

test('matchesLedBy: the global scan\'s matches, and none where the literal is not at a word start', () => {
  const text = 'Wilayat Halab, Wilayah of Sinai; xWilayat Raqqa; Wilayat al-Khayr Wilayat';
  assert.deepEqual(spans(matchesLedBy(text, 'Wilaya', PROVINCE)), [[0, 'Wilayat Halab'], [15, 'Wilayah of Sinai'], [49, 'Wilayat al-Khayr']]);
  assert.deepEqual(matchesLedBy('no province here', 'Wilaya', PROVINCE), []);
});

test('property: matchesLedBy equals matchAll for patterns led by their literal, overlapping ones included', () => {
  const text = fc.array(fc.constantFrom('Wilayat', 'Wilayah', ' of ', ' ', 'Halab', 'al-', 'x', 'aa', 'a', 'b', '\n'), { maxLength: 20 }).map((p) => p.join(''));
  fc.assert(fc.property(text, (t) => {
    assert.deepEqual(spans(matchesLedBy(t, 'Wilaya', PROVINCE)), spans(t.matchAll(PROVINCE)));
    // A literal that overlaps itself: "aa" in "aaa".
    const AAB = /aa+b|a/g;
    assert.deepEqual(spans(matchesLedBy(t, 'a', AAB)), spans(t.matchAll(AAB)));
  }), { numRuns: 3000 });
});

test('property: includesVia equals includes', () => {
  const text = fc.array(fc.constantFrom('m', 'a', 'q', 'maq', 'told', ' ', 'A', 'x'), { maxLength: 20 }).map((p) => p.join(''));
  fc.assert(fc.property(text, (t) => {
    assert.equal(includesVia(t, 'maq', 2), t.includes('maq'));
    assert.equal(includesVia(t, 'told A', 5), t.includes('told A'));
    assert.equal(includesVia(t, 'aq', 0), t.includes('aq'));
  }), { numRuns: 3000 });
});
