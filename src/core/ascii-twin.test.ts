// Run: node --import tsx --test src/core/ascii-twin.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { asciiTwin, PLAIN_EXTRA } from './ascii-twin.js';
import { tokenize } from './tokens.js';
import { plainTexts, twinsMatchAlike } from './ascii-twin.testing.js';

const L = '\\x41-\\x5a\\x61-\\x7a';
const LM = '\\u02bb\\u02bc\\u02be\\u02bf';
const MARKS = '\\u00a0\\u00ab\\u00bb\\u02bb\\u02bc\\u02be\\u02bf\\u2010-\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026';

describe('asciiTwin: what u changes is rewritten, the rest kept as written', () => {
  const rows: [RegExp, string, string][] = [
    [/\p{L}+ly\b/iu, `[${L}${LM}]+ly\\b`, 'i'],
    [/[\p{L}\p{N}'’-]+/iuy, `[\\x27\\x2d\\x30-\\x39${L}${LM}\\u2019]+`, 'iy'],
    // Under /iu a negated class of capitals refuses lower case too; \P{Lu} takes every character.
    [/[^\p{Lu}]/iu, `[\\x00-\\x40\\x5b-\\x60\\x7b-\\x7f${MARKS}]`, 'i'],
    [/\P{Lu}/iu, `[\\x00-\\x7f${MARKS}]`, 'i'],
    [/\p{Lu}/u, '[\\x41-\\x5a]', ''],
    [/\p{Ll}/iu, `[${L}]`, 'i'],
    // ſ and K fold to s and k under /iu; é matches no plain character with or without u.
    [/ſ|\u212a/iu, '[\\x53\\x73]|[\\x4b\\x6b]', 'i'],
    [/é/iu, 'é', 'i'],
    // Characters outside the BMP: no plain text holds one, a quantifier may still take none.
    [/\u{1F600}*x/u, '[]*x', ''],
    [/\uD83D\uDE00?a/u, '[]?a', ''],
    [/😀+|b/u, '[]+|b', ''],
    [/\u00e9|\u2019|\x41/u, '[]|[\\u2019]|\\x41', ''],
    // Groups, lookarounds, back-references, class escapes, \b: as written.
    [/(?<q>\d+)\s\k<q>\1/iud, '(?<q>\\d+)\\s\\k<q>\\1', 'di'],
    [/(?<![\p{L}\p{N}:.\/'’-])a(?=b)(?!c)(?<=x)\w\W\S\D\B/iu, `(?<![\\x27\\x2d-\\x3a${L}${LM}\\u2019])a(?=b)(?!c)(?<=x)\\w\\W\\S\\D\\B`, 'i'],
    [/[,.\d]\.\$\/\{2\}/giu, '[,.\\d]\\.\\$\\/\\{2\\}', 'gi'],
    [/a{2,3}?\t\n\cJ\0/msu, 'a{2,3}?\\t\\n\\cJ\\0', 'ms'],
  ];
  for (const [re, source, flags] of rows) {
    test(`${re} → /${source}/${flags}`, () => {
      const twin = asciiTwin(re)!;
      assert.equal(twin.source, source);
      assert.equal(twin.flags, flags);
    });
  }

  test('a pattern without u is its own twin', () => {
    const re = /\bkilled\b/iy;
    assert.equal(asciiTwin(re), re);
  });

  test('a pattern asked twice has one twin', () => {
    const re = /\p{L}+/u;
    assert.equal(asciiTwin(re), asciiTwin(re));
  });

  // must NOT be rewritten: constructs the rewrite does not know
  const refused: RegExp[] = [new RegExp('(?<é>a)\\k<é>', 'u'), new RegExp('[\\p{L}--[a-z]]', 'v')];
  for (const re of refused) test(`refuses ${re}`, () => assert.equal(asciiTwin(re), null));
});

describe('Tokens.plain: ASCII and the caseless marks of PLAIN_EXTRA only', () => {
  const rows: [string, boolean][] = [
    ['Two soldiers were killed.', true],
    ['Rabiʿ al-Awwal — the army’s “base” …', true],
    ['', true],
    // must NOT pass: letters with case or folding to ASCII, characters outside the BMP
    ['Muḥarram', false],
    ['café', false],
    ['ſoldiers', false],
    ['\u212a', false],
    ['an emoji 😀', false],
    ['a lone \ud800', false],
  ];
  for (const [text, plain] of rows) test(`${JSON.stringify(text)} → ${plain}`, () => assert.equal(tokenize(text).plain, plain));

  test('each document keeps its own answer, asked in any order', () => {
    const texts = ['Muḥarram', 'the army’s men', 'café', 'Rabiʿ'];
    const tokens = texts.map((t) => tokenize(t));
    for (const k of [0, 1, 1, 2, 0, 3, 2, 3, 1]) assert.equal(tokens[k].plain, k % 2 === 1, texts[k]);
  });
});

test('PLAIN_EXTRA: caseless, not \\w, not a line end, in the BMP: no plain character matches another under i or iu', () => {
  const plain = [...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)), ...PLAIN_EXTRA];
  const escape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  for (const x of PLAIN_EXTRA) {
    assert.ok(!/[\ud800-\udfff\n\r\u2028\u2029]/.test(x));
    assert.ok(!/\w/iu.test(x));
    for (const flags of ['i', 'iu']) {
      const re = new RegExp(`^${escape(x)}$`, flags);
      assert.deepEqual(plain.filter((ch) => re.test(ch)), [x], `${escape(x)} /${flags}`);
    }
  }
  // ASCII letters fold to their other case only, with or without u, on plain characters.
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    const same = (flags: string) => plain.filter((y) => new RegExp(`^${escape(ch)}$`, flags).test(y));
    assert.deepEqual(same('iu'), same('i'), ch);
  }
});

test('plain texts, random characters: made-up patterns and their twins match alike at every start', () => {
  const patterns = [/[\p{L}'’-]+\s+\p{Lu}\w*/iuy, /(?<!\p{L})(?:[^\p{L}\s]|ſ)+(?!\p{N})/giu, /\b\p{Ll}+(?=\P{L})/uy, /(\p{L})\1/iuy];
  const chars = fc.constantFrom(...'aAsSkKzZ09 _-\'.,\n', ...PLAIN_EXTRA);
  let matches = 0;
  fc.assert(fc.property(fc.array(chars, { maxLength: 30 }).map((a) => a.join('')), fc.constantFrom(...patterns), (text, re) => {
    const twin = asciiTwin(re)!;
    for (let at = 0; at <= text.length; at++) {
      re.lastIndex = twin.lastIndex = at;
      const [a, b] = [re.exec(text), twin.exec(text)];
      assert.deepEqual(b && [b.index, ...b], a && [a.index, ...a], `${re} at ${at} of ${JSON.stringify(text)}`);
      assert.equal(twin.lastIndex, re.lastIndex);
      if (a) matches++;
    }
  }), { numRuns: 2000 });
  assert.ok(matches > 1000);
});

twinsMatchAlike('made-up patterns over their own words', [/\b(?:killed|wounded)\s+(?<q>\d+)\s+[\p{L}’-]+/iuy], ['killed', 'wounded', 'soldiers', 'army']);

test('plainTexts: generated texts are plain', () => {
  fc.assert(fc.property(plainTexts(['killed', 'Wilayat']), (text) => tokenize(text).plain), { numRuns: 200 });
});
