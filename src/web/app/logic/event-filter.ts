// The events filter as the API reads it (GET /v1/events, /v1/events/brief, /v1/export) and the same
// test applied in the browser to the briefs already loaded, so that the table, the map and the
// timeline narrow at once and an export holds exactly what is shown. Free text (`q`) is matched
// by the server (its index folds words); its answer arrives as a set of ids.
import { actorMatches } from '../../../store/event-brief.js';
import type { Brief } from './brief.js';

export const STATUSES = ['draft', 'verified', 'rejected'] as const;
export type Status = (typeof STATUSES)[number];
export const DEFAULT_STATUSES: readonly Status[] = ['draft', 'verified'];

export interface EventFilter {
  q?: string;
  country?: string;
  admin1?: string;
  type?: string;
  /** Part of an actor's name (neutral or as written), folded as the server folds it. */
  actor?: string;
  from?: string;
  to?: string;
  status: readonly Status[];
  document?: string;
}

const TEXT_KEYS = ['q', 'country', 'admin1', 'type', 'actor', 'from', 'to', 'document'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** From the page address (#/events?…); anything malformed is left out. */
export function filterFromParams(p: URLSearchParams): EventFilter {
  const f: EventFilter = { status: DEFAULT_STATUSES };
  for (const k of TEXT_KEYS) {
    const v = p.get(k)?.trim();
    if (!v) continue;
    if ((k === 'from' || k === 'to') && !DAY.test(v)) continue;
    if (k === 'country' && !/^[A-Za-z]{2}$/.test(v)) continue;
    if (k === 'document' && !/^[0-9a-f]{64}$/.test(v)) continue;
    f[k] = k === 'country' ? v.toUpperCase() : v;
  }
  const status = p.get('status');
  if (status !== null) f.status = status.split(',').filter((s): s is Status => (STATUSES as readonly string[]).includes(s));
  return f;
}

/** As query parameters: the address of the view and the API's filter (status always explicit). */
export function filterToParams(f: EventFilter): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of TEXT_KEYS) if (f[k]) out[k] = f[k]!;
  out.status = f.status.join(',');
  return out;
}

/** The API's own semantics (src/store/sql/sql-events.ts eventWhere), q aside. */
export function matches(b: Brief, f: EventFilter, ids: ReadonlySet<number> | null): boolean {
  if (ids && !ids.has(b.id)) return false;
  if (f.status.length > 0 && !f.status.includes(b.status)) return false;
  if (f.document && b.documentId !== f.document) return false;
  if (f.country && b.country !== f.country.toUpperCase()) return false;
  if (f.admin1 && (b.admin1 ?? '').toLowerCase() !== f.admin1.toLowerCase() && (b.admin1Code ?? '').toUpperCase() !== f.admin1.toUpperCase()) return false;
  if (f.from && (b.latest === null || b.latest < f.from)) return false;
  if (f.to && (b.earliest === null || b.earliest > f.to)) return false;
  if (f.type) {
    const t = f.type.toLowerCase();
    if ((b.eventType ?? '').toLowerCase() !== t && (b.subEventType ?? '').toLowerCase() !== t && (b.attackType ?? '').toLowerCase() !== t) return false;
  }
  if (f.actor && !actorMatches(b.actors, f.actor)) return false;
  return true;
}

/** The filter without its date range: what the timeline shows (the brush is the date range). */
export const withoutDates = (f: EventFilter): EventFilter => ({ ...f, from: undefined, to: undefined });

export type SortKey = 'date' | 'place' | 'type' | 'killed' | 'wounded' | 'status' | 'stance';
export interface Sort { key: SortKey; desc: boolean }

const KEYS: Record<SortKey, (b: Brief) => string | number | null> = {
  date: (b) => b.best,
  place: (b) => [b.country, b.admin1, b.place].filter(Boolean).join(' ') || null,
  type: (b) => b.subEventType ?? b.eventType,
  killed: (b) => b.killed,
  wounded: (b) => b.wounded,
  status: (b) => b.status,
  stance: (b) => b.stance,
};

/** Sorted copy; unknown values last whichever the direction, then newest id first. */
export function sortBriefs(list: readonly Brief[], s: Sort): Brief[] {
  const key = KEYS[s.key];
  const dir = s.desc ? -1 : 1;
  return [...list].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === y) return b.id - a.id;
    if (x === null) return 1;
    if (y === null) return -1;
    return (x < y ? -1 : 1) * dir;
  });
}
