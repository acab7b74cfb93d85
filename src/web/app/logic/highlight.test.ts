import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { segments, type Mark } from './highlight.js';

const show = (len: number, marks: Mark[]) => segments(len, marks).map((s) => `${s.start}-${s.end}:${s.marks.map((m) => m.kind).join('+')}`);

describe('highlight segments', () => {
  const cases: [string, number, Mark[], string[]][] = [
    ['no marks: one plain run', 10, [], ['0-10:']],
    ['one mark in the middle', 10, [{ start: 2, end: 5, kind: 'a' }], ['0-2:', '2-5:a', '5-10:']],
    ['nested marks', 10, [{ start: 0, end: 10, kind: 'event' }, { start: 3, end: 4, kind: 'signal' }], ['0-3:event', '3-4:event+signal', '4-10:event']],
    ['overlapping marks', 6, [{ start: 0, end: 4, kind: 'a' }, { start: 2, end: 6, kind: 'b' }], ['0-2:a', '2-4:a+b', '4-6:b']],
    ['marks past the end are clamped', 5, [{ start: 3, end: 99, kind: 'a' }], ['0-3:', '3-5:a']],
    ['empty and inverted marks are dropped', 4, [{ start: 2, end: 2, kind: 'a' }, { start: 3, end: 1, kind: 'b' }], ['0-4:']],
    ['an empty text has no runs', 0, [{ start: 0, end: 3, kind: 'a' }], []],
  ];
  for (const [name, len, marks, want] of cases) it(name, () => assert.deepEqual(show(len, marks), want));
});
