// Events per day, stacked by ACLED event type (bars on canvas, axes and brush in SVG). Brushing a
// range sets the date filter (the event's interval overlaps the range); clearing it removes it.
import { axisBottom, axisLeft } from 'd3-axis';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { h, svg } from '../dom.js';
import { num } from '../format.js';
import type { Brief } from '../logic/brief.js';
import { colourOf, TYPE_COUNT, typeIndex } from './colours.js';

const DAY_MS = 86_400_000;
const M = { top: 8, right: 12, bottom: 22, left: 40 };

export const dayNumber = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Counts per day and type: for day d (from `first`), counts[(d - first) * TYPE_COUNT + type]. */
export function binByDay(list: readonly Brief[], first: number, days: number): { counts: Uint32Array; max: number; undated: number } {
  const counts = new Uint32Array(days * TYPE_COUNT);
  const totals = new Uint32Array(days);
  let undated = 0;
  for (const b of list) {
    if (!b.best) { undated++; continue; }
    const d = dayNumber(b.best) - first;
    if (d < 0 || d >= days) continue;
    counts[d * TYPE_COUNT + typeIndex(b.eventType)]++;
    totals[d]++;
  }
  let max = 0;
  for (const t of totals) if (t > max) max = t;
  return { counts, max, undated };
}

export interface TimelineOptions { onBrush(range: { from: string; to: string } | null): void }

export class Timeline {
  readonly element: HTMLElement;
  private readonly canvas = h('canvas', { class: 'timeline-canvas', 'aria-hidden': 'true' });
  private readonly overlay = svg('svg', { class: 'timeline-overlay', role: 'img', 'aria-label': 'Events per day' });
  private readonly note = h('p', { class: 'timeline-note' });
  private first = 0;
  private days = 1;
  private list: readonly Brief[] = [];
  private width = 0;
  private height = 0;
  private range: { from: string; to: string } | null = null;
  private readonly brush: BrushBehavior<unknown>;
  private readonly brushGroup = svg('g', { class: 'brush' });
  private readonly xAxis = svg('g', { class: 'axis axis-x' });
  private readonly yAxis = svg('g', { class: 'axis axis-y' });
  private readonly resize = new ResizeObserver(() => this.layout());

  constructor(private readonly opts: TimelineOptions) {
    this.overlay.append(this.xAxis, this.yAxis, this.brushGroup);
    this.element = h('div', { class: 'timeline' }, h('div', { class: 'timeline-plot' }, this.canvas, this.overlay), this.note);
    this.brush = brushX().on('brush end', (e: D3BrushEvent<unknown>) => {
      if (!e.sourceEvent) return; // moved by setRange, not by the analyst
      const sel = e.selection as [number, number] | null;
      if (!sel || sel[1] - sel[0] < 1) { this.range = null; this.opts.onBrush(null); return; }
      const x = this.x();
      const from = isoDay(Math.floor(x.invert(sel[0]).getTime() / DAY_MS));
      const to = isoDay(Math.ceil(x.invert(sel[1]).getTime() / DAY_MS) - 1);
      this.range = { from, to: to < from ? from : to };
      this.opts.onBrush(this.range);
    });
    this.resize.observe(this.element);
  }

  destroy(): void { this.resize.disconnect(); }

  /** The days axis covers every dated event, whatever the filter. */
  setDomain(all: readonly Brief[]): void {
    let lo = Infinity;
    let hi = -Infinity;
    for (const b of all) if (b.best) { const d = dayNumber(b.best); if (d < lo) lo = d; if (d > hi) hi = d; }
    if (lo === Infinity) { lo = dayNumber(new Date().toISOString().slice(0, 10)) - 30; hi = lo + 30; }
    this.first = lo - 1;
    this.days = hi - lo + 3;
  }

  /** The events the timeline counts: the filter without its dates. */
  setData(list: readonly Brief[]): void { this.list = list; this.draw(); }

  /** Shows a range set elsewhere (the date fields), without calling back. */
  setRange(range: { from?: string; to?: string } | null): void {
    this.range = range && (range.from || range.to) ? { from: range.from ?? isoDay(this.first), to: range.to ?? isoDay(this.first + this.days - 1) } : null;
    this.placeBrush();
  }

  private x() {
    return scaleUtc().domain([new Date(this.first * DAY_MS), new Date((this.first + this.days) * DAY_MS)]).range([M.left, this.width - M.right]);
  }

  private layout(): void {
    const w = this.canvas.clientWidth;
    const hh = this.canvas.clientHeight;
    if (w === 0 || hh === 0 || (w === this.width && hh === this.height)) return;
    this.width = w;
    this.height = hh;
    const dpr = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(w * dpr);
    this.canvas.height = Math.round(hh * dpr);
    this.overlay.setAttribute('viewBox', `0 0 ${w} ${hh}`);
    this.brush.extent([[M.left, M.top], [w - M.right, hh - M.bottom]]);
    select(this.brushGroup).call(this.brush);
    this.draw();
  }

  private placeBrush(): void {
    if (this.width === 0) return;
    const g = select(this.brushGroup);
    if (!this.range) { g.call(this.brush.move, null); return; }
    const x = this.x();
    g.call(this.brush.move, [x(new Date(dayNumber(this.range.from) * DAY_MS)), x(new Date((dayNumber(this.range.to) + 1) * DAY_MS))]);
  }

  private draw(): void {
    if (this.width === 0) return;
    const { counts, max, undated } = binByDay(this.list, this.first, this.days);
    const x = this.x();
    const y = scaleLinear().domain([0, Math.max(1, max)]).nice().range([this.height - M.bottom, M.top]);
    const ctx = this.canvas.getContext('2d')!;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, this.width, this.height);
    const step = (this.width - M.left - M.right) / this.days;
    const bar = Math.max(1, step - (step > 4 ? 1 : 0));
    for (let d = 0; d < this.days; d++) {
      let base = 0;
      const left = x(new Date((this.first + d) * DAY_MS));
      for (let t = 0; t < TYPE_COUNT; t++) {
        const c = counts[d * TYPE_COUNT + t];
        if (c === 0) continue;
        const top = y(base + c);
        ctx.fillStyle = colourOf(t);
        ctx.fillRect(left, top, bar, y(base) - top);
        base += c;
      }
    }
    select(this.xAxis).attr('transform', `translate(0,${this.height - M.bottom})`).call(axisBottom(x).ticks(Math.max(2, Math.floor(this.width / 110))).tickSizeOuter(0));
    select(this.yAxis).attr('transform', `translate(${M.left},0)`).call(axisLeft(y).ticks(3).tickSizeOuter(0));
    this.overlay.setAttribute('aria-label', `Events per day: ${num(this.list.length - undated)} dated${undated ? `, ${num(undated)} without a date` : ''}`);
    this.note.textContent = `${num(this.list.length - undated)} dated events${undated ? `; ${num(undated)} without a date (not drawn)` : ''}. Drag across the chart to filter by date.`;
    this.placeBrush();
  }
}
