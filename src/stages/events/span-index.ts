// The spans of one document's start-sorted annotation lists as numbers, for the look-ups of its events.
// Reading `list[i].span.start` of annotations of many shapes is a megamorphic property load; here each
// look-up reads one typed array. Incidents come in reading order, so each list's first index is found
// by stepping on from the previous incident's (a binary search when an incident starts earlier).
// Answers are those of sortedWithin, firstWithin, lastWithin and containing over the same lists.
import type { Span } from '../../core/types.js';

// Not frozen: for-of over a frozen array takes the slow, allocating iterator path.
const NO_ITEMS: readonly never[] = [];

export class SpanIndex {
  /** Item i of all lists (list k holds items [base[k], base[k + 1])) starts at bounds[2i] and ends at bounds[2i + 1]. */
  private bounds = new Int32Array(2048);
  private base: Int32Array;
  /** Per list: the first item starting at or after `from`, the start of its last look-up. */
  private next: Int32Array;
  private from: Float64Array;

  constructor(readonly lists: number) {
    this.base = new Int32Array(lists + 1);
    this.next = new Int32Array(lists);
    this.from = new Float64Array(lists);
  }

  /** Takes a document's lists, in slot order (list k is asked for as k); keeps their spans, not the lists. */
  load(lists: readonly (readonly { span: Span }[])[]): void {
    let n = 0;
    for (let k = 0; k < this.lists; k++) n += lists[k].length;
    if (this.bounds.length < 2 * n) this.bounds = new Int32Array(4 * n);
    const b = this.bounds;
    let at = 0;
    for (let k = 0; k < this.lists; k++) {
      this.base[k] = at;
      this.next[k] = at;
      this.from[k] = -Infinity;
      const list = lists[k];
      for (let i = 0; i < list.length; i++, at++) {
        const span = list[i].span;
        b[2 * at] = span.start;
        b[2 * at + 1] = span.end;
      }
    }
    this.base[this.lists] = at;
  }

  /** The item index (over all lists) of list k's first item starting at or after `pos`. */
  private firstAt(k: number, pos: number): number {
    const b = this.bounds;
    const end = this.base[k + 1];
    let i: number;
    if (pos >= this.from[k]) {
      i = this.next[k];
      while (i < end && b[2 * i] < pos) i++;
    } else {
      i = this.lowerBound(this.base[k], end, pos);
    }
    this.next[k] = i;
    this.from[k] = pos;
    return i;
  }

  private lowerBound(lo: number, hi: number, pos: number): number {
    const b = this.bounds;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (b[2 * mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** sortedWithin(list, span): `list` is the one loaded as k. */
  within<T>(k: number, list: readonly T[], span: Span): readonly T[] {
    const b = this.bounds;
    const first = this.firstAt(k, span.start);
    const last = this.base[k + 1];
    const end = span.end;
    let n = 0;
    let past = first;
    for (; past < last && b[2 * past] < end; past++) if (b[2 * past + 1] <= end) n++;
    if (n === 0) return NO_ITEMS;
    const base = this.base[k];
    if (n === past - first) return list.slice(first - base, past - base);
    const out = new Array<T>(n);
    n = 0;
    for (let i = first; i < past; i++) if (b[2 * i + 1] <= end) out[n++] = list[i - base];
    return out;
  }

  /** firstWithin(list, span). */
  first<T>(k: number, list: readonly T[], span: Span): T | undefined {
    const b = this.bounds;
    const last = this.base[k + 1];
    for (let i = this.firstAt(k, span.start); i < last && b[2 * i] < span.end; i++) {
      if (b[2 * i + 1] <= span.end) return list[i - this.base[k]];
    }
    return undefined;
  }

  /** lastWithin(list, { start, end }), by binary search (the cursors are left as they are). */
  last<T>(k: number, list: readonly T[], start: number, end: number): T | undefined {
    const b = this.bounds;
    const stop = this.base[k + 1];
    let found = -1;
    for (let i = this.lowerBound(this.base[k], stop, start); i < stop && b[2 * i] < end; i++) if (b[2 * i + 1] <= end) found = i;
    return found < 0 ? undefined : list[found - this.base[k]];
  }

  /** containing(list, pos): the last item starting at or before pos, if pos is before its end. */
  containing<T>(k: number, list: readonly T[], pos: number): T | undefined {
    const i = this.lowerBound(this.base[k], this.base[k + 1], pos + 1) - 1;
    return i >= this.base[k] && pos < this.bounds[2 * i + 1] ? list[i - this.base[k]] : undefined;
  }
}
