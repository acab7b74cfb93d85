import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { OverlapGuard } from './overlap.js';

/** The plain model: one flag per position. */
class FlagGuard {
  private readonly taken: Uint8Array;
  constructor(length: number) { this.taken = new Uint8Array(length + 1); }
  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    return true;
  }
  take(start: number, end: number): void { this.taken.fill(1, start, end); }
}

test('OverlapGuard: a span overlapping a taken one is not free; touching ones are', () => {
  const g = new OverlapGuard();
  g.take(10, 20);
  g.take(30, 40);
  const rows: [number, number, boolean][] = [
    [0, 10, true], [20, 30, true], [40, 50, true], [15, 16, false], [19, 21, false], [5, 35, false],
    [9, 11, false], [39, 45, false], [25, 25, true], [12, 8, true],
  ];
  for (const [s, e, free] of rows) assert.equal(g.isFree(s, e), free, `${s}-${e}`);
  g.take(20, 30); // touches both: one span 10-40
  assert.equal(g.isFree(20, 30), false);
  assert.equal(g.isFree(40, 41), true);
});

test('OverlapGuard: answers as one flag per position would, for any sequence of spans', () => {
  const span = fc.tuple(fc.nat(60), fc.nat(60));
  fc.assert(fc.property(fc.array(fc.tuple(span, fc.boolean()), { maxLength: 40 }), (ops) => {
    const g = new OverlapGuard();
    const model = new FlagGuard(60);
    for (const [[s, e], takeAlways] of ops) {
      assert.equal(g.isFree(s, e), model.isFree(s, e), `${s}-${e}`);
      if (takeAlways || model.isFree(s, e)) { g.take(s, e); model.take(s, e); }
    }
  }), { numRuns: 500 });
});
