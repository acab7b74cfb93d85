// The events table: sortable columns, only the rows in view are in the page (fixed row height),
// so ten thousand events scroll as smoothly as ten.
import { h } from '../dom.js';
import { num, place } from '../format.js';
import type { Brief } from '../logic/brief.js';
import type { Sort, SortKey } from '../logic/event-filter.js';
import { colourOf, typeIndex } from './colours.js';

const ROW = 34;
const OVERSCAN = 12;

const COLUMNS: { key: SortKey | null; label: string; cls: string }[] = [
  { key: 'date', label: 'Date', cls: 'c-date' },
  { key: 'place', label: 'Place', cls: 'c-place' },
  { key: 'type', label: 'Type', cls: 'c-type' },
  { key: 'killed', label: 'Killed', cls: 'c-num' },
  { key: 'wounded', label: 'Wounded', cls: 'c-num' },
  { key: 'stance', label: 'Source', cls: 'c-stance' },
  { key: 'status', label: 'Status', cls: 'c-status' },
  { key: null, label: 'Summary', cls: 'c-summary' },
];

export interface TableOptions { onSelect(id: number): void; onSort(s: Sort): void }

export class EventTable {
  readonly element: HTMLElement;
  private readonly body = h('tbody');
  private readonly table = h('table', { class: 'data events-table', 'aria-rowcount': 1 });
  private readonly heads: HTMLTableCellElement[] = [];
  private rows: Brief[] = [];
  private selected: number | null = null;
  private frame = 0;

  constructor(private readonly opts: TableOptions, private sort: Sort) {
    const head = h('tr', { 'aria-rowindex': 1 });
    for (const c of COLUMNS) {
      const th = h('th', { scope: 'col', class: c.cls });
      if (c.key) {
        const key = c.key;
        th.appendChild(h('button', { type: 'button', class: 'sort', text: c.label, on: { click: () => this.sortBy(key) } }));
      } else th.textContent = c.label;
      this.heads.push(th);
      head.appendChild(th);
    }
    this.table.append(h('caption', { class: 'visually-hidden', text: 'Events; j and k move, v verifies, r rejects' }), h('thead', {}, head), this.body);
    this.element = h('div', { class: 'table-scroll', tabindex: 0, 'aria-label': 'Events table' }, this.table);
    this.element.addEventListener('scroll', () => this.schedule());
    this.body.addEventListener('click', (e) => {
      const tr = (e.target as HTMLElement).closest('tr');
      const id = Number(tr?.dataset.id);
      if (id) this.opts.onSelect(id);
    });
    this.markSort();
  }

  setRows(rows: Brief[]): void {
    this.rows = rows;
    this.table.setAttribute('aria-rowcount', String(rows.length + 1));
    this.render();
  }

  setSelected(id: number | null): void {
    this.selected = id;
    const i = id === null ? -1 : this.rows.findIndex((r) => r.id === id);
    if (i >= 0) {
      const top = i * ROW;
      const view = this.element;
      const headH = ROW;
      if (top < view.scrollTop) view.scrollTop = top;
      else if (top + ROW > view.scrollTop + view.clientHeight - headH) view.scrollTop = top + ROW - view.clientHeight + headH;
    }
    this.render();
  }

  /** The row after (+1) or before (−1) the selected one. */
  neighbour(step: 1 | -1): number | null {
    if (this.rows.length === 0) return null;
    const i = this.selected === null ? -1 : this.rows.findIndex((r) => r.id === this.selected);
    const j = i < 0 ? (step > 0 ? 0 : this.rows.length - 1) : Math.min(this.rows.length - 1, Math.max(0, i + step));
    return this.rows[j].id;
  }

  /** Redraws one row after its event changed (status, an edit). */
  update(b: Brief): void {
    const i = this.rows.findIndex((r) => r.id === b.id);
    if (i >= 0) { this.rows[i] = b; this.render(); }
  }

  private sortBy(key: SortKey): void {
    this.sort = { key, desc: this.sort.key === key ? !this.sort.desc : key === 'date' || key === 'killed' || key === 'wounded' };
    this.markSort();
    this.opts.onSort(this.sort);
  }

  private markSort(): void {
    COLUMNS.forEach((c, i) => {
      if (c.key === this.sort.key) this.heads[i].setAttribute('aria-sort', this.sort.desc ? 'descending' : 'ascending');
      else this.heads[i].removeAttribute('aria-sort');
    });
  }

  private schedule(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.render());
  }

  private render(): void {
    const view = this.element;
    const height = view.clientHeight || 600;
    const start = Math.max(0, Math.floor(view.scrollTop / ROW) - OVERSCAN);
    const end = Math.min(this.rows.length, Math.ceil((view.scrollTop + height) / ROW) + OVERSCAN);
    const spacer = (n: number) => {
      const tr = h('tr', { class: 'spacer', 'aria-hidden': 'true' }, h('td', { colspan: COLUMNS.length }));
      tr.style.height = `${n * ROW}px`;
      return tr;
    };
    const out: HTMLTableRowElement[] = [];
    if (start > 0) out.push(spacer(start));
    for (let i = start; i < end; i++) out.push(this.row(this.rows[i], i));
    if (end < this.rows.length) out.push(spacer(this.rows.length - end));
    if (this.rows.length === 0) out.push(h('tr', {}, h('td', { colspan: COLUMNS.length, class: 'empty', text: 'No event matches these filters.' })));
    this.body.replaceChildren(...out);
  }

  private row(b: Brief, i: number): HTMLTableRowElement {
    const sel = b.id === this.selected;
    const swatch = h('span', { class: 'type-dot', 'aria-hidden': 'true' });
    swatch.style.background = colourOf(typeIndex(b.eventType));
    return h('tr', { 'data-id': b.id, 'aria-rowindex': i + 2, 'aria-selected': sel ? 'true' : 'false', class: sel ? 'selected' : undefined },
      h('td', { class: 'c-date', text: b.best ?? '—' }),
      h('td', { class: 'c-place', text: place(b), title: place(b) }),
      h('td', { class: 'c-type', title: b.subEventType ?? b.eventType ?? '' }, swatch, b.subEventType ?? b.eventType ?? '—'),
      h('td', { class: 'c-num', text: num(b.killed) }),
      h('td', { class: 'c-num', text: num(b.wounded) }),
      h('td', { class: 'c-stance', text: b.stance }),
      h('td', { class: 'c-status' }, h('span', { class: `badge status-${b.status}`, text: b.status }), b.edited ? h('span', { class: 'edited', title: 'edited by a person', text: ' ✎' }) : null),
      h('td', { class: 'c-summary', text: b.summary, title: b.summary }));
  }
}
