// The Gazetteer: region headings from provinces.tsv / countries.tsv, and named places from the
// GeoNames place index (place-index.ts) matched on capitalised name runs, inside the scope the
// section or the document sets: folded name first, then the transliteration skeleton.
import { loadTsv } from '../lexicon/load.js';
import { foldName, looseKey, looseOfFolded } from './fold.js';
import { skeleton } from './skeleton.js';
import { loadPlaceIndex } from './place-index.js';
import { PlaceLookup, type Candidate, type Centroid, type PlaceScope } from './place-lookup.js';
import { NameRuns } from './name-runs.js';
import { cuesBefore, LOCATIVE_BEFORE, locativeBefore, namingBefore, regionAfter, REGION_BEFORE, streetAfter } from './cue-words.js';
import { englishWords } from './english-words.js';
import { NamePattern } from './name-pattern.js';
import { distance } from 'fastest-levenshtein';
import type { CountryInfo, Gazetteer, PlaceHit, PlaceMatch, Region } from './gazetteer.js';
import type { Span } from '../core/types.js';

const HEADING_WRAPPERS = [
  /^(?:the\s+)?(?:wilayat|wilayah|wilaya|wilayet|province)(?:\s+of)?\s+(.+)$/i,
  /^(.+?)\s+(?:wilayah|wilayat|wilaya|province)$/i,
];

// Bump when matching rules or curated stopwords change: the version enters the pipeline fingerprint.
const REVISION = 7;
const MAX_CANDIDATES = 5;

const firstWord = (folded: string) => {
  const sp = folded.indexOf(' ');
  return sp < 0 ? folded : folded.slice(0, sp);
};
const BARE_ARTICLE = /^(?:al|el|as|ash|ad|ar|at|az|an|ag|ath|adh|aj)$/;

// Skeleton matches must still look alike ("Hawija" ~ "Hawijah", not "Hajiawa"); inside the
// section's admin-1 only, when it sets one.
const MIN_SIMILARITY = 0.6;
const MIN_SIMILARITY_OUTSIDE = 0.75;
const NISBA_END = /[^aeiou ]i$/;
function similarity(a: string, b: string): number {
  const a2 = a.replace(/ /g, '');
  const b2 = b.replace(/ /g, '');
  return 1 - distance(a2, b2) / Math.max(a2.length, b2.length, 1);
}

// "Gare de Lyon", "Rue de Paris", "Place de la République": a site in a city, named after another place.
const FACILITY_FIRST = /^(?:gare|rue|place|avenue|boulevard|pont|porte|quai|hotel|hôtel)$/i;

const KUNYA = /^(?:abu|abou|umm|ibn|bin)$/i;
const NISBA = /^(?:al|el|as|ash|ad|ar|at|az|an)-/i;

// Tier results are memoised per scope: running text repeats its names under the same headings.
type Tier = 'exact' | 'skeleton';
class TierMemo {
  /** By tier and by whether a locative word comes before, each by phrase (made on first use: most scopes see few names). */
  private readonly byPhrase: (Map<string, readonly Candidate[]> | undefined)[] = [undefined, undefined, undefined, undefined];
  private slot(tier: Tier, cued: boolean): number {
    return (tier === 'exact' ? 0 : 2) + (cued ? 1 : 0);
  }
  get(tier: Tier, cued: boolean, phrase: string): readonly Candidate[] | undefined {
    return this.byPhrase[this.slot(tier, cued)]?.get(phrase);
  }
  set(tier: Tier, cued: boolean, phrase: string, ranked: readonly Candidate[]): readonly Candidate[] {
    const slot = this.slot(tier, cued);
    let m = this.byPhrase[slot];
    if (!m) this.byPhrase[slot] = m = new Map();
    if (m.size > 20_000) m.clear();
    m.set(phrase, ranked);
    return ranked;
  }
}

/** A scope's fields, copied when a memo is made for it. */
interface ScopeKey { readonly countries: readonly string[]; readonly admin1Code: string | null; readonly admin1Soft: boolean; readonly strict: boolean; readonly prefer: readonly string[] }
const NONE: readonly string[] = [];
// A scope is its countries, admin-1 and the countries its paragraph names: a stream of documents
// meets thousands (4 MB of the bench corpus ~1,800); fewer slots cleared the memos every pass.
const MAX_SCOPES = 10_000;

// Memos are found by a hash of the scope's fields, then compared field by field: no key string per call.
class TierMemos {
  private readonly byHash = new Map<number, { key: ScopeKey; memo: TierMemo }[]>();
  private count = 0;
  of(scope: PlaceScope): TierMemo {
    const h = scopeHash(scope);
    const same = this.byHash.get(h);
    if (same) for (const e of same) if (sameScope(e.key, scope)) return e.memo;
    if (this.count >= MAX_SCOPES) { this.byHash.clear(); this.count = 0; }
    const key: ScopeKey = { countries: [...scope.countries], admin1Code: scope.admin1Code, admin1Soft: scope.admin1Soft ?? false, strict: scope.strict, prefer: [...(scope.prefer ?? NONE)] };
    const memo = new TierMemo();
    const list = this.byHash.get(h);
    if (list) list.push({ key, memo });
    else this.byHash.set(h, [{ key, memo }]);
    this.count++;
    return memo;
  }
}

/** FNV-1a of `s` and a separator, continuing from `h`. */
function hashOn(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0x7c, 0x01000193);
}
function scopeHash(scope: PlaceScope): number {
  let h = 0x811c9dc5;
  for (const c of scope.countries) h = hashOn(h, c);
  h = hashOn(h, scope.admin1Code ?? '');
  h = Math.imul(h ^ ((scope.admin1Soft ? 1 : 0) | (scope.strict ? 2 : 0)), 0x01000193);
  for (const c of scope.prefer ?? NONE) h = hashOn(h, c);
  return h;
}
function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function sameScope(key: ScopeKey, scope: PlaceScope): boolean {
  return key.admin1Code === scope.admin1Code && key.admin1Soft === (scope.admin1Soft ?? false) && key.strict === scope.strict
    && sameList(key.countries, scope.countries) && sameList(key.prefer, scope.prefer ?? NONE);
}

/** What places() asks of one word whatever its context (memoised: running text repeats its words). */
interface WordFacts {
  /** The word itself: the memo's own key, whose hash is already computed, to look the one-word phrase up by. */
  readonly text: string;
  readonly folded: string;
  /** A stopword, a month, an actor's or a country adjective: no place. */
  readonly stop: boolean;
  readonly english: boolean;
  /** Some place name opens with it (or it is a bare article, which folds away). */
  readonly opens: boolean;
  /** "Rue", "Gare": the run names a site after a place. */
  readonly facility: boolean;
  readonly kunya: boolean;
}

export class GeoNamesGazetteer implements Gazetteer {
  readonly version: string;
  readonly lookup: PlaceLookup;
  private readonly regions = new Map<string, Region>();
  private readonly regionMemo = new Map<string, Region | null>();
  private readonly countries = new Map<string, CountryInfo>();
  private readonly countryNames = new Map<string, string>();
  private readonly stop: Set<string>;
  private readonly english = englishWords();
  /** Country names and variants, each with a possessive ("Syria's"). */
  private readonly countryPattern: NamePattern;
  private readonly memos = new TierMemos();
  private readonly words = new Map<string, WordFacts>();
  /** The name-run cursor places() reuses (it calls nothing that scans runs itself). */
  private readonly runs = new NameRuns('', 0, 0);
  private readonly alikeMemo = new Map<string, { sk: string; places: Int32Array; similarity: Map<number, number> }>();
  private readonly adjectivePattern: NamePattern;
  private readonly adjectives = new Map<string, string>();
  /** Admin-1 names ("Borno", "Lower Shabeelle", "Al Jufrah") by loose key. */
  private readonly admin1ByName = new Map<string, { code: string; name: string; country: string }[]>();
  /** Stop phrases (folded) no run folding to which can end in an admin-1's name: such a run names nothing. */
  private readonly stopRuns = new Set<string>();

  constructor(lookup: PlaceLookup = new PlaceLookup(loadPlaceIndex())) {
    this.lookup = lookup;
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
          // "Somalia" names the group's province (Bari) and the country (DOMAIN.md §3): a town elsewhere in it stands.
          ...(this.countryNames.has(foldName(n)) ? { admin1Soft: true } : {}),
        });
      }
    }
    // Month names are never places ("Muharram" is also a Syrian village, "Jumada al-Ula" holds al-Ula).
    const months = ['hijri-months.tsv', 'gregorian-months.tsv'].flatMap((f) => loadTsv(f, ['month', 'variant']).map((r) => r.variant));
    // Actor names are no places either ("Nusayri" is also a skeleton of Iraqi towns).
    const actors = loadTsv('actors.tsv', ['term']).map((r) => r.term);
    // Country adjectives ("Syrian" is also a skeleton of a Syrian village) name no place either.
    const adjectives = loadTsv('countries.tsv', ['adjective']).map((r) => r.adjective).filter(Boolean);
    this.stop = new Set([...loadTsv('place-stopwords.tsv', ['word']).map((r) => r.word), ...months, ...actors, ...adjectives].map(foldName));
    this.countryPattern = new NamePattern(loadTsv('countries.tsv', ['name', 'variants']).flatMap((r) => [r.name, ...r.variants.split('|').filter(Boolean)]), "(?:'s|’s)?");
    for (const r of loadTsv('admin1.tsv', ['country', 'name', 'iso3166_2'])) {
      if (!r.iso3166_2) continue;
      const key = looseKey(r.name);
      this.admin1ByName.set(key, [...(this.admin1ByName.get(key) ?? []), { code: r.iso3166_2, name: r.name, country: r.country }]);
    }
    const rows = loadTsv('countries.tsv', ['code', 'adjective']).filter((r) => r.adjective);
    for (const r of rows) this.adjectives.set(r.adjective.toLowerCase(), r.code);
    this.adjectivePattern = new NamePattern(rows.map((r) => r.adjective));
    for (const f of this.stop) if (!this.mayEndInAdmin1(f)) this.stopRuns.add(f);
    this.version = `geonames/${REVISION}/${lookup.data.stamp}`;
  }

  region(heading: string): Region | null {
    // Roundups repeat their headings: each line's answer is kept (null too).
    let region = this.regionMemo.get(heading);
    if (region !== undefined) return region;
    let name = heading.trim().replace(/[:.]$/, '').trim();
    for (const w of HEADING_WRAPPERS) {
      const m = w.exec(name);
      if (m) { name = m[1]; break; }
    }
    region = this.regions.get(foldName(name)) ?? null;
    if (this.regionMemo.size > 50_000) this.regionMemo.clear();
    this.regionMemo.set(heading, region);
    return region;
  }

  country(code: string): CountryInfo | null {
    return this.countries.get(code) ?? null;
  }

  admin1Centroid(code: string): Centroid | null {
    return this.lookup.admin1Centroid(code);
  }

  countryCentroid(code: string): Centroid | null {
    return this.lookup.countryCentroid(code);
  }

  countriesIn(text: string, start: number, end: number): { code: string; span: Span }[] {
    const out: { code: string; span: Span }[] = [];
    for (const m of this.countryPattern.matches(text, start, end)) {
      const code = this.countryNames.get(foldName(m.text.replace(/['’]s$/, '')));
      if (code) out.push({ code, span: { start: m.index, end: m.index + m.text.length } });
    }
    return out;
  }

  countryAdjectivesIn(text: string, start: number, end: number): { code: string; span: Span }[] {
    const out: { code: string; span: Span }[] = [];
    for (const m of this.adjectivePattern.matches(text, start, end)) {
      // "Turkish-backed", "US-led": a qualifier of someone else, not where the story is.
      if (text.charCodeAt(m.index + m.text.length) === 45) continue;
      out.push({ code: this.adjectives.get(m.text.toLowerCase())!, span: { start: m.index, end: m.index + m.text.length } });
    }
    return out;
  }

  places(text: string, start: number, end: number, given: PlaceScope): PlaceHit[] {
    const hits: PlaceHit[] = [];
    let scope = given;
    let memo = this.memos.of(scope);
    for (const run = this.runs.reset(text, start, end); run.next(); ) {
      const { starts: ws, ends: we, count: n } = run;
      const lead = this.wordFacts(text.slice(ws[0], we[0]));
      // Most runs are one word that names no place ("On", "Soldiers", "Rafidi"): settle those first.
      if (n === 1 && lead.stop) continue;
      // A run that is one stop phrase ("Jumada al-Akhirah") too: the sub-run loop would stop at once,
      // and no admin-1 ends it (admin1Hit would find none).
      if (n > 1 && this.stopRuns.has(foldName(text.slice(ws[0], we[n - 1])))) continue;
      const cues = cuesBefore(text, ws[0]);
      // A word that opens no name is tried harder (by skeleton) after a locative word or as an admin-1 only.
      if (n === 1 && !lead.opens && cues === 0 && !regionAfter(text, we[0])) continue;
      // "an officer named Khalid al-San'ani": a person, whatever towns the name recalls.
      if (namingBefore(text, ws[0])) continue;
      // With no country set, the first place found sets one for the rest ("Aden's Mansoura district").
      if (scope.countries.length === 0 && hits.length > 0) {
        scope = { ...scope, countries: [hits[0].match.country], strict: false };
        memo = this.memos.of(scope);
      }
      // "Maka al-Mukarramah road": a street or a building named after a place is not that place.
      if (streetAfter(text, we[n - 1]) || lead.facility) continue;
      // "Borno state", "Kunar province", "Somalia's Bari region", "the Deh Bala district of Nangarhar": an admin-1 by its name.
      if (regionAfter(text, we[n - 1]) || (cues & REGION_BEFORE) !== 0) {
        const hit = this.admin1Hit(text, ws, we, n, scope);
        if (hit) { hits.push(hit); continue; }
      }
      // Longest sub-run first, scanning left to right inside the run.
      let i = 0;
      while (i < n) {
        let found: { len: number; ranked: readonly Candidate[] } | null = null;
        let stopped = 0;
        const cued = i === 0 ? (cues & LOCATIVE_BEFORE) !== 0 : locativeBefore(text, ws[i]);
        const word = i === 0 ? lead : this.wordFacts(text.slice(ws[i], we[i]));
        for (let len = n - i; len >= 1 && !found && !stopped; len--) {
          const phrase = len === 1 ? word.text : text.slice(ws[i], we[i + len - 1]);
          const folded = len === 1 ? word.folded : foldName(phrase);
          // A stop phrase of several words ("Tahrir al-Sham") hides the names inside it.
          if (len === 1 ? word.stop : this.stop.has(folded)) { if (len > 1) stopped = len; continue; }
          if (!word.opens) continue;
          // A common English word ("One", "Hit", "Nice") is a place only after a locative word.
          if (len === 1 && word.english && !cued) continue;
          const ranked = memo.get('exact', cued, phrase) ?? memo.set('exact', cued, phrase, this.exactTier(phrase, cued, scope));
          if (ranked.length > 0) found = { len, ranked };
        }
        // Other romanisations: the skeleton, only inside a country scope.
        // (Only after a locative word: elsewhere a skeleton guess is rarely right and costly to try.)
        for (let len = n - i; len >= 1 && !found && !stopped && cued && scope.countries.length > 0; len--) {
          const phrase = len === 1 ? word.text : text.slice(ws[i], we[i + len - 1]);
          const folded = len === 1 ? word.folded : foldName(phrase);
          if (len === 1 ? word.stop || word.english : this.stop.has(folded)) continue;
          const ranked = memo.get('skeleton', cued, phrase) ?? memo.set('skeleton', cued, phrase, this.skeletonTier(phrase, folded, scope));
          if (ranked.length > 0) found = { len, ranked };
        }
        // A kunya that is no town ("Abu Talha al-Rumaythi", unlike "Abu Kamal") names a person: skip its name and nisba.
        if (!found && !stopped && i + 1 < n && word.kunya) stopped = i + 2 < n && NISBA.test(text.slice(ws[i + 2], we[i + 2])) ? 3 : 2;
        if (stopped) {
          i += stopped;
        } else if (found) {
          hits.push({ span: { start: ws[i], end: we[i + found.len - 1] }, match: this.match(found.ranked) });
          i += found.len;
        } else {
          i += 1;
        }
      }
    }
    return hits;
  }

  private wordFacts(word: string): WordFacts {
    let facts = this.words.get(word);
    if (facts) return facts;
    const folded = foldName(word);
    const first = firstWord(looseKey(word));
    facts = {
      text: word, folded, stop: this.stop.has(folded), english: this.english.has(folded),
      // A bare article ("Al Bab") folds away in the longer phrase, so it cannot rule one out.
      opens: this.lookup.opensName(first) || BARE_ARTICLE.test(first),
      facility: FACILITY_FIRST.test(word), kunya: KUNYA.test(word),
    };
    if (this.words.size > 50_000) this.words.clear();
    this.words.set(word, facts);
    return facts;
  }

  /** Places named exactly (fold.looseKey); outside the section's admin-1 only towns: a hamlet of the same name elsewhere is a guess. */
  private exactTier(phrase: string, cued: boolean, scope: PlaceScope): readonly Candidate[] {
    const key = looseKey(phrase);
    const ranked = this.lookup.rank(this.lookup.exact(key), 'exact', scope, key, cued);
    return scope.admin1Code && !scope.admin1Soft ? ranked.filter((c) => this.lookup.admin1Code(c.place) === scope.admin1Code || this.lookup.isTown(c.place)) : ranked;
  }

  /** Places whose skeleton matches and whose name still looks alike. */
  private skeletonTier(phrase: string, folded: string, scope: PlaceScope): readonly Candidate[] {
    const alike = this.alike(phrase, folded);
    if (alike.places.length === 0) return [];
    // The paragraph's own country ("the army of Niger") bounds a guess by skeleton.
    const prefer = (scope.prefer ?? []).filter((c) => scope.countries.includes(c));
    const out: Candidate[] = [];
    for (const c of this.lookup.rank(alike.places, 'skeleton', scope, alike.sk, true)) {
      if (prefer.length > 0 && !prefer.includes(this.lookup.country(c.place))) continue;
      const sim = alike.similarity.get(c.place)!;
      // Outside the section's admin-1 a guess must look closer still and be a real town ("Arak" is not "'Ariqah").
      const outside = scope.admin1Code !== null && this.lookup.admin1Code(c.place) !== scope.admin1Code;
      if (outside && (sim < MIN_SIMILARITY_OUTSIDE || this.lookup.data.population[c.place] < 10_000)) continue;
      out.push({ ...c, score: Math.round((c.score + sim * 0.5) * 1000) / 1000 });
    }
    return out.sort((a, b) => b.score - a.score);
  }

  /** The places sharing the phrase's skeleton that still look alike, whatever the scope (memoised). */
  private alike(phrase: string, folded: string): { sk: string; places: Int32Array; similarity: Map<number, number> } {
    let hit = this.alikeMemo.get(phrase);
    if (hit) return hit;
    const sk = skeleton(phrase);
    const kept: number[] = [];
    const sims = new Map<number, number>();
    // A nisba ("al-San'ani", "al-Iraqi") names a person after a place, not the place.
    const nisba = NISBA_END.test(folded);
    for (const p of sk ? this.lookup.bySkeleton(sk) : []) {
      const name = foldName(this.lookup.data.name[p]);
      if (nisba && !NISBA_END.test(name)) continue;
      const sim = similarity(folded, name);
      if (sim >= MIN_SIMILARITY) { kept.push(p); sims.set(p, sim); }
    }
    hit = { sk, places: Int32Array.from(kept), similarity: sims };
    if (this.alikeMemo.size > 50_000) this.alikeMemo.clear();
    this.alikeMemo.set(phrase, hit);
    return hit;
  }

  /**
   * Whether a run folding to `folded` may end in an admin-1's name: admin1Hit looks up each sub-run
   * ending the run, and each folds as a word-suffix of `folded` does (the whole run as `folded`).
   */
  private mayEndInAdmin1(folded: string): boolean {
    if (this.admin1ByName.has(looseOfFolded(folded))) return true;
    for (let k = 0; k >= 0; k = folded.indexOf(' ', k) + 1 || -1) {
      if (this.admin1ByName.has(looseKey(folded.slice(k)))) return true;
    }
    return false;
  }

  /** The longest sub-run that ends the run and names an admin-1 in scope (or a unique one). */
  private admin1Hit(text: string, ws: readonly number[], we: readonly number[], n: number, scope: PlaceScope): PlaceHit | null {
    for (let i = 0; i < n; i++) {
      const all = this.admin1ByName.get(looseKey(text.slice(ws[i], we[n - 1]))) ?? [];
      const inScope = all.filter((a) => scope.countries.includes(a.country));
      const pick = inScope.length > 0 ? inScope : scope.strict || all.length !== 1 ? [] : all;
      if (pick.length === 0) continue;
      const a = pick[0];
      const c = this.lookup.admin1Centroid(a.code);
      return {
        span: { start: ws[i], end: we[n - 1] },
        match: {
          name: a.name, country: a.country, admin1: a.name, admin1Code: a.code, lat: c?.lat ?? null, lon: c?.lon ?? null,
          population: 0, feature: 'ADM1', ...(c ? { radiusKm: c.radiusKm } : {}), tier: 'exact', score: 1, alternatives: pick.length - 1, candidates: [],
        },
      };
    }
    return null;
  }

  private match(ranked: readonly Candidate[]): PlaceMatch {
    const l = this.lookup;
    const d = l.data;
    const best = ranked[0].place;
    const geonameId = d.geonameId[best];
    const name = d.name[best], country = l.country(best), admin1 = l.admin1Name(best), admin1Code = l.admin1Code(best);
    const lat = d.lat[best], lon = d.lon[best], population = d.population[best], feature = l.feature(best);
    const { tier, score } = ranked[0];
    const alternatives = ranked.length - 1;
    const candidates = ranked.length > 1 ? this.candidates(ranked) : [];
    // Two literals rather than a spread of the optional id (a spread builds the object the slow way);
    // the id keeps its place among the fields, which the output's JSON shows.
    return geonameId > 0
      ? { name, country, admin1, admin1Code, lat, lon, population, feature, geonameId, tier, score, alternatives, candidates }
      : { name, country, admin1, admin1Code, lat, lon, population, feature, tier, score, alternatives, candidates };
  }

  private candidates(ranked: readonly Candidate[]): PlaceMatch['candidates'] {
    const l = this.lookup;
    const d = l.data;
    const out: PlaceMatch['candidates'] = [];
    for (let i = 0; i < ranked.length && i < MAX_CANDIDATES; i++) {
      const p = ranked[i].place;
      const c: PlaceMatch['candidates'][number] = {
        name: d.name[p], country: l.country(p), admin1: l.admin1Name(p), admin1Code: l.admin1Code(p), lat: d.lat[p], lon: d.lon[p], score: ranked[i].score,
      };
      if (d.geonameId[p] > 0) c.geonameId = d.geonameId[p];
      out.push(c);
    }
    return out;
  }
}

let shared: GeoNamesGazetteer | null = null;
export function defaultGazetteer(): GeoNamesGazetteer {
  shared ??= new GeoNamesGazetteer();
  return shared;
}
