// Rows of GET /v1/events/brief as objects, whatever order the server sends the columns in.
import { BRIEF_COLUMNS } from '../../../store/event-brief.js';

export interface Brief {
  id: number; documentId: string; status: 'draft' | 'verified' | 'rejected';
  best: string | null; earliest: string | null; latest: string | null;
  lat: number | null; lon: number | null; uncertaintyKm: number | null; precision: string;
  country: string | null; admin1: string | null; admin1Code: string | null; place: string | null;
  eventType: string | null; subEventType: string | null; attackType: string | null;
  killed: number | null; wounded: number | null; killedOrWounded: number | null;
  stance: string; summary: string; edited: boolean;
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

/** Casualties that size a point: killed + wounded + killed-or-wounded (best figures). */
export const casualtyTotal = (b: Brief): number => (b.killed ?? 0) + (b.wounded ?? 0) + (b.killedOrWounded ?? 0);
