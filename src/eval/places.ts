// The geocoding dev set (fixtures/geo): each mention is one document; its event's location is
// scored against the coded truth: country, admin-1, precision, and whether the truth lies inside
// the stated uncertainty radius. Negatives must not be placed at the word they name.
import { readFileSync } from 'node:fs';
import { ClaimScopeError } from '../core/errors.js';
import type { AnalysisResult, EventLocation } from '../core/types.js';
import { distanceKm } from '../geo/place-lookup.js';

export interface PlaceMention {
  id: string;
  section: string | null;
  text: string;
  /** The substring naming the coded place; null when only the section heading sets it. */
  mention: string | null;
  expect: { country: string; admin1Code: string | null; precision: string; lat: number; lon: number; geonameId?: number };
}
export interface PlaceNegative { id: string; section: string | null; text: string; notPlace: string }
export interface PlaceSet { published: string; mentions: PlaceMention[]; negatives: PlaceNegative[] }

export function loadPlaceSet(file: string): PlaceSet {
  let raw: unknown;
  try { raw = JSON.parse(readFileSync(file, 'utf8')); } catch (e) {
    throw new ClaimScopeError((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'input.missing_file' : 'gold.invalid', file);
  }
  const set = raw as Partial<PlaceSet>;
  if (!Array.isArray(set.mentions) || typeof set.published !== 'string') throw new ClaimScopeError('gold.invalid', `${file}: needs "published" and "mentions"`);
  for (const m of set.mentions) {
    if (typeof m.text !== 'string' || !m.expect || typeof m.expect.lat !== 'number' || typeof m.expect.lon !== 'number' || (m.mention !== null && !m.text.includes(m.mention))) {
      throw new ClaimScopeError('gold.invalid', `${file}: mention ${m.id ?? '?'} lacks text, expect.lat/lon, or its mention is not in its text`);
    }
  }
  return { published: set.published, mentions: set.mentions, negatives: set.negatives ?? [] };
}

export const documentOf = (x: { section: string | null; text: string }) => (x.section ? `${x.section}\n\n${x.text}` : x.text);

export interface PlaceOutcome {
  id: string;
  events: number;
  country: boolean;
  admin1: boolean | null;
  precision: boolean;
  withinUncertainty: boolean;
  errorKm: number | null;
  hasCoordinates: boolean;
  got: Pick<EventLocation, 'text' | 'name' | 'country' | 'admin1Code' | 'precision' | 'lat' | 'lon' | 'uncertaintyKm' | 'reason'> | null;
}

export function scoreMention(m: PlaceMention, result: AnalysisResult): PlaceOutcome {
  const loc = result.events[0]?.location ?? null;
  const errorKm = loc && loc.lat !== null && loc.lon !== null ? distanceKm(loc.lat, loc.lon, m.expect.lat, m.expect.lon) : null;
  return {
    id: m.id,
    events: result.events.length,
    country: loc?.country === m.expect.country,
    admin1: m.expect.admin1Code ? loc?.admin1Code === m.expect.admin1Code : null,
    precision: loc?.precision === m.expect.precision,
    withinUncertainty: errorKm !== null && loc!.uncertaintyKm !== null && errorKm <= loc!.uncertaintyKm,
    errorKm: errorKm === null ? null : Math.round(errorKm * 10) / 10,
    hasCoordinates: errorKm !== null,
    got: loc && { text: loc.text, name: loc.name, country: loc.country, admin1Code: loc.admin1Code, precision: loc.precision, lat: loc.lat, lon: loc.lon, uncertaintyKm: loc.uncertaintyKm, reason: loc.reason },
  };
}

/** A negative fails when any event's location text or anchor phrase is the word it names. */
export function negativeFails(n: PlaceNegative, result: AnalysisResult, doc: string): boolean {
  return result.events.some((e) => {
    const spans = e.evidence.filter((x) => x.field === 'location').map((x) => doc.slice(x.start, x.end));
    return e.location.text.includes(n.notPlace) || spans.some((s) => s.includes(n.notPlace) && e.location.source === 'text');
  });
}

export interface PlaceSummary {
  mentions: number;
  countryAccuracy: number;
  admin1Accuracy: number;
  precisionAgreement: number;
  withinUncertainty: number;
  coordinates: number;
  medianErrorKm: number | null;
  negatives: number;
  falsePlaces: number;
}

export function summarize(outcomes: readonly PlaceOutcome[], negatives: number, falsePlaces: number): PlaceSummary {
  const share = (f: (o: PlaceOutcome) => boolean, of = outcomes) => (of.length ? Math.round((of.filter(f).length / of.length) * 1000) / 1000 : 0);
  const withAdmin1 = outcomes.filter((o) => o.admin1 !== null);
  const errors = outcomes.map((o) => o.errorKm).filter((e): e is number => e !== null).sort((a, b) => a - b);
  return {
    mentions: outcomes.length,
    countryAccuracy: share((o) => o.country),
    admin1Accuracy: share((o) => o.admin1 === true, withAdmin1),
    precisionAgreement: share((o) => o.precision),
    withinUncertainty: share((o) => o.withinUncertainty),
    coordinates: share((o) => o.hasCoordinates),
    medianErrorKm: errors.length ? errors[Math.floor(errors.length / 2)] : null,
    negatives,
    falsePlaces,
  };
}
