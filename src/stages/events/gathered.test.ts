// The reused list of an event's items: copies at their size, stable order, nothing left from the last event.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Gathered } from './gathered.js';

const byKey = (a: [number, string], b: [number, string]) => a[0] - b[0];

test('Gathered: copies hold only what was added since the last clear', () => {
  const g = new Gathered<number>();
  const rows: ReadonlyArray<[number[], number[]]> = [[[1, 2, 3], [1, 2, 3]], [[], []], [[7], [7]], [[4, 5], [4, 5]]];
  for (const [added, want] of rows) {
    g.clear();
    for (const x of added) g.add(x);
    assert.equal(g.length, want.length);
    const copy = g.copy();
    assert.deepEqual(copy, want);
    // must NOT share storage: a copy outlives the next event's items.
    g.clear();
    g.add(99);
    assert.deepEqual(copy, want);
  }
});

test('Gathered.sort is the stable Array.prototype.sort over the items added', () => {
  const g = new Gathered<[number, string]>();
  fc.assert(fc.property(fc.array(fc.tuple(fc.nat(5), fc.string({ maxLength: 2 })), { maxLength: 20 }), fc.array(fc.tuple(fc.nat(5), fc.string())), (items, before) => {
    g.clear();
    for (const x of before) g.add(x);
    g.clear();
    for (const x of items) g.add(x);
    g.sort(byKey);
    assert.deepEqual(g.copy(), [...items].sort(byKey));
  }), { numRuns: 2000 });
});
