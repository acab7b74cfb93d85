// Location of an incident: a named place inside it, else the section's region, else the dateline or a named country.
import type { AnnotationOf } from '../../pipeline/annotations.js';
import type { EventLocation, Span } from '../../core/types.js';
import type { Gazetteer } from '../../geo/gazetteer.js';

const ANCHOR_BEFORE = /(?:near|outside|outskirts\s+of|vicinity\s+of|countryside\s+of|area\s+of|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|between|road\s+(?:to|between)|around|close\s+to|kilometres?\s+from|km\s+from)\s+(?:the\s+)?(?:(?:town|city|village|district|area)\s+of\s+)?$/i;

export interface LocateInput {
  text: string;
  incident: Span;
  section: AnnotationOf<'section'> | undefined;
  places: readonly AnnotationOf<'place'>[];
  datelinePlace: AnnotationOf<'place'> | undefined;
  documentCountry: { code: string; span: Span } | undefined;
  gazetteer: Gazetteer;
}

export function locate(i: LocateInput): { location: EventLocation; evidence: Span | null } {
  const place = i.places[0];
  const region = i.section?.region;
  if (place) {
    const m = place.match;
    const before = i.text.slice(Math.max(0, place.span.start - 60), place.span.start);
    const near = ANCHOR_BEFORE.test(before);
    return {
      location: {
        text: i.text.slice(place.span.start, place.span.end), name: m.name, country: m.country,
        admin1: m.admin1, admin1Code: m.admin1Code, lat: m.lat, lon: m.lon,
        precision: near ? 'near' : 'exact', uncertaintyKm: near ? 25 : 5,
        ...(near ? { anchor: m.name } : {}),
        ...(m.geonameId !== undefined ? { geonameId: m.geonameId } : {}),
        source: 'text', stated: true,
      },
      evidence: place.span,
    };
  }
  if (region) {
    const heading = i.section!.heading;
    const precision = region.kind === 'country' ? 'country' : region.admin1Code ? 'admin1' : 'region';
    return {
      location: {
        text: i.text.slice(heading.start, heading.end), name: region.admin1 ?? region.label, country: region.country,
        admin1: region.admin1, admin1Code: region.admin1Code, lat: null, lon: null, precision,
        uncertaintyKm: null, source: 'heading', stated: true,
      },
      evidence: heading,
    };
  }
  const fallback = i.datelinePlace;
  if (fallback) {
    const m = fallback.match;
    return {
      location: {
        text: i.text.slice(fallback.span.start, fallback.span.end), name: m.name, country: m.country,
        admin1: m.admin1, admin1Code: m.admin1Code, lat: m.lat, lon: m.lon, precision: 'near', uncertaintyKm: 50,
        anchor: m.name, source: 'inherited', stated: false,
      },
      evidence: fallback.span,
    };
  }
  if (i.documentCountry) {
    const c = i.gazetteer.country(i.documentCountry.code);
    return {
      location: {
        text: i.text.slice(i.documentCountry.span.start, i.documentCountry.span.end), name: c?.name ?? null,
        country: i.documentCountry.code, admin1: null, admin1Code: null, lat: null, lon: null,
        precision: 'country', uncertaintyKm: null, source: 'inherited', stated: false,
      },
      evidence: i.documentCountry.span,
    };
  }
  return {
    location: { text: '', name: null, country: null, admin1: null, admin1Code: null, lat: null, lon: null, precision: 'unknown', uncertaintyKm: null, source: 'none', stated: false },
    evidence: null,
  };
}
