// NamePattern against the single alternation it splits; countriesIn / countryAdjectivesIn on it.
// Run: node --import tsx --test src/geo/name-pattern.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { loadTsv } from '../lexicon/load.js';
import { NamePattern, namesRegExp, type NameMatch } from './name-pattern.js';
import { defaultGazetteer } from './geonames-gazetteer.js';

const POSSESSIVE = "(?:'s|’s)?";
const COUNTRY_NAMES = loadTsv('countries.tsv', ['name', 'variants']).flatMap((r) => [r.name, ...r.variants.split('|').filter(Boolean)]);
const ADJECTIVES = loadTsv('countries.tsv', ['adjective']).map((r) => r.adjective).filter(Boolean);

/** The definition: one regex in an exec loop. */
function byRegExp(names: readonly string[], suffix: string, text: string, start: number, end: number): NameMatch[] {
  const re = namesRegExp(names, suffix);
  const out: NameMatch[] = [];
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) out.push({ index: m.index, text: m[0] });
  return out;
}

describe('NamePattern', () => {
  const countries = new NamePattern(COUNTRY_NAMES, POSSESSIVE);
  const found = (text: string) => countries.matches(text, 0, text.length).map((m) => m.text);
  const rows: ReadonlyArray<{ text: string; names: readonly string[] }> = [
    { text: 'in Syria and al-Sham', names: ['Syria', 'al-Sham'] },
    { text: "Syria's army, Iraq’s border", names: ["Syria's", 'Iraq’s'] },
    { text: 'al-Iraq al-Sham Sham', names: ['al-Iraq', 'al-Sham', 'Sham'] },
    { text: 'Burkina Faso and Democratic Republic of the Congo', names: ['Burkina Faso', 'Democratic Republic of the Congo'] },
    { text: 'Nigeria, Niger and South Sudan, Sudan', names: ['Nigeria', 'Niger', 'South Sudan', 'Sudan'] },
    { text: 'Syrian Arab Republic', names: ['Syrian Arab Republic'] },
    // Case-sensitive and whole words only.
    { text: 'the niger river, a syria, Nigerien, Sudanese, Shamal', names: [] },
    { text: 'xal-Sham', names: ['Sham'] },
    { text: 'Burkina  Faso', names: [] },
    { text: "Syria'sx", names: ['Syria'] },
    { text: 'éSyria Syriaé', names: ['Syria', 'Syria'] },
    { text: '_Syria 3Syria', names: [] },
    { text: 'al-Shamal al-Sham_', names: [] },
  ];
  for (const { text, names } of rows) {
    test(JSON.stringify(text), () => assert.deepEqual(found(text), names));
  }

  test('stops at the first match opening at or after end, and starts at start', () => {
    const text = 'Iraq, Syria and al-Sham';
    assert.deepEqual(countries.matches(text, 1, 12).map((m) => m.text), ['Syria']);
    assert.deepEqual(countries.matches(text, 0, 17).map((m) => m.text), ['Iraq', 'Syria', 'al-Sham']);
  });

  // Text built from name fragments, so that names touch, overlap and break at every place.
  const pieces = [...COUNTRY_NAMES, ...ADJECTIVES, 'al-', 'al', 'Al-', "'s", '’s', 's', ' ', '  ', '-', '_', 'é', 'x', '3', '.', 'South ', 'Arab ', 'of the '];
  const text = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), { maxLength: 25 }).map((p) => p.join(''));

  test('property: the same matches as the single alternation (countries, with a possessive)', () => {
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
      const start = t.length ? a % (t.length + 1) : 0;
      const end = t.length ? b % (t.length + 1) : 0;
      assert.deepEqual(countries.matches(t, start, end), byRegExp(COUNTRY_NAMES, POSSESSIVE, t, start, end));
    }), { numRuns: 3000 });
  });

  test('property: the same matches as the single alternation (adjectives; names of both cases, no suffix)', () => {
    const mixed = [...ADJECTIVES, 'al-Sham', 'al-Iraq', 'as Sukhnah', 'el-Arab'];
    const pattern = new NamePattern(mixed);
    fc.assert(fc.property(text, (t) => {
      assert.deepEqual(pattern.matches(t, 0, t.length), byRegExp(mixed, '', t, 0, t.length));
    }), { numRuns: 3000 });
  });
});

describe('countriesIn / countryAdjectivesIn', () => {
  const gaz = defaultGazetteer();
  const codes = (hits: { code: string; span: { start: number; end: number } }[], text: string) => hits.map((h) => `${h.code}:${text.slice(h.span.start, h.span.end)}`);
  test('country names, variants and possessives', () => {
    const text = "Fighters in al-Sham and Nigeria's north; the niger delta; Burkina Faso.";
    assert.deepEqual(codes(gaz.countriesIn(text, 0, text.length), text), ['SY:al-Sham', "NG:Nigeria's", 'BF:Burkina Faso']);
  });
  test('adjectives: not before a hyphen, the longest first', () => {
    const text = 'Turkish-backed units met Sudanese and South Sudanese troops near Sudan.';
    assert.deepEqual(codes(gaz.countryAdjectivesIn(text, 0, text.length), text), ['SD:Sudanese', 'SS:South Sudanese']);
  });
});
