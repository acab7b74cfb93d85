import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { digitAfterMonthWords, findDateMentions, guardedDateAnnotations, isMonthChar, numberWithin, theOrdinalGate, tokensToDay } from './date-mentions.js';
import { phraseKeys, tokenize } from '../../core/tokens.js';
import { alternation, apostropheTolerantTerm, escapeRegex, loadTsv } from '../../lexicon/load.js';
import type { DateMention, RelativeDate } from '../../pipeline/annotations.js';

const hijri = (month: number, day: number): DateMention => ({ calendar: 'hijri', month, day });
const greg = (month: number, day: number, year: number | null = null): DateMention => ({ calendar: 'gregorian', month, day, year });
const rel = (relative: RelativeDate): DateMention => ({ calendar: 'relative', relative });
const published = (days: number) => rel({ kind: 'published-offset', days });
const onWeekday = (weekday: number, strictlyBefore = false) => rel({ kind: 'weekday', weekday, strictlyBefore });
const afterPrevious = (days: number) => rel({ kind: 'previous-offset', days });

type Found = [start: number, end: number, matched: string, mention: DateMention];

function found(text: string): Found[] {
  return findDateMentions(text).map((f) => [f.start, f.end, text.slice(f.start, f.end), f.mention]);
}

function checkTable(rows: readonly [string, Found[]][]): void {
  for (const [text, want] of rows) {
    test(`finds ${want.map((w) => JSON.stringify(w[2])).join(' + ')} in ${JSON.stringify(text)}`, () => {
      assert.deepEqual(found(text), want);
    });
  }
}

describe('findDateMentions: Hijri day-month, romanisations and apostrophes', () => {
  checkTable([
    ["On the 20th of Dhul-Qa'dah, the soldiers", [[7, 26, "20th of Dhul-Qa'dah", hijri(11, 20)]]],
    ['On the 20th of Dhul-Qa’dah, the soldiers', [[7, 26, '20th of Dhul-Qa’dah', hijri(11, 20)]]],
    ['On the 20th of Dhul-Qa‘dah, the soldiers', [[7, 26, '20th of Dhul-Qa‘dah', hijri(11, 20)]]],
    ['On the 20th of Dhul-Qaʿdah, the soldiers', [[7, 26, '20th of Dhul-Qaʿdah', hijri(11, 20)]]],
    ['On the 20th of Dhul-Qaʻdah, the soldiers', [[7, 26, '20th of Dhul-Qaʻdah', hijri(11, 20)]]],
    ["on 3 Dhu'l-Qi'dah, a", [[3, 17, "3 Dhu'l-Qi'dah", hijri(11, 3)]]],
    ['on 3 Zul Qadah a', [[3, 14, '3 Zul Qadah', hijri(11, 3)]]],
    ['on 3 Zulqadah a', [[3, 13, '3 Zulqadah', hijri(11, 3)]]],
    ["on 3 Thul-Qa'dah a", [[3, 16, "3 Thul-Qa'dah", hijri(11, 3)]]],
    ['on 3 Dhu al Qa’dah a', [[3, 18, '3 Dhu al Qa’dah', hijri(11, 3)]]], // space for the hyphen
    ["on 12 Rabi' al-Awwal a", [[3, 20, "12 Rabi' al-Awwal", hijri(3, 12)]]],
    ['on 12 Rabiʿ I a', [[3, 13, '12 Rabiʿ I', hijri(3, 12)]]],
    ['on 12 Rabiul Awwal a', [[3, 18, '12 Rabiul Awwal', hijri(3, 12)]]],
    ['on 12 Rabi’ul-Awwal a', [[3, 19, '12 Rabi’ul-Awwal', hijri(3, 12)]]],
    ['on 7 Rabi II a', [[3, 12, '7 Rabi II', hijri(4, 7)]]],
    ['on 7 Rabi ath-Thani a', [[3, 19, '7 Rabi ath-Thani', hijri(4, 7)]]],
    ['on 9 Jumada al-Ula a', [[3, 18, '9 Jumada al-Ula', hijri(5, 9)]]],
    ['on 9 Jumada I a', [[3, 13, '9 Jumada I', hijri(5, 9)]]],
    ['on 9 Jumadal Akhirah a', [[3, 20, '9 Jumadal Akhirah', hijri(6, 9)]]],
    ['on 1 Muharram a', [[3, 13, '1 Muharram', hijri(1, 1)]]],
    ['on 1 Moharram a', [[3, 13, '1 Moharram', hijri(1, 1)]]],
    ['on 2 Safar a', [[3, 10, '2 Safar', hijri(2, 2)]]],
    ['on 2 Rajab a', [[3, 10, '2 Rajab', hijri(7, 2)]]],
    ['on 14 Sha‘ban a', [[3, 13, '14 Sha‘ban', hijri(8, 14)]]],
    ['on 14 Shaʻban a', [[3, 13, '14 Shaʻban', hijri(8, 14)]]],
    ['on 14 Shaaban a', [[3, 13, '14 Shaaban', hijri(8, 14)]]],
    ['on 17 Ramadhan a', [[3, 14, '17 Ramadhan', hijri(9, 17)]]],
    ['on 17 Ramazan a', [[3, 13, '17 Ramazan', hijri(9, 17)]]],
    ['on 17 Ramadan a', [[3, 13, '17 Ramadan', hijri(9, 17)]]],
    ['on 3 Shawwal a', [[3, 12, '3 Shawwal', hijri(10, 3)]]],
    ['on 10 Dhul-Hijjah a', [[3, 17, '10 Dhul-Hijjah', hijri(12, 10)]]],
    ['on 10 Dhu al-Hijjah a', [[3, 19, '10 Dhu al-Hijjah', hijri(12, 10)]]],
    ['on 10 Zulhijjah a', [[3, 15, '10 Zulhijjah', hijri(12, 10)]]],
    ['on 10 Dhil-Hijjah a', [[3, 17, '10 Dhil-Hijjah', hijri(12, 10)]]],
    ['On 12 Shaʿbān a', [[3, 13, '12 Shaʿbān', hijri(8, 12)]]], // scholarly romanisation with diacritics
    ['On 27 Ramaḍān a', [[3, 13, '27 Ramaḍān', hijri(9, 27)]]],
    ['On 8 Dhū al-Ḥijjah a', [[3, 18, '8 Dhū al-Ḥijjah', hijri(12, 8)]]],
    ['On 20 Rabīʿ al-Ākhir a', [[3, 20, '20 Rabīʿ al-Ākhir', hijri(4, 20)]]],
    ['the 5th day of Ramadan', [[4, 22, '5th day of Ramadan', hijri(9, 5)]]],
    ['on the 5th day of the month of Ramadan', [[7, 38, '5th day of the month of Ramadan', hijri(9, 5)]]],
    ['the 1st Muharram', [[4, 16, '1st Muharram', hijri(1, 1)]]],
    ['3rd Rajab', [[0, 9, '3rd Rajab', hijri(7, 3)]]],
    ['on 22nd of Safar', [[3, 16, '22nd of Safar', hijri(2, 22)]]],
    ['on 30 Safar', [[3, 11, '30 Safar', hijri(2, 30)]]], // whether Safar has a 30th that year is resolveDate's question
  ]);
});

describe('findDateMentions: Hijri ordinal words and month-day order', () => {
  checkTable([
    ['on the first of Muharram,', [[3, 24, 'the first of Muharram', hijri(1, 1)]]],
    ['On the twenty-third of Ramadan,', [[3, 30, 'the twenty-third of Ramadan', hijri(9, 23)]]],
    ['On The Tenth Day Of Muharram,', [[3, 28, 'The Tenth Day Of Muharram', hijri(1, 10)]]],
    ['on the thirtieth of Ramadan', [[3, 27, 'the thirtieth of Ramadan', hijri(9, 30)]]],
    ['On Ramadan 5, the', [[3, 12, 'Ramadan 5', hijri(9, 5)]]],
    ['on Ramadan 5th the', [[3, 14, 'Ramadan 5th', hijri(9, 5)]]],
    ['Jumada II 4 was', [[0, 11, 'Jumada II 4', hijri(6, 4)]]],
    ['On Ṣafar 9, the', [[3, 10, 'Ṣafar 9', hijri(2, 9)]]], // a month that starts with a non-ASCII letter
    // "the" and its ordinal as far before the month word as the pattern reaches (7 tokens), and one "the" before another
    ['on the twenty-first day of al-Muharram', [[3, 38, 'the twenty-first day of al-Muharram', hijri(1, 21)]]],
    ['the the first of Rajab', [[4, 22, 'the first of Rajab', hijri(7, 1)]]],
    ['THE FIRST OF RAJAB', [[0, 18, 'THE FIRST OF RAJAB', hijri(7, 1)]]],
  ]);
});

describe('theOrdinalGate: the gate before the ordinal-word pattern', () => {
  const ordinalKeys = new Set(loadTsv('ordinal-words.tsv', ['word', 'value']).map((r) => phraseKeys(r.word)[0]));
  const gate = theOrdinalGate(ordinalKeys, 7);
  const rows: [text: string, i: number, want: boolean][] = [
    ['the first of Rajab', 3, true],
    ['on the twenty-first day of al-Muharram', 7, true],
    // must NOT pass: no "the", "the" not before an ordinal, the ordinal too far back, after the month
    ['first of Rajab', 2, false],
    ['the day of Rajab', 3, false],
    ['the first a b c d e f of Rajab', 9, false],
    ['Rajab the first', 0, false],
  ];
  for (const [text, i, want] of rows) {
    test(`${JSON.stringify(text)} at token ${i}: ${want}`, () => assert.equal(gate(tokenize(text), i), want));
  }

  test('wherever the ordinal-word pattern matches, the gate passes at the tokens it covers within 7 of its start', () => {
    const variants = loadTsv('hijri-months.tsv', ['month', 'variant']).map((r) => r.variant);
    const ordinals = loadTsv('ordinal-words.tsv', ['word', 'value']).map((r) => r.word);
    const pattern = new RegExp(`\\bthe\\s+(${alternation(ordinals, escapeRegex)})\\s+(?:day\\s+)?of\\s+(${alternation(variants, apostropheTolerantTerm)})`, 'iuy');
    const piece = fc.oneof(fc.constantFrom(...variants), fc.constantFrom(...ordinals), fc.constantFrom(' ', '  ', 'the ', 'The ', 'THE ', 'of ', 'day ', '-', "'", ',', '12 ', 'x'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
      const text = parts.join('');
      const tokens = tokenize(text);
      for (let j = 0; j < tokens.count; j++) {
        pattern.lastIndex = tokens.start[j];
        const m = pattern.exec(text);
        if (!m) continue;
        for (let i = j + 1; i <= j + 7 && i < tokens.count && tokens.end[i] <= m.index + m[0].length; i++) {
          assert.ok(gate(tokens, i), `${JSON.stringify(text)} at token ${i}`);
        }
      }
    }), { numRuns: 1000 });
  });
});

describe('findDateMentions: Gregorian dates', () => {
  checkTable([
    ['on 20 October 2017,', [[3, 18, '20 October 2017', greg(10, 20, 2017)]]],
    ['on October 20, 2017,', [[3, 19, 'October 20, 2017', greg(10, 20, 2017)]]],
    ['on 20 October,', [[3, 13, '20 October', greg(10, 20)]]],
    ['on Oct. 25 the', [[3, 10, 'Oct. 25', greg(10, 25)]]],
    ['on Oct 25 the', [[3, 9, 'Oct 25', greg(10, 25)]]],
    ['on 3 Dec. 2017 the', [[3, 14, '3 Dec. 2017', greg(12, 3, 2017)]]],
    ['on Sept 3 the', [[3, 9, 'Sept 3', greg(9, 3)]]],
    ['on 5th of May the', [[3, 13, '5th of May', greg(5, 5)]]],
    ['On May 3, the', [[3, 8, 'May 3', greg(5, 3)]]],
    ['on 2017-10-20 the', [[3, 13, '2017-10-20', greg(10, 20, 2017)]]],
    ['on the 30th of February', [[7, 23, '30th of February', greg(2, 30)]]], // resolveDate reports date.invalid
  ]);
});

describe('findDateMentions: relative phrases', () => {
  checkTable([
    ["yesterday's attack", [[0, 9, 'yesterday', published(-1)]]],
    ['the day before yesterday', [[0, 24, 'the day before yesterday', published(-2)]]],
    ['earlier today', [[0, 13, 'earlier today', published(0)]]],
    ['this morning', [[0, 12, 'this morning', published(0)]]],
    ['on Sunday', [[3, 9, 'Sunday', onWeekday(0)]]],
    ["Sunday's attack", [[0, 6, 'Sunday', onWeekday(0)]]],
    ['after Friday prayers', [[6, 12, 'Friday', onWeekday(5)]]], // the prayers fix the day
    ['last Friday', [[0, 11, 'last Friday', onWeekday(5, true)]]],
    ['this past Monday', [[0, 16, 'this past Monday', onWeekday(1, true)]]],
    ['the following day', [[0, 17, 'the following day', afterPrevious(1)]]],
    ['the next day', [[0, 12, 'the next day', afterPrevious(1)]]],
    ['the day after', [[0, 13, 'the day after', afterPrevious(1)]]],
    ['a day later', [[0, 11, 'a day later', afterPrevious(1)]]],
    ['one day after the operation', [[0, 13, 'one day after', afterPrevious(1)]]],
    ['two days later', [[0, 14, 'two days later', afterPrevious(2)]]],
    ['3 days after', [[0, 12, '3 days after', afterPrevious(3)]]],
    ['during the course of the following days', [[0, 39, 'during the course of the following days', rel({ kind: 'previous-range', from: 1, to: 7 })]]],
    ['over the next few days', [[0, 22, 'over the next few days', rel({ kind: 'previous-range', from: 1, to: 7 })]]],
    ['the same day', [[0, 12, 'the same day', afterPrevious(0)]]],
    ['On the same day,', [[0, 15, 'On the same day', afterPrevious(0)]]],
  ]);
});

describe('findDateMentions: several mentions in one text', () => {
  checkTable([
    ['On Sunday, 20 October 2017, yesterday', [
      [3, 9, 'Sunday', onWeekday(0)], [11, 26, '20 October 2017', greg(10, 20, 2017)], [28, 37, 'yesterday', published(-1)],
    ]],
    ['On 20 Muharram and the following day, then two days later', [
      [3, 14, '20 Muharram', hijri(1, 20)], [19, 36, 'the following day', afterPrevious(1)], [43, 57, 'two days later', afterPrevious(2)],
    ]],
  ]);
});

describe('findDateMentions: inputs that must not yield a date', () => {
  const negatives: [string, string][] = [
    ['they may 3 times', '"may" as a verb, lower case'],
    ['they march 5 km north', '"march" as a verb, lower case'],
    ['a 120mm mortar', 'a calibre'],
    ['on route 25', 'a road number'],
    ['a 23-year-old man', 'an age'],
    ['at 10:30 in the morning', 'a clock time'],
    ['a T-72 tank', 'a model number'],
    ['a 4x4 vehicle', 'a vehicle descriptor'],
    ['2,500 rounds', 'a count with a separator'],
    ['a Sunday school in the town', 'an institution, not a day'],
    ['the Sunday Times reported', 'a newspaper'],
    ['Safari 3 was parked', 'a Hijri month inside a word (month-day)'],
    ['the 3 Safari trucks', 'a Hijri month inside a word (day-month)'],
    ['Rajabov 12 said', 'a Hijri month at the start of a surname'],
    ['12 Rajabov said', 'a Hijri month at the start of a surname, after a number'],
    ['the first of Rajabov', 'an ordinal before a surname'],
    ['Decree 3 of the council', 'a month abbreviation inside a word'],
    ['3 Marines were', 'a month abbreviation at the start of a word'],
    ['in May 2017', 'a month and year without a day'],
    ['in Muharram 1439', 'a Hijri month and year without a day'],
    ['on 31 Muharram', 'no Hijri month has a 31st'],
    ['on 32 October', 'no month has a 32nd'],
    ['on 0 October', 'no day 0'],
    ['ref 2017-13-45', 'an ISO-shaped string with month 13'],
    ['ref 2017-00-10', 'an ISO-shaped string with month 0'],
    ['ref 20171020', 'digits without separators'],
    ['the 20th of the month', 'no month named'],
    ['in the 20th century', 'no month named'],
    ['', 'empty text'],
  ];
  for (const [text, why] of negatives) {
    test(`finds no date in ${JSON.stringify(text)} (${why})`, () => {
      assert.deepEqual(found(text), []);
    });
  }
});

describe('findDateMentions: properties', () => {
  const variants = loadTsv('hijri-months.tsv', ['month', 'variant']).map((r) => ({ month: Number(r.month), variant: r.variant }));
  const apostrophes = ["'", '’', '‘', 'ʿ', 'ʻ'];
  const spelling = fc.tuple(fc.constantFrom(...variants), fc.constantFrom(...apostrophes))
    .map(([v, a]) => ({ month: v.month, variant: v.variant.replace(/['’‘ʿʻ]/g, a) }));

  test('"On the {d}th of {any month spelling}," yields exactly that Hijri day, spanning "{d}th of {spelling}"', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 29 }), spelling, (d, { month, variant }) => {
      const phrase = `${d}th of ${variant}`;
      const text = `On the ${phrase}, they attacked.`;
      assert.deepEqual(found(text), [[7, 7 + phrase.length, phrase, hijri(month, d)]]);
    }), { numRuns: 500 });
  });

  test('"On {any month spelling} {d}, the" yields exactly that Hijri day, spanning "{spelling} {d}"', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 29 }), spelling, (d, { month, variant }) => {
      const phrase = `${variant} ${d}`;
      assert.deepEqual(found(`On ${phrase}, the`), [[3, 3 + phrase.length, phrase, hijri(month, d)]]);
    }), { numRuns: 500 });
  });

  test('random text never throws and yields sorted, disjoint spans inside the text', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
      const spans = findDateMentions(text);
      let previousEnd = 0;
      for (const s of spans) {
        if (!(s.start >= previousEnd && s.start < s.end && s.end <= text.length)) return false;
        previousEnd = s.end;
      }
      return true;
    }), { numRuns: 1000 });
  });
});

describe('findDateMentions: a stated Hijri year and day counts', () => {
  const table: [string, string, DateMention][] = [
    ['On 1 Dhu al-Hijjah 1437, a bomb', '1 Dhu al-Hijjah 1437', { calendar: 'hijri', month: 12, day: 1, year: 1437 }],
    ['on the 14th of Safar 1439 AH the', '14th of Safar 1439 AH', { calendar: 'hijri', month: 2, day: 14, year: 1439 }],
    ['Ten days later, they', 'Ten days later', { calendar: 'relative', relative: { kind: 'previous-offset', days: 10 } }],
    ['12 days after the raid', '12 days after', { calendar: 'relative', relative: { kind: 'previous-offset', days: 12 } }],
  ];
  for (const [text, matched, mention] of table) {
    test(`${JSON.stringify(text)} → ${JSON.stringify(matched)}`, () => {
      const found = findDateMentions(text);
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0].start, found[0].end), matched);
      assert.deepEqual(found[0].mention, mention);
    });
  }
  test('a four-digit number after a Hijri date that is no Hijri year is not read as one', () => {
    const found = findDateMentions('On 3 Safar 2017 soldiers');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].mention, { calendar: 'hijri', month: 2, day: 3 });
  });
});

describe('digitAfterMonthWords: the gate before the month-day patterns', () => {
  const variants = loadTsv('hijri-months.tsv', ['month', 'variant']).map((r) => r.variant);
  const monthDay = new RegExp(`(${alternation(variants, apostropheTolerantTerm)})\\s+(\\d{1,2})`, 'iuy');

  test('isMonthChar is the month-character class at every UTF-16 code unit', () => {
    const monthChar = /[\p{L}\p{M}'’‘ʿʻ`\s\-‐–]/u;
    for (let c = 0; c < 0x10000; c++) if (isMonthChar(c) !== monthChar.test(String.fromCharCode(c))) assert.fail(`U+${c.toString(16)}`);
  });

  test('every character of every Hijri spelling is a month character', () => {
    for (const v of variants) for (const ch of v) assert.ok(ch.length === 1 && isMonthChar(ch.charCodeAt(0)), `${v}: ${ch}`);
  });

  const rows: [text: string, from: number, want: boolean][] = [
    ['Rajab 12', 0, true],
    ["Rabi' al-Awwal  3, 1440", 0, true],
    ['Jumādā al‐Ūlā\n7', 0, true],
    // must NOT pass: punctuation, no space before the digit, no digit at all
    ['Rajab, 12', 0, false],
    ['Rajab12', 0, false],
    ['in Rajab the group attacked.', 3, false],
    ['Rajab', 0, false],
    ['Rajab (12)', 0, false],
  ];
  for (const [text, from, want] of rows) test(`${JSON.stringify(text)} from ${from}: ${want}`, () => assert.equal(digitAfterMonthWords(text, from), want));

  test('wherever a month-day pattern matches, the gate passes from every letter up to its day', () => {
    const piece = fc.oneof(fc.constantFrom(...variants), fc.constantFrom(' ', '  ', '\n', '-', "'", '’', 'ʿ', ',', '.', '(', '12', '3', 'x', 'al-', 'é', '\u0301'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      for (let p = 0; p < text.length; p++) {
        monthDay.lastIndex = p;
        const m = monthDay.exec(text);
        if (!m) continue;
        const digitAt = m.index + m[0].length - m[2].length;
        for (let q = p; q < digitAt; q++) if (/\p{L}/u.test(text[q])) assert.ok(digitAfterMonthWords(text, q), `${JSON.stringify(text)} at ${q}`);
      }
    }), { numRuns: 400 });
  });
});

describe('findDateMentions: overlapping matches (earlier rules win, then earlier starts)', () => {
  checkTable([
    ['on 12 Muharram 13 a', [[3, 14, '12 Muharram', hijri(1, 12)]]], // day-month before month-day
    ['on 5 March 6 a', [[3, 10, '5 March', greg(3, 5)]]], // day-month before month-day
    ['a day later, they', [[0, 11, 'a day later', afterPrevious(1)]]], // following-day before n-days-after
    ['on 3 Rajab 4 Rajab 5 a', [[3, 10, '3 Rajab', hijri(7, 3)], [11, 18, '4 Rajab', hijri(7, 4)]]],
    ['on 3 Rajab, 4 March a', [[3, 10, '3 Rajab', hijri(7, 3)], [12, 19, '4 March', greg(3, 4)]]], // touching spans are no overlap
  ]);

  test('the matches taken all at once equal those taken one by one through the guard', () => {
    const piece = fc.constantFrom('12', '3', '5', 'Muharram', 'Rajab', "Sha'ban", 'March', 'Oct.', 'the', 'first', 'of', 'day', 'days', 'a', 'one',
      'later', 'after', 'following', 'next', 'same', 'on', 'yesterday', 'before', 'Monday', 'last', '2019-06-09', '1439', 'AH', ',', '.', '\n');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), fc.array(fc.constantFrom(' ', ', ', '  '), { minLength: 14, maxLength: 14 }), (parts, gaps) => {
      const text = parts.map((p, k) => p + gaps[k]).join('');
      const want = guardedDateAnnotations(text, tokenize(text)).map((a) => ({ start: a.span.start, end: a.span.end, rule: a.rule, mention: a.mention }));
      assert.deepEqual(findDateMentions(text), want);
    }), { numRuns: 2000 });
  });
});

describe('findDateMentions: texts whose month words pass no gate run without the gated rules', () => {
  checkTable([
    ['the first day of Muharram, then 3 Rajab', [[0, 25, 'the first day of Muharram', hijri(1, 1)], [32, 39, '3 Rajab', hijri(7, 3)]]],
    ['Rajab 12 and 3 Safar', [[0, 8, 'Rajab 12', hijri(7, 12)], [13, 20, '3 Safar', hijri(2, 3)]]],
    ['3 Rajab and 4 Safar', [[0, 7, '3 Rajab', hijri(7, 3)], [12, 19, '4 Safar', hijri(2, 4)]]], // no gate passes
  ]);

  test('the same annotations as every rule through the trigger pass (the guarded path)', () => {
    const piece = fc.constantFrom('12', '3', '1445', 'Muharram', 'Rajab', "Rabi' al-Awwal", 'al-', 'the', 'first', 'twenty-first', 'of', 'day',
      'month', 'on', 'March', 'after', 'AH', ',', '.', '\n');
    let gated = 0;
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.array(fc.constantFrom(' ', ', ', '  ', '-'), { minLength: 12, maxLength: 12 }), (parts, gaps) => {
      const text = parts.map((p, k) => p + gaps[k]).join('');
      const want = guardedDateAnnotations(text, tokenize(text)).map((a) => ({ start: a.span.start, end: a.span.end, rule: a.rule, mention: a.mention }));
      gated += want.filter((a) => a.rule === 'hijri-ordinal-word' || a.rule === 'hijri-month-day').length;
      assert.deepEqual(findDateMentions(text), want);
    }), { numRuns: 3000 });
    assert.ok(gated > 50, `only ${gated} matches of the gated rules`);
  });
});

describe('numberWithin and tokensToDay: the token check before the month-day gate', () => {
  const variants = loadTsv('hijri-months.tsv', ['month', 'variant']).map((r) => r.variant);
  const reach = Math.max(...variants.map(tokensToDay));
  const rows: [text: string, i: number, reach: number, want: boolean][] = [
    ['Rajab 12', 0, 1, true],
    ["Rabi' al-Awwal 3", 0, 3, true],
    ['Dhu al-Hijjah 5th', 0, 3, true],
    // must NOT pass: the number too far, before the month word, none at all
    ["Rabi' al-Awwal 3", 0, 2, false],
    ['12 Rajab the town', 1, 3, false],
    ['Rajab', 0, 3, false],
  ];
  for (const [text, i, r, want] of rows) test(`${JSON.stringify(text)} at token ${i} within ${r}: ${want}`, () => assert.equal(numberWithin(tokenize(text), i, r), want));

  test('tokensToDay counts words and word-final s', () => {
    assert.deepEqual(['Rajab', 'Rabi al-Awwal', "Dhu'l-Qa'dah", 'Jumada I'].map(tokensToDay), [1, 3, 2, 2]);
    assert.equal(tokensToDay('Ras al-Ras'), 5);
  });

  test('every character of a spelling is a word character, an apostrophe, a space or a dash', () => {
    for (const v of variants) for (const ch of v) assert.match(ch, /[\p{L}\p{N}\p{M}'’‘ʿʻ`\s-]/u, v);
  });

  test('wherever a month-day pattern matches from a month word or the token before it, its number is within reach of that word', () => {
    const monthDay = new RegExp(`(${alternation(variants, apostropheTolerantTerm)})\\s+(\\d{1,2})`, 'iuy');
    const piece = fc.oneof(fc.constantFrom(...variants), fc.constantFrom(' ', '  ', '\n', '-', "'", '’', 'ʿ', "'s ", 's', ',', '12', '3', 'x', 'al-', 'the ', '\u0301'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.count; i++) {
        for (const from of [i - 1, i]) {
          if (from < 0) continue;
          monthDay.lastIndex = tokens.start[from];
          const m = monthDay.exec(text);
          // The gate runs at month words (the rule's triggers): tokens before the day's digits.
          const dayAt = m ? m.index + m[0].length - m[2].length : -1;
          if (m && m.index + m[0].length >= tokens.end[i] && tokens.start[i] < dayAt) assert.ok(numberWithin(tokens, i, reach), `${JSON.stringify(text)} at token ${i}`);
        }
      }
    }), { numRuns: 1500 });
  });

  test('a text ending in its day: the number is within reach of the month word, not of the number itself', () => {
    const tokens = tokenize('Muharram 12');
    assert.equal(numberWithin(tokens, 0, reach), true);
    assert.equal(numberWithin(tokens, 1, reach), false);
  });
});
