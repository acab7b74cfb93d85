// What a re-analysis did to the reviews of the analysis before it: the store carries each reviewed
// event (verified, rejected or edited) to the new analysis's event at the same span; a reviewed
// event with no such counterpart stays only in the history.
export type Status = 'draft' | 'verified' | 'rejected';

export interface AnalysisSummary { id: number; pipeline: string; published: string | null; events: number; created: string; by: string; latest: boolean }
export interface Carried { eventId: number; ordinal: number; summary: string; from: number | null; carried: { status: Status; edited: string[] }; status: Status; at: string; by: string }
export interface ReviewedEvent { id: number; status: Status; edited: string[]; summary: string }

export interface ReviewOutcome { carried: Carried[]; notCarried: ReviewedEvent[] }

/** The latest analysis and the one it replaced (oldest first in, as the API lists them); null before a re-analysis. */
export function latestPair(list: readonly AnalysisSummary[]): { latest: AnalysisSummary; previous: AnalysisSummary } | null {
  const sorted = [...list].sort((a, b) => a.id - b.id);
  const i = sorted.findIndex((a) => a.latest);
  return i > 0 ? { latest: sorted[i], previous: sorted[i - 1] } : null;
}

export const isReviewed = (e: Pick<ReviewedEvent, 'status' | 'edited'>): boolean => e.status !== 'draft' || e.edited.length > 0;

/** The carried events as the store recorded them, and the reviewed events of the previous analysis none took over. */
export function reviewOutcome(previous: readonly ReviewedEvent[], carried: readonly Carried[]): ReviewOutcome {
  const taken = new Set(carried.map((c) => c.from));
  return { carried: [...carried], notCarried: previous.filter((e) => isReviewed(e) && !taken.has(e.id)) };
}

/** How a carried event stands: kept its status, or reviewed again since. */
export const kept = (c: Carried): boolean => c.status === c.carried.status;
