// The audit log on the admin page: every write, newest first, a page at a time; filters by action
// (the actions recorded so far) and by target; each entry's before → after as a collapsible diff.
import { get } from '../api.js';
import { h } from '../dom.js';
import { num, when } from '../format.js';
import { auditDiff, diffSummary } from '../logic/audit.js';
import { href, replaceParams } from '../router.js';
import { errorBox, loadingBox } from '../toast.js';
import type { Panel } from './admin-keys.js';

interface AuditEntry { id: number; at: string; by: string; action: string; target: string; before: unknown; after: unknown }
interface Page { items: AuditEntry[]; total: number; limit: number; offset: number }

const PAGE = 25;

export interface AuditOptions { params: URLSearchParams; whoLabel(by: string): string }

export function auditPanel(o: AuditOptions): Panel & { relabel(): void } {
  let alive = true;
  const state = { action: o.params.get('action') ?? '', target: o.params.get('target') ?? '', offset: Math.max(0, Number(o.params.get('offset')) || 0) };
  let shown: Page | null = null;

  const action = h('select', { id: 'audit-action' }, h('option', { value: '', text: 'all actions' }));
  const target = h('input', { id: 'audit-target', type: 'search', value: state.target, placeholder: 'key:…, event:…, document:…', autocomplete: 'off' });
  const list = h('div', { class: 'audit-list' }, loadingBox('the audit log'));
  const form = h('form', { class: 'toolbar', role: 'search', 'aria-label': 'Filter the audit log' },
    h('label', { for: 'audit-action', text: 'Action' }), action,
    h('label', { for: 'audit-target', text: 'Target' }), target,
    h('button', { type: 'submit', text: 'Filter' }),
    h('button', { type: 'button', class: 'link', text: 'Clear', on: { click: () => { action.value = ''; target.value = ''; set({ action: '', target: '' }); } } }));
  form.addEventListener('submit', (e) => { e.preventDefault(); set({ action: action.value, target: target.value.trim() }); });
  action.addEventListener('change', () => set({ action: action.value, target: target.value.trim() }));
  const element = h('section', { class: 'card admin-audit', 'aria-labelledby': 'audit-title' },
    h('h2', { id: 'audit-title', text: 'Audit log' }),
    h('p', { class: 'hint', text: 'Every write, newest first: when, who (the key, or the command line), what, on what, and the values before and after.' }),
    form, list);

  function set(f: { action: string; target: string }): void {
    Object.assign(state, f, { offset: 0 });
    load();
  }

  function loadActions(): void {
    get<{ items: { action: string; count: number }[] }>('/v1/audit/actions').then((r) => {
      if (!alive) return;
      const names = r.items.map((i) => i.action);
      if (state.action && !names.includes(state.action)) r.items.push({ action: state.action, count: 0 });
      action.replaceChildren(h('option', { value: '', text: 'all actions' }),
        ...r.items.map((i) => h('option', { value: i.action, text: `${i.action} (${num(i.count)})`, selected: i.action === state.action })));
    }, () => undefined); // the log itself reports the failure
  }

  function load(): void {
    replaceParams('admin', { action: state.action || undefined, target: state.target || undefined, offset: state.offset ? String(state.offset) : undefined });
    get<Page>('/v1/audit', { action: state.action, target: state.target, limit: PAGE, offset: state.offset }).then((page) => {
      if (!alive) return;
      shown = page;
      draw();
    }, (e: unknown) => { if (alive) list.replaceChildren(errorBox(e, 'the audit log')); });
  }

  function draw(): void {
    const page = shown;
    if (!page) return;
    if (page.total === 0) { list.replaceChildren(h('p', { class: 'empty', text: state.action || state.target ? 'No entry matches.' : 'Nothing recorded yet.' })); return; }
    const from = page.offset + 1;
    const to = page.offset + page.items.length;
    list.replaceChildren(
      h('table', { class: 'data audit-table' },
        h('caption', { class: 'visually-hidden', text: 'Audit log, newest first' }),
        h('thead', {}, h('tr', {}, ...['When', 'Who', 'Action', 'Target', 'Before → after'].map((t) => h('th', { scope: 'col', text: t })))),
        h('tbody', {}, ...page.items.map(row))),
      h('nav', { class: 'pager', 'aria-label': 'Audit log pages' },
        h('button', { type: 'button', text: '← Newer', disabled: page.offset === 0, on: { click: () => { state.offset = Math.max(0, state.offset - PAGE); load(); } } }),
        h('span', { text: `${num(from)}–${num(to)} of ${num(page.total)}` }),
        h('button', { type: 'button', text: 'Older →', disabled: to >= page.total, on: { click: () => { state.offset += PAGE; load(); } } })));
  }

  function row(x: AuditEntry): HTMLTableRowElement {
    const diff = auditDiff(x.before, x.after);
    const open = targetLink(x.target);
    return h('tr', { 'data-entry': x.id },
      h('td', { class: 'c-when' }, h('time', { datetime: x.at, text: when(x.at) })),
      h('td', { text: o.whoLabel(x.by) }),
      h('td', {}, h('code', { text: x.action })),
      h('td', { class: 'c-target' },
        h('button', { type: 'button', class: 'link', text: shortTarget(x.target), title: `${x.target}: show only its entries`, 'aria-label': `${shortTarget(x.target)}: show only its entries`, on: { click: () => { target.value = x.target; set({ action: '', target: x.target }); action.value = ''; } } }),
        open ? h('a', { href: open, class: 'open-target', text: 'open', 'aria-label': `open ${x.target}` }) : null),
      h('td', { class: 'c-diff' }, diff.length === 0 ? h('span', { class: 'sub', text: 'no details' }) : h('details', {},
        h('summary', { text: diffSummary(diff) }),
        h('table', { class: 'diff' },
          h('thead', {}, h('tr', {}, ...['Field', 'Before', 'After'].map((t) => h('th', { scope: 'col', text: t })))),
          h('tbody', {}, ...diff.map((d) => h('tr', { class: `diff-${d.kind}` },
            h('th', { scope: 'row' }, h('code', { text: d.path })),
            h('td', { text: d.before ?? '—' }),
            h('td', { text: d.after ?? '—' }))))))));
  }

  loadActions();
  load();
  return {
    element,
    reload: () => { loadActions(); load(); },
    relabel: draw,
    destroy: () => { alive = false; },
  };
}

/** A document's hash cut to its first 16 digits (the full target is the button's title and name). */
const shortTarget = (t: string) => t.replace(/^(document:[0-9a-f]{16})[0-9a-f]{48}$/, '$1…');

/** Where a target can be opened in the workbench, if anywhere. */
function targetLink(t: string): string | null {
  const doc = /^document:([0-9a-f]{64})$/.exec(t);
  if (doc) return href(`documents/${doc[1]}`);
  const ev = /^event:(\d+)$/.exec(t);
  if (ev) return href('events', { event: ev[1], status: 'draft,verified,rejected' });
  return null;
}
