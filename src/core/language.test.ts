import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './language.js';
import { analyze } from '../analyze.js';

describe('detectLanguage', () => {
  const table: [string, 'en' | 'ar' | 'und'][] = [
    ['On the 3rd of Safar, soldiers attacked a checkpoint near Baiji.', 'en'],
    ['Al-Mayādīn, Dayr az-Zawr: résumé of the week.', 'en'],
    ['هجوم على نقطة تفتيش قرب بيجي', 'ar'],
    ['12345 --- !!!', 'und'],
    ['', 'und'],
    ['Нападение на блокпост', 'und'],
  ];
  for (const [text, want] of table) it(`${JSON.stringify(text)} → ${want}`, () => assert.equal(detectLanguage(text), want));

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
