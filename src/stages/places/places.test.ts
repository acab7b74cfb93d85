// The places stage through the stages it requires: country mentions, then places by dateline,
// section or document scope, with offsets. Run: node --import tsx --test src/stages/places/places.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STAGES } from '../../pipeline/stages.js';
import { runStages } from '../../pipeline/run.js';
import { resolveOptions } from '../../core/options.js';

const UP_TO_PLACES = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'places') + 1);

/** [kind, text, start, rule, country] of each annotation the stage made, in its order. */
function placesOf(text: string): [string, string, number, string, string][] {
  const out = runStages(UP_TO_PLACES, { id: 'places-test', text, published: '2017-11-02' }, resolveOptions({ published: '2017-11-02' }));
  return out.flatMap((a): [string, string, number, string, string][] => {
    if (a.stage !== 'places') return [];
    const country = a.kind === 'country' ? a.code : a.kind === 'place' ? a.match.country : '';
    return [[a.kind, text.slice(a.span.start, a.span.end), a.span.start, a.rule, country]];
  });
}

const ROWS: ReadonlyArray<{ name: string; text: string; found: [string, string, number, string, string][] }> = [
  {
    name: 'a dateline sets the country; named countries scope the rest; a force named after a town is no place',
    text: "KABUL, Afghanistan (Reuters) - A bomb killed four people in Kandahar on Monday, officials said.\nTaliban fighters attacked a checkpoint near Herat. Misrata militias fought in Sirte.\nNigeria's army said gunmen attacked Konduga in Borno state.",
    found: [
      ['country', 'Afghanistan', 7, 'countries.tsv', 'AF'], ['country', "Nigeria's", 181, 'countries.tsv', 'NG'],
      ['place', 'KABUL', 0, 'dateline', 'AF'], ['place', 'Kandahar', 60, 'document-countries', 'AF'], ['place', 'Herat', 140, 'document-countries', 'AF'],
      ['place', 'Sirte', 174, 'document-countries', 'NG'], ['place', 'Konduga', 217, 'document-countries', 'NG'], ['place', 'Borno', 228, 'document-countries', 'NG'],
    ],
  },
  {
    name: 'a dateline after a headline opens the second paragraph, whose places start after it',
    text: 'Headline about an attack\nMOSUL - Gunmen attacked a checkpoint near Tal Afar.\nSyrian troops shelled Idlib.',
    found: [['country', 'Syrian', 77, 'country-adjective', 'SY'], ['place', 'MOSUL', 25, 'dateline', 'IQ'], ['place', 'Tal Afar', 67, 'document-countries', 'IQ'], ['place', 'Idlib', 99, 'document-countries', 'SY']],
  },
  {
    name: 'sections scope their paragraphs',
    text: 'Wilayat Khayr\n\nOn the 5th of Safar, soldiers attacked a position near al-Mayadin.\n\nWilayat Raqqah\n\nSoldiers attacked a checkpoint in Tabqa.',
    found: [['place', 'al-Mayadin', 70, 'section-scoped', 'SY'], ['place', 'Tabqa', 133, 'section-scoped', 'SY']],
  },
  {
    name: 'no country named: unscoped, and no place in a force\'s name',
    text: 'Gunmen attacked a checkpoint near Mosul. Misrata militias fought in Sirte.',
    found: [['place', 'Mosul', 34, 'unscoped', 'IQ']],
  },
];

for (const row of ROWS) test(row.name, () => assert.deepEqual(placesOf(row.text), row.found));
