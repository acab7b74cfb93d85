// Normalisation v1 for fingerprints.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizedBytes, normalizedBytesOfUtf8, normalizeForFingerprint, normalizeReference, isInert } from './normalize.js';
import { KERNEL_MAX_BYTES } from './normalize-kernel.js';

describe('normalizeForFingerprint', () => {
  const table: [string, string][] = [
    ['On the 3rd of Safar, soldiers…', 'on the 3rd of safar soldiers'],
    ['  A--B  c!!d\n\te ', 'a b c d e'],
    ['Ｆｕｌｌ ｗｉｄｔｈ', 'full width'],
    ['a\u200bb\u200fc', 'abc'],
    ['ـتطويـل', 'تطويل'],
    ['', ''],
    ['...', ''],
  ];
  for (const [input, want] of table) it(`${JSON.stringify(input)} → ${JSON.stringify(want)}`, () => assert.equal(normalizeForFingerprint(input), want));

  // What is hashed: the UTF-8 of the definition (a lone surrogate encodes as U+FFFD either way),
  // from the text (normalizedBytes) and from its UTF-8 (normalizedBytesOfUtf8, the kernel's pass).
  const sameAsDefinition = (t: string) => {
    const want = Buffer.from(normalizeReference(t), 'utf8');
    return normalizedBytes(t).equals(want) && Buffer.from(normalizedBytesOfUtf8(t, Buffer.from(t, 'utf8'))).equals(want);
  };
  const asciiText = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 200 });
  // Mostly ASCII with a few other characters: the shape of most documents.
  const mixedText = fc.array(fc.oneof({ weight: 8, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) }, { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) }, { weight: 1, arbitrary: fc.constantFrom('’', '\u200d', 'ـ', 'ﻻ', 'İ', '\u0301', '\ud800', 'x\udc00', '😀', 'ᄀ\u200bᅡ') }), { maxLength: 30 }).map((parts) => parts.join(''));

  it('the one-pass version equals the regex definition on any text', () => {
    for (const unit of ['binary', 'grapheme'] as const) fc.assert(fc.property(fc.string({ unit, maxLength: 200 }), sameAsDefinition), { numRuns: 3000 });
    // ASCII text takes its own path, written straight to bytes.
    fc.assert(fc.property(asciiText, (t) => normalizeForFingerprint(t) === normalizeReference(t)), { numRuns: 3000 });
    fc.assert(fc.property(mixedText, sameAsDefinition), { numRuns: 3000 });
  });

  it('a unit that is not inert late in the text: the first pass is dropped, the NFKC pass written over it', () => {
    const inert = 'It’s the ‘Shaʿban’ — raid, café; '.repeat(50);
    for (const t of [`${inert}ﬁn`, `${inert}CAFÉ`, `${inert}x\ud800`, `${inert}😀`, `Ｘ${inert}`, 'short', `${inert}ΑΣ`]) assert.ok(sameAsDefinition(t), JSON.stringify(t.slice(-12)));
  });

  it('every ASCII byte (NUL and DEL are kept), alone, at the ends and between words, one after another', () => {
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [ch, `${ch}Ab`, `aB${ch}`, `a${ch}b`, `a ${ch} b`, `${ch}${ch}x${ch}${ch}`]) assert.ok(sameAsDefinition(t), JSON.stringify(t));
    }
    const all = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join('');
    assert.ok(sameAsDefinition(all) && sameAsDefinition(`${all}’${all}`));
  });

  it('runs of letters, digits and single spaces (taken 16 bytes at a time) beside what breaks them', () => {
    // Words of letters and digits, mostly joined by one space, now and then by what the 16-byte
    // path leaves to the byte-by-byte one: two spaces, punctuation, a tab, a character of 2-3 bytes.
    // Mostly letters and digits, now and then the ASCII characters just outside their ranges.
    const unit = fc.oneof({ weight: 20, arbitrary: fc.constantFrom('a', 'z', 'Z', 'A', 'q', 'M', '0', '9') }, { weight: 1, arbitrary: fc.constantFrom('@', '[', '`', '{', '/', ':') });
    const word = fc.string({ minLength: 1, maxLength: 14, unit });
    const gap = fc.oneof({ weight: 12, arbitrary: fc.constant(' ') }, { weight: 1, arbitrary: fc.constantFrom('  ', ', ', '.', '\t', ' ’', '’', 'é', ' — ', '-', '\u200b', ' \u00a0') });
    const text = fc.tuple(fc.constantFrom('', ' ', '  ', '.'), fc.array(fc.tuple(word, gap), { maxLength: 40 }), fc.constantFrom('', ' ', '  ', '!'))
      .map(([lead, parts, end]) => lead + parts.map(([w, g]) => w + g).join('') + end);
    fc.assert(fc.property(text, sameAsDefinition), { numRuns: 5000 });
    for (const t of ['A'.repeat(16), ` ${'b'.repeat(15)}`, `${'c'.repeat(15)} `, `${'d'.repeat(15)} ${'e'.repeat(15)} f`, `x ${'y '.repeat(20)}`, `${'z'.repeat(17)}.  ${'w'.repeat(33)}`, `${'a'.repeat(7)}  ${'b'.repeat(7)}`, `a ${'b'.repeat(14)}  c`]) {
      assert.ok(sameAsDefinition(t), JSON.stringify(t));
    }
  });

  it('writes UTF-8 itself: a character of each length, a pair, a lone surrogate', () => {
    for (const t of ['é', 'ك', '€ sign', '😀 face', 'a\ud800b', 'a\udc00b', 'Ǆ', 'ᄀ\u200bᅡ']) assert.ok(sameAsDefinition(t), JSON.stringify(t));
  });

  it('text of ASCII and inert characters (no NFKC pass) equals the definition', () => {
    const table: [string, boolean][] = [
      ['It’s the ‘Shaʿban’ — raid', true], ['café', true], ['Café', true], ['CAFÉ', false], ['cafe\u0301', false], ['x…', false], ['a\u00a0b', false],
      ['a\u200bb', false], ['ſ', false], ['İ', false], ['ΑΣ', false], ['ǆ', false], ['ʰ', false], ['', true], ['plain', true],
    ];
    for (const [t, want] of table) {
      assert.equal([...t].every((ch) => ch.charCodeAt(0) < 128 || (ch.length === 1 && isInert(ch.charCodeAt(0)))), want, JSON.stringify(t));
      assert.ok(sameAsDefinition(t), JSON.stringify(t));
    }
    // Every code unit of the inert blocks and their edges, beside ASCII capitals, marks, invisibles and separators.
    const blockUnit = fc.oneof(fc.integer({ min: 0x9e, max: 0x302 }), fc.integer({ min: 0x2008, max: 0x2070 })).map((c) => String.fromCharCode(c));
    const unit = fc.oneof(
      { weight: 4, arbitrary: blockUnit },
      { weight: 4, arbitrary: fc.constantFrom('a', 'Z', ' ', '.', '-', "'", '1') },
      { weight: 1, arbitrary: fc.constantFrom('\u0301', '\u0327', '\u200b', 'ـ', 'Σ', 'σ', '\u1161', '\ud800', '😀', 'ﻻ') },
    );
    fc.assert(fc.property(fc.array(unit, { maxLength: 16 }), (parts) => sameAsDefinition(parts.join(''))), { numRuns: 30000 });
  });

  it('the UTF-8 pass: each length of sequence and the edges of what it takes; texts past its size; one after another', () => {
    const edges = ['\u007f', '\u0080', '\u009f', '\u00a0', '\u00bf', '\u00c0', '\u02ff', '\u0300', '\u07ff', '\u0800', '\u2010', '\u202a', '\u205e', '\u205f', '\u2060', '\uffff', '\ud83d\ude00', '\ud800'];
    for (const ch of edges) for (const t of [ch, `A${ch}B`, `a, ${ch} — b`]) assert.ok(sameAsDefinition(t), JSON.stringify(t));
    const long = 'It’s the ‘Shaʿban’ — Raid, café; '.repeat(Math.ceil(KERNEL_MAX_BYTES / 30));
    for (const t of [long, `${long}ﬁn`, 'Short after: CAFÉ’s', 'then plain']) assert.ok(sameAsDefinition(t), t.slice(-20));
  });

  it('is idempotent, and leaves no punctuation, upper case or doubled space', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (t) => {
      const n = normalizeForFingerprint(t);
      return normalizeForFingerprint(n) === n && !/\s{2}|^\s|\s$/.test(n) && !/[\p{P}\p{S}]/u.test(n) && n === n.toLowerCase();
    }), { numRuns: 1000 });
  });
});
