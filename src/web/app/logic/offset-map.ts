// Spans of the original text placed in the reduced-exposure reading (GET /v1/documents/:id/neutral):
// text between replacements shifts by the replacements before it; a span edge inside a replaced
// phrase snaps to the whole neutral phrase (the start to its start, the end to its end).
export interface Span { start: number; end: number }
export interface Replacement { neutral: Span; original: Span; rule: string }

/** Where an offset of the original lands in the neutral text. `edge` says which end of a span it is. */
export function toNeutral(offset: number, replacements: readonly Replacement[], edge: 'start' | 'end'): number {
  let shift = 0;
  for (const r of replacements) {
    if (offset <= r.original.start) break;
    if (offset < r.original.end) return edge === 'start' ? r.neutral.start : r.neutral.end;
    shift = r.neutral.end - r.original.end;
  }
  return offset + shift;
}

export function spanToNeutral(span: Span, replacements: readonly Replacement[]): Span {
  const start = toNeutral(span.start, replacements, 'start');
  const end = span.end === span.start ? start : toNeutral(span.end, replacements, 'end');
  return { start, end: Math.max(start, end) };
}

/** Replacements sorted by where they stand in the original (the API sends them so; this makes sure). */
export const sortedReplacements = (rs: readonly Replacement[]): Replacement[] => [...rs].sort((a, b) => a.original.start - b.original.start);
