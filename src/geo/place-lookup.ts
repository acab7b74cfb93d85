// Lookups over the place index: folded and skeleton keys by binary search, candidates scored inside
// a scope, and the centroids that stand for an admin-1 or a country when no place is named.
import { loadTsv } from '../lexicon/load.js';
import type { PlaceIndexData } from './place-index.js';
import { looseKey } from './fold.js';
import { findIn } from './hash-table.js';

export interface PlaceScope {
  /** Countries the text sets (section heading, then document); empty = the whole world. */
  readonly countries: readonly string[];
  /** ISO 3166-2 the section sets, preferred over the rest of its country. */
  readonly admin1Code: string | null;
  /** Only places inside `countries` (a section sets them); else they are preferred. */
  readonly strict: boolean;
  /** Countries the paragraph itself names ("the army of Niger"): preferred inside the scope. */
  readonly prefer?: readonly string[];
  /** The admin-1 is preferred but places elsewhere in the countries are kept (a country-named heading). */
  readonly admin1Soft?: boolean;
}

export interface Candidate {
  readonly place: number;
  readonly score: number;
  readonly tier: 'exact' | 'skeleton';
}

export interface Centroid { lat: number; lon: number; radiusKm: number }

// Outside any country scope only places everybody means by the name are taken; outside the
// countries a document names, only capitals and the largest cities.
const WELL_KNOWN_POPULATION = 100_000;
const WORLD_CITY_POPULATION = 1_000_000;
const FEATURE_WEIGHT: Readonly<Record<string, number>> = { PPLC: 0.4, PPLG: 0.35, PPLA: 0.3, PPLA2: 0.2, PPLA3: 0.1, PPLA4: 0.05, AIRBASE: 0.15, AIRPORT: 0.1 };
const SKELETON_PENALTY = 0.4;


const EARTH_KM = 6371;
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

export class PlaceLookup {
  /** ISO 3166-2 code and name of each GeoNames admin-1 key ("SY.09"). */
  private readonly admin1Iso: (string | null)[];
  private readonly admin1Names: (string | null)[];
  private readonly isoToAdmin1 = new Map<string, number>();
  private readonly countryIndex = new Map<string, number>();
  private admin1Centroids: (Centroid | null)[] | null = null;
  private countryCentroids: (Centroid | null)[] | null = null;

  constructor(readonly data: PlaceIndexData) {
    const iso = new Map(loadTsv('admin1.tsv', ['country', 'geonamesAdmin1', 'name', 'iso3166_2']).map((r) => [`${r.country}.${r.geonamesAdmin1}`, r]));
    this.admin1Iso = data.admin1Keys.map((k) => iso.get(k)?.iso3166_2 || null);
    this.admin1Names = data.admin1Keys.map((k) => iso.get(k)?.name || null);
    this.admin1Iso.forEach((code, i) => { if (code) this.isoToAdmin1.set(code, i); });
    data.countries.forEach((c, i) => this.countryIndex.set(c, i));
  }

  /** Places whose name key (fold.looseKey) is `key`. */
  exact(key: string): Int32Array {
    const k = findIn(this.data.keyTable, this.data.keys, key);
    return k < 0 ? EMPTY : this.data.post.subarray(this.data.postStart[k], this.data.postStart[k + 1]);
  }

  /** Places whose skeleton is `sk`. */
  bySkeleton(sk: string): Int32Array {
    const k = findIn(this.data.skelTable, this.data.skeletons, sk);
    return k < 0 ? EMPTY : this.data.skelPost.subarray(this.data.skelStart[k], this.data.skelStart[k + 1]);
  }

  /** Whether some name key is `word` or starts with `word` and a space. */
  opensName(word: string): boolean {
    return findIn(this.data.firstWordTable, this.data.firstWords, word) >= 0;
  }

  country(p: number): string { return this.data.countries[this.data.country[p]]; }
  admin1Code(p: number): string | null { const a = this.data.admin1[p]; return a < 0 ? null : this.admin1Iso[a]; }
  admin1Name(p: number): string | null { const a = this.data.admin1[p]; return a < 0 ? null : this.admin1Names[a]; }
  feature(p: number): string { return this.data.featureCodes[this.data.feature[p]]; }

  /** A town or an admin seat, not a hamlet: worth taking on a skeleton alone. */
  isTown(p: number): boolean {
    const f = this.feature(p);
    return this.data.population[p] >= 10_000 || f === 'PPLC' || f.startsWith('PPLA');
  }

  /** The candidates in scope, best first; [] when the scope admits none. */
  rank(places: Int32Array, tier: Candidate['tier'], scope: PlaceScope, key: string, cued: boolean): Candidate[] {
    const out: Candidate[] = [];
    const scoped = scope.countries.length > 0;
    const allowed = scope.countries.map((c) => this.countryIndex.get(c) ?? -1);
    let inScope = 0;
    if (scoped) for (const p of places) if (allowed.includes(this.data.country[p])) inScope++;
    const worldwide = !scoped || (inScope === 0 && !scope.strict);
    if (!worldwide && inScope === 0) return out;
    if (worldwide && tier === 'skeleton') return out; // across the world, skeletons collide (Sirte/Siirt)
    // "in Konduga": a name the world has in one country only is taken after a locative word, however small.
    const oneCountry = places.length > 0 && places.every((p) => this.data.country[p] === this.data.country[places[0]]);
    for (const p of places) {
      const country = this.country(p);
      const feature = this.feature(p);
      const pop = this.data.population[p];
      if (worldwide ? !(this.admitted(pop, feature, scoped) || (cued && oneCountry && !scoped)) : !allowed.includes(this.data.country[p])) continue;
      const ownName = tier === 'exact' && looseKey(this.data.name[p]) === key;
      // Outside the story's countries only a city's own name is taken: its alternate spellings
      // collide with villages of the story's country ("Kalli" in Borno is not Cali).
      if (worldwide && scoped && !ownName) continue;
      let score = (tier === 'exact' ? 1 : 1 - SKELETON_PENALTY) + (FEATURE_WEIGHT[feature] ?? 0) + Math.min(1, Math.log10(pop + 1) / 7) * 0.5;
      // The place's own name beats a place that merely lists it among alternates ("Manchester").
      if (ownName) score += 0.3;
      if (scope.admin1Code && this.admin1Code(p) === scope.admin1Code) score += 0.5;
      // The section's first country is where the region mostly lies.
      if (scoped && country === scope.countries[0]) score += 0.05;
      if (scope.prefer?.includes(country)) score += 0.3;
      out.push({ place: p, score: Math.round(score * 1000) / 1000, tier });
    }
    return out.sort((a, b) => b.score - a.score || this.data.population[b.place] - this.data.population[a.place]);
  }

  private admitted(pop: number, feature: string, scoped: boolean): boolean {
    return scoped ? feature === 'PPLC' || pop >= WORLD_CITY_POPULATION : feature === 'PPLC' || feature === 'PPLA' || pop >= WELL_KNOWN_POPULATION;
  }

  /** Mean position of an admin-1's populated places, with the radius that holds 90 % of them. */
  admin1Centroid(isoCode: string): Centroid | null {
    this.admin1Centroids ??= this.centroids(this.data.admin1, this.data.admin1Keys.length);
    const a = this.isoToAdmin1.get(isoCode);
    return a === undefined ? null : this.admin1Centroids[a];
  }

  countryCentroid(code: string): Centroid | null {
    this.countryCentroids ??= this.centroids(this.data.country, this.data.countries.length);
    const c = this.countryIndex.get(code);
    return c === undefined ? null : this.countryCentroids[c];
  }

  private centroids(groupOf: ArrayLike<number>, groups: number): (Centroid | null)[] {
    const members: number[][] = Array.from({ length: groups }, () => []);
    for (let p = 0; p < this.data.count; p++) if (groupOf[p] >= 0 && this.data.geonameId[p] !== 0) members[groupOf[p]].push(p);
    return members.map((ps) => {
      if (ps.length === 0) return null;
      let lat = 0;
      let lon = 0;
      for (const p of ps) { lat += this.data.lat[p]; lon += this.data.lon[p]; }
      lat /= ps.length;
      lon /= ps.length;
      const d = ps.map((p) => distanceKm(lat, lon, this.data.lat[p], this.data.lon[p])).sort((x, y) => x - y);
      const radiusKm = Math.max(10, Math.ceil(d[Math.min(d.length - 1, Math.floor(d.length * 0.9))]));
      return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5, radiusKm };
    });
  }
}

const EMPTY = new Int32Array(0);


