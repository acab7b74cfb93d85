// The geocoding seam: stages ask a Gazetteer; the offline geocoder (issue 3) implements the same interface.
import type { Span } from '../core/types.js';

export interface Region {
  /** As written in the heading, without "Wilayat"/"Province". */
  name: string;
  kind: 'province' | 'country';
  country: string | null;
  /** All countries the region spans (e.g. Furat: SY and IQ). */
  countries: readonly string[];
  admin1: string | null;
  admin1Code: string | null;
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
  /** Other places with the same folded name in scope, best first. */
  alternatives: number;
}

export interface PlaceHit { span: Span; match: PlaceMatch }

export interface CountryInfo { code: string; name: string; adjective: string }

export interface Gazetteer {
  readonly version: string;
  /** A heading line ("Wilayat Khayr", "Kenya") as a region, or null. */
  region(heading: string): Region | null;
  /** Named places between start and end: only in `countries` when strict, else preferring them. */
  places(text: string, start: number, end: number, countries: readonly string[], strict?: boolean): PlaceHit[];
  country(code: string): CountryInfo | null;
  /** Countries named in the text ("in Iraq", "Nigeria's Borno state"). */
  countriesIn(text: string, start: number, end: number): { code: string; span: Span }[];
}
