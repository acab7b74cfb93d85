import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseDictionary } from './phrases.js';
import { tokenize } from './tokens.js';

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
