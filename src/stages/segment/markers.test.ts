// The literal checks before the sentence patterns only ever turn away sentences the patterns reject.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  ALSO, BACKGROUND, FOLLOW_UP, isBackground, MAY_BE_BACKGROUND, MAY_BE_TOLL_UPDATE, NEW_INCIDENT, OPENS_INCIDENT, OPENS_ROUNDUP_INCIDENT, TOLL_UPDATE,
} from './markers.js';

const PAIRS: ReadonlyArray<{ name: string; check: RegExp; pattern: RegExp; hits: string[]; misses: string[] }> = [
  {
    name: 'background', check: MAY_BE_BACKGROUND, pattern: BACKGROUND,
    hits: ['Since early 2019, 40 attacks were recorded.', 'It was the third attack this year.', 'So far, 12 people have died.', 'Attacks rose in recent weeks.', 'Six attacks per week.', 'over the past month', 'Previous years saw more.'],
    misses: ['Gunmen attacked a checkpoint near the town on Monday.', 'The blast killed two.'],
  },
  {
    name: 'toll update', check: MAY_BE_TOLL_UPDATE, pattern: TOLL_UPDATE,
    hits: ['Two of the wounded later died.', 'raising the death toll to 14', 'The toll rose to 20.'],
    misses: ['Gunmen attacked a checkpoint near the town on Monday.', 'Three were wounded.'],
  },
];

for (const p of PAIRS) {
  test(`${p.name}: the check passes what the pattern matches, and turns away plain sentences`, () => {
    for (const s of p.hits) {
      assert.ok(p.pattern.test(s), `pattern ${s}`);
      assert.ok(p.check.test(s), `check ${s}`);
    }
    for (const s of p.misses) assert.ok(!p.check.test(s) && !p.pattern.test(s), s);
  });
}

// Sentences from the patterns' words in any case, with the letters Unicode case folding maps to s and k.
const piece = fc.constantFrom(
  'since', 'January', 'the', 'start', 'early', 'last', 'this', 'year', 'years', 'so', 'far', 'in', 'recent', 'months', 'weeks', 'total',
  'tally', 'weekly', 'per', 'week', 'each', 'over', 'past', 'month', 'previous', 'claimed', 'responsibility', 'that', 'it', 'to', 'have',
  'group', 'Islamic', 'State', 'ISIS', 'said', 'announced', 'published', 'news', 'agency', 'Amaq', 'could', 'not', 'be', 'independently',
  'verified', 'a', 'figure', 'second', 'third', 'another', 'explosive', 'device', 'bomb', 'those', 'who', 'came', 'rushed', 'arrived',
  'help', 'rescuers', 'two', 'of', 'wounded', 'injured', 'later', 'died', 'succumbed', 'raising', 'death', 'toll', 'rose', 'has', '12',
  'ſince', 'wee\u212Aly', '\u212A', 'ſ', ' ', ' ', ' ', '\n', ':', ',', '.',
);
const sentence = fc.array(fc.tuple(piece, fc.constantFrom('lower', 'upper', 'as-is')), { maxLength: 12 })
  .map((parts) => parts.map(([w, c]) => (c === 'lower' ? w.toLowerCase() : c === 'upper' ? w.toUpperCase() : w)).join(' '));

test('property: no sentence a pattern matches fails its check', () => {
  fc.assert(fc.property(sentence, (s) => {
    for (const p of PAIRS) if (p.pattern.test(s)) assert.ok(p.check.test(s), `${p.name}: ${JSON.stringify(s)}`);
  }), { numRuns: 10000 });
});

test('isBackground reads as BACKGROUND: ASCII sentences by its /i twin, others by the pattern', () => {
  const rows: ReadonlyArray<{ s: string; is: boolean }> = [
    { s: 'since J', is: true }, { s: 'Since January', is: false }, { s: 'since 2019', is: false }, { s: 'since 2 years', is: true }, { s: 'SINCE THE START', is: true },
    { s: 'since é', is: false }, { s: 'ſince J', is: true }, { s: 'wee\u212Aly', is: true }, { s: 'the tally', is: true },
    { s: 'in the past week', is: true }, { s: 'in the pastweek', is: false }, { s: 'tallyho', is: false }, { s: 'Gunmen attacked a post.', is: false },
  ];
  for (const { s, is } of rows) {
    assert.equal(BACKGROUND.test(s), is, `pattern ${s}`);
    assert.equal(isBackground(s), is, s);
  }
  const letters = fc.constantFrom('A', 'J', 'z', 'é', 'É', 'ß', '\u212A', 'ſ', '_', '3', '-', '.');
  const mixed = fc.array(fc.oneof({ weight: 3, arbitrary: fc.tuple(piece, fc.constantFrom('lower', 'upper', 'as-is')).map(([w, c]) => (c === 'lower' ? w.toLowerCase() : c === 'upper' ? w.toUpperCase() : w)) }, { weight: 1, arbitrary: letters }), { maxLength: 12 })
    .chain((parts) => fc.constantFrom(' ', '', '  ').map((sep) => parts.join(sep)));
  fc.assert(fc.property(mixed, (s) => assert.equal(isBackground(s), BACKGROUND.test(s), JSON.stringify(s))), { numRuns: 20000 });
});

// The one-pass patterns match where one of the patterns they join does.
const opener = fc.array(fc.constantFrom(
  'in', 'on', 'a', 'another', 'separate', 'similar', 'later', 'earlier', 'separately', 'elsewhere', 'meanwhile', 'further', 'also', 'the', 'same', 'day',
  'second', 'explosive', 'device', 'car', 'bomb', 'IED', 'those', 'who', 'had', 'gathered', 'came', 'to', 'help', 'rescue', 'teams', 'arrived',
  'reinforcements', 'alsoX', 'Xalso', '"', '(', ' ', '  ', '\n', ',', '.', '-', 'Also', 'SEPARATELY',
), { maxLength: 10 }).map((w) => w.join(' '));

test('property: the one-pass patterns match where NEW_INCIDENT, FOLLOW_UP (or ALSO) do', () => {
  for (const s of ['Separately, gunmen attacked a post.', 'A second device exploded.', 'They also attacked a post.', 'Gunmen attacked a post.', 'Also on Monday']) {
    assert.equal(OPENS_INCIDENT.test(s), NEW_INCIDENT.test(s) || FOLLOW_UP.test(s), s);
    assert.equal(OPENS_ROUNDUP_INCIDENT.test(s), NEW_INCIDENT.test(s) || FOLLOW_UP.test(s) || ALSO.test(s), s);
  }
  fc.assert(fc.property(opener, (s) => {
    assert.equal(OPENS_INCIDENT.test(s), NEW_INCIDENT.test(s) || FOLLOW_UP.test(s), JSON.stringify(s));
    assert.equal(OPENS_ROUNDUP_INCIDENT.test(s), NEW_INCIDENT.test(s) || FOLLOW_UP.test(s) || ALSO.test(s), JSON.stringify(s));
  }), { numRuns: 10000 });
});
