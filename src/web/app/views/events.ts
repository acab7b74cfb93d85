// Events: filters, map, timeline and table over every current event's brief, narrowed together in
// the browser (free text by the server); the selected event in full beside them; review keys;
// exports of exactly what the filter shows.
import { markReady } from '../perf.js';
import type { StoredEvent } from '../../../store/store.js';
import { get, getText, send } from '../api.js';
import { h } from '../dom.js';
import { onExposureChange } from '../exposure.js';
import { num } from '../format.js';
import { briefOfStored, toBriefs, type Brief, type BriefPage } from '../logic/brief.js';
import { DEFAULT_STATUSES, filterFromParams, filterToParams, matches, sortBriefs, STATUSES, withoutDates, type EventFilter, type Sort, type Status } from '../logic/event-filter.js';
import { KEY_HELP, keyAction } from '../logic/keyboard.js';
import { replaceParams, type Route } from '../router.js';
import { canWrite } from '../session.js';
import { describeError, errorBox, loadingBox, toast } from '../toast.js';
import { colourOf, labelOf, TYPE_COUNT, TYPES, GTD_ATTACK_TYPES } from '../events/colours.js';
import { EventTable } from '../events/event-table.js';
import { MapView } from '../events/map-view.js';
import { Timeline } from '../events/timeline.js';
import { detailError, loadEvent, renderDetail, type LoadedEvent, type ReviewVerb } from './event-detail.js';
import { editForm } from './event-edit.js';

const EXPORTS = [['acled-csv', 'ACLED CSV'], ['geojson', 'GeoJSON'], ['jsonl', 'JSON Lines']] as const;

export function eventsView(main: HTMLElement, route: Route): () => void {
  let alive = true;
  let filter: EventFilter = filterFromParams(route.params);
  let sort: Sort = { key: 'date', desc: true };
  let all: Brief[] = [];
  let ids: Set<number> | null = null;
  let selected: number | null = Number(route.params.get('event')) || null;
  let loaded: LoadedEvent | null = null;
  let editing = false;
  let qSeq = 0;

  const count = h('p', { class: 'count', role: 'status', 'aria-live': 'polite' });
  const detail = h('aside', { class: 'detail card', 'aria-labelledby': 'detail-title', tabindex: -1 });
  const table = new EventTable({ onSelect: (id) => choose(id), onSort: (s) => { sort = s; sorted = null; apply(); } }, sort);
  const map = new MapView({ onSelect: (id) => choose(id) });
  const timeline = new Timeline({ onBrush: (r) => { filter = { ...filter, from: r?.from, to: r?.to }; syncInputs(); apply(); } });
  const bar = filterBar();
  const help = keyHelp();

  main.replaceChildren(loadingBox('events'));
  main.classList.add('wide');

  get<BriefPage>('/v1/events/brief')
    .then((page) => {
      if (!alive) return;
      all = toBriefs(page);
      if (page.total > all.length) toast(`Showing the newest ${num(all.length)} of ${num(page.total)} events.`, 'error');
      main.replaceChildren(
        h('div', { class: 'events-head' }, h('h1', { text: 'Events' }), count, exportButtons()),
        bar.element,
        h('div', { class: 'events-layout' },
          h('div', { class: 'events-main' },
            h('section', { class: 'card map-card', 'aria-label': 'Map' }, map.element, legend()),
            h('section', { class: 'card timeline-card', 'aria-label': 'Timeline' }, timeline.element),
            h('section', { class: 'card table-card', 'aria-label': 'Events table' }, table.element)),
          detail),
        help);
      fillOptions();
      timeline.setDomain(all);
      map.setData(all, false);
      if (filter.q) void searchText(filter.q).then(() => map.fit(shownNow)); else { apply(); map.fit(shownNow); }
      timeline.setRange(filter);
      showDetail();
      markReady('claimscope:events-ready');
    })
    .catch((e: unknown) => { if (alive) main.replaceChildren(errorBox(e, 'the events')); });

  /** Narrows the table, the map and the timeline to the filter: synchronously, measured. */
  // Sorted once per order or data change: filtering keeps the order.
  let sorted: Brief[] | null = null;
  let shownNow: Brief[] = [];
  function apply(): void {
    const t0 = performance.now();
    sorted ??= sortBriefs(all, sort);
    const undated = withoutDates(filter);
    const forTimeline = sorted.filter((b) => matches(b, undated, ids));
    const shown = filter.from || filter.to ? forTimeline.filter((b) => matches(b, filter, ids)) : forTimeline;
    shownNow = shown;
    table.setRows(shown);
    table.setSelected(selected);
    map.setVisible(shown);
    timeline.setData(forTimeline);
    count.textContent = `${num(shown.length)} of ${num(all.length)} events`;
    replaceParams('events', { ...filterToParams(filter), event: selected ? String(selected) : undefined });
    performance.measure('claimscope:filter', { start: t0, end: performance.now() });
  }

  function searchText(q: string): Promise<void> {
    const seq = ++qSeq;
    if (!q) { ids = null; apply(); return Promise.resolve(); }
    return get<BriefPage>('/v1/events/brief', { q, status: STATUSES.join(',') }).then((page) => {
      if (seq !== qSeq || !alive) return;
      ids = new Set(toBriefs(page).map((b) => b.id));
      apply();
    }, (e: unknown) => toast(describeError(e), 'error'));
  }

  function choose(id: number | null): void {
    selected = id;
    editing = false;
    table.setSelected(id);
    map.setSelected(id);
    replaceParams('events', { ...filterToParams(filter), event: id ? String(id) : undefined });
    showDetail();
  }

  function showDetail(): void {
    if (selected === null) {
      detail.replaceChildren(h('h2', { id: 'detail-title', text: 'No event selected' }),
        h('p', { class: 'hint', text: 'Choose an event in the table or on the map, or press j. Press ? for the review keys.' }));
      return;
    }
    const id = selected;
    detail.replaceChildren(loadingBox(`event ${id}`));
    loadEvent(id).then((ev) => { if (alive && selected === id) { loaded = ev; drawDetail(); } }, (e: unknown) => { if (selected === id) detailError(detail, e); });
  }

  function drawDetail(): void {
    if (!loaded) return;
    if (editing) {
      detail.replaceChildren(h('h2', { id: 'detail-title', text: `Edit event ${loaded.stored.id}` }), editForm(loaded.stored, (updated) => {
        editing = false;
        if (updated) { toast('Saved.'); changed(updated); } else drawDetail();
      }));
      detail.querySelector<HTMLElement>('textarea, input')?.focus();
      return;
    }
    renderDetail(detail, loaded, { review, edit: () => { if (canWrite()) { editing = true; drawDetail(); } }, filterActor: (name) => setActor(name) });
  }

  function review(verb: ReviewVerb): void {
    if (!loaded || !canWrite()) { if (!canWrite()) toast('Reviewing needs an analyst key.', 'error'); return; }
    const id = loaded.stored.id;
    send<StoredEvent>('POST', `/v1/events/${id}/${verb}`, {}, { 'if-match': `"${loaded.stored.version}"` })
      .then((r) => { toast(`Event ${id}: ${r.data.status}.`); changed(r.data); }, (e: unknown) => toast(describeError(e), 'error'));
  }

  /** An event changed on the server: its brief, the views and the detail follow. */
  function changed(s: StoredEvent): void {
    const i = all.findIndex((b) => b.id === s.id);
    if (i >= 0) {
      all[i] = briefOfStored(s);
      sorted = null;
      map.setData(all, false);
    }
    apply();
    if (selected === s.id) showDetail();
  }

  function onKey(e: KeyboardEvent): void {
    const action = keyAction({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, target: e.target as HTMLElement | null });
    if (!action) return;
    if (editing && action !== 'close') return;
    e.preventDefault();
    switch (action) {
      case 'next': case 'prev': { const id = table.neighbour(action === 'next' ? 1 : -1); if (id !== null) choose(id); break; }
      case 'verify': case 'reject': case 'reopen': review(action); break;
      case 'edit': if (loaded && canWrite()) { editing = true; drawDetail(); } break;
      case 'search': bar.search.focus(); break;
      case 'help': help.hidden = !help.hidden; break;
      case 'close': if (editing) { editing = false; drawDetail(); } else help.hidden = true; break;
    }
  }
  document.addEventListener('keydown', onKey);
  const offExposure = onExposureChange(() => { if (loaded && !editing) drawDetail(); });

  // ---- the parts

  function filterBar() {
    const search = h('input', { id: 'ev-q', type: 'search', value: filter.q ?? '', placeholder: 'place, actor, words…' });
    const country = h('select', { id: 'ev-country' });
    const admin1 = h('select', { id: 'ev-admin1' });
    const type = h('select', { id: 'ev-type' });
    const actor = h('input', { id: 'ev-actor', type: 'search', value: filter.actor ?? '', placeholder: 'part of a name', autocomplete: 'off' });
    const from = h('input', { id: 'ev-from', type: 'date', value: filter.from ?? '' });
    const to = h('input', { id: 'ev-to', type: 'date', value: filter.to ?? '' });
    const statuses = STATUSES.map((s) => {
      const box = h('input', { type: 'checkbox', id: `ev-status-${s}`, value: s, checked: filter.status.includes(s) });
      box.addEventListener('change', () => { filter = { ...filter, status: statuses.filter((x) => x.box.checked).map((x) => x.status) }; apply(); });
      return { status: s as Status, box, label: h('label', { for: `ev-status-${s}`, class: 'check' }, box, ` ${s}`) };
    });
    const form = h('form', { class: 'filters card', role: 'search', 'aria-label': 'Filter events' },
      h('div', { class: 'field' }, h('label', { for: 'ev-q', text: 'Search' }), search),
      h('div', { class: 'field' }, h('label', { for: 'ev-country', text: 'Country' }), country),
      h('div', { class: 'field' }, h('label', { for: 'ev-admin1', text: 'Admin-1' }), admin1),
      h('div', { class: 'field' }, h('label', { for: 'ev-type', text: 'Type' }), type),
      h('div', { class: 'field' }, h('label', { for: 'ev-actor', text: 'Actor' }), actor),
      h('div', { class: 'field' }, h('label', { for: 'ev-from', text: 'From' }), from),
      h('div', { class: 'field' }, h('label', { for: 'ev-to', text: 'To' }), to),
      h('fieldset', { class: 'statuses' }, h('legend', { text: 'Status' }), ...statuses.map((s) => s.label)),
      h('div', { class: 'field buttons' }, h('button', { type: 'submit', text: 'Search' }), h('button', { type: 'button', class: 'link', text: 'Clear filters', on: { click: () => clear() } })));
    form.addEventListener('submit', (e) => { e.preventDefault(); filter = { ...filter, q: search.value.trim() || undefined, actor: actor.value.trim() || undefined }; void searchText(filter.q ?? ''); });
    country.addEventListener('change', () => { filter = { ...filter, country: country.value || undefined, admin1: undefined }; fillAdmin1(); apply(); });
    admin1.addEventListener('change', () => { filter = { ...filter, admin1: admin1.value || undefined }; apply(); });
    type.addEventListener('change', () => { filter = { ...filter, type: type.value || undefined }; apply(); });
    // Typing narrows as it goes, a moment after the last key; leaving the field or Enter at once.
    let typing = 0;
    actor.addEventListener('input', () => { window.clearTimeout(typing); typing = window.setTimeout(() => setActor(actor.value), 150); });
    actor.addEventListener('change', () => { window.clearTimeout(typing); setActor(actor.value); });
    for (const input of [from, to]) input.addEventListener('change', () => { filter = { ...filter, from: from.value || undefined, to: to.value || undefined }; timeline.setRange(filter); apply(); });
    const clear = () => {
      filter = { status: DEFAULT_STATUSES, document: undefined };
      search.value = ''; actor.value = ''; ids = null; qSeq++;
      for (const s of statuses) s.box.checked = filter.status.includes(s.status);
      fillOptions(); syncInputs(); timeline.setRange(null); apply();
    };
    return { element: form, search, country, admin1, type, actor, from, to };
  }

  function setActor(value: string): void {
    const next = value.trim() || undefined;
    if (bar.actor.value !== value) bar.actor.value = value;
    if (next === filter.actor) return;
    filter = { ...filter, actor: next };
    apply();
  }

  function syncInputs(): void { bar.from.value = filter.from ?? ''; bar.to.value = filter.to ?? ''; }

  function fillOptions(): void {
    const countries = [...new Set(all.map((b) => b.country).filter((c): c is string => !!c))].sort();
    bar.country.replaceChildren(h('option', { value: '', text: 'all' }), ...countries.map((c) => h('option', { value: c, text: c, selected: c === filter.country })));
    const present = new Set(all.flatMap((b) => [b.eventType, b.subEventType, b.attackType]));
    bar.type.replaceChildren(h('option', { value: '', text: 'all' }),
      ...TYPES.filter((t) => present.has(t.type)).map((t) => h('optgroup', { label: 'ACLED' }, h('option', { value: t.type, text: t.type, selected: t.type === filter.type }),
        ...t.subTypes.filter((s) => present.has(s)).map((s) => h('option', { value: s, text: `  ${s}`, selected: s === filter.type })))),
      h('optgroup', { label: 'GTD attack type' }, ...GTD_ATTACK_TYPES.filter((g) => present.has(g)).map((g) => h('option', { value: g, text: g, selected: g === filter.type }))));
    fillAdmin1();
    if (filter.document) bar.element.prepend(h('p', { class: 'doc-filter' }, 'Events of one document. ', h('button', { type: 'button', class: 'link', text: 'Show all documents', on: { click: () => { filter = { ...filter, document: undefined }; (bar.element.querySelector('.doc-filter') as HTMLElement | null)?.remove(); apply(); } } })));
  }

  function fillAdmin1(): void {
    const names = [...new Set(all.filter((b) => !filter.country || b.country === filter.country).map((b) => b.admin1).filter((a): a is string => !!a))].sort();
    bar.admin1.replaceChildren(h('option', { value: '', text: 'all' }), ...names.map((a) => h('option', { value: a, text: a, selected: a === filter.admin1 })));
    bar.admin1.disabled = names.length === 0;
  }

  function legend(): HTMLElement {
    const items = [];
    for (let i = 0; i < TYPE_COUNT; i++) {
      const dot = h('span', { class: 'type-dot', 'aria-hidden': 'true' });
      dot.style.background = colourOf(i);
      items.push(h('li', {}, dot, labelOf(i)));
    }
    return h('div', { class: 'map-legend' }, h('ul', { 'aria-label': 'Colours by event type' }, ...items),
      h('p', { class: 'sub', text: 'Point size: casualties (best figures). Dashed circle: location uncertainty.' }));
  }

  function exportButtons(): HTMLElement {
    return h('div', { class: 'exports', role: 'group', 'aria-label': 'Export the events shown' }, h('span', { class: 'sub', text: 'Export:' }),
      ...EXPORTS.map(([format, label]) => h('button', { type: 'button', text: label, 'data-format': format, on: { click: () => download(format) } })));
  }

  function download(format: string): void {
    getText('/v1/export', { format, ...filterToParams(filter) }).then((r) => {
      const url = URL.createObjectURL(new Blob([r.text], { type: r.type }));
      const a = h('a', { href: url, download: r.filename ?? `claimscope-events.${format}` });
      document.body.appendChild(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }, (e: unknown) => toast(describeError(e), 'error'));
  }

  function keyHelp(): HTMLElement {
    return h('div', { class: 'key-help card', role: 'dialog', 'aria-label': 'Review keys', hidden: true },
      h('h2', { text: 'Review keys' }), h('dl', { class: 'fields' }, ...KEY_HELP.flatMap(([k, what]) => [h('dt', {}, h('kbd', { text: k })), h('dd', { text: what })])),
      h('p', { class: 'hint', text: 'Press ? or Esc to close.' }));
  }

  return () => {
    alive = false;
    main.classList.remove('wide');
    document.removeEventListener('keydown', onKey);
    offExposure();
    map.destroy();
    timeline.destroy();
  };
}
