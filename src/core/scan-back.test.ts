import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lettersCode, skipAlnumBack, skipLettersBack, skipSpacesBack, wordCode } from './scan-back.js';
import { isSpace } from './chars.js';

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
    const start = skipLettersBack(row.text, row.from, row.text.length);
    assert.equal(lettersCode(row.text, start, row.text.length), row.word === '' ? 0 : wordCode(row.word));
  });
}

test('wordCode: one code per word, any case; none for what is no short word', () => {
  assert.equal(wordCode('Such'), wordCode('such'));
  assert.notEqual(wordCode('as'), wordCode('sa'));
  assert.notEqual(wordCode('a'), wordCode('aa'));
  // must NOT code: an empty string, a non-letter, a word over eleven letters.
  for (const w of ['', 'a-b', 'é', 'abcdefghijkl']) assert.throws(() => wordCode(w));
  assert.ok(wordCode('governorate') > 0);
});

test('property: distinct words of up to eleven letters have distinct codes', () => {
  const word = fc.stringMatching(/^[a-z]{1,11}$/);
  fc.assert(fc.property(word, word, (a, b) => assert.equal(wordCode(a) === wordCode(b), a === b)), { numRuns: 5000 });
});

test('property: the scans agree with end-anchored patterns', () => {
  const text = fc.array(fc.constantFrom('a', 'B', 'z', 'Z', '7', ' ', '\n', '\u2003', '-', 'é', '_', '@', '[', '`', '{'), { maxLength: 20 }).map((p) => p.join(''));
  fc.assert(fc.property(text, (t) => {
    assert.equal(skipSpacesBack(t, 0, t.length), t.length - /\s*$/.exec(t)![0].length);
    assert.equal(skipAlnumBack(t, 0, t.length), t.length - /[A-Za-z0-9]*$/.exec(t)![0].length);
    const letters = /[A-Za-z]*$/.exec(t)![0];
    assert.equal(skipLettersBack(t, 0, t.length), t.length - letters.length);
    assert.equal(lettersCode(t, t.length - letters.length, t.length), letters === '' || letters.length > 11 ? 0 : wordCode(letters.toLowerCase()));
  }), { numRuns: 3000 });
});
