// The annotations an event may read: inside the incident, outside excluded sentences. Hand-built spans.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { usableOf } from './event-context.js';
import { sortedWithin } from '../../pipeline/run.js';
import type { Span } from '../../core/types.js';

const items = (spans: Array<[number, number]>) => spans.map(([start, end]) => ({ span: { start, end } }));

// The definition: starting inside the span and ending by its end, and inside no excluded span.
function plain(excluded: readonly Span[], all: ReturnType<typeof items>, span: Span) {
  return all.filter((a) => a.span.start >= span.start && a.span.start < span.end && a.span.end <= span.end && !excluded.some((x) => x.start <= a.span.start && a.span.end <= x.end));
}

test('sortedWithin(usableOf): inside the span, less what an excluded span holds', () => {
  const all = items([[0, 4], [5, 9], [10, 14], [12, 20], [20, 20], [21, 25]]);
  const rows: ReadonlyArray<[Span[], Span, Array<[number, number]>]> = [
    [[], { start: 5, end: 20 }, [[5, 9], [10, 14], [12, 20]]],
    [[{ start: 9, end: 14 }], { start: 5, end: 20 }, [[5, 9], [12, 20]]],
    [[{ start: 20, end: 20 }], { start: 0, end: 30 }, [[0, 4], [5, 9], [10, 14], [12, 20], [21, 25]]],
    [[{ start: 20, end: 30 }], { start: 0, end: 21 }, [[0, 4], [5, 9], [10, 14], [12, 20]]],
    // must NOT be read: an excluded span that holds the annotation though it only touches the incident's edge.
    [[{ start: 0, end: 5 }], { start: 4, end: 9 }, [[5, 9]]],
    [[{ start: 0, end: 9 }], { start: 5, end: 9 }, []],
  ];
  for (const [excluded, span, want] of rows) {
    assert.deepEqual(sortedWithin(usableOf(excluded, all), span).map((a) => [a.span.start, a.span.end]), want);
  }
  // An empty annotation at the incident's start is held by an excluded span that ends there.
  assert.deepEqual(sortedWithin(usableOf([{ start: 0, end: 5 }], items([[5, 5], [6, 8]])), { start: 5, end: 9 }).map((a) => a.span.start), [6]);
});

test('usableOf keeps the list itself when it drops nothing', () => {
  const all = items([[0, 4], [5, 9]]);
  assert.equal(usableOf([{ start: 10, end: 20 }], all), all);
  assert.deepEqual(usableOf([{ start: 0, end: 4 }], all), [all[1]]);
});

test('sortedWithin over usableOf agrees with the definition', () => {
  const spanOf = fc.tuple(fc.nat(20), fc.nat(4)).map(([start, len]) => ({ start, end: start + len }));
  fc.assert(fc.property(fc.array(spanOf, { maxLength: 12 }), fc.array(spanOf, { maxLength: 3 }), spanOf, (spans, excluded, span) => {
    const all = items(spans.map((s): [number, number] => [s.start, s.end]).sort((a, b) => a[0] - b[0]));
    const want = plain(excluded, all, span);
    const usable = usableOf(excluded, all);
    assert.deepEqual(sortedWithin(usable, span), want);
  }), { numRuns: 5000 });
});

test('usableOf is the list less what any excluded span holds, call after call (overlapping spans drop an item once)', () => {
  const spanOf = fc.tuple(fc.nat(30), fc.nat(6)).map(([start, len]) => ({ start, end: start + len }));
  const list = fc.array(spanOf, { maxLength: 20 }).map((spans) => items(spans.map((s): [number, number] => [s.start, s.end]).sort((a, b) => a[0] - b[0])));
  fc.assert(fc.property(fc.array(fc.tuple(list, fc.array(spanOf, { maxLength: 4 })), { maxLength: 4 }), (calls) => {
    for (const [all, excluded] of calls) {
      const want = all.filter((a) => !excluded.some((x) => x.start <= a.span.start && a.span.end <= x.end));
      const got = usableOf(excluded, all);
      assert.deepEqual(got, want);
      if (want.length === all.length) assert.equal(got, all);
    }
  }), { numRuns: 5000 });
  // Overlapping excluded spans, one item held by both: dropped once, the rest kept.
  const all = items([[2, 3], [4, 6], [8, 9]]);
  assert.deepEqual(usableOf([{ start: 0, end: 7 }, { start: 3, end: 6 }], all), [all[2]]);
  assert.deepEqual(usableOf([], all), all);
});
