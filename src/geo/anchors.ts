// How an incident's text places it relative to named places, as analysts code it (DOMAIN.md §7):
// "near Y", "east of the town of Y", "30 km south of Y", "between A and B", "X, which overlooks Y",
// "the Panorama checkpoint in the city of Y". The relation decides the point, the precision and the
// uncertainty radius; the phrase itself is the evidence.
import type { Span } from '../core/types.js';
import { distanceKm } from './place-lookup.js';
import { lettersCode, skipLettersBack, skipSpacesBack, wordCode } from '../core/scan-back.js';

export interface AnchoredPlace { span: Span; lat: number; lon: number; population: number; feature: string; radiusKm?: number }

export type AnchorReason =
  | 'named-place' | 'near-anchor' | 'direction-of-anchor' | 'distance-and-direction'
  | 'between-places' | 'overlooks-anchor' | 'facility-in-place';

export interface AnchorResult {
  /** The place(s) the relation uses: one, or two for "between". */
  places: AnchoredPlace[];
  reason: AnchorReason;
  precision: 'exact' | 'near' | 'admin1';
  lat: number;
  lon: number;
  uncertaintyKm: number;
  /** The relation phrase, from its first word to the end of the (last) place. */
  span: Span;
}

const DIRECTION = '(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?';
const PLACE_NOUN = '(?:the\\s+)?(?:(?:town|city|village|villages|area|district|region|countryside|outskirts|vicinity|suburbs?|province)\\s+of\\s+)?';
const UNIT_KM: Readonly<Record<string, number>> = { km: 1, kilometres: 1, kilometers: 1, kms: 1, miles: 1.609, mile: 1.609 };

// Each pattern is anchored at the end of the text before the place (a few words back).
const DISTANCE_BEFORE = new RegExp(`\\b(\\d+(?:\\.\\d+)?)\\s*(km|kms|kilometres|kilometers|miles?)\\s+(?:\\(\\d+\\s+(?:miles|km)\\)\\s+)?(?:to\\s+the\\s+)?${DIRECTION}\\s+of\\s+${PLACE_NOUN}$`, 'i');
const DIRECTION_BEFORE = new RegExp(`\\b${DIRECTION}\\s+of\\s+${PLACE_NOUN}$`, 'i');
const NEAR_BEFORE = new RegExp(`\\b(near|outside|on\\s+the\\s+outskirts\\s+of|outskirts\\s+of|in\\s+the\\s+vicinity\\s+of|vicinity\\s+of|in\\s+the\\s+countryside\\s+of|countryside\\s+of|in\\s+the\\s+(?:area|region)\\s+of|area\\s+of|around|close\\s+to|not\\s+far\\s+from|on\\s+the\\s+road\\s+to|road\\s+to|(?:highway|road)\\s+(?:from|linking)|kilometres\\s+from|km\\s+from)\\s+${PLACE_NOUN}$`, 'i');
const OVERLOOKS_BEFORE = /\b(?:which\s+overlooks|overlooking|that\s+overlooks)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$/i;
// A named site inside the place: "the Panorama checkpoint in the city of Deir ez-Zor", "a street in central Mogadishu".
const FACILITY_BEFORE = /\b(?:street|road|bridge|mall|market|hospital|base|barracks|checkpoint|airport|airbase|roundabout|square|neighbou?rhood|district|quarter|camp|prison|stadium|hotel|mosque|church|station|port|dam|field|headquarters)\s+(?:\w+\s+){0,2}?(?:in|of|inside)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?(?:central\s+|downtown\s+|northern\s+|southern\s+|eastern\s+|western\s+)?$/i;
const BETWEEN_BEFORE = new RegExp(`\\bbetween\\s+${PLACE_NOUN}$`, 'i');
const AND_BETWEEN = new RegExp(`^\\s+and\\s+${PLACE_NOUN}$`, 'i');
const LOOKBACK = 90;

// Radii (km) an analyst would give: the spread of a town, a city, "near" (≤ 25 km, DOMAIN.md §7).
const NEAR_KM = 25;
export function placeRadiusKm(p: { population: number; feature: string; radiusKm?: number }): number {
  if (p.radiusKm !== undefined) return p.radiusKm;
  if (p.feature === 'AIRBASE' || p.feature === 'AIRPORT') return 3;
  if (p.population >= 1_000_000 || p.feature === 'PPLC') return 15;
  if (p.population >= 100_000) return 10;
  return 5;
}

const BEARING: Readonly<Record<string, number>> = { north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315 };

/** The point `km` from (lat, lon) on a compass direction (flat-earth step: fine at these distances). */
export function offset(lat: number, lon: number, direction: string, km: number): { lat: number; lon: number } {
  const b = (BEARING[direction.toLowerCase().replace('-', '').replace(/ern$/, '')] ?? 0) * (Math.PI / 180);
  const dLat = (km * Math.cos(b)) / 111.2;
  const dLon = (km * Math.sin(b)) / (111.2 * Math.cos((lat * Math.PI) / 180));
  return { lat: Math.round((lat + dLat) * 1e5) / 1e5, lon: Math.round((lon + dLon) * 1e5) / 1e5 };
}

// Which patterns are worth trying is read from the last words before the place: every pattern is
// a keyword phrase, white space, then the optional place noun ("the town of"); the keyword phrase
// must end in one of the pattern's words. Words are compared as codes (core/scan-back lettersCode).
const codes = (w: string): ReadonlySet<number> => new Set(w.split(' ').map(wordCode));
const THE = wordCode('the');
const OF = wordCode('of');
const PLACE_NOUNS = codes('town city village villages area district region countryside outskirts vicinity suburb suburbs province');
const BETWEEN_END = codes('between');
// Code 0 is any word too long for a code: the twelve-letter directions ("northeastern").
const DIRECTION_WORDS = new Set([...codes('north south east west northern southern eastern western northeast northwest southeast southwest'), 0]);
const OVERLOOKS_END = codes('overlooks overlooking');
// What stands before a distance's direction: its unit, or 'the' of "to the".
const BEFORE_DIRECTION = codes('km kms kilometres kilometers mile miles the');
const NEAR_END = codes('near outside around to from linking');
const NEAR_OF = codes('outskirts vicinity countryside area region');
const FACILITY_LAST = codes('in inside central downtown northern southern eastern western the of');

/** The patterns whose ending the words before the place allow (one bit each). */
export const MAY = { between: 1, direction: 2, overlooks: 4, near: 8, facility: 16, distance: 32 } as const;

// The last words (last first), while only white space separates them; reused, not reallocated.
const MAX_WORDS = 5;
const tail: number[] = [0, 0, 0, 0, 0];

/** How many words end text[from, to) (each an ASCII letter run, white space after each); their codes in `tail`. */
function readTail(text: string, from: number, to: number): number {
  let end = to;
  let n = 0;
  while (n < MAX_WORDS) {
    const wordEnd = skipSpacesBack(text, from, end);
    if (wordEnd === end) break;
    const start = skipLettersBack(text, from, wordEnd);
    if (start === wordEnd) break;
    tail[n++] = lettersCode(text, start, wordEnd);
    end = start;
  }
  return n;
}

/**
 * The patterns that could match text[from, to) (a superset: a pattern left out cannot match). The
 * keyword phrase ends at word k: k = 0, or 1 after "the", or 2 or 3 after "NOUN of" / "the NOUN of".
 */
export function mayMatch(text: string, from = 0, to = text.length): number {
  const n = readTail(text, from, to);
  if (n === 0) return 0;
  let may = (FACILITY_LAST.has(tail[0]) ? MAY.facility : 0) | endingAt(0, n);
  if (n > 1 && tail[0] === THE) may |= endingAt(1, n);
  if (n > 2 && tail[0] === OF && PLACE_NOUNS.has(tail[1])) {
    may |= endingAt(2, n);
    if (n > 3 && tail[2] === THE) may |= endingAt(3, n);
  }
  return may;
}

/** The patterns whose keyword phrase may end at word k of the tail. */
function endingAt(k: number, n: number): number {
  const w = tail[k];
  const before = k + 1 < n ? tail[k + 1] : -1;
  let may = 0;
  if (BETWEEN_END.has(w)) may |= MAY.between;
  if (OVERLOOKS_END.has(w)) may |= MAY.overlooks;
  if (NEAR_END.has(w)) may |= MAY.near;
  if (w === OF && DIRECTION_WORDS.has(before)) {
    may |= MAY.direction;
    // A distance needs its unit or "to the" right before the direction; tried too where the tail stops there ("(12 miles) south of").
    if (k + 2 >= n || BEFORE_DIRECTION.has(tail[k + 2])) may |= MAY.distance;
  }
  if (w === OF && NEAR_OF.has(before)) may |= MAY.near;
  return may;
}

/** The patterns behind each bit of mayMatch, for the tests. */
export const GATED_PATTERNS: ReadonlyArray<readonly [number, RegExp]> = [
  [MAY.between, BETWEEN_BEFORE], [MAY.distance, DISTANCE_BEFORE], [MAY.direction, DIRECTION_BEFORE],
  [MAY.overlooks, OVERLOOKS_BEFORE], [MAY.near, NEAR_BEFORE], [MAY.facility, FACILITY_BEFORE],
];

// The relations read from the keyword alone, tried in this order; a facility's radius is the place's own, at least 5 km.
// Objects read by index: destructuring each tuple in a for-of ran the iterator protocol per relation.
interface Relation { readonly re: RegExp; readonly bit: number; readonly reason: AnchorReason; readonly nearKm: number | null }
const RELATIONS: readonly Relation[] = [
  { re: DIRECTION_BEFORE, bit: MAY.direction, reason: 'direction-of-anchor', nearKm: NEAR_KM },
  { re: OVERLOOKS_BEFORE, bit: MAY.overlooks, reason: 'overlooks-anchor', nearKm: NEAR_KM },
  { re: NEAR_BEFORE, bit: MAY.near, reason: 'near-anchor', nearKm: NEAR_KM },
  { re: FACILITY_BEFORE, bit: MAY.facility, reason: 'facility-in-place', nearKm: null },
];

/** The relation of the incident's first place (in reading order), or null when it has none. */
export function anchorOf(text: string, incident: Span, places: readonly AnchoredPlace[]): AnchorResult | null {
  const first = places[0];
  if (!first) return null;
  const from = Math.max(incident.start, first.span.start - LOOKBACK);
  const own = placeRadiusKm(first);
  const wide = first.feature === 'ADM1';
  const may = mayMatch(text, from, first.span.start);
  if (may !== 0) {
    const s = text.slice(from, first.span.start);
    let m = may & MAY.between ? BETWEEN_BEFORE.exec(s) : null;
    const second = places[1];
    if (m && second && AND_BETWEEN.test(text.slice(first.span.end, second.span.start))) {
      const d = distanceKm(first.lat, first.lon, second.lat, second.lon);
      return {
        places: [first, second], reason: 'between-places', precision: 'near',
        lat: Math.round(((first.lat + second.lat) / 2) * 1e5) / 1e5, lon: Math.round(((first.lon + second.lon) / 2) * 1e5) / 1e5,
        uncertaintyKm: Math.ceil(d / 2 + own), span: { start: from + m.index, end: second.span.end },
      };
    }
    if (may & MAY.distance && (m = DISTANCE_BEFORE.exec(s))) {
      const km = Number(m[1]) * (UNIT_KM[m[2].toLowerCase()] ?? 1);
      const p = offset(first.lat, first.lon, m[3], km);
      return { places: [first], reason: 'distance-and-direction', precision: 'near', ...p, uncertaintyKm: Math.ceil(Math.max(5, km * 0.25) + own), span: { start: from + m.index, end: first.span.end } };
    }
    for (let i = 0; i < RELATIONS.length; i++) {
      const rel = RELATIONS[i];
      if ((may & rel.bit) === 0) continue;
      const r = rel.re.exec(s);
      if (!r) continue;
      const km = rel.nearKm ?? Math.max(own, 5);
      // "a post in the Kot district of Nangarhar": near an admin-1 is no closer than the admin-1 itself.
      return { places: [first], reason: rel.reason, precision: wide ? 'admin1' : 'near', lat: first.lat, lon: first.lon, uncertaintyKm: wide ? Math.max(own, km) : km, span: { start: from + r.index, end: first.span.end } };
    }
  }
  return { places: [first], reason: 'named-place', precision: wide ? 'admin1' : 'exact', lat: first.lat, lon: first.lon, uncertaintyKm: own, span: first.span };
}
