// anyWithin answers what a non-empty sortedWithin answers, without building the list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { anyWithin } from './segment.js';
import { sortedWithin } from '../../pipeline/run.js';

const at = (start: number, end: number) => ({ span: { start, end } });

test('anyWithin: inside, at the edges, and what must NOT count', () => {
  const list = [at(0, 5), at(3, 20), at(10, 12)];
  assert.equal(anyWithin(list, { start: 10, end: 12 }), true);
  assert.equal(anyWithin(list, { start: 0, end: 5 }), true);
  // must NOT count: an item that starts inside but ends after, one that starts before, an empty list.
  assert.equal(anyWithin(list, { start: 3, end: 11 }), false);
  assert.equal(anyWithin(list, { start: 1, end: 30 }), true);
  assert.equal(anyWithin(list, { start: 4, end: 9 }), false);
  assert.equal(anyWithin([], { start: 0, end: 9 }), false);
});

test('property: anyWithin equals sortedWithin(...).length > 0', () => {
  const item = fc.tuple(fc.nat(50), fc.nat(15)).map(([s, l]) => at(s, s + l));
  fc.assert(fc.property(fc.array(item, { maxLength: 20 }), fc.nat(50), fc.nat(30), (items, s, l) => {
    const sorted = [...items].sort((a, b) => a.span.start - b.span.start);
    const span = { start: s, end: s + l };
    assert.equal(anyWithin(sorted, span), sortedWithin(sorted, span).length > 0);
  }), { numRuns: 5000 });
});
