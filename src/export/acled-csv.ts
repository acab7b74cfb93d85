// ACLED-style rows for events: ACLED's columns first (fatalities = the low estimate, as ACLED
// exports), then ClaimScope's own (date interval, uncertainty, casualty ranges, evidence).
import { stringify } from 'csv-stringify/sync';
import type { AnalysisResult, ClaimEvent, Quantity } from '../core/types.js';
import { loadTsv } from '../lexicon/load.js';

export const ACLED_COLUMNS = [
  'event_id', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'actor2', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'notes', 'fatalities', 'tags',
  'country_iso', 'date_earliest', 'date_latest', 'date_stated', 'uncertainty_km', 'admin1_iso', 'gtd_attack_type', 'gtd_weapon_types', 'suicide', 'stance',
  'killed_low', 'killed_best', 'killed_high', 'wounded_low', 'wounded_best', 'wounded_high',
  'killed_or_wounded_low', 'killed_or_wounded_best', 'killed_or_wounded_high', 'captured_best', 'perpetrators_killed_best',
  'confidence', 'evidence', 'pipeline',
] as const;

type Row = Record<(typeof ACLED_COLUMNS)[number], string | number | null>;

// ACLED's codes: time precision 1 = the day, 2 = within a week, 3 = within a month; geo precision
// 1 = the named place, 2 = near it or part of a region, 3 = a larger area (admin-1 or above).
const timePrecision = (e: ClaimEvent): number | null => {
  if (e.date.earliest === null || e.date.latest === null) return null;
  const days = (Date.parse(e.date.latest) - Date.parse(e.date.earliest)) / 86_400_000;
  return days <= 2 ? 1 : days <= 7 ? 2 : 3;
};
const geoPrecision = (e: ClaimEvent): number | null =>
  ({ exact: 1, near: 2, admin2: 2, admin1: 3, region: 3, country: 3, unknown: null } as const)[e.location.precision];
const disorder = (eventType: string | null): string | null =>
  eventType === null ? null : eventType === 'Strategic developments' ? 'Strategic developments' : 'Political violence';
const q = (x: Quantity | null, k: 'low' | 'best' | 'high') => (x ? x[k] : null);

// ACLED's country column holds a name ("Iraq"): the lexicon's short name, else the English
// region name Node knows; the ISO code goes to our own country_iso column.
let countryNames: Map<string, string> | null = null;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
export function countryName(code: string | null): string | null {
  if (code === null) return null;
  countryNames ??= new Map(loadTsv('countries.tsv', ['code', 'name']).map((r) => [r.code, r.name]));
  return countryNames.get(code) ?? regionNames.of(code) ?? code;
}

/** What a row needs of its analysis: the source document's name and the pipeline fingerprint. */
export type RowSource = { document: Pick<AnalysisResult['document'], 'id'>; pipeline: Pick<AnalysisResult['pipeline'], 'fingerprint'> };

export function acledRow(e: ClaimEvent, r: RowSource): Row {
  const perpetrator = e.actors.find((a) => a.role === 'perpetrator');
  const claimant = e.actors.find((a) => a.role === 'claimant' && a.canonical !== perpetrator?.canonical);
  const target = e.actors.find((a) => a.role === 'target' || a.role === 'victim');
  const deaths = [e.casualties.killed, e.casualties.perpetratorsKilled].reduce((n, x) => n + (x?.low ?? 0), 0);
  return {
    event_id: e.id, event_date: e.date.best, year: e.date.best ? Number(e.date.best.slice(0, 4)) : null,
    time_precision: timePrecision(e), disorder_type: disorder(e.type.acledEventType),
    event_type: e.type.acledEventType, sub_event_type: e.type.acledSubEventType,
    actor1: perpetrator?.canonical ?? null, assoc_actor_1: claimant?.canonical ?? null, actor2: target?.canonical ?? null,
    country: countryName(e.location.country), admin1: e.location.admin1, location: e.location.name,
    latitude: e.location.lat, longitude: e.location.lon, geo_precision: geoPrecision(e),
    source: r.document.id, notes: e.summary, fatalities: deaths, tags: e.stance === 'claimant' ? 'claim' : e.stance,
    country_iso: e.location.country, date_earliest: e.date.earliest, date_latest: e.date.latest, date_stated: String(e.date.stated),
    uncertainty_km: e.location.uncertaintyKm, admin1_iso: e.location.admin1Code,
    gtd_attack_type: e.type.gtdAttackType, gtd_weapon_types: e.type.gtdWeaponTypes.join('; '), suicide: String(e.type.suicide), stance: e.stance,
    killed_low: q(e.casualties.killed, 'low'), killed_best: q(e.casualties.killed, 'best'), killed_high: q(e.casualties.killed, 'high'),
    wounded_low: q(e.casualties.wounded, 'low'), wounded_best: q(e.casualties.wounded, 'best'), wounded_high: q(e.casualties.wounded, 'high'),
    killed_or_wounded_low: q(e.casualties.killedOrWounded, 'low'), killed_or_wounded_best: q(e.casualties.killedOrWounded, 'best'),
    killed_or_wounded_high: q(e.casualties.killedOrWounded, 'high'),
    captured_best: q(e.casualties.captured, 'best'), perpetrators_killed_best: q(e.casualties.perpetratorsKilled, 'best'),
    confidence: e.confidence,
    evidence: e.evidence.map((v) => `${v.field}@${v.start}-${v.end}`).join(' '),
    pipeline: r.pipeline.fingerprint,
  };
}

export function acledCsv(results: readonly AnalysisResult[], header = true): string {
  const rows = results.flatMap((r) => r.events.map((e) => acledRow(e, r)));
  return stringify(rows, { header, columns: [...ACLED_COLUMNS], cast: { number: (n) => String(n) } });
}
