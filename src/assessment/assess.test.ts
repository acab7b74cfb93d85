// The assessment: voice vs. purpose, not topic. Sentences are invented and flat.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import { MIN_VOICE_SIGNALS } from './assess.js';

const ROWS: ReadonlyArray<{ name: string; text: string; label: 'propaganda' | 'reporting' | 'other'; has?: readonly string[]; hasNot?: readonly string[] }> = [
  {
    name: 'a roundup in the group\'s voice',
    text: 'Wilayat al-Khayr\n\nOn 8 Safar, soldiers of the Khilafah attacked a position of the Nusayri army, killing four of them.\n\nOn 9 Safar, soldiers of the Khilafah targeted a gathering of the murtaddin with an explosive device.',
    label: 'propaganda', has: ['structure.roundup', 'voice.self_designation', 'voice.pejorative', 'voice.enemy_count'],
  },
  {
    name: 'a single claim with formulae',
    text: 'By the grace of Allah, our brother Abu Salim carried out a blessed operation against a gathering of the Rafidah in Baghdad on 4 Rajab, killing 12 of them.',
    label: 'propaganda', has: ['voice.glorification', 'voice.possession', 'voice.pejorative'],
  },
  {
    name: 'the agency header opens a claim',
    text: 'Amaq Agency: A soldier of the Islamic State attacked a checkpoint of the Iraqi army near Tikrit on Tuesday, killing 5 of them.',
    label: 'propaganda', has: ['voice.own_agency', 'voice.self_designation', 'voice.enemy_count'],
  },
  // must NOT be propaganda: the same words, quoted, attributed or mentioned.
  {
    name: 'a wire report quoting the claim',
    text: 'BAGHDAD (Wire) - Islamic State claimed responsibility for the bombing in a statement that described the attackers as "soldiers of the Khilafah" and the victims as "Rafidah". The claim could not be independently verified, police said.',
    label: 'reporting', has: ['purpose.attribution', 'purpose.quoted_vocabulary', 'purpose.dateline', 'purpose.hedging'], hasNot: ['voice.self_designation', 'voice.pejorative'],
  },
  {
    name: 'a research glossary mentions the terms',
    text: 'Glossary\n\nMurtadd (pl. murtaddin) — "apostate", the group\'s pejorative for Muslim opponents.\nRafidah — the group\'s pejorative for Shia.\nResearchers coded 312 claims of responsibility (Smith 2019).',
    label: 'reporting', has: ['purpose.quoted_vocabulary', 'purpose.analytic', 'purpose.citation'], hasNot: ['voice.pejorative'],
  },
  {
    name: 'news with outsiders\' labels',
    text: 'MOSUL, Iraq (Wire) - Daesh militants attacked an army checkpoint south of the city on Sunday, killing two soldiers, officials said.',
    label: 'reporting', has: ['purpose.outsider_label', 'purpose.attribution', 'purpose.dateline'],
  },
  { name: 'sport', text: 'The visitors scored twice before half-time and the home side never recovered.', label: 'other' },
  { name: 'a recipe', text: 'For the evening meal in Ramadan, soak the lentils overnight and serve the soup with dates and bread.', label: 'other' },
];

for (const row of ROWS) {
  test(`${row.label}: ${row.name}`, () => {
    const a = analyze(row.text, { published: '2017-06-30' }).assessment;
    assert.equal(a.label, row.label, `score ${a.score}; ${a.signals.map((s) => s.code)} vs ${a.counterSignals.map((s) => s.code)}`);
    const codes = [...a.signals, ...a.counterSignals].map((s) => s.code);
    for (const c of row.has ?? []) assert.ok(codes.includes(c), `missing ${c}`);
    for (const c of row.hasNot ?? []) assert.ok(!codes.includes(c), `unexpected ${c}`);
    for (const s of [...a.signals, ...a.counterSignals]) {
      assert.ok(s.count >= s.spans.length && s.spans.length > 0);
      for (const sp of s.spans) assert.ok(sp.start >= 0 && sp.end <= row.text.length && sp.start < sp.end, `${s.code} span`);
    }
    if (a.label === 'propaganda') {
      assert.ok(a.signals.length >= MIN_VOICE_SIGNALS);
      assert.equal(a.recommendedAction, 'review');
    }
    assert.equal(a.statementOfReasons.automatedDecision, false);
    assert.equal(a.statementOfReasons.automatedDetection, true);
  });
}

test('thresholds are configurable: a high threshold turns a propaganda label into review only', () => {
  const text = ROWS[1].text;
  const strict = analyze(text, { published: '2017-06-30', assessment: { threshold: 1, reviewThreshold: 0.2 } }).assessment;
  assert.notEqual(strict.label, 'propaganda');
  assert.equal(strict.recommendedAction, 'review');
  assert.throws(() => analyze(text, { assessment: { threshold: 1.5 } }), /usage|threshold/);
});

test('the score rises with voice and falls with purpose', () => {
  const claim = analyze(ROWS[0].text, { published: '2017-06-30' }).assessment.score;
  const quoted = analyze(ROWS[3].text, { published: '2017-06-30' }).assessment.score;
  assert.ok(claim > 0.9 && quoted < 0.1, `${claim} / ${quoted}`);
});
