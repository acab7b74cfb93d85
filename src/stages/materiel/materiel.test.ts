// findMateriel (count + item + action) and findTerritory (places captured or recaptured).
// Every sentence is invented and flat. Run: node --import tsx --test src/stages/materiel/materiel.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findMateriel, findTerritory } from './materiel.js';
import type { MaterielAction } from '../../core/types.js';

interface Item { item: string; count: number | null; action: MaterielAction; text: string }
interface MaterielRow { sentence: string; items: readonly Item[] }

function materielOf(sentence: string): Item[] {
  return findMateriel(sentence).map((h) => ({ item: h.item, count: h.count, action: h.action, text: sentence.slice(h.start, h.end) }));
}

function checkOffsets(sentence: string, items: readonly Item[]): void {
  for (const i of items) assert.ok(sentence.includes(i.text), `fixture: '${i.text}' is not in the sentence`);
}

describe('materiel: item, count and action with the matched text', () => {
  const rows: readonly MaterielRow[] = [
    { sentence: 'They attacked the base, destroying two T-72 tanks.', items: [{ item: 'tank', count: 2, action: 'destroyed', text: 'destroying two T-72 tanks' }] },
    { sentence: 'They killed twelve of them, seizing a 4x4 pick-up mounted with a 23mm anti-aircraft gun.', items: [{ item: 'pick-up truck', count: 1, action: 'seized', text: 'seizing a 4x4 pick-up' }] },
    { sentence: 'Soldiers of the Khilafah shot down a helicopter of the Rafidi army.', items: [{ item: 'helicopter', count: 1, action: 'shot_down', text: 'shot down a helicopter' }] },
    { sentence: 'They opened fire on the aircraft, shooting down a helicopter.', items: [{ item: 'helicopter', count: 1, action: 'shot_down', text: 'shooting down a helicopter' }] },
    { sentence: 'They destroyed a Humvee of the Rafidi army with a guided missile.', items: [{ item: 'Humvee', count: 1, action: 'destroyed', text: 'destroyed a Humvee' }] },
    { sentence: 'They entered the village, burning three houses.', items: [{ item: 'house', count: 3, action: 'burned', text: 'burning three houses' }] },
    { sentence: 'Gunmen set fire to two trucks on the road.', items: [{ item: 'truck', count: 2, action: 'burned', text: 'set fire to two trucks' }] },
    { sentence: 'A roadside bomb exploded, damaging an armoured vehicle.', items: [{ item: 'armoured vehicle', count: 1, action: 'damaged', text: 'damaging an armoured vehicle' }] },
    { sentence: 'They downed a reconnaissance drone near the airport.', items: [{ item: 'drone', count: 1, action: 'shot_down', text: 'downed a reconnaissance drone' }] },
    { sentence: 'Two tanks were destroyed in the attack.', items: [{ item: 'tank', count: 2, action: 'destroyed', text: 'Two tanks were destroyed' }] },
    { sentence: 'A Humvee was badly damaged in the blast.', items: [{ item: 'Humvee', count: 1, action: 'damaged', text: 'A Humvee was badly damaged' }] },
    { sentence: 'They destroyed and burned a Humvee.', items: [{ item: 'Humvee', count: 1, action: 'burned', text: 'burned a Humvee' }] },
    {
      sentence: 'Two tanks were destroyed and a Humvee was seized.',
      items: [
        { item: 'tank', count: 2, action: 'destroyed', text: 'Two tanks were destroyed' },
        { item: 'Humvee', count: 1, action: 'seized', text: 'a Humvee was seized' },
      ],
    },
    { sentence: 'They attacked the checkpoint, seizing several rifles.', items: [{ item: 'rifles', count: 3, action: 'seized', text: 'seizing several rifles' }] },
    {
      sentence: 'They destroyed a bulldozer and a Humvee of the Rafidi army.',
      items: [
        { item: 'bulldozer', count: 1, action: 'destroyed', text: 'destroyed a bulldozer' },
        { item: 'Humvee', count: 1, action: 'destroyed', text: 'a Humvee' },
      ],
    },
    {
      sentence: 'They attacked the column, destroying three tanks and an armoured personnel carrier.',
      items: [
        { item: 'tank', count: 3, action: 'destroyed', text: 'destroying three tanks' },
        { item: 'armoured personnel carrier', count: 1, action: 'destroyed', text: 'an armoured personnel carrier' },
      ],
    },
    {
      sentence: 'They seized two tanks, an APC and three Humvees.',
      items: [
        { item: 'tank', count: 2, action: 'seized', text: 'seized two tanks' },
        { item: 'armoured personnel carrier', count: 1, action: 'seized', text: 'an APC' },
        { item: 'Humvee', count: 3, action: 'seized', text: 'three Humvees' },
      ],
    },
    {
      sentence: 'They killed nine of them, seizing a T-62 tank and 2,500 rounds of ammunition.',
      items: [
        { item: 'tank', count: 1, action: 'seized', text: 'seizing a T-62 tank' },
        { item: 'ammunition', count: 2500, action: 'seized', text: '2,500 rounds of ammunition' },
      ],
    },
  ];
  for (const row of rows) {
    test(row.sentence, () => {
      checkOffsets(row.sentence, row.items);
      assert.deepEqual(materielOf(row.sentence), row.items);
    });
  }
});

describe('materiel: offsets point into the original text', () => {
  test('the span starts at the verb and ends at the item', () => {
    const sentence = 'On the 8th of Safar, they shot down a helicopter.';
    const [hit] = findMateriel(sentence);
    assert.equal(hit.start, sentence.indexOf('shot down'));
    assert.equal(hit.end, sentence.indexOf('helicopter') + 'helicopter'.length);
  });
});

describe('materiel: not materiel', () => {
  const negatives: readonly string[] = [
    'They targeted a tank of the Nusayri army with a guided missile.',
    'Two soldiers were captured near the tank.',
    'They destroyed the checkpoint near the tank.',
    'Fighters were seized inside a car.',
    'They killed two of them in the car.',
    'They took three soldiers prisoner.',
    'They captured two soldiers of the Rafidi army.',
    'Soldiers of the Khilafah took control of the village of Tal Shair.',
    'The army destroyed the morale of the fighters.',
  ];
  for (const sentence of negatives) {
    test(sentence, () => {
      assert.deepEqual(findMateriel(sentence), []);
    });
  }
});

interface TerritoryRow { sentence: string; action: 'captured' | 'recaptured'; places: readonly string[]; text: string }

describe('territory: action, places and the matched text', () => {
  const rows: readonly TerritoryRow[] = [
    { sentence: 'Soldiers of the Khilafah took control of the villages of Tal Shair, Abu Hamam and al-Kishma east of al-Mayadin.', action: 'captured', places: ['Tal Shair', 'Abu Hamam', 'al-Kishma'], text: 'took control of the villages of Tal Shair, Abu Hamam and al-Kishma' },
    { sentence: 'Government troops retook three villages near Gwoza.', action: 'recaptured', places: [], text: 'retook three villages' },
    { sentence: 'Government forces retook the villages of Abu Hamam and al-Kishma.', action: 'recaptured', places: ['Abu Hamam', 'al-Kishma'], text: 'retook the villages of Abu Hamam and al-Kishma' },
    { sentence: 'Security forces regained control of the town of Damaturu.', action: 'recaptured', places: ['Damaturu'], text: 'regained control of the town of Damaturu' },
    { sentence: 'They took control of the towns of Gudumbali, Kukawa and Cross Kauwa after clashes with the army.', action: 'captured', places: ['Gudumbali', 'Kukawa', 'Cross Kauwa'], text: 'took control of the towns of Gudumbali, Kukawa and Cross Kauwa' },
    { sentence: 'They took control of the villages of Tal Shair and Abu Hamam on the 5th of Safar.', action: 'captured', places: ['Tal Shair', 'Abu Hamam'], text: 'took control of the villages of Tal Shair and Abu Hamam' },
    { sentence: 'Soldiers of the Khilafah stormed the town of al-Qaryatayn.', action: 'captured', places: ['al-Qaryatayn'], text: 'stormed the town of al-Qaryatayn' },
    { sentence: 'They took control of Tal Shair after clashes with the PKK.', action: 'captured', places: ['Tal Shair'], text: 'took control of Tal Shair' },
    { sentence: 'They took control of the Jihar field, the Mahr field and the Sha\'ir gas field west of Tadmur.', action: 'captured', places: ['Jihar field', 'Mahr field', 'Sha\'ir gas field'], text: 'took control of the Jihar field, the Mahr field and the Sha\'ir gas field' },
    { sentence: 'They took control of the T3 pumping station and the Arak gas field.', action: 'captured', places: ['T3 pumping station', 'Arak gas field'], text: 'took control of the T3 pumping station and the Arak gas field' },
  ];
  for (const row of rows) {
    test(row.sentence, () => {
      assert.ok(row.sentence.includes(row.text), 'fixture: text not in sentence');
      const found = findTerritory(row.sentence).map((t) => ({ action: t.action, places: t.places, text: row.sentence.slice(t.start, t.end) }));
      assert.deepEqual(found, [{ action: row.action, places: row.places, text: row.text }]);
    });
  }
});

describe('territory: not territory', () => {
  const negatives: readonly string[] = [
    'They took control of the area.',
    'They entered the village at dawn.',
    'The army cleared the road to the town.',
    'They captured two soldiers of the Rafidi army.',
    'The villages of Tal Shair and Abu Hamam were shelled.',
    'They took over a checkpoint of the army.',
    'They overran the positions of the Nusayri army.',
    'They retook the Nusayri army base.',
  ];
  for (const sentence of negatives) {
    test(sentence, () => {
      assert.deepEqual(findTerritory(sentence), []);
    });
  }
});

describe('closed gaps', () => {
  test('a comma-separated list before a passive verb shares it', () => {
    const sentence = 'Two tanks, an APC and three Humvees were destroyed in the attack.';
    assert.deepEqual(materielOf(sentence).map((i) => [i.item, i.count, i.action]), [['tank', 2, 'destroyed'], ['armoured personnel carrier', 1, 'destroyed'], ['Humvee', 3, 'destroyed']]);
  });
  test('items coordinated before a passive verb share it', () => {
    const sentence = 'Two tanks and a Humvee were destroyed.';
    assert.deepEqual(materielOf(sentence).map((i) => [i.item, i.count, i.action]), [['tank', 2, 'destroyed'], ['Humvee', 1, 'destroyed']]);
  });
});
