import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spanToNeutral, toNeutral, type Replacement } from './offset-map.js';

// original: "the Rafidi army hit an istishhadi at dawn"
// neutral:  "the Iraqi army hit a suicide attacker at dawn"
const original = 'the Rafidi army hit an istishhadi at dawn';
const R: Replacement[] = [
  { original: { start: 4, end: 15 }, neutral: { start: 4, end: 14 }, rule: 'actors.tsv' },
  { original: { start: 20, end: 22 }, neutral: { start: 19, end: 20 }, rule: 'article' },
  { original: { start: 23, end: 33 }, neutral: { start: 21, end: 37 }, rule: 'voice.suicide' },
];
const neutral = 'the Iraqi army hit a suicide attacker at dawn';

describe('spans of the original placed in the reduced-exposure reading', () => {
  const cases: [string, { start: number; end: number }, string][] = [
    ['before every replacement', { start: 0, end: 3 }, 'the'],
    ['a whole replaced phrase', { start: 4, end: 15 }, 'Iraqi army'],
    ['inside a replaced phrase: snaps to all of it', { start: 11, end: 15 }, 'Iraqi army'],
    ['between replacements: shifted', { start: 16, end: 19 }, 'hit'],
    ['spanning two replacements', { start: 20, end: 33 }, 'a suicide attacker'],
    ['after every replacement', { start: 34, end: 41 }, 'at dawn'],
    ['the whole text', { start: 0, end: original.length }, neutral],
    ['an empty span stays empty', { start: 16, end: 16 }, ''],
  ];
  for (const [name, span, want] of cases) {
    it(name, () => {
      const s = spanToNeutral(span, R);
      assert.equal(neutral.slice(s.start, s.end), want);
    });
  }

  it('no replacements: offsets unchanged', () => {
    assert.deepEqual(spanToNeutral({ start: 5, end: 9 }, []), { start: 5, end: 9 });
  });

  it('edges: a start at a replacement start, an end at a replacement end', () => {
    assert.equal(toNeutral(4, R, 'start'), 4);
    assert.equal(toNeutral(15, R, 'end'), 14);
    assert.equal(toNeutral(23, R, 'end'), 21); // the end of "an " before the phrase: not inside it
  });

  it('never gives an end before its start', () => {
    const s = spanToNeutral({ start: 12, end: 13 }, R);
    assert.ok(s.end >= s.start);
    assert.equal(neutral.slice(s.start, s.end), 'Iraqi army');
  });
});
