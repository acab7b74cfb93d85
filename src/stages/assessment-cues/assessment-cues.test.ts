// Voice and purpose cues with their offsets; and what must not fire. Sentences are invented and flat.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { assessmentCueHits, BYLINE, CITATION, COUNT_BEFORE, mayCite, mayEndWithCount, mayHaveByline, mayOpenMediaProduct, MEDIA_PRODUCT, OF_THEM, ofThemMatches, AGENCY_DATELINE } from './assessment-cues.js';
import { gateTable, type GateRow } from '../../core/gate-table.testing.js';

const ROWS: ReadonlyArray<{ text: string; found: [code: string, phrase: string][] }> = [
  { text: 'They attacked a checkpoint, killing 15 of them.', found: [['voice.enemy_count', 'killing 15 of them']] },
  { text: 'They struck a gathering, killing and wounding more than 20 of them.', found: [['voice.enemy_count', 'killing and wounding more than 20 of them']] },
  { text: 'The attack took place near Samarra, Wilayat Salahuddin.', found: [['voice.province_name', 'Wilayat Salahuddin']] },
  { text: 'Amaq Agency: An attack hit a checkpoint.', found: [['voice.own_agency', 'Amaq Agency:']] },
  { text: 'Statement\n\nThe reports are false.', found: [['voice.own_agency', 'Statement']] },
  { text: 'By the grace of Allah, our brother carried it out.', found: [['voice.glorification', 'By the grace of Allah'], ['voice.possession', 'our brother']] },
  { text: 'The claim could not be independently verified, police said.', found: [['purpose.hedging', 'could not be independently verified'], ['purpose.attribution', 'police said']] },
  { text: 'Claims rose sharply (Smith 2019), see https://example.org/report.', found: [['purpose.citation', '(Smith 2019)'], ['purpose.citation', 'https://example.org/report.']] },
  { text: 'By Jane Doe\n\nThe group attacked the town.', found: [['purpose.byline', 'By Jane Doe']] },
  // must NOT fire: "of them" without a count of casualties, a heading line, a statement mid-text.
  { text: 'Two of them were seen near the market; most of them left.', found: [] },
  { text: 'Wilayat Salahuddin\n\nThe patrol returned.', found: [] },
  { text: 'The ministry issued a statement on Monday.', found: [] },
];

for (const row of ROWS) {
  test(row.text.replace(/\n/g, ' '), () => {
    const got = assessmentCueHits(row.text).map((h) => [h.code, row.text.slice(h.start, h.end)]);
    assert.deepEqual(got, row.found);
  });
}

// The cheap checks before COUNT_BEFORE and MEDIA_PRODUCT only turn away what the patterns reject.
const COUNT_ROWS: readonly GateRow[] = [
  { text: 'an attack, killing 15 ', may: true },
  { text: 'killing and wounding more than 20 ', may: true },
  { text: 'KILLED at least five\n', may: true },
  { text: 'wounded about a\u00a0', may: true },
  // must NOT pass: no closing space, no count, another word before the count.
  { text: 'killing 15', may: false },
  { text: 'killing  ', may: false },
  { text: 'two ', may: false },
  { text: 'most ', may: false },
  { text: 'overkilling 5 ', may: false },
];
gateTable('mayEndWithCount', mayEndWithCount, COUNT_BEFORE, COUNT_ROWS);

test('property: mayEndWithCount passes every window COUNT_BEFORE matches', () => {
  const piece = fc.constantFrom('killing', 'wounding', 'killed', 'wounded', 'injuring', 'and', 'more', 'than', 'at', 'least', 'around',
    'about', 'over', 'five', '15', 'x', '5th', 'KILLED', ' ', ' ', '\n', '\u00a0', ',', '-', 'é', '_');
  const text = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
  fc.assert(fc.property(text, fc.nat(20), (t, cut) => {
    const from = Math.min(cut, t.length);
    if (COUNT_BEFORE.test(t.slice(from))) assert.ok(mayEndWithCount(t, from, t.length), JSON.stringify([t, from]));
  }), { numRuns: 5000 });
});

test('property: mayOpenMediaProduct passes every line MEDIA_PRODUCT matches', () => {
  const piece = fc.constantFrom('Photo report', 'photo  REPORT', 'Infographic', 'Video release', 'Audio\trelease', 'Harvest of the soldiers',
    'Report', ' ', '\t', '\n', 'x', 'ı', 'İnfographic');
  const text = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
  fc.assert(fc.property(text, (t) => {
    if (MEDIA_PRODUCT.test(t.slice(0, 60))) assert.ok(mayOpenMediaProduct(t, 0), JSON.stringify(t));
    if (!mayOpenMediaProduct(t, 0)) assert.equal(MEDIA_PRODUCT.test(t.slice(0, 60)), false);
  }), { numRuns: 3000 });
});

test('property: mayCite and mayHaveByline pass every text CITATION or BYLINE matches', () => {
  const piece = fc.constantFrom('(Smith 2019)', '(Smith and Jones, 2018)', 'et al.', 'et\nal.', 'https://x.org', 'http://a', 'doi: 10.1/x', 'doi:',
    'By Jane Doe', 'Reporting by Jane Doe', '(Writing by A B)', 'Editing by Someone', 'Additional reporting by X Y', 'by', 'By', '(', ')', ' ', '\n', 'x', '2019');
  const text = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));
  fc.assert(fc.property(text, (t) => {
    if (new RegExp(CITATION.source, 'u').test(t)) assert.ok(mayCite(t), JSON.stringify(t));
    if (new RegExp(BYLINE.source, 'mu').test(t)) assert.ok(mayHaveByline(t), JSON.stringify(t));
  }), { numRuns: 5000 });
  // must NOT pass: a text with none of the literals.
  assert.equal(mayCite('Soldiers attacked a post near Baiji, killing 4 of them.'), false);
  assert.equal(mayHaveByline('Soldiers attacked a post near Baiji, killing 4 of them.'), false);
});

test('ofThemMatches: each "of them" with its offsets; nothing inside words or across other characters', () => {
  const rows: [string, [number, number][]][] = [
    ['killing 15 of them.', [[11, 18]]],
    ['of them', [[0, 7]]],
    ['of\u00a0\n them and of them', [[0, 9], [14, 21]]],
    // must NOT match: a longer word on either side, no space, another character in between, capitals
    ['roof them', []], ['of themselves', []], ['ofthem', []], ['of, them', []], ['Of them', []], ['of_them', []], ['_of them', []],
  ];
  for (const [text, want] of rows) assert.deepEqual(ofThemMatches(text), want, JSON.stringify(text));
});

test('property: ofThemMatches finds what OF_THEM finds', () => {
  const piece = fc.constantFrom('of', 'them', 'o', 'f', 't', 'hem', ' ', '  ', '\n', '\u00a0', '\u2003', 'x', '_', '9', 'é', ',', 'O', 'THEM', 'off');
  fc.assert(fc.property(fc.array(piece, { maxLength: 16 }).map((p) => p.join('')), (t) => {
    const want = [...t.matchAll(OF_THEM)].map((m): [number, number] => [m.index, m.index + m[0].length]);
    assert.deepEqual(ofThemMatches(t), want, JSON.stringify(t));
  }), { numRuns: 10000 });
});

test('property: datelines are tried only on lines naming the agency early, and all are still found', () => {
  const line = fc.tuple(fc.constantFrom('', ' ', '\t', 'x'.repeat(40)), fc.constantFrom('Raqqa', 'Deir ez-Zor', 'raqqa', 'A', 'x'.repeat(35)),
    fc.constantFrom(' - ', ' – ', ' — ', ' ', '-'), fc.constantFrom('Amaq', 'A’maq', "A'maq", 'AMAQ', 'amaq', 'maq', 'Ama q', ''), fc.constantFrom(':', ' :', '', 'é'))
    .map((parts) => parts.join(''));
  fc.assert(fc.property(fc.array(line, { maxLength: 5 }).map((lines) => lines.join('\n')), (t) => {
    const want: [number, number][] = [];
    // The definition: every line's first 60 characters, when the text holds "maq" as written.
    for (let start = 0; t.includes('maq') && start < t.length; ) {
      const m = AGENCY_DATELINE.exec(t.slice(start, start + 60));
      if (m) want.push([start + m[0].length - m[0].trimStart().length, start + m[0].length]);
      const nl = t.indexOf('\n', start);
      if (nl < 0) break;
      start = nl + 1;
    }
    const got = assessmentCueHits(t).filter((h) => h.code === 'voice.agency_formula').map((h): [number, number] => [h.start, h.end]);
    assert.deepEqual(got, want, JSON.stringify(t));
  }), { numRuns: 3000 });
});
