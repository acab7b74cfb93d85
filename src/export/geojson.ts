// Events as a GeoJSON FeatureCollection (RFC 7946): a Point where the event has coordinates,
// a null geometry where it has none (the country or region is still in the properties).
import type { AnalysisResult, ClaimEvent } from '../core/types.js';

export interface Feature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
}

export function toFeatures(r: AnalysisResult): Feature[] {
  return r.events.map((e) => toFeature(e, r.document.id));
}

export function toFeature(e: ClaimEvent, document: string, extra: Record<string, unknown> = {}): Feature {
  return {
    type: 'Feature',
    id: e.id,
    geometry: e.location.lat !== null && e.location.lon !== null ? { type: 'Point', coordinates: [e.location.lon, e.location.lat] } : null,
    properties: {
      document, summary: e.summary, stance: e.stance,
      date: e.date.best, dateEarliest: e.date.earliest, dateLatest: e.date.latest,
      eventType: e.type.acledEventType, subEventType: e.type.acledSubEventType,
      country: e.location.country, admin1: e.location.admin1, admin1Code: e.location.admin1Code, location: e.location.name,
      precision: e.location.precision, uncertaintyKm: e.location.uncertaintyKm,
      killed: e.casualties.killed?.best ?? null, wounded: e.casualties.wounded?.best ?? null,
      killedOrWounded: e.casualties.killedOrWounded?.best ?? null, confidence: e.confidence, ...extra,
    },
  };
}

export function featureCollection(results: readonly AnalysisResult[]): { type: 'FeatureCollection'; features: Feature[] } {
  return { type: 'FeatureCollection', features: results.flatMap(toFeatures) };
}
