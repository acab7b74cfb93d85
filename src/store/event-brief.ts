// The brief of an event: the few fields a map, a timeline and a table of thousands of events need,
// as one JSON array per event (stored beside the event, sent as rows under one list of columns).
// The web workbench reads the same column list and applies the same actor test, so this imports
// nothing it cannot bundle.
import type { ClaimEvent, Quantity } from '../core/types.js';
import { foldForSearch } from './search-text.js';

/** Columns of GET /v1/events/brief, in order; the store keeps all but the first three per event. */
export const BRIEF_COLUMNS = [
  'id', 'documentId', 'status',
  'best', 'earliest', 'latest',
  'lat', 'lon', 'uncertaintyKm', 'precision',
  'country', 'admin1', 'admin1Code', 'place',
  'eventType', 'subEventType', 'attackType',
  'killed', 'wounded', 'killedOrWounded',
  'stance', 'summary', 'edited', 'actors',
] as const;

export type BriefColumn = (typeof BRIEF_COLUMNS)[number];

/** The stored part: every column after id, documentId and status, except `edited` and `actors` (row columns). */
export type StoredBrief = [
  best: string | null, earliest: string | null, latest: string | null,
  lat: number | null, lon: number | null, uncertaintyKm: number | null, precision: string,
  country: string | null, admin1: string | null, admin1Code: string | null, place: string | null,
  eventType: string | null, subEventType: string | null, attackType: string | null,
  killed: number | null, wounded: number | null, killedOrWounded: number | null,
  stance: string, summary: string,
];

export type BriefRow = [id: number, documentId: string, status: string, ...StoredBrief, edited: boolean, actors: string];

/** The figure a quantity stands for: its best estimate, else its low one (null when unknown). */
const figure = (q: Quantity | null): number | null => (q ? (q.best ?? q.low) : null);

export function briefOf(e: ClaimEvent): StoredBrief {
  const d = e.date;
  const l = e.location;
  return [
    d.best, d.earliest ?? d.best, d.latest ?? d.best,
    l.lat, l.lon, l.uncertaintyKm, l.precision,
    l.country, l.admin1, l.admin1Code, l.name,
    e.type.acledEventType, e.type.acledSubEventType, e.type.gtdAttackType,
    figure(e.casualties.killed), figure(e.casualties.wounded), figure(e.casualties.killedOrWounded),
    e.stance, e.summary,
  ];
}

/** Each actor's neutral name and its wording as written, folded for search. */
export const actorNames = (e: ClaimEvent): string[] => e.actors.flatMap((a) => [foldForSearch(a.canonical), foldForSearch(a.text)]);

/** What the actor filter looks in: the folded names between bars (`|iraqi army|rafidi army|`); a stored column. */
export const actorKey = (e: ClaimEvent): string => `|${actorNames(e).join('|')}|`;

/** The actor filter's folded query; empty (no letter or digit) filters nothing. */
export const actorQuery = (actor: string): string => foldForSearch(actor);

/** The actor filter as the store applies it (`actors LIKE '%query%'`): part of one folded name. */
export const actorMatches = (key: string, actor: string): boolean => {
  const a = actorQuery(actor);
  return a === '' || key.includes(a);
};
