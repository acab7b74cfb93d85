import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { currentWords, tokenize, tokenKey } from './tokens.js';
import { PLAIN_EXTRA } from './ascii-twin.js';
import { LISTED, listMask, registerWord, wordValue } from './words.js';

const words = (text: string) => { const t = tokenize(text); return t.key.map((k, i) => [text.slice(t.start[i], t.end[i]), k]); };

test('tokenize: words, their keys, apostrophes inside words, possessives apart', () => {
  const rows: [string, [string, string][]][] = [
    ['Two soldiers were killed.', [['Two', 'two'], ['soldiers', 'soldiers'], ['were', 'were'], ['killed', 'killed']]],
    ['14 Sha’ban 1437', [['14', '14'], ['Sha’ban', 'shaban'], ['1437', '1437']]],
    ["the army's tanks", [['the', 'the'], ['army', 'army'], ['s', 's'], ['tanks', 'tanks']]],
    ['Dhul Qa‘dah, ʿAbd', [['Dhul', 'dhul'], ['Qa‘dah', 'qadah'], ['ʿAbd', 'abd']]],
    ['Ṣafar déjà-vu', [['Ṣafar', 'safar'], ['déjà', 'deja'], ['vu', 'vu']]],
    // must NOT join: a trailing apostrophe, a possessive "’s", a hyphen, an astral letter (one code unit at a time)
    ["soldiers' bodies", [['soldiers', 'soldiers'], ['bodies', 'bodies']]],
    ['Raqqa’s 1,500', [['Raqqa', 'raqqa'], ['s', 's'], ['1', '1'], ['500', '500']]],
    ['a-b 𝐀c', [['a', 'a'], ['b', 'b'], ['c', 'c']]],
    ['', []],
  ];
  for (const [text, want] of rows) assert.deepEqual(words(text), want, text);
});

/** Tokens.plain's definition: a code unit neither ASCII nor one of PLAIN_EXTRA's marks. */
const NOT_PLAIN = new RegExp(`[^\\x00-\\x7f${PLAIN_EXTRA}]`);

/** The tokenizer's definition, one code unit at a time, without its fast paths. */
function modelTokens(text: string): [number, number, string][] {
  const isWord = (i: number) => i < text.length && /[\p{L}\p{N}\p{M}]/u.test(text[i]);
  const out: [number, number, string][] = [];
  for (let i = 0; i < text.length; ) {
    if (!isWord(i)) { i++; continue; }
    const s = i;
    for (;;) {
      while (isWord(i)) i++;
      const possessive = /[sS]/.test(text[i + 1] ?? '') && !isWord(i + 2);
      if (/['’‘ʿʻ`]/.test(text[i] ?? '') && isWord(i + 1) && !possessive) { i++; continue; }
      break;
    }
    out.push([s, i, tokenKey(text.slice(s, i))]);
  }
  return out;
}

test('tokenize: agrees with its definition on any text (interned keys included)', () => {
  const alphabet = fc.constantFrom('a', 'B', 's', 'S', 'z', '0', '9', ' ', ' ', '\n', '’', "'", '‘', 'ʿ', '`', '-', '.', ',', 'é', '\u0301', 'ß', 'İ', '١', '\uD835', '\uDC00', 'ā', 'Z');
  fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
    const text = chars.join('');
    const t = tokenize(text);
    const got = t.key.map((k, i) => [t.start[i], t.end[i], k]);
    assert.deepEqual(got, modelTokens(text), JSON.stringify(text));
    assert.deepEqual([...t.word], t.key.map(wordValue), `words of ${JSON.stringify(text)}`);
    assert.deepEqual([...t.listed], t.key.flatMap((k, i) => ((wordValue(k) & listMask) !== 0 ? [i] : [])), `listed of ${JSON.stringify(text)}`);
    assert.equal(t.plain, !NOT_PLAIN.test(text), `plain of ${JSON.stringify(text)}`);
  }), { numRuns: 2000 });
});

test('tokenize: plain is false when any code unit is neither ASCII nor a caseless mark, inside a word or between words', () => {
  const rows: [string, boolean][] = [
    ['Two soldiers were killed.', true],
    ["Sha'ban 1437, `Abd", true],
    ['', true],
    ['\x7f', true],
    // the caseless marks: joining a word, between words, opening one
    ['Sha’ban', true],
    ['killed—two', true],
    ['two killed\u00a0', true],
    ['ʿAbd', true],
    // must NOT read as plain: the unit may open, sit inside or close a word, or stand alone
    ['Ṣafar', false],
    ['déjà', false],
    ['killedé', false],
    ['a \u00b7 b', false],
    ['a \uD835\uDC00', false],
    ['\u0080', false],
  ];
  for (const [text, want] of rows) assert.equal(tokenize(text).plain, want, JSON.stringify(text));
});

test('word values: registered ids, digit-led flag, listed tokens', () => {
  const killed = registerWord('killed', true);
  const soldiers = registerWord('soldiers');
  const t = tokenize('Two soldiers were KILLED, 12 killed');
  assert.deepEqual([...t.word], [0, soldiers, 0, killed | LISTED, 1 << 15, killed | LISTED].map((v, i) => (i === 0 || i === 2 ? wordValue(t.key[i]) : v)));
  assert.deepEqual([...t.listed], [3, 5]);
  // must NOT carry an id: a word that only starts like a registered one.
  assert.equal(tokenize('killedx').word[0], 0);
});

test('tokens made before a word is registered get its value when read through currentWords', () => {
  const word = `wordnotyetregistered${Date.now() % 1000}`;
  const t = tokenize(`a ${word} b ${word.toUpperCase()}`);
  assert.equal(t.word[1], 0);
  const id = registerWord(word, true);
  // Interned before the registration: a later tokenize must not reuse the stale value either.
  assert.deepEqual([...tokenize(word).word], [id | LISTED]);
  const fresh = currentWords(t);
  assert.deepEqual([...fresh.word].map((v) => v & ~LISTED), [wordValue('a'), id, wordValue('b'), id].map((v) => v & ~LISTED));
  assert.deepEqual([...fresh.listed], [1, 3]);
});

test('interned keys: one string per word in any case; words told apart past their base-37 number', () => {
  const t = tokenize('Killed KILLED killed kIlLeD');
  assert.deepEqual(t.key, ['killed', 'killed', 'killed', 'killed']);
  // 2^32 in base 37 is [1,24,34,24,35,23,7]: these two 7-unit words have the same number modulo 2^32.
  const rows: [string, string[]][] = [
    ['0000000 1oyozn7 0000000 1OYOZN7', ['0000000', '1oyozn7', '0000000', '1oyozn7']],
    ['soldiers soldierz Soldiers', ['soldiers', 'soldierz', 'soldiers']],
    // Two 12-unit words with the same number modulo 2^32: their last six units tell them apart.
    ['ejoxurghazsr onsdqtifsfib EJOXURGHAZSR onsdqtifsfib', ['ejoxurghazsr', 'onsdqtifsfib', 'ejoxurghazsr', 'onsdqtifsfib']],
    ['a ab abc abcdef abcdefg abcdefh', ['a', 'ab', 'abc', 'abcdef', 'abcdefg', 'abcdefh']],
    // The first six units and the rest are read apart: words alike in one part, or in both moved across.
    ['abcdefghijkl zbcdefghijkl abcdefghijkz abcdefghijk abcdefghijkl', ['abcdefghijkl', 'zbcdefghijkl', 'abcdefghijkz', 'abcdefghijk', 'abcdefghijkl']],
    ['ghijklabcdef abcdefghijkl ab0000000 ab1OYOZN7', ['ghijklabcdef', 'abcdefghijkl', 'ab0000000', 'ab1oyozn7']],
    // 13 units: the same first six and the same last seven modulo 2^32 (see above): told apart by their characters.
    ['abcdef0000000 abcdef1oyozn7 ABCDEF0000000', ['abcdef0000000', 'abcdef1oyozn7', 'abcdef0000000']],
    [`${'x'.repeat(300)}a ${'x'.repeat(300)}b ${'X'.repeat(300)}A`, [`${'x'.repeat(300)}a`, `${'x'.repeat(300)}b`, `${'x'.repeat(300)}a`]],
  ];
  for (const [text, want] of rows) assert.deepEqual(tokenize(text).key, want, text.slice(0, 40));
});

test('interned keys: any ASCII word of any case gets its lower-cased self, met before or not', () => {
  const word = fc.stringMatching(/^[0-9A-Za-z]{1,16}$/);
  fc.assert(fc.property(fc.array(fc.constantFrom('k7', 'K7', 'abcdef', 'ABCDEFG', 'abcdefghijklm'), { maxLength: 3 }), fc.array(word, { maxLength: 12 }), (known, fresh) => {
    const all = [...known, ...fresh, ...fresh.map((w) => w.toUpperCase())];
    assert.deepEqual(tokenize(all.join(' ')).key, all.map((w) => w.toLowerCase()));
  }), { numRuns: 2000 });
});

test('interned keys stay right when the table fills and is emptied', () => {
  const word = (n: number) => { let w = ''; for (let k = n + 1; k > 0; k = Math.floor(k / 26)) w += String.fromCharCode(97 + (k % 26)); return w; };
  const words = Array.from({ length: 40_000 }, (_, n) => word(n));
  for (let pass = 0; pass < 2; pass++) {
    const text = words.map((w, n) => (n % 3 === 0 ? w.toUpperCase() : w)).join(' ');
    assert.deepEqual(tokenize(text).key, words);
  }
});

test('tokens of one document keep their offsets and words while later documents are tokenized', () => {
  const first = tokenize('Two soldiers were killed near Mosul.');
  const copy = { start: [...first.start], end: [...first.end], word: [...first.word], listed: [...first.listed] };
  let total = 0;
  // Enough tokens to fill several arena buffers, one document larger than a buffer.
  for (let d = 0; d < 200; d++) total += tokenize('word another '.repeat(200 + d)).count;
  total += tokenize('x y '.repeat(40_000)).count;
  assert.ok(total > 100_000);
  assert.deepEqual({ start: [...first.start], end: [...first.end], word: [...first.word], listed: [...first.listed] }, copy);
  assert.deepEqual(first.key, ['two', 'soldiers', 'were', 'killed', 'near', 'mosul']);
});

test('tokenize reads texts of any length and representation (its code-unit copy grows, and shrinks after a huge one)', () => {
  const piece = 'Sha’ban killed déjà-vu 12 ';
  const texts = [
    piece.repeat(3),
    piece.repeat(3000), // longer than the first copy buffer
    `${'x '.repeat(600_000)}last ONE`, // past the buffer kept between calls
    'Two soldiers', // short again, after the buffer was let go
    ('The army' + "'s").slice(4), // a sliced string
    ['Qa‘dah', ' ', 'ʿAbd', ' 1437'].join(''), // a joined one
  ];
  for (const text of texts) {
    const t = tokenize(text);
    const model = text.length < 100_000 ? modelTokens(text) : null;
    if (model) assert.deepEqual(t.key.map((k, i) => [t.start[i], t.end[i], k]), model, text.slice(0, 30));
    else {
      assert.equal(t.count, 600_002);
      assert.deepEqual([t.start[t.count - 1], t.end[t.count - 1], t.key[t.count - 1]], [text.length - 3, text.length, 'one']);
    }
  }
});
