// The map, offline: Natural Earth countries (world-atlas) and admin-1 outlines (committed TopoJSON)
// drawn once per view into a cached layer; events on top as points sized by casualties, with their
// uncertainty circles, on canvas (thousands of points redraw in a few milliseconds). Pan and zoom
// with the mouse or the buttons; a click selects an event.
import { markReady } from '../perf.js';
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { h } from '../dom.js';
import { num, place } from '../format.js';
import { casualtyTotal, type Brief } from '../logic/brief.js';
import { colourOf, TYPE_COUNT, typeIndex } from './colours.js';

interface Basemap { land: GeoPermissibleObjects; borders: GeoPermissibleObjects; admin1: GeoPermissibleObjects | null }

const KM_PER_DEGREE = 111.32;
/** Above this many points in view, circles would only blur the map (and slow it): zoom in or filter. */
const MAX_CIRCLES = 1500;
export const pointRadius = (b: Brief): number => Math.min(18, 3 + Math.sqrt(casualtyTotal(b)) * 1.6);

let basemap: Promise<Basemap> | null = null;
let admin1: Promise<GeoPermissibleObjects> | null = null;

function loadBasemap(): Promise<Basemap> {
  basemap ??= fetch(document.body.dataset.countries!).then((r) => r.json() as Promise<Topology>).then((t) => {
    const countries = t.objects.countries as GeometryCollection;
    return { land: feature(t, countries), borders: mesh(t, countries), admin1: null };
  });
  return basemap;
}

function loadAdmin1(): Promise<GeoPermissibleObjects> {
  admin1 ??= fetch(document.body.dataset.admin1!).then((r) => r.json() as Promise<Topology>).then((t) => mesh(t, t.objects.admin1 as GeometryCollection));
  return admin1;
}

export interface MapOptions { onSelect(id: number): void }

export class MapView {
  readonly element: HTMLElement;
  private readonly canvas = h('canvas', { class: 'map-canvas', role: 'img', 'aria-label': 'Map of the events shown' });
  private readonly tip = h('div', { class: 'map-tip', role: 'tooltip', hidden: true });
  private readonly note = h('p', { class: 'map-note' });
  private readonly base = document.createElement('canvas');
  private readonly projection = geoMercator();
  private fitted = { scale: 150, translate: [0, 0] as [number, number] };
  private transform = zoomIdentity;
  private readonly zoomer: ZoomBehavior<HTMLCanvasElement, unknown>;
  private map: Basemap | null = null;
  private all: Brief[] = [];
  private visible: Brief[] = [];
  private byRadius: Brief[] = [];
  private shownIds = new Set<number>();
  private selected: number | null = null;
  private width = 0;
  private height = 0;
  private baseDirty = true;
  // Where the drawn points are, for hit tests (the last drawn is on top).
  private hits: { x: Float32Array; y: Float32Array; r: Float32Array; b: Brief[] } = { x: new Float32Array(0), y: new Float32Array(0), r: new Float32Array(0), b: [] };
  private readonly resize = new ResizeObserver(() => this.layout());
  private frame = 0;
  private circleNote = '';
  private locatedNote = '';

  constructor(private readonly opts: MapOptions) {
    const controls = h('div', { class: 'map-controls' },
      h('button', { type: 'button', text: '+', 'aria-label': 'Zoom in', on: { click: () => this.zoomBy(1.6) } }),
      h('button', { type: 'button', text: '−', 'aria-label': 'Zoom out', on: { click: () => this.zoomBy(1 / 1.6) } }),
      h('button', { type: 'button', text: 'Fit', 'aria-label': 'Fit the map to the events shown', on: { click: () => this.fit(this.visible) } }));
    this.element = h('div', { class: 'map' }, this.canvas, controls, this.tip, this.note);
    this.zoomer = zoom<HTMLCanvasElement, unknown>().scaleExtent([0.5, 200]).on('zoom', (e: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      this.transform = e.transform;
      this.baseDirty = true;
      this.schedule();
    });
    select(this.canvas).call(this.zoomer).on('dblclick.zoom', null);
    this.canvas.addEventListener('mousemove', (e) => this.hover(e));
    this.canvas.addEventListener('mouseleave', () => { this.tip.hidden = true; });
    this.canvas.addEventListener('click', (e) => { const b = this.hitAt(e); if (b) this.opts.onSelect(b.id); });
    this.resize.observe(this.element);
    void loadBasemap().then((m) => { this.map = m; this.baseDirty = true; this.draw(); markReady('claimscope:map-basemap'); });
  }

  destroy(): void { this.resize.disconnect(); cancelAnimationFrame(this.frame); }

  /** Every event (the first view fits them), then the ones shown. */
  setData(all: Brief[], fit = true): void {
    this.all = all;
    // Large points first, so that small ones stay visible on top: ordered once, not per filter.
    this.byRadius = all.filter((b) => b.lat !== null && b.lon !== null).sort((a, b) => pointRadius(b) - pointRadius(a));
    this.shownIds = new Set(this.visible.map((b) => b.id));
    if (fit && this.width > 0) this.fit(all);
  }

  setVisible(list: Brief[]): void {
    this.visible = list;
    this.shownIds = new Set(list.map((b) => b.id));
    const located = list.reduce((n, b) => n + (b.lat !== null && b.lon !== null ? 1 : 0), 0);
    this.locatedNote = located === list.length ? `${num(located)} events on the map` : `${num(located)} events on the map; ${num(list.length - located)} have no coordinates`;
    this.canvas.setAttribute('aria-label', `Map of ${located} events`);
    this.draw();
  }

  setSelected(id: number | null): void { this.selected = id; this.draw(); }

  private layout(): void {
    const w = this.canvas.clientWidth;
    const hgt = this.canvas.clientHeight;
    if (w === 0 || hgt === 0 || (w === this.width && hgt === this.height)) return;
    const first = this.width === 0;
    this.width = w;
    this.height = hgt;
    const dpr = window.devicePixelRatio || 1;
    for (const c of [this.canvas, this.base]) { c.width = Math.round(w * dpr); c.height = Math.round(hgt * dpr); }
    if (first) this.fit(this.all); else { this.baseDirty = true; this.draw(); }
  }

  /** Fits the view to events (the whole world when none has coordinates). */
  fit(list: Brief[]): void {
    const pts = list.filter((b) => b.lat !== null && b.lon !== null).map((b) => [b.lon!, b.lat!]);
    const pad = 24;
    const extent: [[number, number], [number, number]] = [[pad, pad], [Math.max(pad + 1, this.width - pad), Math.max(pad + 1, this.height - pad)]];
    if (pts.length === 0) this.projection.fitExtent(extent, { type: 'Sphere' });
    else {
      // At least ~8° across, so one event does not fill the screen.
      const lons = pts.map((p) => p[0]);
      const lats = pts.map((p) => p[1]);
      const [x0, x1, y0, y1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
      const cx = (x0 + x1) / 2;
      const cy = (y0 + y1) / 2;
      const half = Math.max(4, (x1 - x0) / 2, (y1 - y0) / 2);
      this.projection.fitExtent(extent, { type: 'MultiPoint', coordinates: [[cx - half, Math.max(-80, cy - half)], [cx + half, Math.min(80, cy + half)]] });
    }
    this.fitted = { scale: this.projection.scale(), translate: this.projection.translate() };
    this.transform = zoomIdentity;
    select(this.canvas).call(this.zoomer.transform, zoomIdentity);
    this.baseDirty = true;
    this.draw();
  }

  private zoomBy(k: number): void { select(this.canvas).call(this.zoomer.scaleBy, k); }

  private schedule(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw());
  }

  private applyTransform(): void {
    const t = this.transform;
    this.projection.scale(this.fitted.scale * t.k).translate([t.x + t.k * this.fitted.translate[0], t.y + t.k * this.fitted.translate[1]]);
  }

  private drawBase(): void {
    const ctx = this.base.getContext('2d')!;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#dde7ef';
    ctx.fillRect(0, 0, this.width, this.height);
    if (!this.map) return;
    const path = geoPath(this.projection, ctx);
    ctx.beginPath(); path(this.map.land); ctx.fillStyle = '#fbfaf6'; ctx.fill();
    // Admin-1 outlines once the view is regional.
    if (this.projection.scale() > 600) {
      if (this.map.admin1) { ctx.beginPath(); path(this.map.admin1); ctx.strokeStyle = '#c9ced4'; ctx.lineWidth = 0.6; ctx.stroke(); }
      else void loadAdmin1().then((a) => { if (this.map) { this.map.admin1 = a; this.baseDirty = true; this.schedule(); } });
    }
    ctx.beginPath(); path(this.map.borders); ctx.strokeStyle = '#8d98a5'; ctx.lineWidth = 0.9; ctx.stroke();
  }

  draw(): void {
    if (this.width === 0) return;
    this.applyTransform();
    if (this.baseDirty) { this.drawBase(); this.baseDirty = false; }
    const ctx = this.canvas.getContext('2d')!;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(this.base, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const shown = this.byRadius.filter((b) => this.shownIds.has(b.id));
    const n = shown.length;
    const xs = new Float32Array(n); const ys = new Float32Array(n); const rs = new Float32Array(n); const us = new Float32Array(n);
    let selectedAt = -1;
    for (let i = 0; i < n; i++) {
      const b = shown[i];
      const p = this.projection([b.lon!, b.lat!]);
      xs[i] = p ? p[0] : -1e6; ys[i] = p ? p[1] : -1e6; rs[i] = pointRadius(b);
      if (b.uncertaintyKm && p) {
        const q = this.projection([b.lon!, Math.min(89, b.lat! + b.uncertaintyKm / KM_PER_DEGREE)]);
        us[i] = q ? Math.abs(p[1] - q[1]) : 0;
      }
      if (b.id === this.selected) selectedAt = i;
    }
    const inView = (i: number, r: number) => xs[i] > -r && ys[i] > -r && xs[i] < this.width + r && ys[i] < this.height + r;
    // One path per colour: a few fills for thousands of points.
    const types = new Uint8Array(n);
    for (let i = 0; i < n; i++) types[i] = typeIndex(shown[i].eventType);
    // Uncertainty circles while they can still be told apart (and always the selected event's).
    let inViewCount = 0;
    for (let i = 0; i < n; i++) if (inView(i, rs[i])) inViewCount++;
    const circles = inViewCount <= MAX_CIRCLES;
    ctx.lineWidth = 1;
    ctx.setLineDash([4, 3]);
    for (let t = 0; t < TYPE_COUNT; t++) {
      ctx.beginPath();
      for (let i = 0; i < n; i++) {
        if (types[i] !== t || us[i] < 4 || !(circles || i === selectedAt) || !inView(i, us[i])) continue;
        ctx.moveTo(xs[i] + us[i], ys[i]); ctx.arc(xs[i], ys[i], us[i], 0, 2 * Math.PI);
      }
      ctx.globalAlpha = 0.06; ctx.fillStyle = colourOf(t); ctx.fill();
      ctx.globalAlpha = 0.45; ctx.strokeStyle = colourOf(t); ctx.stroke();
    }
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
    this.circleNote = circles ? '' : ` · uncertainty circles at ≤ ${num(MAX_CIRCLES)} events in view`;
    // Points as stamped sprites: far cheaper than thousands of paths on a software canvas.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    for (let i = 0; i < n; i++) {
      if (!inView(i, rs[i])) continue;
      const sprite = this.sprite(types[i], rs[i], dpr);
      ctx.drawImage(sprite, Math.round(xs[i] * dpr - sprite.width / 2), Math.round(ys[i] * dpr - sprite.height / 2));
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    if (selectedAt >= 0) {
      ctx.beginPath(); ctx.arc(xs[selectedAt], ys[selectedAt], rs[selectedAt] + 4, 0, 2 * Math.PI);
      ctx.lineWidth = 3; ctx.strokeStyle = '#111111'; ctx.stroke();
    }
    this.hits = { x: xs, y: ys, r: rs, b: shown };
    this.note.textContent = `${this.locatedNote}${this.circleNote}`;
  }

  private readonly sprites = new Map<string, HTMLCanvasElement>();

  /** A point of a type and radius (to the half pixel), drawn once. */
  private sprite(type: number, radius: number, dpr: number): HTMLCanvasElement {
    const r = Math.round(radius * 2) / 2;
    const key = `${type}:${r}:${dpr}`;
    let c = this.sprites.get(key);
    if (!c) {
      c = document.createElement('canvas');
      const size = Math.ceil((r + 1.5) * 2 * dpr);
      c.width = size; c.height = size;
      const g = c.getContext('2d')!;
      g.scale(dpr, dpr);
      g.beginPath(); g.arc(size / dpr / 2, size / dpr / 2, r, 0, 2 * Math.PI);
      g.fillStyle = colourOf(type); g.fill();
      g.lineWidth = 1; g.strokeStyle = '#ffffff'; g.stroke();
      this.sprites.set(key, c);
    }
    return c;
  }

  private hitAt(e: MouseEvent): Brief | null {
    const rect = this.canvas.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    const { x: xs, y: ys, r: rs, b } = this.hits;
    for (let i = b.length - 1; i >= 0; i--) {
      const dx = xs[i] - x; const dy = ys[i] - y; const r = rs[i] + 3;
      if (dx * dx + dy * dy <= r * r) return b[i];
    }
    return null;
  }

  private hover(e: MouseEvent): void {
    const b = this.hitAt(e);
    this.canvas.classList.toggle('pointing', b !== null);
    if (!b) { this.tip.hidden = true; return; }
    const casualties = [b.killed !== null ? `${num(b.killed)} killed` : '', b.wounded !== null ? `${num(b.wounded)} wounded` : '', b.killedOrWounded !== null ? `${num(b.killedOrWounded)} killed or wounded` : ''].filter(Boolean).join(', ');
    this.tip.replaceChildren(
      h('strong', { text: b.best ?? 'no date' }), ` · ${place(b)}`,
      h('div', { text: b.summary }),
      h('div', { class: 'sub', text: `${b.precision}${b.uncertaintyKm ? `, ±${num(b.uncertaintyKm)} km` : ''}${casualties ? ` · ${casualties}` : ''}` }));
    const rect = this.canvas.getBoundingClientRect();
    this.tip.hidden = false;
    this.tip.style.left = `${Math.min(e.clientX - rect.left + 12, rect.width - 280)}px`;
    this.tip.style.top = `${e.clientY - rect.top + 12}px`;
  }
}
