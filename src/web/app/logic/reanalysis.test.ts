import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isReviewed, kept, latestPair, reviewOutcome, type AnalysisSummary, type Carried, type ReviewedEvent } from './reanalysis.js';

const A = (id: number, latest: boolean): AnalysisSummary => ({ id, pipeline: 'p', published: null, events: 1, created: '', by: '', latest });
const E = (id: number, status: ReviewedEvent['status'], edited: string[] = []): ReviewedEvent => ({ id, status, edited, summary: '' });
const C = (eventId: number, from: number | null, was: Carried['status'], now: Carried['status']): Carried =>
  ({ eventId, ordinal: 0, summary: '', from, carried: { status: was, edited: [] }, status: now, at: '', by: '' });

describe('latestPair: the latest analysis and the one before it', () => {
  const cases: [string, AnalysisSummary[], [number, number] | null][] = [
    ['two analyses', [A(1, false), A(2, true)], [2, 1]],
    ['listed out of order', [A(7, true), A(3, false), A(5, false)], [7, 5]],
    // none:
    ['one analysis', [A(1, true)], null],
    ['no analysis', [], null],
    ['none marked latest', [A(1, false), A(2, false)], null],
    ['the oldest marked latest', [A(1, true), A(2, false)], null],
  ];
  for (const [name, list, want] of cases) {
    it(name, () => {
      const p = latestPair(list);
      assert.deepEqual(p ? [p.latest.id, p.previous.id] : null, want);
    });
  }
});

describe('isReviewed: what the store carries over', () => {
  const cases: [string, ReviewedEvent, boolean][] = [
    ['verified', E(1, 'verified'), true],
    ['rejected', E(1, 'rejected'), true],
    ['a draft with an edit', E(1, 'draft', ['summary']), true],
    ['an untouched draft', E(1, 'draft'), false],
  ];
  for (const [name, e, want] of cases) it(name, () => assert.equal(isReviewed(e), want));
});

describe('reviewOutcome: carried, and reviewed but not carried', () => {
  const cases: [string, ReviewedEvent[], Carried[], number[], number[]][] = [
    ['every reviewed event carried', [E(1, 'verified'), E(2, 'draft')], [C(11, 1, 'verified', 'verified')], [11], []],
    ['a reviewed event with no counterpart', [E(1, 'verified'), E(2, 'rejected')], [C(11, 1, 'verified', 'verified')], [11], [2]],
    ['an edited draft not carried', [E(3, 'draft', ['date.best'])], [], [], [3]],
    // nothing to report:
    ['drafts only', [E(1, 'draft'), E(2, 'draft')], [], [], []],
    ['no previous events', [], [], [], []],
    ['a carry whose source is not recorded', [E(1, 'verified')], [C(11, null, 'verified', 'verified')], [11], [1]],
  ];
  for (const [name, prev, carried, wantCarried, wantNot] of cases) {
    it(name, () => {
      const o = reviewOutcome(prev, carried);
      assert.deepEqual([o.carried.map((c) => c.eventId), o.notCarried.map((e) => e.id)], [wantCarried, wantNot]);
    });
  }
});

describe('kept: the carried status still stands', () => {
  const cases: [string, Carried, boolean][] = [
    ['verified, still verified', C(1, 2, 'verified', 'verified'), true],
    ['rejected, still rejected', C(1, 2, 'rejected', 'rejected'), true],
    ['verified, reopened since', C(1, 2, 'verified', 'draft'), false],
    ['rejected, verified since', C(1, 2, 'rejected', 'verified'), false],
  ];
  for (const [name, c, want] of cases) it(name, () => assert.equal(kept(c), want));
});
