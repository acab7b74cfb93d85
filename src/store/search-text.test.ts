// Search folding: the same words reach SQLite FTS5 and PostgreSQL tsquery, and nothing else does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldForSearch, MAX_QUERY_TOKENS, searchTokens } from './search-text.js';

const CASES: ReadonlyArray<[string, string[]]> = [
  ['Gogjali', ['gogjali']],
  ['  Deir ez-Zor  ', ['deir', 'ez', 'zor']],
  ['Ḥalab Ṣūrān', ['halab', 'suran']],
  ['the the THE', ['the']],
  ['25 killed', ['25', 'killed']],
  // no words: no filter
  ['', []],
  ['"*:&|!()', []],
  ['\' OR 1=1 --', ['or', '1']],
];

for (const [q, want] of CASES) test(`searchTokens(${JSON.stringify(q)})`, () => assert.deepEqual(searchTokens(q), want));

test('tokens hold letters and digits only, at most 16 of at most 64 characters (property)', () => {
  fc.assert(fc.property(fc.string({ maxLength: 400, unit: 'grapheme' }), (q) => {
    const tokens = searchTokens(q);
    assert.ok(tokens.length <= MAX_QUERY_TOKENS);
    for (const t of tokens) assert.match(t, /^[\p{L}\p{N}]{1,64}$/u);
  }));
});

test('folding is idempotent (property)', () => {
  fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), (s) => assert.equal(foldForSearch(foldForSearch(s)), foldForSearch(s))));
});
