// Location of an incident: a named place inside it and its relation in the text (geo/anchors.ts),
// else the section's admin-1 or country, else the dateline or a named country. Every outcome has a
// point when the country is known, a precision, an uncertainty radius and the reason.
import type { AnnotationOf } from '../../pipeline/annotations.js';
import type { EventLocation, Span } from '../../core/types.js';
import type { Gazetteer } from '../../geo/gazetteer.js';
import { anchorOf, type AnchoredPlace } from '../../geo/anchors.js';

export interface LocateInput {
  text: string;
  incident: Span;
  section: AnnotationOf<'section'> | undefined;
  places: readonly AnnotationOf<'place'>[];
  /** Countries the incident's own text names or qualifies ("the army of Niger", "Chadian troops"). */
  countries: readonly AnnotationOf<'country'>[];
  datelinePlace: AnnotationOf<'place'> | undefined;
  documentCountry: { code: string; span: Span } | undefined;
  gazetteer: Gazetteer;
}

const DATELINE_KM = 50;

export function locate(i: LocateInput): { location: EventLocation; evidence: Span | null } {
  const named = fromPlaces(i);
  if (named) return named;
  if (i.section) return fromRegion(i, i.section);
  const fallback = i.datelinePlace;
  if (fallback) {
    const m = fallback.match;
    return {
      location: {
        text: i.text.slice(fallback.span.start, fallback.span.end), name: m.name, country: m.country,
        admin1: m.admin1, admin1Code: m.admin1Code, lat: m.lat, lon: m.lon, precision: 'near', uncertaintyKm: DATELINE_KM,
        anchor: m.name, reason: 'dateline', source: 'inherited', stated: false,
      },
      evidence: fallback.span,
    };
  }
  if (i.documentCountry) return fromCountry(i, i.documentCountry.code, i.documentCountry.span, 'inherited');
  return {
    location: { text: '', name: null, country: null, admin1: null, admin1Code: null, lat: null, lon: null, precision: 'unknown', uncertaintyKm: null, reason: 'none', source: 'none', stated: false },
    evidence: null,
  };
}

function fromPlaces(i: LocateInput): { location: EventLocation; evidence: Span } | null {
  let hits = i.places.every(hasPoint) ? i.places : i.places.filter(hasPoint);
  // "Aden's Mansoura district": the place inside the possessor is the more precise one.
  if (hits.length > 1 && /^['’]s\s+$/.test(i.text.slice(hits[0].span.end, hits[1].span.start)) && hits[1].match.admin1Code === hits[0].match.admin1Code && hits[1].match.country === hits[0].match.country) hits = hits.slice(1);
  // anchorOf reads the first two places only.
  const anchored = anchorOf(i.text, i.incident, hits.length > 1 ? [anchoredPlace(hits[0]), anchoredPlace(hits[1])] : hits.length === 1 ? [anchoredPlace(hits[0])] : []);
  if (!anchored) return null;
  const place = hits[0];
  const m = place.match;
  const second = anchored.places[1] ? hits[1].match : null;
  const near = anchored.precision === 'near';
  // Fields added in output order, the optional ones only when present (a spread builds an object each).
  const location = {
    text: i.text.slice(place.span.start, place.span.end), name: m.name, country: m.country,
    admin1: m.admin1, admin1Code: second && second.admin1Code !== m.admin1Code ? null : m.admin1Code,
    lat: anchored.lat, lon: anchored.lon, precision: anchored.precision, uncertaintyKm: anchored.uncertaintyKm,
  } as EventLocation;
  if (near) {
    location.anchor = second ? `${m.name} – ${second.name}` : m.name;
    location.anchorSpan = anchored.span;
  }
  location.reason = anchored.precision === 'admin1' ? 'admin1-centroid' : anchored.reason;
  if (m.geonameId !== undefined) location.geonameId = m.geonameId;
  if (m.candidates.length > 1) location.candidates = m.candidates;
  location.source = 'text';
  location.stated = true;
  return { location, evidence: near ? anchored.span : place.span };
}

const hasPoint = (p: AnnotationOf<'place'>): boolean => p.match.lat !== null && p.match.lon !== null;

function anchoredPlace(p: AnnotationOf<'place'>): AnchoredPlace {
  const m = p.match;
  return m.radiusKm !== undefined
    ? { span: p.span, lat: m.lat!, lon: m.lon!, population: m.population, feature: m.feature, radiusKm: m.radiusKm }
    : { span: p.span, lat: m.lat!, lon: m.lon!, population: m.population, feature: m.feature };
}

/** No place named: the section's admin-1 centroid, or the country of a region that spans several. */
function fromRegion(i: LocateInput, section: AnnotationOf<'section'>): { location: EventLocation; evidence: Span } {
  const region = section.region;
  const heading = section.heading;
  const text = i.text.slice(heading.start, heading.end);
  if (region.admin1Code) {
    const c = i.gazetteer.admin1Centroid(region.admin1Code);
    return {
      location: {
        text, name: region.admin1 ?? region.label, country: region.country, admin1: region.admin1, admin1Code: region.admin1Code,
        lat: c?.lat ?? null, lon: c?.lon ?? null, precision: 'admin1', uncertaintyKm: c?.radiusKm ?? null,
        reason: 'admin1-centroid', source: 'heading', stated: true,
      },
      evidence: heading,
    };
  }
  // A region across borders (Gharb Ifriqiyyah, Furat): the country the incident names, if one of them.
  const own = i.countries.find((c) => region.countries.includes(c.code));
  if (own) return fromCountry(i, own.code, own.span, 'text');
  if (region.kind === 'country' && region.country) return fromCountry(i, region.country, heading, 'heading');
  const c = region.country ? i.gazetteer.countryCentroid(region.country) : null;
  return {
    location: {
      text, name: region.label, country: region.country, admin1: null, admin1Code: null,
      lat: c?.lat ?? null, lon: c?.lon ?? null, precision: 'region', uncertaintyKm: c?.radiusKm ?? null,
      reason: 'region-country', source: 'heading', stated: true,
    },
    evidence: heading,
  };
}

function fromCountry(i: LocateInput, code: string, span: Span, source: EventLocation['source']): { location: EventLocation; evidence: Span } {
  const info = i.gazetteer.country(code);
  const c = i.gazetteer.countryCentroid(code);
  return {
    location: {
      text: i.text.slice(span.start, span.end), name: info?.name ?? null, country: code, admin1: null, admin1Code: null,
      lat: c?.lat ?? null, lon: c?.lon ?? null, precision: 'country', uncertaintyKm: c?.radiusKm ?? null,
      reason: 'country-centroid', source, stated: source !== 'inherited',
    },
    evidence: span,
  };
}
