// A document's analysis history (pipeline fingerprint, when, by whom, the publication date used,
// events; the latest marked), re-analysis through the API (analyst and admin keys), and what the
// latest re-analysis did to the reviewed events of the analysis before it.
import type { StoredEvent } from '../../../store/store.js';
import { get, send } from '../api.js';
import { h } from '../dom.js';
import { num, shortHash, when } from '../format.js';
import { whoLabel } from '../logic/audit.js';
import { kept, latestPair, reviewOutcome, type AnalysisSummary, type Carried, type ReviewedEvent } from '../logic/reanalysis.js';
import { href } from '../router.js';
import { canWrite, session } from '../session.js';
import { describeError, errorBox, loadingBox, toast } from '../toast.js';

interface Outcome { status: 'new' | 'unchanged' | 'reanalysed'; analysisId: number; events: number }

export interface AnalysesCardOptions {
  documentId: string;
  published: string | null;
  analyses: AnalysisSummary[];
  /** A new analysis was stored: the view reloads. */
  onReanalysed(): void;
}

const by = (who: string) => {
  const me = session()?.key;
  return me && who === `key:${me.id}` ? `you (${me.name || me.id})` : whoLabel(who, []);
};
const eventLink = (id: number, text: string) => h('a', { href: href('events', { event: String(id), status: 'draft,verified,rejected' }), text });
const status = (s: string) => h('span', { class: `badge status-${s}`, text: s });

export function analysesCard(o: AnalysesCardOptions): HTMLElement {
  const list = [...o.analyses].sort((a, b) => b.id - a.id);
  const rows = list.map((a) => h('tr', { class: a.latest ? 'latest' : undefined, 'data-analysis': a.id },
    h('td', {}, `#${a.id}`, a.latest ? h('span', { class: 'badge latest-badge', text: 'latest' }) : null),
    h('td', { class: 'c-when' }, h('time', { datetime: a.created, text: when(a.created) }), h('div', { class: 'sub', text: `by ${by(a.by)}` })),
    h('td', { text: a.published ?? 'none' }),
    h('td', {}, h('code', { title: a.pipeline, text: shortHash(a.pipeline.replace(/^sha256:/, ''), 10) })),
    h('td', { class: 'num', text: num(a.events) })));
  const carried = h('div', { class: 'carried' });
  const pair = latestPair(o.analyses);
  if (pair) void showCarried(carried, pair.latest, pair.previous);
  return h('section', { class: 'card analyses-card', 'aria-labelledby': 'analyses-title' },
    h('h2', { id: 'analyses-title', text: `Analyses (${o.analyses.length})` }),
    canWrite() ? reanalyseForm(o) : h('p', { class: 'hint', text: 'Re-analysis needs an analyst key.' }),
    h('table', { class: 'data analyses-table' },
      h('caption', { class: 'visually-hidden', text: 'Analyses of this document, newest first' }),
      h('thead', {}, h('tr', {}, ...['Analysis', 'When, by whom', 'Published', 'Pipeline', 'Events'].map((t, i) => h('th', { scope: 'col', class: i === 4 ? 'c-num' : undefined, text: t })))),
      h('tbody', {}, ...rows)),
    carried);
}

function reanalyseForm(o: AnalysesCardOptions): HTMLElement {
  const date = h('input', { id: 'reanalyse-published', type: 'date', value: o.published ?? '', 'aria-describedby': 'reanalyse-help' });
  const submit = h('button', { type: 'submit', class: 'primary', text: 'Re-analyse' });
  const out = h('p', { class: 'form-status', role: 'status' });
  const form = h('form', { class: 'reanalyse' },
    h('div', { class: 'inline-form' }, h('label', { for: 'reanalyse-published', text: 'Publication date' }), date, submit),
    h('p', { id: 'reanalyse-help', class: 'hint', text: 'Runs the engine on this text again. The same engine with the same date stores nothing new; another date or a new engine version makes a new analysis, and each reviewed event passes its status and edits to the new event at the same span.' }),
    out);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit.disabled = true;
    out.textContent = 'Analysing…';
    send<{ document: Outcome }>('POST', `/v1/documents/${o.documentId}/analyses`, { published: date.value || null }).then(({ data }) => {
      const d = data.document;
      if (d.status === 'unchanged') {
        out.textContent = `Nothing new: this engine already analysed the text with ${date.value ? `publication date ${date.value}` : 'no publication date'} (analysis #${d.analysisId}). Choose another date to re-analyse.`;
        return;
      }
      toast(`Re-analysed: analysis #${d.analysisId}, ${d.events} events.`);
      o.onReanalysed();
    }, (err: unknown) => { out.textContent = describeError(err); }).finally(() => { submit.disabled = false; });
  });
  return form;
}

async function showCarried(box: HTMLElement, latest: AnalysisSummary, previous: AnalysisSummary): Promise<void> {
  box.replaceChildren(loadingBox('the carried reviews'));
  try {
    const [carried, prev] = await Promise.all([
      get<{ items: Carried[] }>(`/v1/analyses/${latest.id}/carried`),
      get<{ reviewed: StoredEvent[] }>(`/v1/analyses/${previous.id}`),
    ]);
    const outcome = reviewOutcome(prev.reviewed.map((e): ReviewedEvent => ({ id: e.id, status: e.status, edited: e.edited, summary: e.event.summary })), carried.items);
    box.replaceChildren(h('h3', { text: `Reviews carried from #${previous.id} to #${latest.id}` }),
      outcome.carried.length === 0
        ? h('p', { class: 'hint', text: `Analysis #${previous.id} had no reviewed event (verified, rejected or edited) at the span of an event of #${latest.id}.` })
        : h('ul', { class: 'carried-list' }, ...outcome.carried.map((c) => h('li', { 'data-event': c.eventId },
          status(c.carried.status), kept(c) ? ' kept: ' : ' carried, now ', kept(c) ? null : status(c.status), kept(c) ? null : ': ',
          eventLink(c.eventId, c.summary),
          h('div', { class: 'sub' }, `event ${c.eventId}${c.from !== null ? ` took over from event ${c.from}` : ''}`,
            c.carried.edited.length ? ` · edits kept: ${c.carried.edited.join(', ')}` : '')))),
      ...(outcome.notCarried.length === 0 ? [] : [h('div', { class: 'not-carried' },
        h('p', { class: 'hint', text: `${outcome.notCarried.length} reviewed ${outcome.notCarried.length === 1 ? 'event' : 'events'} of #${previous.id} had no event at the same span in #${latest.id}; ${outcome.notCarried.length === 1 ? 'it stays' : 'they stay'} in the history:` }),
        h('ul', { class: 'plain' }, ...outcome.notCarried.map((e) => h('li', {}, status(e.status), ' ', eventLink(e.id, e.summary)))))]));
  } catch (e) {
    box.replaceChildren(errorBox(e, 'the carried reviews'));
  }
}
