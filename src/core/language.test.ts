import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countedLanguage, detectLanguage } from './language.js';
import { analyze } from '../analyze.js';

describe('detectLanguage', () => {
  const table: [string, 'en' | 'ar' | 'und'][] = [
    ['On the 3rd of Safar, soldiers attacked a checkpoint near Baiji.', 'en'],
    ['Al-Mayādīn, Dayr az-Zawr: résumé of the week.', 'en'],
    ['هجوم على نقطة تفتيش قرب بيجي', 'ar'],
    ['12345 --- !!!', 'und'],
    ['', 'und'],
    ['Нападение на блокпост', 'und'],
    // As many ASCII letters as other code units: counted, not short-cut.
    ['ab هج', 'und'],
    ['abc هج', 'en'],
    ['a هجو', 'ar'],
    ['ab ééé', 'en'],
  ];
  for (const [text, want] of table) it(`${JSON.stringify(text)} → ${want}`, () => assert.equal(detectLanguage(text), want));

  it('is the letter count by script on any text (property)', () => {
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
      { weight: 3, arbitrary: fc.constantFrom('هجوم', 'على', 'Нападение', 'é', 'ā', '’', '“', '\u200f', '😀', '\ud800', '٣', 'ﻻ') },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
    );
    const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => detectLanguage(t) === countedLanguage(t)), { numRuns: 5000 });
  });

  it('reads only the first 64K characters', () => {
    assert.equal(detectLanguage('هجوم '.repeat(13_108) + 'attack '.repeat(20_000)), 'ar');
    assert.equal(detectLanguage('attack '.repeat(10_000) + 'هجوم '.repeat(20_000)), 'en');
  });

  it('a non-English document carries a coded issue instead of silently finding nothing', () => {
    const r = analyze('هجوم على نقطة تفتيش قرب بيجي', { published: '2017-11-02' });
    assert.equal(r.document.language, 'ar');
    assert.ok(r.issues.some((i) => i.code === 'document.language_unsupported'));
  });

  it('an English document carries no language issue', () => {
    const r = analyze('Yesterday a roadside bomb killed two soldiers near Tikrit, police said.', { published: '2019-03-12' });
    assert.equal(r.document.language, 'en');
    assert.ok(!r.issues.some((i) => i.code === 'document.language_unsupported'));
  });
});
