// The first Gazetteer: region headings from provinces.tsv / countries.tsv and towns from towns.tsv
// (GeoNames, curated by scripts/build-towns.ts). Lookups are scoped to the section's countries.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { loadTsv } from '../lexicon/load.js';
import { foldName } from './fold.js';
import type { CountryInfo, Gazetteer, PlaceHit, PlaceMatch, Region } from './gazetteer.js';
import type { Span } from '../core/types.js';

const HEADING_WRAPPERS = [
  /^(?:the\s+)?(?:wilayat|wilayah|wilaya|wilayet|province)(?:\s+of)?\s+(.+)$/i,
  /^(.+?)\s+(?:wilayah|wilayat|wilaya|province)$/i,
];

// Capitalised runs of up to four words, allowing lower-case articles glued with a hyphen ("Deir ez-Zor").
const NAME_RUN = /(?:(?:al|el|as|ash|ad|ar|at|az|an)[-\s])?\p{Lu}[\p{L}'’ʿ]*(?:-\p{L}[\p{L}'’ʿ]*)*(?:\s+(?:(?:al|el|as|ash|ad|ar|at|az|an|ez|es|ed|er|et|en|bin|ibn|abu|abou|umm|of|de|du)[-\s])?\p{Lu}[\p{L}'’ʿ]*(?:-\p{L}[\p{L}'’ʿ]*)*){0,3}/uy;

// Bump when matching rules or curated stopwords change: the version enters the pipeline fingerprint.
const REVISION = 2;
// The words of a name run (split on white space), in buffers reused from run to run.
const WORD_STARTS: number[] = [];
const WORD_ENDS: number[] = [];
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x205f || c === 0xfeff;
const RUN_EDGE = /[\p{L}\p{N}'’-]/u;
/** The whole code point before `i` (a surrogate pair counts as one character). */
function charBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1];
}

/** Whether the character before `i` is part of a word, so that a run at `i` would continue it. */
function continuesWord(text: string, i: number): boolean {
  const b = text.charCodeAt(i - 1);
  if (b < 128) return (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b === 39 || b === 45;
  return RUN_EDGE.test(charBefore(text, i));
}

const firstWord = (folded: string) => {
  const sp = folded.indexOf(' ');
  return sp < 0 ? folded : folded.slice(0, sp);
};
const BARE_ARTICLE = /^(?:al|el|as|ash|ad|ar|at|az|an|ag|ath|adh|aj)$/;

const KUNYA = /^(?:abu|abou|umm|ibn|bin)$/i;
const NISBA = /^(?:al|el|as|ash|ad|ar|at|az|an)-/i;

interface Town extends PlaceMatch { folded: string }

class TownTable implements Gazetteer {
  readonly version: string;
  private readonly regions = new Map<string, Region>();
  private readonly towns = new Map<string, Town[]>();
  private readonly countries = new Map<string, CountryInfo>();
  private readonly countryNames = new Map<string, string>();
  private readonly stop: Set<string>;
  /** The first word of every folded town name and stop phrase: a run from any other word matches nothing. */
  private readonly firstWords = new Set<string>();
  private readonly countryPattern: RegExp;

  constructor() {
    for (const r of loadTsv('countries.tsv', ['code', 'name', 'variants', 'adjective'])) {
      const info = { code: r.code, name: r.name, adjective: r.adjective || r.name };
      this.countries.set(r.code, info);
      for (const n of [r.name, ...r.variants.split('|').filter(Boolean)]) {
        this.countryNames.set(foldName(n), r.code);
        this.regions.set(foldName(n), { name: n, kind: 'country', country: r.code, countries: [r.code], admin1: null, admin1Code: null, label: r.name });
      }
    }
    for (const r of loadTsv('provinces.tsv', ['name', 'variants', 'country', 'admin1', 'admin1Code', 'region'])) {
      const countries = r.country.split('|').filter(Boolean);
      for (const n of [r.name, ...r.variants.split('|').filter(Boolean)]) {
        this.regions.set(foldName(n), {
          // A region spanning borders keeps all its countries; the first is where it mostly lies.
          name: r.name, kind: 'province', country: countries[0] ?? null, countries,
          admin1: r.admin1 || null, admin1Code: r.admin1Code || null, label: r.region,
        });
      }
    }
    let rows = 0;
    if (existsSync(join(dirname(fileURLToPath(import.meta.url)), '../lexicon/towns.tsv'))) {
      for (const r of loadTsv('towns.tsv', ['name', 'variants', 'country', 'admin1', 'admin1Code', 'lat', 'lon', 'geonameId', 'population'])) {
        rows++;
        const base: PlaceMatch = {
          name: r.name, country: r.country, admin1: r.admin1 || null, admin1Code: r.admin1Code || null,
          lat: Number(r.lat), lon: Number(r.lon), population: Number(r.population) || 0,
          geonameId: r.geonameId ? Number(r.geonameId) : undefined, alternatives: 0,
        };
        for (const n of [r.name, ...r.variants.split('|').filter(Boolean)]) {
          const folded = foldName(n);
          if (folded.length < 3) continue;
          const list = this.towns.get(folded) ?? [];
          if (!list.some((t) => t.geonameId === base.geonameId)) list.push({ ...base, folded });
          this.towns.set(folded, list);
        }
      }
      for (const list of this.towns.values()) list.sort((a, b) => b.population - a.population);
    }
    // Month names are never places ("Muharram" is also a Syrian village, "Jumada al-Ula" holds al-Ula).
    const months = ['hijri-months.tsv', 'gregorian-months.tsv'].flatMap((f) => loadTsv(f, ['month', 'variant']).map((r) => r.variant));
    this.stop = new Set([...loadTsv('place-stopwords.tsv', ['word']).map((r) => r.word), ...months].map(foldName));
    for (const key of [...this.towns.keys(), ...this.stop]) this.firstWords.add(firstWord(key));
    this.countryPattern = new RegExp(`\\b(?:${[...loadTsv('countries.tsv', ['code', 'name', 'variants']).flatMap((r) => [r.name, ...r.variants.split('|').filter(Boolean)])].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:'s|’s)?\\b`, 'g');
    this.version = `town-table/${REVISION}/${rows}`;
  }

  region(heading: string): Region | null {
    let name = heading.trim().replace(/[:.]$/, '').trim();
    for (const w of HEADING_WRAPPERS) {
      const m = w.exec(name);
      if (m) { name = m[1]; break; }
    }
    return this.regions.get(foldName(name)) ?? null;
  }

  country(code: string): CountryInfo | null {
    return this.countries.get(code) ?? null;
  }

  countriesIn(text: string, start: number, end: number): { code: string; span: Span }[] {
    const out: { code: string; span: Span }[] = [];
    const re = this.countryPattern;
    re.lastIndex = start;
    for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
      const code = this.countryNames.get(foldName(m[0].replace(/['’]s$/, '')));
      if (code) out.push({ code, span: { start: m.index, end: m.index + m[0].length } });
    }
    return out;
  }

  places(text: string, start: number, end: number, countries: readonly string[], strict = true): PlaceHit[] {
    const hits: PlaceHit[] = [];
    // The pattern is tried only where a run can open: a capital (or any non-ASCII letter) or an
    // article's a/e, at a word start. A global Unicode scan would try every position.
    for (let p = start; p < end; p++) {
      const c = text.charCodeAt(p);
      if (!((c >= 65 && c <= 90) || c === 97 || c === 101 || c >= 128)) continue;
      if (p > 0 && continuesWord(text, p)) continue;
      NAME_RUN.lastIndex = p;
      const m = NAME_RUN.exec(text);
      if (!m) continue;
      p = m.index + m[0].length - 1;
      const runEnd = Math.min(end, m.index + m[0].length);
      // Word offsets inside the run; a phrase is the text between two of them (folding collapses spaces).
      const ws = WORD_STARTS;
      const we = WORD_ENDS;
      let n = 0;
      for (let k = m.index; k < runEnd; ) {
        while (k < runEnd && isSpace(text.charCodeAt(k))) k++;
        if (k >= runEnd) break;
        ws[n] = k;
        while (k < runEnd && !isSpace(text.charCodeAt(k))) k++;
        we[n++] = k;
      }
      // Longest sub-run first, scanning left to right inside the run.
      let i = 0;
      while (i < n) {
        let found: { len: number; town: Town; alternatives: number } | null = null;
        let stopped = 0;
        const first = firstWord(foldName(text.slice(ws[i], we[i])));
        // A bare article ("Al Bab") folds away in the longer phrase, so it cannot rule one out.
        const hopeless = !this.firstWords.has(first) && !BARE_ARTICLE.test(first);
        for (let len = n - i; len >= 1 && !found && !hopeless; len--) {
          const folded = foldName(text.slice(ws[i], we[i + len - 1]));
          // A stop phrase of several words ("Tahrir al-Sham") hides the names inside it.
          if (this.stop.has(folded)) { if (len > 1) { stopped = len; break; } continue; }
          const all = this.towns.get(folded);
          if (!all) continue;
          const preferred = all.filter((t) => countries.includes(t.country));
          const inScope = preferred.length > 0 || (strict && countries.length > 0) ? preferred : all;
          if (inScope.length > 0) found = { len, town: inScope[0], alternatives: inScope.length - 1 };
        }
        // A kunya that is no town ("Abu Talha al-Rumaythi", unlike "Abu Kamal") names a person: skip its name and nisba.
        if (!found && !stopped && i + 1 < n && KUNYA.test(text.slice(ws[i], we[i]))) stopped = i + 2 < n && NISBA.test(text.slice(ws[i + 2], we[i + 2])) ? 3 : 2;
        if (stopped) {
          i += stopped;
        } else if (found) {
          const { folded: _f, ...place } = found.town;
          hits.push({ span: { start: ws[i], end: we[i + found.len - 1] }, match: { ...place, alternatives: found.alternatives } });
          i += found.len;
        } else {
          i += 1;
        }
      }
    }
    return hits;
  }

}

let shared: TownTable | null = null;
export function defaultGazetteer(): Gazetteer {
  shared ??= new TownTable();
  return shared;
}
