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
  // The group's media offices, media products, agency formulae, Hijri datelines and administrative words.
  {
    name: 'a statement of a provincial media office',
    text: 'The Media Office of Kirkuk Wilayah announces that the wali of the wilayah has named a new judge. The appointment took effect on 2 Safar.',
    label: 'propaganda', has: ['voice.own_media', 'voice.own_structure'], hasNot: ['purpose.analytic', 'purpose.quoted_vocabulary'],
  },
  {
    name: 'an agency bulletin with its dateline formula and source',
    text: 'Amaq Agency: Clashes near Hawija\n\nHawija - Amaq: A security source told Amaq that soldiers of the Islamic State attacked a checkpoint of the Iraqi army near Hawija, killing 4 of them.',
    label: 'propaganda', has: ['voice.own_agency', 'voice.agency_formula', 'voice.enemy_count'],
  },
  {
    name: 'the agency\'s source formula at the start of a sentence',
    text: 'Amaq Agency: Attack near Baiji\n\nA security source told Amaq that soldiers of the Islamic State attacked a post of the Iraqi army, killing 2 of them.',
    label: 'propaganda', has: ['voice.own_agency', 'voice.agency_formula'],
  },
  {
    name: 'a bulletin dated by the Hijri calendar in its dateline',
    text: 'Baiji, 12 Safar - Soldiers of the Khilafah targeted a patrol of the Rafidi army with an explosive device, killing 3 of them.',
    label: 'propaganda', has: ['voice.hijri_dateline', 'voice.pejorative', 'voice.enemy_count'],
  },
  {
    name: 'a photo report header and a province heading without Hijri dates',
    text: 'Kirkuk Wilayah\n\nPhoto report: soldiers of the Khilafah target a position of the Rafidi army near Daquq with mortar rounds.',
    label: 'propaganda', has: ['voice.own_media', 'voice.province_name', 'voice.self_designation'],
  },
  {
    name: 'a roundup paragraph opened by a province name and a colon is no glossary entry',
    text: 'Summary of operations\n\nWilayat Kirkuk: On 3 Safar, soldiers of the Khilafah attacked a post of the Rafidi army, killing 2 of them.',
    label: 'propaganda', has: ['voice.self_designation', 'voice.pejorative'], hasNot: ['purpose.quoted_vocabulary'],
  },
  // must NOT be read as the group's own media: news about it, an outsider's source, a Gregorian dateline, a quoted header.
  {
    name: 'news about a media office',
    text: 'MOSUL, Iraq (Wire) - The group\'s media office released a video on Tuesday that purportedly shows an attack on an army post, according to a monitoring group. A security source told Reuters that two soldiers were killed.',
    label: 'reporting', has: ['purpose.analytic', 'purpose.attribution', 'purpose.hedging'], hasNot: ['voice.own_media', 'voice.agency_formula', 'voice.hijri_dateline'],
  },
  {
    name: 'a court report quoting a statement header',
    text: 'LONDON (Wire) - The court heard that the defendant shared a file headed "Media Office of Kirkuk Wilayah" and a post beginning "Photo report:", police said.',
    label: 'reporting', has: ['purpose.quoted_vocabulary', 'purpose.attribution'], hasNot: ['voice.own_media'],
  },
  {
    name: 'a glossary entry with a colon is still a mention',
    text: 'Terms\n\nRafidah: the group\'s pejorative for Shia.\nMurtaddin: its word for Muslim opponents.',
    label: 'reporting', has: ['purpose.quoted_vocabulary'], hasNot: ['voice.pejorative'],
  },
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

test('too few distinct voice signals for a label, and no sign of reporting: the reasons say so and ask for review', () => {
  const a = analyze('Amaq Agency: Islamic State fighters shoot down an army drone near the town of Baiji.', { published: '2017-06-30' }).assessment;
  assert.notEqual(a.label, 'propaganda');
  assert.ok(a.signals.length > 0 && a.signals.length < MIN_VOICE_SIGNALS && a.counterSignals.length === 0);
  assert.equal(a.recommendedAction, 'review');
  assert.match(a.statementOfReasons.facts, /^Not labelled propaganda: \d distinct signals? of the group's own voice where 3 are needed/);
});
