import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { resolveDate, type Resolved } from './resolve-date.js';
import type { EventDate } from '../../core/types.js';
import { addDays, daysBetween, weekday } from '../../core/iso-date.js';
import { inferHijriYear } from '../../core/hijri.js';
import type { DateMention, RelativeDate } from '../../pipeline/annotations.js';

type When = Omit<EventDate, 'text' | 'stated'>;
interface Want { date: When; issue: Resolved['issue'] }

const hijri = (month: number, day: number): DateMention => ({ calendar: 'hijri', month, day });
const greg = (month: number, day: number, year: number | null = null): DateMention => ({ calendar: 'gregorian', month, day, year });
const rel = (relative: RelativeDate): DateMention => ({ calendar: 'relative', relative });
const ok = (date: When): Want => ({ date, issue: null });
const day = (calendar: When['calendar'], best: string, earliest = best, latest = best): When => ({ calendar, best, earliest, latest, precision: 'day' });

// Thursday 2 November 2017.
const PUBLISHED = '2017-11-02';
const HIJRI_PREVIOUS = day('hijri', '2017-10-20', '2017-10-19', '2017-10-21');
const GREGORIAN_PREVIOUS = day('gregorian', '2017-10-20');
const RANGE_PREVIOUS: When = { calendar: 'relative', best: null, earliest: '2017-10-21', latest: '2017-10-27', precision: 'days' };
const UNKNOWN_PREVIOUS: When = { calendar: 'hijri', best: null, earliest: null, latest: null, precision: 'unknown' };

interface Case { name: string; mention: DateMention; published: string | null; previous?: When | null; want: Want }

function checkTable(cases: readonly Case[]): void {
  for (const c of cases) {
    test(c.name, () => {
      const { date: { text, stated, ...date }, issue } = resolveDate(c.mention, c.published, c.previous ?? null, 'the text');
      assert.deepEqual([text, stated], ['the text', true]);
      assert.deepEqual({ date, issue }, c.want);
    });
  }
}

describe('resolveDate: Hijri', () => {
  checkTable([
    {
      name: 'a Hijri day is the Umm al-Qura date ±1 day in the latest year on or before publication',
      mention: hijri(12, 1), published: '2016-11-01',
      want: ok(day('hijri', '2016-09-02', '2016-09-01', '2016-09-03')),
    },
    {
      name: 'a Hijri day after the publication date falls in the previous Hijri year',
      mention: hijri(12, 1), published: '2016-09-01',
      want: ok(day('hijri', '2015-09-14', '2015-09-13', '2015-09-15')),
    },
    {
      name: 'late Dhu al-Hijjah published just after the Hijri new year resolves to the year before',
      mention: hijri(12, 25), published: '2017-09-25',
      want: ok(day('hijri', '2017-09-16', '2017-09-15', '2017-09-17')),
    },
    {
      name: 'the ±1 interval crosses a Gregorian month boundary',
      mention: hijri(1, 1), published: '2017-10-01',
      want: ok(day('hijri', '2017-09-21', '2017-09-20', '2017-09-22')),
    },
    {
      name: 'without a publication date a Hijri day keeps day and month and reports date.year_unknown',
      mention: hijri(12, 1), published: null,
      want: {
        date: { calendar: 'hijri', best: null, earliest: null, latest: null, precision: 'unknown', dayOfYear: { calendar: 'hijri', month: 12, day: 1 } },
        issue: 'date.year_unknown',
      },
    },
  ]);
});

describe('resolveDate: Gregorian', () => {
  checkTable([
    {
      name: 'a stated year gives that exact day',
      mention: greg(10, 20, 2017), published: PUBLISHED,
      want: ok(day('gregorian', '2017-10-20')),
    },
    {
      name: 'a stated year is kept even after the publication date',
      mention: greg(12, 20, 2017), published: PUBLISHED,
      want: ok(day('gregorian', '2017-12-20')),
    },
    {
      name: 'a day that does not exist in the stated year reports date.invalid',
      mention: greg(2, 29, 2017), published: PUBLISHED,
      want: { date: { calendar: 'gregorian', best: null, earliest: null, latest: null, precision: 'unknown' }, issue: 'date.invalid' },
    },
    {
      name: 'without a year, a day earlier in the publication year takes that year',
      mention: greg(10, 20), published: PUBLISHED,
      want: ok(day('gregorian', '2017-10-20')),
    },
    {
      name: 'without a year, the publication day itself takes the publication year',
      mention: greg(11, 2), published: PUBLISHED,
      want: ok(day('gregorian', '2017-11-02')),
    },
    {
      name: 'without a year, a day after publication takes the year before',
      mention: greg(12, 30), published: '2018-01-05',
      want: ok(day('gregorian', '2017-12-30')),
    },
    {
      name: 'without a year, 29 February resolves in a leap publication year',
      mention: greg(2, 29), published: '2016-03-01',
      want: ok(day('gregorian', '2016-02-29')),
    },
    {
      name: 'without a year, 29 February after a leap year falls in that year',
      mention: greg(2, 29), published: '2017-03-01',
      want: ok(day('gregorian', '2016-02-29')),
    },
    {
      name: 'without a year, 29 February with no leap year in the two years up to publication reports date.invalid',
      mention: greg(2, 29), published: '2018-03-01',
      want: { date: { calendar: 'gregorian', best: null, earliest: null, latest: null, precision: 'unknown' }, issue: 'date.invalid' },
    },
    {
      name: 'without a year or a publication date a Gregorian day reports date.year_unknown',
      mention: greg(10, 20), published: null,
      want: {
        date: { calendar: 'gregorian', best: null, earliest: null, latest: null, precision: 'unknown', dayOfYear: { calendar: 'gregorian', month: 10, day: 20 } },
        issue: 'date.year_unknown',
      },
    },
  ]);

  test('a day-month without a year lands in the year up to and including publication', () => {
    const published = fc.integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2040, 11, 31) / 86_400_000 })
      .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), published, (month, d, p) => {
      const { date, issue } = resolveDate(greg(month, d), p, null);
      return issue === null && date.best !== null && date.best <= p && daysBetween(date.best, p) < 366
        && Number(date.best.slice(5, 7)) === month && Number(date.best.slice(8, 10)) === d;
    }));
  });
});

describe('resolveDate: relative to the publication date', () => {
  checkTable([
    { name: 'yesterday is the day before publication', mention: rel({ kind: 'published-offset', days: -1 }), published: PUBLISHED, want: ok(day('relative', '2017-11-01')) },
    { name: 'today is the publication day', mention: rel({ kind: 'published-offset', days: 0 }), published: PUBLISHED, want: ok(day('relative', PUBLISHED)) },
    {
      name: '"on <weekday>" is the publication day when it is that weekday',
      mention: rel({ kind: 'weekday', weekday: 4, strictlyBefore: false }), published: PUBLISHED, want: ok(day('relative', '2017-11-02')),
    },
    {
      name: '"last <weekday>" is strictly before publication when it is that weekday',
      mention: rel({ kind: 'weekday', weekday: 4, strictlyBefore: true }), published: PUBLISHED, want: ok(day('relative', '2017-10-26')),
    },
    {
      name: '"on <weekday>" is the latest such weekday before publication',
      mention: rel({ kind: 'weekday', weekday: 0, strictlyBefore: false }), published: PUBLISHED, want: ok(day('relative', '2017-10-29')),
    },
    {
      name: '"last <weekday>" on another weekday is the same latest such weekday',
      mention: rel({ kind: 'weekday', weekday: 0, strictlyBefore: true }), published: PUBLISHED, want: ok(day('relative', '2017-10-29')),
    },
    {
      name: '"on <weekday>" the day after publication goes back six days',
      mention: rel({ kind: 'weekday', weekday: 5, strictlyBefore: false }), published: PUBLISHED, want: ok(day('relative', '2017-10-27')),
    },
    {
      name: 'yesterday without a publication date reports date.unresolved',
      mention: rel({ kind: 'published-offset', days: -1 }), published: null,
      want: { date: { calendar: 'relative', best: null, earliest: null, latest: null, precision: 'unknown' }, issue: 'date.unresolved' },
    },
    {
      name: 'a weekday without a publication date reports date.unresolved',
      mention: rel({ kind: 'weekday', weekday: 0, strictlyBefore: false }), published: null,
      want: { date: { calendar: 'relative', best: null, earliest: null, latest: null, precision: 'unknown' }, issue: 'date.unresolved' },
    },
  ]);

  test('a weekday resolves to that weekday within the week up to publication (strictly before for "last")', () => {
    const published = fc.integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2040, 11, 31) / 86_400_000 })
      .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(fc.property(published, fc.integer({ min: 0, max: 6 }), fc.boolean(), (p, w, strictlyBefore) => {
      const { date } = resolveDate(rel({ kind: 'weekday', weekday: w, strictlyBefore }), p, null);
      if (date.best === null) return false;
      const back = daysBetween(date.best, p);
      return weekday(date.best) === w && (strictlyBefore ? back >= 1 && back <= 7 : back >= 0 && back <= 6);
    }));
  });
});

describe('resolveDate: relative to the previous incident', () => {
  const following = rel({ kind: 'previous-offset', days: 1 });
  const unresolved: Want = { date: { calendar: 'relative', best: null, earliest: null, latest: null, precision: 'unknown' }, issue: 'date.unresolved' };
  checkTable([
    {
      name: 'the following day shifts a Gregorian day by one',
      mention: following, published: PUBLISHED, previous: GREGORIAN_PREVIOUS, want: ok(day('relative', '2017-10-21')),
    },
    {
      name: 'the following day shifts a Hijri interval by one and keeps it ±1 around its best',
      mention: following, published: PUBLISHED, previous: HIJRI_PREVIOUS, want: ok(day('relative', '2017-10-21', '2017-10-20', '2017-10-22')),
    },
    {
      name: 'two days later shifts by two across a month end',
      mention: rel({ kind: 'previous-offset', days: 2 }), published: PUBLISHED, previous: day('gregorian', '2017-10-31'), want: ok(day('relative', '2017-11-02')),
    },
    {
      name: 'the same day keeps the previous interval',
      mention: rel({ kind: 'previous-offset', days: 0 }), published: PUBLISHED, previous: HIJRI_PREVIOUS, want: ok(day('relative', '2017-10-20', '2017-10-19', '2017-10-21')),
    },
    {
      name: 'the following day after a range shifts the range and keeps best null',
      mention: following, published: PUBLISHED, previous: RANGE_PREVIOUS,
      want: ok({ calendar: 'relative', best: null, earliest: '2017-10-22', latest: '2017-10-28', precision: 'days' }),
    },
    {
      name: 'the following day resolves without a publication date',
      mention: following, published: null, previous: GREGORIAN_PREVIOUS, want: ok(day('relative', '2017-10-21')),
    },
    {
      name: 'the following days are best null, previous best + 1 … + 7',
      mention: rel({ kind: 'previous-range', from: 1, to: 7 }), published: PUBLISHED, previous: HIJRI_PREVIOUS,
      want: ok({ calendar: 'relative', best: null, earliest: '2017-10-21', latest: '2017-10-27', precision: 'days' }),
    },
    {
      name: 'the following days after a range count from its earliest day',
      mention: rel({ kind: 'previous-range', from: 1, to: 7 }), published: PUBLISHED, previous: RANGE_PREVIOUS,
      want: ok({ calendar: 'relative', best: null, earliest: '2017-10-22', latest: '2017-10-28', precision: 'days' }),
    },
    { name: 'the following day with no previous date reports date.unresolved', mention: following, published: PUBLISHED, previous: null, want: unresolved },
    { name: 'the following day after an unresolved previous date reports date.unresolved', mention: following, published: PUBLISHED, previous: UNKNOWN_PREVIOUS, want: unresolved },
    {
      name: 'the following days with no previous date report date.unresolved',
      mention: rel({ kind: 'previous-range', from: 1, to: 7 }), published: PUBLISHED, previous: null, want: unresolved,
    },
  ]);

  test('a previous offset moves every bound by exactly that many days', () => {
    const iso = fc.integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2040, 11, 31) / 86_400_000 })
      .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(fc.property(iso, fc.integer({ min: 0, max: 7 }), (best, n) => {
      const previous = day('hijri', best, addDays(best, -1), addDays(best, 1));
      const { date } = resolveDate(rel({ kind: 'previous-offset', days: n }), null, previous);
      return date.best === addDays(best, n) && date.earliest === addDays(best, n - 1) && date.latest === addDays(best, n + 1);
    }));
  });
});

describe('resolveDate: a stated Hijri year and a 30th the table lacks', () => {
  test('a stated Hijri year is used as it is, without a publication date', () => {
    const r = resolveDate({ calendar: 'hijri', month: 12, day: 1, year: 1437 }, null, null);
    assert.deepEqual([r.date.best, r.date.earliest, r.date.latest, r.issue], ['2016-09-02', '2016-09-01', '2016-09-03', null]);
  });
  test('a stated Hijri day that does not exist reports date.invalid', () => {
    const r = resolveDate({ calendar: 'hijri', month: 2, day: 30, year: 1439 }, null, null);
    assert.equal(r.issue, 'date.invalid');
  });
  test('a 30th missing from the table is the day after its 29th (within the ±1 sighting margin)', () => {
    // Dhu al-Qa'dah 1437 has 29 days in the Umm al-Qura table; its 29th is 2016-09-01.
    const r = resolveDate({ calendar: 'hijri', month: 11, day: 30 }, '2016-09-05', null);
    assert.deepEqual([r.date.best, r.date.earliest, r.date.latest, r.issue], ['2016-09-02', '2016-09-01', '2016-09-03', null]);
  });
});

describe('resolveDate: the Hijri sighting margin', () => {
  test('is the day before and the day after, however often the same day is resolved', () => {
    const published = fc.integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2040, 11, 31) / 86_400_000 })
      .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 30 }), published, (month, d, p) => {
      const first = resolveDate(hijri(month, d), p, null);
      const again = resolveDate(hijri(month, d), p, null);
      assert.deepEqual(again, first);
      const { best, earliest, latest } = first.date;
      if (best === null) return first.issue === 'date.invalid' && earliest === null && latest === null;
      return first.issue === null && earliest === addDays(best, -1) && latest === addDays(best, 1);
    }), { numRuns: 300 });
  });
});

// The definition the per-publication table of Hijri days replaced: inferHijriYear, then a day either side.
describe('resolveDate: Hijri days with no year agree with inferHijriYear', () => {
  const reference = (month: number, dayOfMonth: number, published: string): EventDate | null => {
    const y = inferHijriYear(month, dayOfMonth, published);
    return y && { text: 't', calendar: 'hijri', best: y.iso, earliest: addDays(y.iso, -1), latest: addDays(y.iso, 1), precision: 'day', stated: true };
  };
  test('every day-month, in and out of range, under publication dates met in any order (twice: the table is kept)', () => {
    const published = fc.constantFrom('2016-11-01', '2017-09-25', '2017-10-01', '2024-03-12', '2019-12-31');
    const part = fc.oneof(fc.integer({ min: -2, max: 33 }), fc.constantFrom(1.5, 0.5, Number.NaN));
    fc.assert(fc.property(fc.array(fc.tuple(part, part, published), { minLength: 1, maxLength: 6 }), (calls) => {
      for (const [month, dayOfMonth, pub] of [...calls, ...calls]) {
        const want = reference(month, dayOfMonth, pub);
        const got = resolveDate(hijri(month, dayOfMonth), pub, null, 't');
        if (want) assert.deepEqual(got, { date: want, issue: null });
        else if (dayOfMonth !== 30) assert.deepEqual([got.issue, got.date.best], ['date.invalid', null]);
      }
    }), { numRuns: 3000 });
  });
  test('(1.5, 1) is not read as (1, 17), nor (2, -10) as (1, 22)', () => {
    for (const pub of ['2017-10-01', '2017-11-02']) {
      resolveDate(hijri(1, 17), pub, null, 't');
      resolveDate(hijri(1, 22), pub, null, 't');
      assert.equal(resolveDate(hijri(1.5, 1), pub, null, 't').issue, 'date.invalid');
      assert.equal(resolveDate(hijri(2, -10), pub, null, 't').issue, 'date.invalid');
    }
  });
});
