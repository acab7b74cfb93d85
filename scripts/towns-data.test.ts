// Data checks for src/lexicon/towns.tsv (built by scripts/build-towns.ts).
// Run: node --import tsx --test scripts/towns-data.test.ts
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const LEXICON = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'lexicon');
const TOWNS = join(LEXICON, 'towns.tsv');
const HEADER = ['name', 'variants', 'country', 'admin1', 'admin1Code', 'lat', 'lon', 'geonameId', 'population', 'source'] as const;

type Town = Record<(typeof HEADER)[number], string>;

function toTown(cells: readonly string[]): Town {
  const at = (i: number): string => cells[i] ?? '';
  return {
    name: at(0), variants: at(1), country: at(2), admin1: at(3), admin1Code: at(4),
    lat: at(5), lon: at(6), geonameId: at(7), population: at(8), source: at(9),
  };
}

function readTsv(path: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l !== '');
  const [head, ...body] = lines;
  return { header: (head ?? '').split('\t'), rows: body.map((l) => l.split('\t')) };
}

const { header, rows } = readTsv(TOWNS);
const towns: Town[] = rows.map(toTown);

/** Folding as the extractor does it (mirrors src/geo/fold.ts): case, diacritics,
 * apostrophes, hyphens and a leading Arabic article. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['‘’ʼʻʿʾ`´]/g, '')
    .replace(/[\s\-‐–.]+/g, ' ')
    .trim()
    .replace(/^(?:al|el|as|ash|ad|ar|at|az|an|ag|ath|adh|aj) /, '');
}

test('header columns are exact', () => {
  assert.deepEqual(header, HEADER);
});

test('every row is well-formed', () => {
  assert.ok(towns.length > 1000, `only ${towns.length} rows`);
  rows.forEach((cells, i) => assert.equal(cells.length, HEADER.length, `row ${i + 2} has ${cells.length} cells`));
  for (const t of towns) {
    const where = `${t.name} (${t.geonameId})`;
    assert.notEqual(t.name.trim(), '', where);
    assert.notEqual(t.source.trim(), '', `${where}: no source`);
    const lat = Number(t.lat);
    const lon = Number(t.lon);
    assert.ok(t.lat !== '' && lat >= -90 && lat <= 90, `${where}: lat ${t.lat}`);
    assert.ok(t.lon !== '' && lon >= -180 && lon <= 180, `${where}: lon ${t.lon}`);
    assert.match(t.country, /^[A-Z]{2}$/, where);
    if (t.admin1Code !== '') {
      assert.match(t.admin1Code, /^[A-Z]{2}-[A-Z0-9]{1,3}$/, where);
      assert.ok(t.admin1Code.startsWith(`${t.country}-`), `${where}: ${t.admin1Code} not in ${t.country}`);
    }
    assert.match(t.geonameId, /^\d+$/, where);
  }
});

test('geonameIds are unique and the file stays small', () => {
  const ids = new Set(towns.map((t) => t.geonameId));
  assert.equal(ids.size, towns.length);
  assert.ok(statSync(TOWNS).size < 1_500_000, `towns.tsv is ${statSync(TOWNS).size} bytes`);
});

test('named towns resolve to the expected country and ISO admin-1', () => {
  const index = new Map<string, Town[]>();
  for (const t of towns) {
    const keys = new Set([t.name, ...t.variants.split('|').filter((v) => v !== '')].map(fold));
    for (const k of keys) index.set(k, [...(index.get(k) ?? []), t]);
  }
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['al-Mayadin', 'SY', 'SY-DY'],
    ['Albu Kamal', 'SY', 'SY-DY'],
    ['Palmyra', 'SY', 'SY-HI'],
    ['Tabqa', 'SY', 'SY-RA'],
    ['Manbij', 'SY', 'SY-HL'],
    ['Tal Afar', 'IQ', 'IQ-NI'],
    ['Mosul', 'IQ', 'IQ-NI'],
    ['Baiji', 'IQ', 'IQ-SD'],
    ['al-Qaim', 'IQ', 'IQ-AN'],
    ['Sirte', 'LY', 'LY-SR'],
    ['Derna', 'LY', 'LY-DR'],
    ['al-Arish', 'EG', 'EG-SIN'],
    ['Maiduguri', 'NG', 'NG-BO'],
    ['Bosaso', 'SO', 'SO-BR'],
    ['Mandera', 'KE', 'KE-24'],
    ['Jalalabad', 'AF', 'AF-NAN'],
    ['Aden', 'YE', 'YE-AD'],
    ['Diffa', 'NE', 'NE-2'],
  ];
  for (const [query, country, code] of cases) {
    const hits = index.get(fold(query)) ?? [];
    assert.ok(
      hits.some((t) => t.country === country && t.admin1Code === code),
      `${query}: expected ${country}/${code}, got ${hits.map((t) => `${t.name}/${t.country}/${t.admin1Code}`).join(', ') || 'nothing'}`,
    );
  }
});
