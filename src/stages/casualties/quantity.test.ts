import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseQuantity } from './quantity.js';

type Range = [low: number | null, best: number | null, high: number | null];

function checkTable(rows: readonly [string, Range][]): void {
  for (const [phrase, [low, best, high]] of rows) {
    test(`${JSON.stringify(phrase)} is ${low}/${best}/${high}`, () => {
      assert.deepEqual(parseQuantity(phrase), { low, best, high });
    });
  }
}

describe('parseQuantity: exact figures', () => {
  checkTable([
    ['3', [3, 3, 3]],
    ['0', [0, 0, 0]],
    ['1200', [1200, 1200, 1200]],
    ['1,200', [1200, 1200, 1200]],
    ['1,000,000', [1_000_000, 1_000_000, 1_000_000]],
    ['two', [2, 2, 2]],
    ['thirty', [30, 30, 30]],
    ['twenty-five', [25, 25, 25]],
    ['twenty five', [25, 25, 25]],
    ['one hundred', [100, 100, 100]],
    ['a hundred', [100, 100, 100]],
    ['one hundred and twenty', [120, 120, 120]],
    ['one hundred and twenty-five', [125, 125, 125]],
    ['eleven hundred', [1100, 1100, 1100]],
    ['twenty-five hundred', [2500, 2500, 2500]],
    ['two thousand five hundred', [2500, 2500, 2500]],
    ['one thousand two hundred and one', [1201, 1201, 1201]],
    ['three hundred thousand', [300_000, 300_000, 300_000]],
    ['a dozen', [12, 12, 12]],
    ['two dozen', [24, 24, 24]],
    ['a pair of', [2, 2, 2]],
    ['Twenty-Five', [25, 25, 25]],
    ['  twenty   five ', [25, 25, 25]],
  ]);
});

describe('parseQuantity: modifiers', () => {
  checkTable([
    ['approximately 10', [8, 10, 12]],
    ['about 10', [8, 10, 12]],
    ['around 7', [5, 7, 9]],
    ['nearly 11', [8, 11, 14]],
    ['about a dozen', [9, 12, 15]],
    ['about twenty', [16, 20, 24]],
    ['some 20', [16, 20, 24]],
    ['more than 20', [21, 21, null]],
    ['more than a dozen', [13, 13, null]],
    ['over 9', [10, 10, null]],
    ['over 1,000', [1001, 1001, null]],
    ['at least 4', [4, 4, null]],
    ['at least five', [5, 5, null]],
  ]);
});

describe('parseQuantity: vague quantities', () => {
  checkTable([
    ['several', [3, 3, 9]],
    ['a number of', [3, 3, 9]],
    ['some', [3, 3, 9]],
    ['dozens', [24, 36, 99]],
    ['dozens of', [24, 36, 99]],
    ['Dozens', [24, 36, 99]],
    ['tens', [20, 30, 90]],
    ['tens of', [20, 30, 90]],
    ['hundreds', [200, 300, 999]],
    ['hundreds of', [200, 300, 999]],
  ]);
});

describe('parseQuantity: phrases that are no figure', () => {
  const negatives: [string, string][] = [
    ['', 'empty'],
    ['   ', 'blank'],
    ['abc', 'not a number'],
    ['casualties', 'a noun without a figure'],
    ['and', 'a bare conjunction'],
    ['one and', 'a dangling conjunction'],
    ['five five', 'two units in a row'],
    ['twenty thirty', 'two tens in a row'],
    ['twelve five', 'a unit after a teen'],
    ['hundred hundred', 'a repeated multiplier'],
    ['one zero', 'zero inside a compound'],
    ['12,34', 'a misplaced thousands separator'],
    ['1,2345', 'a misplaced thousands separator'],
    ['1.5', 'a decimal'],
    ['-3', 'a negative'],
    ['about', 'a modifier without a figure'],
    ['more than', 'a modifier without a figure'],
  ];
  for (const [phrase, why] of negatives) {
    test(`${JSON.stringify(phrase)} is null (${why})`, () => {
      assert.equal(parseQuantity(phrase), null);
    });
  }
});

describe('parseQuantity: properties', () => {
  const n = fc.integer({ min: 0, max: 100_000 });

  test('a plain integer n is n/n/n', () => {
    fc.assert(fc.property(n, (k) => {
      assert.deepEqual(parseQuantity(String(k)), { low: k, best: k, high: k });
    }));
  });

  test('an integer with en-US thousands separators reads as without them', () => {
    fc.assert(fc.property(n, (k) => {
      assert.deepEqual(parseQuantity(k.toLocaleString('en-US')), parseQuantity(String(k)));
    }));
  });

  test('"about n" is ⌊0.8n⌋ ≤ n ≤ ⌈1.2n⌉, computed in integers', () => {
    fc.assert(fc.property(n, (k) => {
      const q = parseQuantity(`about ${k}`);
      assert.deepEqual(q, { low: Math.floor((4 * k) / 5), best: k, high: Math.floor((6 * k + 4) / 5) });
      assert.ok(q && q.low !== null && q.high !== null && q.low <= k && k <= q.high);
    }));
  });

  test('"more than n" and "at least n" are open-ended above n', () => {
    fc.assert(fc.property(n, (k) => {
      assert.deepEqual(parseQuantity(`more than ${k}`), { low: k + 1, best: k + 1, high: null });
      assert.deepEqual(parseQuantity(`at least ${k}`), { low: k, best: k, high: null });
    }));
  });

  test('a number spelled in words reads as its digits', () => {
    const units = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
    const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
    const below100 = (k: number): string =>
      k < 10 ? units[k] : k < 20 ? teens[k - 10] : tens[Math.floor(k / 10)] + (k % 10 ? `-${units[k % 10]}` : '');
    const below1000 = (k: number): string => {
      const h = Math.floor(k / 100);
      const r = k % 100;
      if (h === 0) return below100(r);
      return `${units[h]} hundred${r ? ` and ${below100(r)}` : ''}`;
    };
    const spell = (k: number): string => {
      const t = Math.floor(k / 1000);
      const r = k % 1000;
      if (t === 0) return below1000(r);
      return `${below1000(t)} thousand${r ? ` ${r < 100 ? 'and ' : ''}${below1000(r)}` : ''}`;
    };
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999 }), (k) => {
      assert.deepEqual(parseQuantity(spell(k)), { low: k, best: k, high: k }, spell(k));
    }));
  });
});
