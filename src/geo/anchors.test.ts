// Relations that place an incident against named places (DOMAIN.md §7). Sentences are invented and flat.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { anchorOf, GATED_PATTERNS, MAY, mayMatch, offset, type AnchoredPlace } from './anchors.js';
import { distanceKm } from './place-lookup.js';

// Coordinates of the named places (GeoNames cities500).
const COORDS: Readonly<Record<string, [number, number, number]>> = {
  Mosul: [36.335, 43.11889, 1739800], Tikrit: [34.61581, 43.67861, 160000], Bartella: [36.35186, 43.37858, 8000],
  'al-Mayadin': [35.01896, 40.45106, 44000], 'Deir ez-Zor': [35.33588, 40.14084, 242565], Jalalabad: [34.42647, 70.45153, 271900],
};

function placesIn(text: string): AnchoredPlace[] {
  return Object.keys(COORDS)
    .flatMap((name) => { const i = text.indexOf(name); return i < 0 ? [] : [{ name, i }]; })
    .sort((a, b) => a.i - b.i)
    .map(({ name, i }) => ({ span: { start: i, end: i + name.length }, lat: COORDS[name][0], lon: COORDS[name][1], population: COORDS[name][2], feature: 'PPL' }));
}

const ROWS: ReadonlyArray<{ text: string; reason: string; precision: 'exact' | 'near'; phrase: string; atKm?: [string, number]; maxKm: number }> = [
  { text: 'They attacked a position in the town of Bartella.', reason: 'named-place', precision: 'exact', phrase: 'Bartella', maxKm: 5 },
  { text: 'They attacked a position near the town of Bartella.', reason: 'near-anchor', precision: 'near', phrase: 'near the town of Bartella', maxKm: 25 },
  { text: 'They attacked a checkpoint on the outskirts of Tikrit.', reason: 'near-anchor', precision: 'near', phrase: 'on the outskirts of Tikrit', maxKm: 25 },
  { text: 'They attacked the village of Kharab south of the city of Mosul.', reason: 'direction-of-anchor', precision: 'near', phrase: 'south of the city of Mosul', maxKm: 25 },
  { text: 'They attacked a patrol in the countryside of Deir ez-Zor.', reason: 'near-anchor', precision: 'near', phrase: 'in the countryside of Deir ez-Zor', maxKm: 25 },
  { text: 'A bomb hit a patrol 30 km south of Mosul.', reason: 'distance-and-direction', precision: 'near', phrase: '30 km south of Mosul', atKm: ['Mosul', 30], maxKm: 25 },
  { text: 'A bomb hit a patrol on the highway east of Jalalabad.', reason: 'direction-of-anchor', precision: 'near', phrase: 'east of Jalalabad', maxKm: 25 },
  { text: 'They attacked a convoy on the road between al-Mayadin and Deir ez-Zor.', reason: 'between-places', precision: 'near', phrase: 'between al-Mayadin and Deir ez-Zor', maxKm: 30 },
  { text: 'They took the hill of Qarah, which overlooks Bartella.', reason: 'overlooks-anchor', precision: 'near', phrase: 'which overlooks Bartella', maxKm: 25 },
  { text: 'They killed two soldiers near the Panorama checkpoint in the city of Deir ez-Zor.', reason: 'facility-in-place', precision: 'near', phrase: 'checkpoint in the city of Deir ez-Zor', maxKm: 10 },
  // The last word before the place picks the patterns worth trying: each ending, in any case, still anchors.
  { text: 'A bomb hit a patrol NEAR Tikrit.', reason: 'near-anchor', precision: 'near', phrase: 'NEAR Tikrit', maxKm: 25 },
  { text: 'A bomb hit a patrol close to Tikrit.', reason: 'near-anchor', precision: 'near', phrase: 'close to Tikrit', maxKm: 25 },
  { text: 'A bomb hit a patrol on the road linking Tikrit.', reason: 'near-anchor', precision: 'near', phrase: 'road linking Tikrit', maxKm: 25 },
  { text: 'They took the hill of Qarah overlooking Bartella.', reason: 'overlooks-anchor', precision: 'near', phrase: 'overlooking Bartella', maxKm: 25 },
  { text: 'A bomb hit a market in central Mosul.', reason: 'facility-in-place', precision: 'near', phrase: 'market in central Mosul', maxKm: 15 },
  { text: 'A bomb hit a market inside Mosul.', reason: 'facility-in-place', precision: 'near', phrase: 'market inside Mosul', maxKm: 15 },
  { text: 'A bomb hit a patrol 12 km north of the village of Bartella.', reason: 'distance-and-direction', precision: 'near', phrase: '12 km north of the village of Bartella', atKm: ['Bartella', 12], maxKm: 25 },
  // must NOT be read as relations: a direction word that is no relation, a distance of time.
  // Punctuation glued before the word is no part of it: "(near", "—near" still read as "near".
  { text: 'A bomb hit a patrol (near Tikrit).', reason: 'near-anchor', precision: 'near', phrase: 'near Tikrit', maxKm: 25 },
  { text: 'A bomb hit a patrol—east of Tikrit.', reason: 'direction-of-anchor', precision: 'near', phrase: 'east of Tikrit', maxKm: 25 },
  { text: 'A bomb hit a market near:Mosul.', reason: 'named-place', precision: 'exact', phrase: 'Mosul', maxKm: 15 },
  { text: 'A bomb hit a patrol between Tikrit.', reason: 'named-place', precision: 'exact', phrase: 'Tikrit', maxKm: 10 },
  { text: 'The south of the country was quiet; they attacked Tikrit.', reason: 'named-place', precision: 'exact', phrase: 'Tikrit', maxKm: 10 },
  { text: 'Three hours later they attacked Bartella from the north.', reason: 'named-place', precision: 'exact', phrase: 'Bartella', maxKm: 5 },
  // The words before the place gate the patterns: each parse of the optional "the NOUN of" still anchors.
  { text: 'A bomb hit a patrol north-eastern of Tikrit.', reason: 'direction-of-anchor', precision: 'near', phrase: 'north-eastern of Tikrit', maxKm: 25 },
  { text: 'A bomb hit a patrol southwestern of the town of Tikrit.', reason: 'direction-of-anchor', precision: 'near', phrase: 'southwestern of the town of Tikrit', maxKm: 25 },
  { text: 'A bomb hit a patrol in the vicinity of the city of Tikrit.', reason: 'near-anchor', precision: 'near', phrase: 'in the vicinity of the city of Tikrit', maxKm: 25 },
  { text: 'A bomb hit a patrol 9 km from the VILLAGE OF Bartella.', reason: 'near-anchor', precision: 'near', phrase: 'km from the VILLAGE OF Bartella', maxKm: 25 },
  { text: 'The hill, which overlooks the town of Bartella, fell.', reason: 'overlooks-anchor', precision: 'near', phrase: 'which overlooks the town of Bartella', maxKm: 25 },
  { text: 'They attacked a convoy between the town of al-Mayadin and Deir ez-Zor.', reason: 'between-places', precision: 'near', phrase: 'between the town of al-Mayadin and Deir ez-Zor', maxKm: 30 },
  // must NOT be read as relations: "the town of" alone, a noun that is no direction before "of".
  { text: 'A bomb hit a patrol in the town of Tikrit.', reason: 'named-place', precision: 'exact', phrase: 'Tikrit', maxKm: 10 },
  { text: 'A bomb hit a patrol, the people of the town of Tikrit said.', reason: 'named-place', precision: 'exact', phrase: 'Tikrit', maxKm: 10 },
  { text: 'A bomb hit a patrol north of, the town of Tikrit.', reason: 'named-place', precision: 'exact', phrase: 'Tikrit', maxKm: 10 },
];

for (const row of ROWS) {
  test(row.text, () => {
    const a = anchorOf(row.text, { start: 0, end: row.text.length }, placesIn(row.text));
    assert.ok(a);
    assert.equal(a.reason, row.reason);
    assert.equal(a.precision, row.precision);
    assert.equal(row.text.slice(a.span.start, a.span.end), row.phrase);
    assert.ok(a.uncertaintyKm <= row.maxKm && a.uncertaintyKm > 0, `uncertainty ${a.uncertaintyKm}`);
    if (row.atKm) {
      const [name, km] = row.atKm;
      assert.ok(Math.abs(distanceKm(COORDS[name][0], COORDS[name][1], a.lat, a.lon) - km) < 0.5, 'offset distance');
    }
  });
}

test('between: the midpoint, with half the distance as radius', () => {
  const text = 'They attacked a convoy on the road between al-Mayadin and Deir ez-Zor.';
  const a = anchorOf(text, { start: 0, end: text.length }, placesIn(text))!;
  const d = distanceKm(COORDS['al-Mayadin'][0], COORDS['al-Mayadin'][1], COORDS['Deir ez-Zor'][0], COORDS['Deir ez-Zor'][1]);
  assert.ok(Math.abs(distanceKm(a.lat, a.lon, COORDS['al-Mayadin'][0], COORDS['al-Mayadin'][1]) - d / 2) < 1);
  assert.ok(a.uncertaintyKm >= d / 2);
});

test('offset: compass directions move the point the stated distance', () => {
  for (const dir of ['north', 'south', 'east', 'west', 'north-east', 'southwest']) {
    const p = offset(35, 40, dir, 20);
    assert.ok(Math.abs(distanceKm(35, 40, p.lat, p.lon) - 20) < 0.3, dir);
  }
  assert.ok(offset(35, 40, 'north', 20).lat > 35 && offset(35, 40, 'west', 20).lon < 40);
});

test('no place, no relation', () => {
  assert.equal(anchorOf('They attacked a patrol.', { start: 0, end: 23 }, []), null);
});

test('near an admin-1 is no closer than the admin-1: its precision and radius stay', () => {
  const text = 'They attacked a post near the province of Nangarhar.';
  const start = text.indexOf('Nangarhar');
  const a = anchorOf(text, { start: 0, end: text.length }, [{ span: { start, end: start + 9 }, lat: 34.31, lon: 70.51, population: 0, feature: 'ADM1', radiusKm: 60 }]);
  assert.ok(a);
  assert.equal(a.precision, 'admin1');
  assert.equal(a.uncertaintyKm, 60);
});

test('mayMatch: the words before the place allow every pattern that matches (a superset)', () => {
  const words = ['the', 'The', 'of', 'OF', 'town', 'villages', 'suburbs', 'province', 'area', 'region', 'outskirts', 'vicinity', 'countryside',
    'north', 'south-east', 'north-eastern', 'Southwestern', 'western', 'between', 'near', 'outside', 'around', 'close', 'to', 'from', 'road',
    'linking', 'highway', 'km', 'kilometres', 'miles', '30', '2.5', '(12 miles)', 'overlooks', 'overlooking', 'which', 'that', 'in', 'inside',
    'central', 'downtown', 'street', 'market', 'checkpoint', 'neighbourhood', 'city', 'on', 'not', 'far', 'x', 'enear', '—', ',', '('];
  const gaps = [' ', '  ', '\n', '\u00a0', '\t', '', '-'];
  const loose = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), { maxLength: 9 })
    .map((parts) => parts.map(([w, g]) => w + g).join(''));
  // A relation phrase, then an optional place noun, in either case, after loose words.
  const phrases = ['30 km south of', '2.5 miles (12 miles) to the north-east of', '9 kms NORTHWESTERN of', 'north-eastern of', 'West of', 'near',
    'on the outskirts of', 'in the region of', 'not far from', 'highway linking', 'which overlooks', 'overlooking the', 'market in central',
    'street of', 'checkpoint inside', 'between', 'close to', 'around'];
  const nouns = ['', 'the ', 'the town of ', 'villages of ', 'the suburbs of ', 'city of '];
  const phrased = fc.tuple(loose, fc.constantFrom(...phrases), fc.constantFrom(...gaps), fc.constantFrom(...nouns), fc.boolean())
    .map(([pre, p, g, noun, upper]) => { const t = `${pre}${p}${g}${noun}`; return upper ? t.toUpperCase() : t; });
  const text = fc.oneof(loose, phrased);
  fc.assert(fc.property(text, (s) => GATED_PATTERNS.every(([bit, re]) => !re.test(s) || (mayMatch(s) & bit) !== 0)), { numRuns: 20000 });
});

test('mayMatch: table', () => {
  const rows: ReadonlyArray<[string, number]> = [
    ['a patrol near ', MAY.near],
    ['a patrol in the town of ', MAY.facility],
    ['east of the town of ', MAY.direction | MAY.distance | MAY.facility],
    ['a patrol east of ', MAY.direction | MAY.facility],
    ['20 km east of ', MAY.direction | MAY.distance | MAY.facility],
    ['20km to the north of ', MAY.direction | MAY.distance | MAY.facility],
    ['(12 miles) east of ', MAY.direction | MAY.distance | MAY.facility],
    // must NOT try the distance: a word before the direction that is no unit and not "the".
    ['killed west of ', MAY.direction | MAY.facility],
    ['on the outskirts of the city of ', MAY.near | MAY.facility],
    ['between the ', MAY.between | MAY.facility],
    ['which overlooks ', MAY.overlooks],
    ['a patrol near', 0],
    ['a patrol 30 ', 0],
    ['north, of ', MAY.facility],
  ];
  for (const [s, may] of rows) assert.equal(mayMatch(s), may, s);
});
