// SpanIndex answers as sortedWithin, containing and the definition of first/last within, whatever order the look-ups come in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SpanIndex } from './span-index.js';
import { containing, sortedWithin } from '../../pipeline/run.js';
import type { Span } from '../../core/types.js';

const items = (spans: ReadonlyArray<readonly [number, number]>) => spans.map(([start, end]) => ({ span: { start, end } }));
type Item = ReturnType<typeof items>[number];
const inside = (list: readonly Item[], start: number, end: number) => list.filter((a) => a.span.start >= start && a.span.start < end && a.span.end <= end);

test('look-ups in reading order, then one that starts earlier', () => {
  const a = items([[0, 4], [5, 9], [10, 14], [12, 20], [20, 20], [21, 25]]);
  const b = items([[3, 30], [6, 7]]);
  const index = new SpanIndex(2);
  index.load([a, b]);
  const rows: ReadonlyArray<[Span, Array<[number, number]>]> = [
    [{ start: 0, end: 5 }, [[0, 4]]],
    [{ start: 5, end: 20 }, [[5, 9], [10, 14], [12, 20]]],
    [{ start: 11, end: 19 }, []], // must NOT list [12, 20]: it ends past the span
    [{ start: 20, end: 26 }, [[20, 20], [21, 25]]],
    [{ start: 4, end: 10 }, [[5, 9]]], // earlier again: a binary search
    [{ start: 26, end: 40 }, []],
  ];
  for (const [span, want] of rows) {
    assert.deepEqual(index.within(0, a, span).map((x) => [x.span.start, x.span.end]), want, `${span.start}-${span.end}`);
    assert.deepEqual(index.first(0, a, span)?.span, want[0] ? { start: want[0][0], end: want[0][1] } : undefined);
  }
  assert.deepEqual(index.within(1, b, { start: 0, end: 10 }), [b[1]]);
  assert.equal(index.last(0, a, 5, 15), a[2]);
  assert.equal(index.last(0, a, 13, 15), undefined);
  assert.equal(index.containing(1, b, 3), b[0]);
  assert.equal(index.containing(1, b, 7), undefined); // [6, 7) is the last to start by 7, and ends there
  assert.equal(index.containing(0, a, 13), a[3]);
  assert.equal(index.containing(0, a, 20), undefined); // [20, 20) is empty
});

test('a reused index holds the last document loaded, however many items it has', () => {
  const index = new SpanIndex(1);
  const big = items(Array.from({ length: 3000 }, (_, i) => [i, i + 1] as const));
  index.load([big]);
  assert.equal(index.within(0, big, { start: 2990, end: 3000 }).length, 10);
  const small = items([[1, 2]]);
  index.load([small]);
  assert.deepEqual(index.within(0, small, { start: 0, end: 5 }), small);
});

test('within, first, last and containing agree with sortedWithin, containing and the definition', () => {
  const spanOf = fc.tuple(fc.nat(40), fc.nat(6)).map(([start, len]) => [start, start + len] as const);
  const list = fc.array(spanOf, { maxLength: 15 }).map((s) => items([...s].sort((x, y) => x[0] - y[0])));
  const query = fc.tuple(fc.nat(2), fc.nat(45), fc.nat(12), fc.nat(45));
  fc.assert(fc.property(fc.array(list, { minLength: 3, maxLength: 3 }), fc.array(query, { maxLength: 25 }), fc.boolean(), (lists, queries, ordered) => {
    const index = new SpanIndex(3);
    index.load(lists);
    // Mostly in reading order, as incidents come; unordered runs test the step back.
    const qs = ordered ? [...queries].sort((x, y) => x[1] - y[1]) : queries;
    for (const [k, start, len, from] of qs) {
      const l = lists[k];
      const span = { start, end: start + len };
      assert.deepEqual(index.within(k, l, span), sortedWithin(l, span));
      assert.equal(index.first(k, l, span), inside(l, span.start, span.end)[0]);
      const f = Math.min(from, start);
      const want = inside(l, f, start);
      assert.equal(index.last(k, l, f, start), want[want.length - 1]);
      assert.equal(index.containing(k, l, start), containing(l, start));
    }
  }), { numRuns: 3000 });
});
