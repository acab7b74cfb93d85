import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { fromHijri, inferHijriYear, toHijri, type HijriDate } from './hijri.js';
import { addDays } from './iso-date.js';

// Umm al-Qura table dates, checked against the published Saudi calendar (and Intl as an oracle,
// offline): [year, month, day, Gregorian].
const KNOWN: [number, number, number, string][] = [
  [1437, 12, 1, '2016-09-02'],  // DOMAIN.md §4: the table says 2 Sep, the sighting 3 Sep
  [1420, 1, 1, '1999-04-17'],
  [1435, 9, 1, '2014-06-28'],
  [1436, 12, 1, '2015-09-14'],
  [1437, 11, 29, '2016-09-01'], // last day of a 29-day month
  [1437, 12, 30, '2016-10-01'], // last day of a 30-day month
  [1438, 1, 1, '2016-10-02'],
  [1438, 1, 10, '2016-10-11'],
  [1438, 9, 1, '2017-05-27'],
  [1438, 10, 1, '2017-06-25'],
  [1438, 12, 10, '2017-09-01'],
  [1438, 12, 29, '2017-09-20'],
  [1439, 1, 1, '2017-09-21'],
  [1440, 1, 1, '2018-09-11'],
  [1441, 9, 1, '2020-04-24'],
  [1445, 1, 1, '2023-07-19'],
];

// ISO dates 2000-01-01 … 2040-12-31.
const isoDate = fc.integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2040, 11, 31) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

describe('toHijri', () => {
  for (const [year, month, day, iso] of KNOWN) {
    test(`${iso} is ${day}/${month}/${year} AH`, () => {
      assert.deepEqual(toHijri(iso), { year, month, day });
    });
  }

  test('throws a RangeError on a string that is not an ISO date', () => {
    assert.throws(() => toHijri('2016-02-30'), RangeError);
  });

  test('the next day is the next Hijri day, or day 1 of the next month after a 29th or 30th', () => {
    fc.assert(fc.property(isoDate, (d) => {
      const a = toHijri(d);
      const b = toHijri(addDays(d, 1));
      if (b.day === a.day + 1) return b.month === a.month && b.year === a.year;
      const next = a.month === 12 ? { year: a.year + 1, month: 1 } : { year: a.year, month: a.month + 1 };
      return b.day === 1 && (a.day === 29 || a.day === 30) && b.year === next.year && b.month === next.month;
    }));
  });
});

describe('fromHijri', () => {
  for (const [year, month, day, iso] of KNOWN) {
    test(`${day}/${month}/${year} AH is ${iso}`, () => {
      assert.equal(fromHijri({ year, month, day }), iso);
    });
  }

  const missing: [HijriDate, string][] = [
    [{ year: 1437, month: 11, day: 30 }, '30 Dhu al-Qa\'dah 1437: a 29-day month'],
    [{ year: 1438, month: 12, day: 30 }, '30 Dhu al-Hijjah 1438: a 29-day month'],
    [{ year: 1436, month: 1, day: 30 }, '30 Muharram 1436: a 29-day month'],
    [{ year: 1437, month: 1, day: 31 }, 'day 31'],
    [{ year: 1437, month: 1, day: 0 }, 'day 0'],
    [{ year: 1437, month: 13, day: 1 }, 'month 13'],
    [{ year: 1437, month: 0, day: 1 }, 'month 0 (used to read back as a December date)'],
    [{ year: 1437, month: 1, day: 1.5 }, 'a fractional day'],
  ];
  for (const [h, why] of missing) {
    test(`is null for a day that does not exist: ${why}`, () => {
      assert.equal(fromHijri(h), null);
    });
  }

  test('inverts toHijri for every day 2000–2040', () => {
    fc.assert(fc.property(isoDate, (d) => fromHijri(toHijri(d)) === d));
  });
});

describe('inferHijriYear', () => {
  const cases: [string, number, number, string, { year: number; iso: string } | null][] = [
    ['a date earlier in the same Hijri year', 12, 1, '2016-11-01', { year: 1437, iso: '2016-09-02' }],
    ['a date on the publication day itself', 12, 1, '2016-09-02', { year: 1437, iso: '2016-09-02' }],
    ['a date one day after publication: the year before', 12, 1, '2016-09-01', { year: 1436, iso: '2015-09-14' }],
    ['late Dhu al-Hijjah just after the new year: the previous year', 12, 25, '2017-09-25', { year: 1438, iso: '2017-09-16' }],
    ['early Muharram just after the new year: the new year', 1, 3, '2017-09-25', { year: 1439, iso: '2017-09-23' }],
    ['mid-Muharram just after the new year: a year back', 1, 10, '2017-09-25', { year: 1438, iso: '2016-10-11' }],
    ['1 Muharram published on 1 Muharram', 1, 1, '2017-09-21', { year: 1439, iso: '2017-09-21' }],
    ['1 Muharram published on 29 Dhu al-Hijjah', 1, 1, '2017-09-20', { year: 1438, iso: '2016-10-02' }],
    ['a 30th missing this year but present the year before', 12, 30, '2017-09-20', { year: 1437, iso: '2016-10-01' }],
    ['a month that does not exist', 13, 1, '2017-09-20', null],
  ];
  for (const [why, month, day, published, want] of cases) {
    test(`${day}/${month} published ${published}: ${why}`, () => {
      assert.deepEqual(inferHijriYear(month, day, published), want);
    });
  }

  test('answers a repeated question the same, and a changed answer does not reach the memo', () => {
    const first = inferHijriYear(12, 1, '2016-11-01');
    assert.ok(first);
    first.year = 1;
    first.iso = '0001-01-01';
    assert.deepEqual(inferHijriYear(12, 1, '2016-11-01'), { year: 1437, iso: '2016-09-02' });
    // Same day and month, another publication date: its own answer, not the memo's.
    assert.deepEqual(inferHijriYear(12, 1, '2016-09-01'), { year: 1436, iso: '2015-09-14' });
    // Days beyond any month never borrow a real date's answer (11/33 would share a slot with 12/1).
    assert.equal(inferHijriYear(11, 33, '2016-11-01'), null);
    assert.equal(inferHijriYear(13, 1, '2016-11-01'), null);
    assert.equal(inferHijriYear(0, 0, '2016-11-01'), null);
  });

  test('is the latest year that puts the day on or before publication', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 30 }), isoDate, (month, day, published) => {
      const got = inferHijriYear(month, day, published);
      if (got === null) return day === 30; // days 1–29 always exist in the previous year
      const later = fromHijri({ year: got.year + 1, month, day });
      return got.iso <= published && fromHijri({ year: got.year, month, day }) === got.iso && (later === null || later > published);
    }));
  });
});
