// Spans inside quotation marks: straight or curly double quotes and guillemets, within a line or
// across a short paragraph. An apostrophe is never a quotation mark here ("Qa'dah", "group's").
import type { Span } from '../core/types.js';

const QUOTED = /"[^"\n]{1,600}"|“[^”]{1,600}”|«[^»]{1,600}»/g;

export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
