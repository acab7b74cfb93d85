// Keeps accepted matches from overlapping (earlier, more specific rules win). The taken spans are
// kept merged and sorted (a document takes a few dozen): no per-document buffer of its length.
export class OverlapGuard {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  isFree(start: number, end: number): boolean {
    if (end <= start) return true;
    const k = this.lastStartingBefore(end);
    // Merged spans have growing ends: the last one starting before `end` reaches furthest.
    return k < 0 || this.ends[k] <= start;
  }

  take(start: number, end: number): void {
    if (end <= start) return;
    // Spans that overlap or touch [start, end) merge into one.
    let lo = this.lastStartingBefore(start + 1);
    if (lo < 0 || this.ends[lo] < start) lo++;
    let hi = lo;
    while (hi < this.starts.length && this.starts[hi] <= end) hi++;
    // Most takes touch no taken span (they were free): an insertion, without splice's copies.
    if (hi === lo) {
      insertAt(this.starts, lo, start);
      insertAt(this.ends, lo, end);
      return;
    }
    const s = Math.min(start, this.starts[lo]);
    const e = Math.max(end, this.ends[hi - 1]);
    this.starts.splice(lo, hi - lo, s);
    this.ends.splice(lo, hi - lo, e);
  }

  /** Index of the last span that starts before `pos`, or -1. */
  private lastStartingBefore(pos: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

/** `value` into `list` at `at`, the items from there moved up one. */
function insertAt(list: number[], at: number, value: number): void {
  let i = list.length;
  list.push(value);
  for (; i > at; i--) list[i] = list[i - 1];
  list[at] = value;
}
