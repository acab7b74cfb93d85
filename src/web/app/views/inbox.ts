// Inbox: stored documents with their label, score, events and bank matches; search, label filter,
// paging; add documents by pasting or uploading (.txt, .jsonl).
import { markReady } from '../perf.js';
import { get, sendRaw } from '../api.js';
import { h } from '../dom.js';
import { num, score, when } from '../format.js';
import { href, replaceParams, type Route } from '../router.js';
import { canWrite } from '../session.js';
import { describeError, errorBox, loadingBox, toast } from '../toast.js';
import { bankMatchCell } from './inbox-matches.js';

interface DocumentSummary {
  id: string; title: string | null; names: string[]; published: string | null; chars: number; label: 'propaganda' | 'reporting' | 'other';
  score: number; events: number; analyses: number; updated: string;
}
interface Page<T> { items: T[]; total: number; limit: number; offset: number }
interface IngestOutcome { status: string; documentId: string; events: number }

const PAGE = 50;

export function inboxView(main: HTMLElement, route: Route): () => void {
  const p = route.params;
  const state = { q: p.get('q') ?? '', label: p.get('label') ?? '', offset: Math.max(0, Number(p.get('offset')) || 0) };
  let alive = true;

  const search = h('input', { id: 'inbox-q', type: 'search', value: state.q, placeholder: 'words in the text, title or name' });
  const label = h('select', { id: 'inbox-label' }, ...[['', 'any label'], ['propaganda', 'propaganda'], ['reporting', 'reporting'], ['other', 'other']].map(([v, t]) => h('option', { value: v, text: t, selected: v === state.label })));
  const list = h('div', { class: 'inbox-list' });
  const addPanel = addDocumentsPanel(() => load());
  addPanel.hidden = !canWrite();

  const form = h('form', { class: 'toolbar', role: 'search', 'aria-label': 'Find documents' },
    h('label', { for: 'inbox-q', text: 'Search' }), search,
    h('label', { for: 'inbox-label', text: 'Label' }), label,
    h('button', { type: 'submit', text: 'Find' }));
  form.addEventListener('submit', (e) => { e.preventDefault(); state.q = search.value.trim(); state.offset = 0; load(); });
  label.addEventListener('change', () => { state.label = label.value; state.offset = 0; load(); });

  main.replaceChildren(
    h('div', { class: 'page-head' }, h('h1', { text: 'Inbox' }), h('p', { class: 'hint', text: 'Documents as stored, most recently changed first. Open one to read it in the reduced-exposure view.' })),
    addPanel, form, list);

  function load(): void {
    replaceParams('inbox', { q: state.q || undefined, label: state.label || undefined, offset: state.offset ? String(state.offset) : undefined });
    list.replaceChildren(loadingBox('documents'));
    get<Page<DocumentSummary>>('/v1/documents', { q: state.q, label: state.label, limit: PAGE, offset: state.offset })
      .then((page) => { if (alive) list.replaceChildren(...table(page)); markReady('claimscope:inbox-ready'); })
      .catch((e: unknown) => { if (alive) list.replaceChildren(errorBox(e, 'the documents')); });
  }

  function table(page: Page<DocumentSummary>): HTMLElement[] {
    if (page.total === 0) {
      return [h('div', { class: 'empty' }, h('p', { text: state.q || state.label ? 'No document matches.' : 'No documents yet.' }),
        canWrite() ? h('p', { text: 'Paste or upload one above.' }) : h('p', { text: 'Ingest documents with claimscope ingest, or sign in with an analyst key to add them here.' }))];
    }
    const rows = page.items.map((d) => {
      const name = d.title ?? d.names[0] ?? `${d.id.slice(0, 12)}…`;
      return h('tr', {},
        h('td', {}, h('a', { href: href(`documents/${d.id}`), text: name }), d.title && d.names[0] ? h('div', { class: 'sub', text: d.names[0] }) : null),
        h('td', {}, h('span', { class: `badge label-${d.label}`, text: d.label })),
        h('td', { class: 'num' }, scoreBar(d.score)),
        h('td', { class: 'num' }, d.events > 0 ? h('a', { href: href('events', { document: d.id, status: 'draft,verified,rejected' }), text: num(d.events), 'aria-label': `${d.events} events of ${name}` }) : '0'),
        bankMatchCell(d.id),
        h('td', { text: d.published ?? '—' }),
        h('td', { class: 'sub', text: when(d.updated) }));
    });
    const from = page.offset + 1;
    const to = page.offset + page.items.length;
    const pager = h('nav', { class: 'pager', 'aria-label': 'Pages' },
      h('button', { type: 'button', text: '← Newer', disabled: page.offset === 0, on: { click: () => { state.offset = Math.max(0, state.offset - PAGE); load(); } } }),
      h('span', { text: `${num(from)}–${num(to)} of ${num(page.total)}` }),
      h('button', { type: 'button', text: 'Older →', disabled: to >= page.total, on: { click: () => { state.offset += PAGE; load(); } } }));
    return [h('table', { class: 'data' },
      h('caption', { class: 'visually-hidden', text: 'Documents' }),
      h('thead', {}, h('tr', {}, ...['Document', 'Label', 'Score', 'Events', 'Bank matches', 'Published', 'Updated'].map((t) => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, ...rows)), pager];
  }

  load();
  return () => { alive = false; };
}

function scoreBar(s: number): HTMLElement {
  const bar = h('span', { class: 'score-bar', 'aria-hidden': 'true' }, h('span', { class: 'score-fill' }));
  (bar.firstChild as HTMLElement).style.width = `${Math.round(s * 100)}%`;
  return h('span', { class: 'score', title: 'propaganda score (0–1)' }, bar, h('span', { text: score(s) }));
}

function addDocumentsPanel(onAdded: () => void): HTMLElement {
  const text = h('textarea', { id: 'paste-text', rows: 8, spellcheck: 'false', placeholder: 'Paste the text of a document here' });
  const title = h('input', { id: 'paste-title', type: 'text', maxlength: 500 });
  const published = h('input', { id: 'paste-published', type: 'date', 'aria-describedby': 'published-help' });
  const file = h('input', { id: 'upload-file', type: 'file', accept: '.txt,.jsonl,text/plain,application/x-ndjson' });
  const status = h('p', { class: 'form-status', role: 'status' });
  const submit = h('button', { type: 'submit', class: 'primary', text: 'Analyse and store' });
  const form = h('form', { class: 'add-form' },
    h('div', { class: 'field wide' }, h('label', { for: 'paste-text', text: 'Document text' }), text),
    h('div', { class: 'field' }, h('label', { for: 'paste-title', text: 'Title (optional)' }), title),
    h('div', { class: 'field' }, h('label', { for: 'paste-published', text: 'Published (optional)' }), published,
      h('span', { id: 'published-help', class: 'hint', text: 'Fixes the year of Hijri dates and "yesterday".' })),
    h('div', { class: 'field' }, h('label', { for: 'upload-file', text: 'Or upload a file (.txt, or .jsonl: one {"text"} a line)' }), file),
    h('div', { class: 'actions' }, submit, status));

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = file.files?.[0];
    submit.disabled = true;
    status.textContent = 'Analysing…';
    const q = { published: published.value || undefined, title: title.value.trim() || undefined };
    const sent = chosen
      ? chosen.text().then((body) => chosen.name.endsWith('.jsonl')
        ? sendRaw<{ summary: { documents: number; new: number; failed: number } }>('/v1/documents', { published: q.published }, body, 'application/x-ndjson')
          .then((r) => { toast(`${r.summary.documents} documents read: ${r.summary.new} new, ${r.summary.failed} failed`); onAdded(); })
        : sendRaw<{ document: IngestOutcome }>('/v1/documents', { ...q, name: chosen.name }, body, 'text/plain').then((r) => opened(r.document)))
      : text.value.trim() === ''
        ? Promise.reject(new Error('Paste a text or choose a file first.'))
        : sendRaw<{ document: IngestOutcome }>('/v1/documents', q, text.value, 'text/plain').then((r) => opened(r.document));
    sent.then(() => { status.textContent = ''; form.reset(); }, (err: unknown) => { status.textContent = describeError(err); })
      .finally(() => { submit.disabled = false; });
  });

  const opened = (d: IngestOutcome) => {
    toast(d.status === 'unchanged' ? 'Already stored: opening it.' : `Stored: ${d.events} events found.`);
    location.hash = href(`documents/${d.documentId}`);
  };

  return h('details', { class: 'card add-documents' }, h('summary', { text: 'Add documents: paste or upload' }), form);
}
