import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addDays, daysBetween, parseIsoDate, toIsoDate, weekday } from './iso-date.js';

// Any calendar day 1900-01-01 … 2100-12-31, as an ISO string.
const isoDate = fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

describe('parseIsoDate', () => {
  const valid: [string, number, number, number][] = [
    ['2016-02-29', 2016, 1, 29], // leap year
    ['2000-02-29', 2000, 1, 29], // divisible by 400
    ['2017-12-31', 2017, 11, 31],
    ['2017-01-01', 2017, 0, 1],
    ['0622-07-19', 622, 6, 19],
    ['0099-12-31', 99, 11, 31], // Date.UTC would read year 99 as 1999
  ];
  for (const [s, y, m, d] of valid) {
    test(`reads ${s} as that UTC day`, () => {
      const got = parseIsoDate(s);
      assert.ok(got);
      assert.deepEqual([got.getUTCFullYear(), got.getUTCMonth(), got.getUTCDate(), got.getUTCHours()], [y, m, d, 0]);
    });
  }

  const invalid: [string, string][] = [
    ['2017-02-29', 'no 29 February in a common year'],
    ['2100-02-29', 'a century not divisible by 400 is common'],
    ['2017-04-31', 'April has 30 days'],
    ['2017-13-01', 'month 13'],
    ['2017-00-10', 'month 0'],
    ['2017-01-00', 'day 0'],
    ['2017-01-32', 'day 32'],
    ['2017-1-1', 'unpadded'],
    ['17-01-01', 'two-digit year'],
    [' 2017-01-01', 'leading space'],
    ['2017-01-01T00:00', 'with a time'],
    ['2017/01/01', 'slashes'],
    ['', 'empty'],
  ];
  for (const [s, why] of invalid) {
    test(`rejects ${JSON.stringify(s)} (${why})`, () => {
      assert.equal(parseIsoDate(s), null);
    });
  }

  test('round-trips every day through toIsoDate', () => {
    fc.assert(fc.property(isoDate, (d) => {
      const parsed = parseIsoDate(d);
      return parsed !== null && toIsoDate(parsed) === d;
    }));
  });
});

describe('addDays', () => {
  const cases: [string, number, string][] = [
    ['2017-10-20', 0, '2017-10-20'],
    ['2017-10-31', 1, '2017-11-01'],
    ['2017-11-01', -1, '2017-10-31'],
    ['2016-12-31', 1, '2017-01-01'],
    ['2017-01-01', -1, '2016-12-31'],
    ['2016-02-28', 1, '2016-02-29'],
    ['2017-02-28', 1, '2017-03-01'],
    ['2016-03-01', -1, '2016-02-29'],
    ['2016-01-01', 366, '2017-01-01'],
    ['2017-01-01', 365, '2018-01-01'],
    ['2017-10-20', -7, '2017-10-13'],
    ['2017-03-26', 1, '2017-03-27'], // a European DST change must not shift the day
    ['0099-12-31', 1, '0100-01-01'],
  ];
  for (const [from, n, want] of cases) {
    test(`${from} ${n >= 0 ? '+' : '−'} ${Math.abs(n)} days is ${want}`, () => {
      assert.equal(addDays(from, n), want);
    });
  }

  test('throws a RangeError on a string that is not an ISO date', () => {
    assert.throws(() => addDays('2017-02-29', 1), RangeError);
  });

  test('adding then subtracting n days returns the same date', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => addDays(addDays(d, n), -n) === d));
  });
});

describe('daysBetween', () => {
  const cases: [string, string, number][] = [
    ['2017-10-20', '2017-10-20', 0],
    ['2017-10-20', '2017-10-21', 1],
    ['2017-10-21', '2017-10-20', -1],
    ['2016-02-01', '2016-03-01', 29],
    ['2017-02-01', '2017-03-01', 28],
    ['2016-01-01', '2017-01-01', 366],
  ];
  for (const [a, b, want] of cases) {
    test(`from ${a} to ${b} is ${want} days`, () => {
      assert.equal(daysBetween(a, b), want);
    });
  }

  test('throws a RangeError when either side is not an ISO date', () => {
    assert.throws(() => daysBetween('2017-10-20', '2017-10-32'), RangeError);
  });

  test('is the inverse of addDays', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => daysBetween(d, addDays(d, n)) === n));
  });
});

describe('weekday', () => {
  const cases: [string, number, string][] = [
    ['2016-09-02', 5, 'Friday'],
    ['2017-11-02', 4, 'Thursday'],
    ['2017-10-22', 0, 'Sunday'],
    ['2017-10-28', 6, 'Saturday'],
    ['2000-01-01', 6, 'Saturday'],
  ];
  for (const [d, want, name] of cases) {
    test(`${d} is a ${name} (${want})`, () => {
      assert.equal(weekday(d), want);
    });
  }

  test('advances by one, modulo 7, with each day', () => {
    fc.assert(fc.property(isoDate, (d) => weekday(addDays(d, 1)) === (weekday(d) + 1) % 7));
  });
});
