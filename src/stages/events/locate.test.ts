// Where incidents are placed, and why: every incident whose country is known gets a point, a
// precision, a radius and a reason. Sentences are invented and flat.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../analyze.js';
import { generateCorpus } from '../../../bench/corpus.js';

const ROWS: ReadonlyArray<{ doc: string; country: string | null; precision: string; reason: string; admin1Code?: string | null }> = [
  { doc: 'Wilayat al-Khayr\n\nOn 8 Safar, soldiers of the Khilafah attacked a position of the Nusayri army in the city of al-Mayadin, killing four of them.', country: 'SY', precision: 'exact', reason: 'named-place', admin1Code: 'SY-DY' },
  { doc: 'Wilayat al-Khayr\n\nOn 8 Safar, soldiers of the Khilafah attacked a position of the Nusayri army, killing four of them.', country: 'SY', precision: 'admin1', reason: 'admin1-centroid', admin1Code: 'SY-DY' },
  { doc: 'Wilayat Gharb Ifriqiyyah\n\nOn 12 Safar, soldiers of the Khilafah attacked positions of the army of Niger, killing five of them.', country: 'NE', precision: 'country', reason: 'country-centroid', admin1Code: null },
  { doc: 'Wilayat Gharb Ifriqiyyah\n\nOn 12 Safar, soldiers of the Khilafah attacked a barracks, killing five soldiers.', country: 'NG', precision: 'region', reason: 'region-country', admin1Code: null },
  { doc: 'Kenya\n\nOn 3 Safar, soldiers of the Khilafah attacked a police post, killing two officers.', country: 'KE', precision: 'country', reason: 'country-centroid', admin1Code: null },
  { doc: 'Wilayat Ninawa\n\nOn 5 Safar, soldiers of the Khilafah attacked positions of the Rafidi army 20 km south of Mosul, killing seven of them.', country: 'IQ', precision: 'near', reason: 'distance-and-direction', admin1Code: 'IQ-NI' },
  { doc: 'BAGHDAD, Nov 6 (Wire) - A roadside bomb killed two soldiers on Sunday, police said.', country: 'IQ', precision: 'near', reason: 'dateline', admin1Code: 'IQ-BG' },
  { doc: 'On Sunday a roadside bomb killed two soldiers, officials said.', country: null, precision: 'unknown', reason: 'none' },
  // "Somalia" heads the group's Bari province and names the country: a place elsewhere in Somalia stands (an airfield by its bare name).
  { doc: 'Somalia\n\nOn 3 Ramadan, the mujahidin fired mortar shells at the base of the Crusader forces in Baledogle, killing and wounding a number of them.', country: 'SO', precision: 'exact', reason: 'named-place', admin1Code: 'SO-SH' },
  { doc: 'Somalia\n\nOn 3 Ramadan, the mujahidin attacked a post of the Puntland forces, killing 2 of them.', country: 'SO', precision: 'admin1', reason: 'admin1-centroid', admin1Code: 'SO-BR' },
  // A paragraph that names one admin-1 bounds its other names: no look-alike village in another state.
  { doc: 'MAIDUGURI, Nigeria (Wire) - Gunmen killed 15 farmers near the village of Kalli, about 10 km from the town of Konduga in Borno state, on Saturday, officials said.', country: 'NG', precision: 'near', reason: 'near-anchor', admin1Code: 'NG-BO' },
  { doc: 'Wilayat Khurasan\n\nOn 8 Safar, soldiers of the Khilafah attacked a post of the Afghan army in the Kot district of Nangarhar, killing 2 of them.', country: 'AF', precision: 'admin1', reason: 'admin1-centroid', admin1Code: 'AF-NAN' },
];

for (const row of ROWS) {
  test(`${row.reason}: ${row.doc.slice(0, 60).replace(/\n/g, ' ')}`, () => {
    const [event] = analyze(row.doc, { published: '2017-06-30' }).events;
    assert.ok(event, 'an event');
    const l = event.location;
    assert.deepEqual({ country: l.country, precision: l.precision, reason: l.reason }, { country: row.country, precision: row.precision, reason: row.reason });
    if (row.admin1Code !== undefined) assert.equal(l.admin1Code, row.admin1Code);
    if (row.country) {
      assert.ok(l.lat !== null && l.lon !== null && l.uncertaintyKm !== null && l.uncertaintyKm > 0, 'a point and a radius');
    } else {
      assert.equal(l.lat, null);
    }
  });
}

test('roundups: every incident whose country is known carries coordinates', () => {
  const dir = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../../fixtures/gold/docs');
  const docs = [
    ...readdirSync(dir).filter((f) => f.startsWith('roundup')).map((f) => readFileSync(join(dir, f), 'utf8')),
    ...generateCorpus({ bytes: 400_000, seed: 7 }).map((d) => d.text),
  ];
  let events = 0;
  for (const text of docs) {
    for (const e of analyze(text, { published: '2017-11-02' }).events) {
      if (e.location.country === null) continue;
      events++;
      assert.ok(e.location.lat !== null && e.location.lon !== null && e.location.uncertaintyKm !== null, `${e.id}: ${e.location.text}`);
    }
  }
  assert.ok(events > 500, `events checked: ${events}`);
});
