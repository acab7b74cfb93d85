// The geocoding seam: stages ask a Gazetteer; the offline geocoder (issue 3) implements the same interface.
import type { Candidate, Span } from '../core/types.js';
import type { Centroid, PlaceScope } from './place-lookup.js';

export type { Centroid, PlaceScope };

export interface Region {
  /** As written in the heading, without "Wilayat"/"Province". */
  name: string;
  kind: 'province' | 'country';
  country: string | null;
  /** All countries the region spans (e.g. Furat: SY and IQ). */
  countries: readonly string[];
  admin1: string | null;
  admin1Code: string | null;
  /** The heading is also a country's name ("Somalia"): its admin-1 is preferred, not required. */
  admin1Soft?: boolean;
  label: string;
}

export interface PlaceMatch {
  name: string;
  country: string;
  admin1: string | null;
  admin1Code: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
  geonameId?: number;
  /** GeoNames feature code (PPL, PPLA, PPLC …), the supplement's kind (AIRBASE, AIRPORT), or ADM1. */
  feature: string;
  /** For an area (ADM1): the radius around its centroid that holds it. */
  radiusKm?: number;
  /** How the name matched: its folded form, or only its transliteration skeleton. */
  tier: 'exact' | 'skeleton';
  score: number;
  /** Other places in scope for the same name. */
  alternatives: number;
  /** The scored candidates, best first, when there is more than one. */
  candidates: Candidate[];
}

export interface PlaceHit { span: Span; match: PlaceMatch }

export interface CountryInfo { code: string; name: string; adjective: string }

export interface Gazetteer {
  readonly version: string;
  /** A heading line ("Wilayat Khayr", "Kenya") as a region, or null. */
  region(heading: string): Region | null;
  /** Named places between start and end, inside the scope. */
  places(text: string, start: number, end: number, scope: PlaceScope): PlaceHit[];
  /** Where an admin-1 (ISO 3166-2) or a country lies when nothing smaller is known. */
  admin1Centroid(code: string): Centroid | null;
  countryCentroid(code: string): Centroid | null;
  country(code: string): CountryInfo | null;
  /** Countries named in the text ("in Iraq", "Nigeria's Borno state"). */
  countriesIn(text: string, start: number, end: number): { code: string; span: Span }[];
  /** Country adjectives ("the Nigerien army"): they say which of a section's countries is meant. */
  countryAdjectivesIn(text: string, start: number, end: number): { code: string; span: Span }[];
}
