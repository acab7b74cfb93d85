import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { asciiWordBefore, isSpace, skipAlnumBack, skipSpacesBack } from './scan-back.js';

test('isSpace is \\s for every UTF-16 code unit', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
});

const ROWS: ReadonlyArray<{ text: string; from: number; spaces: number; alnum: number; word: string }> = [
  { text: 'killing 5 ', from: 0, spaces: 9, alnum: 10, word: '' },
  { text: 'killing 5', from: 0, spaces: 9, alnum: 8, word: '' },
  { text: 'so-Called\u00a0\n', from: 0, spaces: 9, alnum: 11, word: '' },
  { text: 'so-Called', from: 0, spaces: 9, alnum: 3, word: 'called' },
  { text: 'éterms', from: 0, spaces: 6, alnum: 1, word: 'terms' },
  { text: 'xyzterms', from: 4, spaces: 8, alnum: 4, word: 'erms' },
  // must NOT read past the limit or take a word longer than asked for.
  { text: 'overlabelled', from: 0, spaces: 12, alnum: 0, word: '' },
  { text: '', from: 0, spaces: 0, alnum: 0, word: '' },
];

for (const row of ROWS) {
  test(`backward scans of ${JSON.stringify(row.text)} from ${row.from}`, () => {
    assert.equal(skipSpacesBack(row.text, row.from, row.text.length), row.spaces);
    assert.equal(skipAlnumBack(row.text, row.from, row.text.length), row.alnum);
    assert.equal(asciiWordBefore(row.text, row.from, row.text.length, 8), row.word);
  });
}

test('property: the scans agree with end-anchored patterns', () => {
  const text = fc.array(fc.constantFrom('a', 'B', '7', ' ', '\n', '\u2003', '-', 'é', '_'), { maxLength: 20 }).map((p) => p.join(''));
  fc.assert(fc.property(text, (t) => {
    assert.equal(skipSpacesBack(t, 0, t.length), t.length - /\s*$/.exec(t)![0].length);
    assert.equal(skipAlnumBack(t, 0, t.length), t.length - /[A-Za-z0-9]*$/.exec(t)![0].length);
    const letters = /[A-Za-z]*$/.exec(t)![0];
    assert.equal(asciiWordBefore(t, 0, t.length, 5), letters.length > 5 ? '' : letters.toLowerCase());
  }), { numRuns: 3000 });
});
