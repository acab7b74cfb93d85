// Spans inside quotation marks: straight or curly double quotes and guillemets, within a line or
// across a short paragraph. An apostrophe is never a quotation mark here ("Qa'dah", "group's").
import type { Span } from '../core/types.js';

export const QUOTED = /"[^"\n]{1,600}"|“[^”]{1,600}”|«[^»]{1,600}»/g;

export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Whether `s` lies inside one of `quoted`: start-sorted spans that never overlap, so only the
 * last one starting at or before `s` can hold it.
 */
export function insideQuote(quoted: readonly Span[], s: Span): boolean {
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (quoted[mid].start <= s.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && s.end <= quoted[lo - 1].end;
}
