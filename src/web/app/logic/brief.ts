// Rows of GET /v1/events/brief as objects, whatever order the server sends the columns in.
import type { StoredEvent } from '../../../store/store.js';
import { actorKey, BRIEF_COLUMNS, briefOf } from '../../../store/event-brief.js';

export interface Brief {
  id: number; documentId: string; status: 'draft' | 'verified' | 'rejected';
  best: string | null; earliest: string | null; latest: string | null;
  lat: number | null; lon: number | null; uncertaintyKm: number | null; precision: string;
  country: string | null; admin1: string | null; admin1Code: string | null; place: string | null;
  eventType: string | null; subEventType: string | null; attackType: string | null;
  killed: number | null; wounded: number | null; killedOrWounded: number | null;
  stance: string; summary: string; edited: boolean;
  /** The folded actor names the actor filter looks in (`|iraqi army|…|`): for matching, never shown. */
  actors: string;
}

export interface BriefPage { columns: string[]; rows: unknown[][]; total: number }

export function toBriefs(page: BriefPage): Brief[] {
  const at = BRIEF_COLUMNS.map((c) => {
    const i = page.columns.indexOf(c);
    if (i < 0) throw new Error(`the server's event briefs have no column ${c}`);
    return i;
  });
  return page.rows.map((r) => {
    const o: Record<string, unknown> = {};
    BRIEF_COLUMNS.forEach((c, j) => { o[c] = r[at[j]]; });
    return o as unknown as Brief;
  });
}

/** The brief of an event as the server returns it after a change. */
export function briefOfStored(s: StoredEvent): Brief {
  const [best, earliest, latest, lat, lon, uncertaintyKm, precision, country, admin1, admin1Code, place, eventType, subEventType, attackType, killed, wounded, killedOrWounded, stance, summary] = briefOf(s.event);
  return {
    id: s.id, documentId: s.documentId, status: s.status, best, earliest, latest, lat, lon, uncertaintyKm, precision, country, admin1, admin1Code, place,
    eventType, subEventType, attackType, killed, wounded, killedOrWounded, stance, summary, edited: s.edited.length > 0, actors: actorKey(s.event),
  };
}

/** Casualties that size a point: killed + wounded + killed-or-wounded (best figures). */
export const casualtyTotal = (b: Brief): number => (b.killed ?? 0) + (b.wounded ?? 0) + (b.killedOrWounded ?? 0);
