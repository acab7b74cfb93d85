import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusBytes, fixturePlaces, fixtureTexts, generateCorpus, roundup10k } from './corpus.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

test('generateCorpus is deterministic for a seed', () => {
  const a = generateCorpus({ bytes: 200_000, seed: 7 });
  const b = generateCorpus({ bytes: 200_000, seed: 7 });
  assert.deepEqual(a, b);
  const c = generateCorpus({ bytes: 200_000, seed: 8 });
  assert.notDeepEqual(a, c);
});

test('generateCorpus reaches the requested size ±10%', () => {
  for (const bytes of [50_000, 500_000, 2_000_000]) {
    const n = corpusBytes(generateCorpus({ bytes, seed: 1 }));
    assert.ok(n >= bytes * 0.9 && n <= bytes * 1.1, `${bytes} requested, ${n} generated`);
  }
});

test('every document is non-empty and has an ISO publication date', () => {
  const docs = generateCorpus({ bytes: 500_000, seed: 3 });
  assert.ok(docs.length > 50);
  for (const d of docs) {
    assert.ok(d.text.trim().length > 0);
    assert.match(d.published, ISO_DATE);
  }
});

test('the mix is about 70% roundups and 30% news', () => {
  const docs = generateCorpus({ bytes: 2_000_000, seed: 1 });
  const share = docs.filter((d) => d.text.startsWith('Summary of')).length / docs.length;
  assert.ok(share > 0.6 && share < 0.8, `roundup share ${share}`);
});

test('roundup10k is 9–11 KB and stable', () => {
  const r = roundup10k();
  const n = Buffer.byteLength(r, 'utf8');
  assert.ok(n >= 9 * 1024 && n <= 11 * 1000, `${n} bytes`);
  assert.equal(roundup10k(), r);
  assert.ok(r.startsWith('Summary of'));
});

test('no new wording: every generated paragraph is a fixture paragraph up to numbers and places', () => {
  const places = [...fixturePlaces()].sort((a, b) => b.length - a.length);
  const placeRe = new RegExp(`(?<![\\w-])(?:${places.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w-])`, 'g');
  const norm = (p: string): string => p.replace(placeRe, '@').replace(/\d+(?:st|nd|rd|th)?/g, '#');
  const known = new Set(fixtureTexts().flatMap((t) => t.split(/\n\s*\n/).map((p) => norm(p.trim()))));
  for (const d of generateCorpus({ bytes: 300_000, seed: 5 })) {
    for (const para of d.text.split('\n\n')) assert.ok(known.has(norm(para)), `not from the fixtures: ${para}`);
  }
  for (const para of roundup10k().split('\n\n')) assert.ok(known.has(norm(para)), `not from the fixtures: ${para}`);
});
