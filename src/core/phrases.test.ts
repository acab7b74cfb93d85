import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseDictionary } from './phrases.js';
import { tokenize } from './tokens.js';
import fc from 'fast-check';

const dict = new PhraseDictionary<string>([['al-Shabaab', 'shabaab'], ['IS', 'is-acronym'], ['car bomb', 'vbied'], ['car', 'car']]);
const found = (text: string) => dict.match(text, tokenize(text)).map((h) => [text.slice(h.start, h.end), h.value]);

test('PhraseDictionary: words joined by spaces, hyphens or apostrophes; acronyms only as written', () => {
  const rows: [string, [string, string][]][] = [
    ['al-Shabaab said', [['al-Shabaab', 'shabaab']]],
    ['al Shabaab said', [['al Shabaab', 'shabaab']]],
    ['al\u00a0–\u2009Shabaab', [['al\u00a0–\u2009Shabaab', 'shabaab']]],
    ["al' Shabaab", [["al' Shabaab", 'shabaab']]],
    ['a car bomb and a car', [['car bomb', 'vbied'], ['car', 'car']]],
    ['IS fighters', [['IS', 'is-acronym']]],
    // must NOT match: other punctuation between the words, an acronym in lower case
    ['al. Shabaab', []],
    ['al/Shabaab', []],
    ['car, bomb', [['car', 'car']]],
    ['this is it', []],
  ];
  for (const [text, want] of rows) assert.deepEqual(found(text), want, text);
});

// The first-word table only skips look-ups that would miss: any dictionary, any text, the
// matches are the leftmost-longest ones a plain search of every term finds.
test('property: matches equal a plain leftmost-longest search over all terms', () => {
  const word = fc.constantFrom('car', 'bomb', 'cab', 'bar', 'al', 'shabaab', 'rab', 'crab', 'a', 'b', 'ab', 'ba', 'état', 'etat', 'x');
  const terms = fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 });
  fc.assert(fc.property(terms, fc.array(word, { maxLength: 30 }), (termWords, textWords) => {
    const dict = new PhraseDictionary<number>(termWords.map((w, i) => [w.join(' '), i]));
    const text = textWords.join(' ');
    const keys = tokenize(text).key;
    const want: [number, number][] = [];
    for (let i = 0; i < textWords.length; ) {
      // The longest term at i; among equal keys the first given.
      let best = -1;
      termWords.forEach((t, k) => {
        const same = t.every((w, j) => tokenize(w).key[0] === keys[i + j]);
        if (same && (best === -1 || t.length > termWords[best].length)) best = k;
      });
      if (best === -1) { i++; continue; }
      want.push([i, best]);
      i += termWords[best].length;
    }
    const got = dict.match(text, tokenize(text)).map((h) => h.value);
    assert.deepEqual(got, want.map(([, k]) => k));
  }), { numRuns: 2000 });
});

test('PhraseDictionary: a first word that opens only longer phrases needs their next word', () => {
  const longer = new PhraseDictionary<string>([['the group', 'group'], ['the state', 'state'], ['our brother', 'possession'], ['our', 'our']]);
  const hits = (text: string) => longer.match(text, tokenize(text)).map((h) => text.slice(h.start, h.end));
  assert.deepEqual(hits('the the group said the state'), ['the group', 'the state']);
  assert.deepEqual(hits('our brothers and our brother'), ['our', 'our brother']);
  // must NOT match: the first word alone, at the end, or before another word.
  assert.deepEqual(hits('the groups of the'), []);
});

test('PhraseDictionary: tokens made before the dictionary still find its phrases', () => {
  const text = 'the glorpish brigade and a glorpish';
  const tokens = tokenize(text);
  const late = new PhraseDictionary<string>([['glorpish brigade', 'brigade'], ['glorpish', 'word']]);
  assert.deepEqual(late.match(text, tokens).map((h) => [text.slice(h.start, h.end), h.value]), [['glorpish brigade', 'brigade'], ['glorpish', 'word']]);
});
