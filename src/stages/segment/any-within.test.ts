// ForwardWithin answers what sortedWithin answers, without building the list or searching.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ForwardWithin } from './segment.js';
import { sortedWithin } from '../../pipeline/run.js';

const at = (start: number, end: number) => ({ span: { start, end } });

test('ForwardWithin.any: inside, at the edges, and what must NOT count', () => {
  const list = [at(0, 5), at(3, 20), at(10, 12)];
  const anyWithin = (sorted: readonly { span: { start: number; end: number } }[], span: { start: number; end: number }) => new ForwardWithin(sorted).any(span);
  assert.equal(anyWithin(list, { start: 10, end: 12 }), true);
  assert.equal(anyWithin(list, { start: 0, end: 5 }), true);
  // must NOT count: an item that starts inside but ends after, one that starts before, an empty list.
  assert.equal(anyWithin(list, { start: 3, end: 11 }), false);
  assert.equal(anyWithin(list, { start: 1, end: 30 }), true);
  assert.equal(anyWithin(list, { start: 4, end: 9 }), false);
  assert.equal(anyWithin([], { start: 0, end: 9 }), false);
});

test('property: ForwardWithin.any of one span equals sortedWithin(...).length > 0', () => {
  const item = fc.tuple(fc.nat(50), fc.nat(15)).map(([s, l]) => at(s, s + l));
  fc.assert(fc.property(fc.array(item, { maxLength: 20 }), fc.nat(50), fc.nat(30), (items, s, l) => {
    const sorted = [...items].sort((a, b) => a.span.start - b.span.start);
    const span = { start: s, end: s + l };
    assert.equal(new ForwardWithin(sorted).any(span), sortedWithin(sorted, span).length > 0);
  }), { numRuns: 5000 });
});

test('property: ForwardWithin, over spans whose starts never go back, answers as sortedWithin does', () => {
  const item = fc.tuple(fc.nat(50), fc.nat(15)).map(([s, l]) => at(s, s + l));
  const span = fc.tuple(fc.nat(50), fc.nat(30)).map(([s, l]) => ({ start: s, end: s + l }));
  fc.assert(fc.property(fc.array(item, { maxLength: 20 }), fc.array(span, { maxLength: 8 }), fc.option(span), (items, spans, outside) => {
    const sorted = [...items].sort((a, b) => a.span.start - b.span.start);
    const inOrder = [...spans].sort((a, b) => a.start - b.start);
    const forAny = new ForwardWithin(sorted);
    const forFirst = new ForwardWithin(sorted);
    const out = outside ?? undefined;
    for (const s of inOrder) {
      const within = sortedWithin(sorted, s);
      assert.equal(forAny.any(s), within.length > 0);
      assert.equal(forFirst.first(s, out), within.find((d) => !(out && d.span.start >= out.start && d.span.end <= out.end)));
    }
  }), { numRuns: 5000 });
});

test('ForwardWithin: the first item outside the dateline; none when all are inside it', () => {
  const list = [at(0, 5), at(8, 10), at(12, 14)];
  assert.equal(new ForwardWithin(list).first({ start: 0, end: 20 }, { start: 0, end: 10 }), list[2]);
  assert.equal(new ForwardWithin(list).first({ start: 0, end: 11 }, { start: 0, end: 10 }), undefined);
  assert.equal(new ForwardWithin(list).first({ start: 0, end: 6 }, undefined), list[0]);
});

test('property: the items read from ForwardWithin.firstAt, as segment reads a paragraph\'s sentences, are sortedWithin\'s', () => {
  const item = fc.tuple(fc.nat(50), fc.nat(15)).map(([s, l]) => at(s, s + l));
  const span = fc.tuple(fc.nat(50), fc.nat(30)).map(([s, l]) => ({ start: s, end: s + l }));
  fc.assert(fc.property(fc.array(item, { maxLength: 20 }), fc.array(span, { maxLength: 8 }), (items, spans) => {
    const sorted = [...items].sort((a, b) => a.span.start - b.span.start);
    const from = new ForwardWithin(sorted);
    for (const s of [...spans].sort((a, b) => a.start - b.start)) {
      const read: (typeof sorted)[number][] = [];
      for (let i = from.firstAt(s.start); i < sorted.length && sorted[i].span.start < s.end; i++) if (sorted[i].span.end <= s.end) read.push(sorted[i]);
      assert.deepEqual(read, sortedWithin(sorted, s));
    }
  }), { numRuns: 5000 });
});

test('ForwardWithin.firstAt: where the items at or after a position begin, walking on (rows)', () => {
  const list = [at(0, 5), at(3, 20), at(10, 12), at(10, 11)];
  const from = new ForwardWithin(list);
  assert.equal(from.firstAt(0), 0);
  assert.equal(from.firstAt(1), 1);
  assert.equal(from.firstAt(10), 2);
  assert.equal(from.firstAt(11), 4);
  // must NOT go back: a position before the last one reads from where the walk stands.
  assert.equal(from.firstAt(0), 4);
});
