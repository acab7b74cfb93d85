// Overlapping highlighted ranges → consecutive segments, each with the ranges that cover it, so a
// text can be drawn as runs of plain text nodes (no markup ever comes from the text).
export interface Mark { start: number; end: number; kind: string; key?: string }
export interface Segment { start: number; end: number; marks: Mark[] }

export function segments(length: number, marks: readonly Mark[]): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const valid = marks.map((m) => ({ ...m, start: clamp(m.start), end: clamp(m.end) })).filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    out.push({ start, end, marks: valid.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}
