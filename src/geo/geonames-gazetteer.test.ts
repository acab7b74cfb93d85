// The town table: region headings (region()) and named places scoped to countries (places()).
// Every sentence is invented and flat; noms de guerre are invented.
// Run: node --import tsx --test src/geo/town-table.test.ts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultGazetteer, GeoNamesGazetteer } from './geonames-gazetteer.js';
import type { PlaceScope } from './place-lookup.js';

const gaz = defaultGazetteer();

describe('region(): province names and their wrappers', () => {
  const rows: ReadonlyArray<{ heading: string; name: string; kind: 'province' | 'country'; countries: readonly string[]; admin1Code: string | null }> = [
    { heading: 'Wilayat Khayr', name: 'Khayr', kind: 'province', countries: ['SY'], admin1Code: 'SY-DY' },
    { heading: 'Wilayat al-Khayr', name: 'Khayr', kind: 'province', countries: ['SY'], admin1Code: 'SY-DY' },
    { heading: 'Wilayah of Ninawa', name: 'Ninawa', kind: 'province', countries: ['IQ'], admin1Code: 'IQ-NI' },
    { heading: 'the Wilayah of Khayr', name: 'Khayr', kind: 'province', countries: ['SY'], admin1Code: 'SY-DY' },
    { heading: 'Khayr Wilayah', name: 'Khayr', kind: 'province', countries: ['SY'], admin1Code: 'SY-DY' },
    { heading: 'Wilayat al-Jazirah', name: 'Jazirah', kind: 'province', countries: ['IQ'], admin1Code: 'IQ-NI' },
    { heading: 'Sinai Province', name: 'Sinai', kind: 'province', countries: ['EG'], admin1Code: 'EG-SIN' },
    { heading: 'Province of Sinai', name: 'Sinai', kind: 'province', countries: ['EG'], admin1Code: 'EG-SIN' },
    { heading: 'Wilayat Halab:', name: 'Halab', kind: 'province', countries: ['SY'], admin1Code: 'SY-HL' },
    { heading: 'Wilayat Sana’a', name: "Sana'a", kind: 'province', countries: ['YE'], admin1Code: 'YE-SN' },
    { heading: 'Gharb Ifriqiyyah Wilayah', name: 'Gharb Ifriqiyyah', kind: 'province', countries: ['NG', 'NE', 'TD', 'CM'], admin1Code: null },
    { heading: 'West Africa Wilayah', name: 'Gharb Ifriqiyyah', kind: 'province', countries: ['NG', 'NE', 'TD', 'CM'], admin1Code: null },
    { heading: 'Wilayat Furat', name: 'Furat', kind: 'province', countries: ['SY', 'IQ'], admin1Code: null },
    { heading: 'Somalia', name: 'Somalia', kind: 'province', countries: ['SO'], admin1Code: 'SO-BR' },
    { heading: 'Kenya', name: 'Kenya', kind: 'country', countries: ['KE'], admin1Code: null },
    { heading: 'America', name: 'America', kind: 'country', countries: ['US'], admin1Code: null },
    { heading: 'Denmark', name: 'Denmark', kind: 'country', countries: ['DK'], admin1Code: null },
  ];
  for (const row of rows) {
    test(row.heading, () => {
      const r = gaz.region(row.heading);
      assert.ok(r, `no region for '${row.heading}'`);
      assert.deepEqual({ name: r.name, kind: r.kind, countries: [...r.countries], admin1Code: r.admin1Code }, { name: row.name, kind: row.kind, countries: row.countries, admin1Code: row.admin1Code });
    });
  }
});

describe('region(): lines that name no region', () => {
  for (const line of ['Wilayat Nowhere', 'Soldiers of the Khilafah', 'On the 3rd of Safar', 'Abu Salim al-Tahiri', 'Summary of the operations', 'Wilayat']) {
    test(line, () => assert.equal(gaz.region(line), null));
  }
  test('a line asked again gets the same answer (kept per line, null too)', () => {
    for (const line of ['Wilayat Nowhere', 'Wilayat Nowhere', 'Denmark', 'Denmark', ' Denmark:', ' Denmark:']) {
      assert.deepEqual(gaz.region(line), new GeoNamesGazetteer(gaz.lookup).region(line), line);
    }
  });
});

interface PlaceRow { sentence: string; countries: readonly string[]; found: ReadonlyArray<{ text: string; country: string; admin1Code: string | null }> }

function placesIn(sentence: string, countries: readonly string[], strict = true) {
  return gaz.places(sentence, 0, sentence.length, { countries, admin1Code: null, strict }).map((h) => ({
    text: sentence.slice(h.span.start, h.span.end), start: h.span.start, country: h.match.country, admin1Code: h.match.admin1Code,
  }));
}

describe('places(): named towns inside the section\'s countries, with offsets', () => {
  const rows: readonly PlaceRow[] = [
    { sentence: 'They attacked a position near the town of al-Mayadin.', countries: ['SY'], found: [{ text: 'al-Mayadin', country: 'SY', admin1Code: 'SY-DY' }] },
    { sentence: 'They shelled the airport of Tal Afar.', countries: ['IQ'], found: [{ text: 'Tal Afar', country: 'IQ', admin1Code: 'IQ-NI' }] },
    { sentence: 'They attacked a checkpoint near Abu Kamal.', countries: ['SY', 'IQ'], found: [{ text: 'Abu Kamal', country: 'SY', admin1Code: 'SY-DY' }] },
    { sentence: 'They attacked a gathering in the city of Deir ez-Zor.', countries: ['SY'], found: [{ text: 'Deir ez-Zor', country: 'SY', admin1Code: 'SY-DY' }] },
    { sentence: 'They attacked a patrol on the road between al-Mayadin and Deir ez-Zor.', countries: ['SY'], found: [{ text: 'al-Mayadin', country: 'SY', admin1Code: 'SY-DY' }, { text: 'Deir ez-Zor', country: 'SY', admin1Code: 'SY-DY' }] },
    { sentence: 'They attacked a base south of Sirte.', countries: ['LY'], found: [{ text: 'Sirte', country: 'LY', admin1Code: 'LY-SR' }] },
    { sentence: 'A soldier of America was killed in Mosul.', countries: ['IQ'], found: [{ text: 'Mosul', country: 'IQ', admin1Code: 'IQ-NI' }] },
    { sentence: 'Abu Salim al-Tahiri attacked a checkpoint near Abu Kamal.', countries: ['SY'], found: [{ text: 'Abu Kamal', country: 'SY', admin1Code: 'SY-DY' }] },
    // An admin-1 named after "district of" or before "county"; a town outside the regional tables keeps its ISO 3166-2 code.
    { sentence: 'They attacked a post in the Deh Bala district of Nangarhar.', countries: ['AF', 'PK'], found: [{ text: 'Nangarhar', country: 'AF', admin1Code: 'AF-NAN' }] },
    { sentence: 'They attacked a police post in the province of Diyala.', countries: ['IQ'], found: [{ text: 'Diyala', country: 'IQ', admin1Code: 'IQ-DI' }] },
    { sentence: 'They attacked a police post in Garissa county.', countries: ['KE'], found: [{ text: 'Garissa', country: 'KE', admin1Code: 'KE-07' }] },
    { sentence: 'A man attacked people at a tram stop in Graz.', countries: ['AT'], found: [{ text: 'Graz', country: 'AT', admin1Code: 'AT-6' }] },
  ];
  for (const row of rows) {
    test(`${row.sentence} [${row.countries.join(',')}]`, () => {
      const got = placesIn(row.sentence, row.countries);
      assert.deepEqual(got.map(({ text, country, admin1Code }) => ({ text, country, admin1Code })), row.found);
      for (const g of got) assert.equal(g.start, row.sentence.indexOf(g.text));
    });
  }

  test('offsets are relative to the whole text when the scan starts mid-text', () => {
    const text = 'Wilayat Khayr\n\nThey attacked a position near al-Mayadin.';
    const from = text.indexOf('They');
    const [hit] = gaz.places(text, from, text.length, { countries: ['SY'], admin1Code: null, strict: true });
    assert.equal(text.slice(hit.span.start, hit.span.end), 'al-Mayadin');
  });

  test('a strict scope drops a town of another country', () => {
    assert.deepEqual(placesIn('They attacked a base south of Maiduguri.', ['SY']), []);
  });
});

describe('places(): words that are not places', () => {
  const rows: ReadonlyArray<{ name: string; sentence: string; countries: readonly string[]; strict?: boolean }> = [
    { name: 'an invented nom de guerre', sentence: 'Abu Salim al-Tahiri attacked the checkpoint.', countries: ['SY', 'IQ'] },
    { name: 'invented noms de guerre, unscoped', sentence: 'Abu Hamza al-Saqiri and Abu Salim al-Tahiri attacked the checkpoint.', countries: [], strict: false },
    { name: 'noms de guerre with a nisba', sentence: 'Abu Yusuf al-Waqiri, Abu Muslim al-Qasimi and Abu Khalid al-Rumaythi took part.', countries: ['SY', 'IQ'] },
    { name: 'group names with al-Sham', sentence: 'Ahrar al-Sham and Hay’at Tahrir al-Sham clashed with Jaysh al-Islam.', countries: ['SY'] },
    { name: 'Iraqi unit names', sentence: 'The Golden Division, the Federal Police and the Rapid Intervention Force took part.', countries: ['IQ'] },
    { name: 'Syrian unit names', sentence: 'The 17th Division, the Republican Guard and the Tiger Forces took part.', countries: ['SY'] },
    { name: 'the in-group and pejorative names', sentence: 'Soldiers of the Khilafah attacked the Rafidi Mobilization and the Nusayri army.', countries: ['SY', 'IQ'] },
    { name: 'Hijri months in a section', sentence: 'On the 3rd of Safar, in Muharram, Ramadan, Shawwal and Rajab.', countries: ['SY', 'IQ', 'SA'] },
    { name: 'two-word Hijri months, unscoped', sentence: 'On the 5th of Jumada al-Ula and the 2nd of Rabi al-Awwal they attacked.', countries: [], strict: false },
    { name: 'weekdays, unscoped', sentence: 'On Monday, Tuesday, Wednesday, Thursday, Friday, Saturday and Sunday.', countries: [], strict: false },
    { name: 'Gregorian months, unscoped', sentence: 'In January, March, May, July and October.', countries: [], strict: false },
    { name: 'a nom de guerre whose name is also a town, unscoped', sentence: 'Abu Talha al-Rumaythi and Abu Dujana al-Harithi were killed.', countries: [], strict: false },
    { name: 'militia and unit names, unscoped', sentence: 'Liwa al-Quds, the Quds Force and the Badr Organization took part.', countries: [], strict: false },
    { name: 'Crusader', sentence: 'The Crusader coalition and the Crusaders struck the town.', countries: ['SY', 'IQ', 'US'] },
    { name: 'America inside another country\'s section', sentence: 'A soldier of America was killed in the attack.', countries: ['SO'] },
    { name: 'America in a Syrian section', sentence: 'The Crusader coalition led by America shelled the area.', countries: ['SY'] },
  ];
  for (const row of rows) {
    test(row.name, () => {
      assert.deepEqual(placesIn(row.sentence, row.countries, row.strict ?? true), []);
    });
  }
});

describe('places(): outside the story\'s countries, a city only by its own name', () => {
  test('"Kalli" in a Nigerian story is no alternate spelling of a Colombian city', () => {
    const hits = placesIn('Gunmen killed farmers near the village of Kalli on Saturday.', ['NG'], false);
    assert.ok(hits.every((h) => h.country === 'NG'), JSON.stringify(hits));
  });
  test('a world city named by its own name is still found outside the story\'s countries', () => {
    const hits = placesIn('The suspect had travelled from Paris before the attack.', ['NG'], false);
    assert.deepEqual(hits.map((h) => [h.text, h.country]), [['Paris', 'FR']]);
  });
});

describe('places(): memos give the answers a fresh gazetteer gives', () => {
  const text = 'Fighters attacked a checkpoint in Hawijah, then shelled al-Bab and Manbij; a raid near Deir ez-Zor followed.';
  const iq: PlaceScope = { countries: ['IQ'], admin1Code: null, strict: false, prefer: [] };
  const sy: PlaceScope = { countries: ['SY'], admin1Code: null, strict: false, prefer: ['SY'] };
  const fresh = (scope: PlaceScope) => new GeoNamesGazetteer(gaz.lookup).places(text, 0, text.length, scope);
  test('scopes alternating, each memo found again by its fields', () => {
    for (const scope of [iq, sy, iq, { ...sy, prefer: [...(sy.prefer ?? [])] }, sy]) assert.deepEqual(gaz.places(text, 0, text.length, scope), fresh(scope));
  });
  test('a word met again, in another string at another offset', () => {
    const again = `Later, ${text}`;
    const shift = again.length - text.length;
    const spans = gaz.places(again, 0, again.length, sy).map((h) => [h.span.start - shift, h.span.end - shift, h.match.name]);
    assert.deepEqual(spans, fresh(sy).map((h) => [h.span.start, h.span.end, h.match.name]));
    assert.ok(spans.length >= 3);
  });
});

describe('places(): a run that is one stop phrase names nothing, unless an admin-1 ends it', () => {
  const rows: ReadonlyArray<{ sentence: string; countries: readonly string[]; strict: boolean; found: readonly (readonly [string, number, string | null])[] }> = [
    { sentence: 'attacks in Jumada al-Akhirah near Mosul', countries: ['IQ'], strict: true, found: [['Mosul', 34, 'IQ-NI']] },
    { sentence: 'the Islamic State claimed Tal Afar', countries: ['IQ'], strict: true, found: [['Tal Afar', 26, 'IQ-NI']] },
    { sentence: 'the Islamic State province of Tal Afar', countries: ['IQ'], strict: true, found: [['Tal Afar', 30, 'IQ-NI']] },
    // "New Zealand" is a stop phrase, but "Zealand" an admin-1 (DK-85): the run still goes to admin1Hit.
    { sentence: 'flights over New Zealand region', countries: ['DK'], strict: true, found: [['Zealand', 17, 'DK-85']] },
    { sentence: 'flights over New Zealand region', countries: [], strict: false, found: [['Zealand', 17, 'DK-85']] },
    { sentence: 'flights over New Zealand', countries: ['DK'], strict: true, found: [] },
  ];
  for (const row of rows) {
    test(`${row.sentence} (${row.countries.join(',') || 'no country'})`, () => {
      const hits = gaz.places(row.sentence, 0, row.sentence.length, { countries: row.countries, admin1Code: null, strict: row.strict });
      assert.deepEqual(hits.map((h) => [row.sentence.slice(h.span.start, h.span.end), h.span.start, h.match.admin1Code]), row.found);
    });
  }
});
