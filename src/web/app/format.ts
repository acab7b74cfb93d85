// How values read in the workbench.
import type { Brief } from './logic/brief.js';

export const num = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : n.toLocaleString('en-GB'));
export const score = (s: number): string => s.toFixed(2);
export const when = (iso: string): string => iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');

export function place(b: Pick<Brief, 'place' | 'admin1' | 'country'>): string {
  return [b.place, b.admin1 && b.admin1 !== b.place ? b.admin1 : null, b.country].filter(Boolean).join(', ') || 'unknown place';
}

export function dateRange(best: string | null, earliest: string | null, latest: string | null): string {
  if (!best && !earliest) return 'no date';
  if (earliest && latest && earliest !== latest) return `${best ?? '?'} (${earliest} – ${latest})`;
  return best ?? earliest ?? 'no date';
}

export const shortHash = (h: string, n = 12): string => (h.length > n ? `${h.slice(0, n)}…` : h);

/** A quantity {low, best, high} as "best (low–high)". */
export function range(q: { low: number | null; best: number | null; high: number | null } | null): string {
  if (!q) return 'not mentioned';
  if (q.low === null && q.best === null && q.high === null) return 'mentioned, no figure';
  const b = q.best ?? q.low;
  if (q.low === q.high && q.low === b) return num(b);
  return `${num(b)} (${num(q.low)}–${q.high === null ? 'open' : num(q.high)})`;
}
