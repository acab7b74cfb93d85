import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sortByStart } from './sort-by-start.js';

describe('sortByStart: items by span start, stably', () => {
  const items = (starts: number[]) => starts.map((start, id) => ({ span: { start }, id }));
  const stable = (starts: number[]) => items(starts).sort((a, b) => a.span.start - b.span.start).map((i) => i.id);
  const rows: [starts: number[], ids: number[]][] = [
    [[], []],
    [[5], [0]],
    [[3, 1, 2], [1, 2, 0]],
    [[1, 2, 3], [0, 1, 2]],
    [[10, 20, 30, 1, 2, 3, 15, 25], [3, 4, 5, 0, 6, 1, 7, 2]],
    // Equal starts keep their order: ids 2 and 4 (start 2), then 0, 1, 3 (start 4).
    [[4, 4, 2, 4, 2], [2, 4, 0, 1, 3]],
  ];
  for (const [starts, ids] of rows) {
    test(JSON.stringify(starts), () => assert.deepEqual(sortByStart(items(starts)).map((i) => i.id), ids));
  }

  test('sorts in place and returns the same list', () => {
    const list = items([2, 1]);
    assert.equal(sortByStart(list), list);
    assert.deepEqual(list.map((i) => i.id), [1, 0]);
  });

  test('the order of Array.prototype.sort, short lists (by insertion) and long (over 64)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 150 }), (starts) => {
      assert.deepEqual(sortByStart(items(starts)).map((i) => i.id), stable(starts));
    }), { numRuns: 3000 });
  });
});
