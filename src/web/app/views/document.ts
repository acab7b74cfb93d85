// One document: its text (reduced-exposure view by default) with signal and event spans
// highlighted, the assessment with its statement of reasons (each signal's spans one click away),
// its events, its analyses (with re-analysis), bank matches, fingerprints and issues.
import { markReady } from '../perf.js';
import type { AnalysisResult, AssessmentSignal } from '../../../core/types.js';
import type { StoredEvent } from '../../../store/store.js';
import { get, send } from '../api.js';
import { fields, h } from '../dom.js';
import { exposureBanner, isReduced, neutralReading, onExposureChange, type NeutralReading } from '../exposure.js';
import { dateRange, num, place, score, shortHash, when } from '../format.js';
import type { Mark } from '../logic/highlight.js';
import { href } from '../router.js';
import { canWrite } from '../session.js';
import { drawText, reveal, type DrawnText } from '../text-view.js';
import { describeError, errorBox, loadingBox, toast } from '../toast.js';
import { describeMatches } from './inbox-matches.js';
import { analysesCard } from './document-analyses.js';
import type { AnalysisSummary } from '../logic/reanalysis.js';

interface DocumentDetail { id: string; title: string | null; names: string[]; published: string | null; chars: number; language: string; label: string; score: number; analyses: number; text: string; ingested: string }
interface Detail { document: DocumentDetail; analysis: { id: number; created: string; pipeline: string; result: AnalysisResult; reviewed: StoredEvent[] }; analyses: AnalysisSummary[] }
interface Match { bank: string; item: string; signal: string; verdict: 'strong' | 'review'; similarity?: number; distance?: number }

export function documentView(main: HTMLElement, id: string): () => void {
  let alive = true;
  main.replaceChildren(loadingBox('the document'));
  const cleanups: (() => void)[] = [];
  const release = () => { for (const c of cleanups.splice(0)) c(); };
  const load = () => Promise.all([get<Detail>(`/v1/documents/${id}`), neutralReading(id).catch((e: unknown) => e)])
    .then(([detail, neutral]) => {
      if (!alive) return;
      if (neutral instanceof Error) toast(`The neutral reading could not be loaded, so the text is hidden: ${describeError(neutral)}`, 'error');
      release();
      render(main, detail, neutral instanceof Error ? null : (neutral as NeutralReading), cleanups, () => void load());
      markReady('claimscope:document-ready');
    })
    .catch((e: unknown) => { if (alive) main.replaceChildren(errorBox(e, 'the document')); });
  void load();
  return () => { alive = false; release(); };
}

/** Spans over a sentence long (the roundup form, an unattributed claim) are underlined, not filled. */
const LONG_SPAN = 80;

function signalMarks(list: AssessmentSignal[], kind: string): Mark[] {
  return list.flatMap((s) => s.spans.map((sp, i) => ({ ...sp, kind: sp.end - sp.start > LONG_SPAN ? `${kind}-long` : kind, key: `${kind}:${s.code}:${i}` })));
}

function render(main: HTMLElement, d: Detail, neutral: NeutralReading | null, cleanups: (() => void)[], reload: () => void): void {
  const doc = d.document;
  const result = d.analysis.result;
  const a = result.assessment;
  const events = d.analysis.reviewed;
  const layers = { signal: true, counter: true, event: true };
  const marks = (): Mark[] => [
    ...(layers.event ? events.map((e) => ({ ...e.event.span, kind: 'event', key: `event:${e.id}` })) : []),
    ...(layers.signal ? signalMarks(a.signals, 'signal') : []),
    ...(layers.counter ? signalMarks(a.counterSignals, 'counter') : []),
  ];

  const textBox = h('section', { class: 'card text-card', 'aria-label': 'Document text' });
  let drawn: DrawnText | null = null;
  const draw = () => {
    // Without the neutral reading, the original is shown only when the analyst has asked for it.
    if (isReduced() && !neutral) {
      textBox.replaceChildren(h('p', { class: 'hint', text: 'The reduced-exposure reading is not available; turn the view off to read the original wording.' }));
      drawn = null;
      return;
    }
    drawn = drawText({ original: doc.text, neutral }, marks(), isReduced());
    textBox.replaceChildren(legend(), drawn.element);
  };
  const legend = () => h('div', { class: 'legend', role: 'group', 'aria-label': 'Highlights' },
    ...([['signal', 'Propaganda signals'], ['counter', 'Reporting signals'], ['event', 'Incidents']] as const).map(([k, label]) => {
      const box = h('input', { type: 'checkbox', id: `layer-${k}`, checked: layers[k] });
      box.addEventListener('change', () => { layers[k] = box.checked; draw(); });
      return h('label', { for: `layer-${k}`, class: `layer layer-${k}` }, box, h('span', { class: 'swatch', 'aria-hidden': 'true' }), ` ${label}`);
    }),
    isReduced() && neutral ? h('span', { class: 'layer layer-neutral' }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), ' Neutral rendering') : null);
  const goTo = (key: string) => {
    if (!drawn) return;
    const el = drawn.first.get(key);
    if (!el) { toast('That span is hidden: turn its highlight layer on.', 'error'); return; }
    reveal(el);
  };
  cleanups.push(onExposureChange(draw));
  draw();

  const name = doc.title ?? doc.names[0] ?? shortHash(doc.id);
  const head = h('div', { class: 'page-head doc-head' },
    h('p', { class: 'crumbs' }, h('a', { href: '#/inbox', text: 'Inbox' }), ' / document'),
    h('h1', { text: name }),
    h('p', { class: 'meta' },
      h('span', { class: `badge label-${a.label}`, text: a.label }), ` score ${score(a.score)} · published ${doc.published ?? 'unknown'} · ${num(doc.chars)} characters · ${doc.language} · `,
      h('a', { href: href('events', { document: doc.id, status: 'draft,verified,rejected' }), text: `${events.length} events on the map` }),
      ` · analysed ${when(d.analysis.created)} (${d.document.analyses} analyses)`));

  const side = h('div', { class: 'doc-side' },
    assessmentCard(result, goTo), eventsCard(events, goTo),
    analysesCard({ documentId: doc.id, published: doc.published, analyses: d.analyses, onReanalysed: reload }),
    matchesCard(doc.id), fingerprintsCard(result), issuesCard(result));
  main.replaceChildren(head, exposureBanner('exposure-doc'), h('div', { class: 'doc-layout' }, textBox, side));
}

function signalList(title: string, list: AssessmentSignal[], kind: string, goTo: (k: string) => void): HTMLElement {
  if (list.length === 0) return h('p', { class: 'hint', text: `${title}: none.` });
  return h('div', {}, h('h3', { text: title }), h('ul', { class: `signals signals-${kind}` }, ...list.map((s) => h('li', {},
    h('div', { class: 'signal-head' }, h('code', { text: s.code }), h('span', { class: 'weight', text: `weight ${s.weight} · ${s.count}×` })),
    h('p', { text: s.description }),
    h('div', { class: 'spans' }, 'spans: ', ...s.spans.map((_, i) => h('button', { type: 'button', class: 'chip', text: String(i + 1), 'aria-label': `show span ${i + 1} of ${s.code}`, on: { click: () => goTo(`${kind}:${s.code}:${i}`) } })),
      s.count > s.spans.length ? h('span', { class: 'hint', text: ` (first ${s.spans.length} of ${s.count})` }) : null)))));
}

function assessmentCard(r: AnalysisResult, goTo: (k: string) => void): HTMLElement {
  const a = r.assessment;
  const sor = a.statementOfReasons;
  return h('section', { class: 'card', 'aria-labelledby': 'assessment-title' },
    h('h2', { id: 'assessment-title', text: 'Assessment' }),
    h('p', { class: 'assessment-line' }, h('span', { class: `badge label-${a.label}`, text: a.label }), ` score ${score(a.score)} · recommended: ${a.recommendedAction === 'review' ? 'review by a person' : 'no action'}`),
    h('h3', { text: 'Statement of reasons' }),
    fields([
      ['Facts', sor.facts], ['Proposed action', sor.proposedAction], ['Ground', sor.ground],
      ['Automated detection', sor.automatedDetection ? 'yes' : 'no'], ['Automated decision', sor.automatedDecision ? 'yes' : 'no (a person decides)'], ['Redress', sor.redress],
    ], 'fields stacked'),
    signalList('Propaganda signals', a.signals, 'signal', goTo),
    signalList('Reporting and research signals', a.counterSignals, 'counter', goTo));
}

function eventsCard(events: StoredEvent[], goTo: (k: string) => void): HTMLElement {
  return h('section', { class: 'card', 'aria-labelledby': 'doc-events-title' },
    h('h2', { id: 'doc-events-title', text: `Events (${events.length})` }),
    events.length === 0 ? h('p', { class: 'hint', text: 'No incident was found in this document.' }) : h('ol', { class: 'doc-events' }, ...events.map((s) => {
      const e = s.event;
      return h('li', {},
        h('span', { class: `badge status-${s.status}`, text: s.status }), ' ',
        h('a', { href: href('events', { document: s.documentId, status: 'draft,verified,rejected', event: String(s.id) }), text: e.summary }),
        h('div', { class: 'sub' }, `${dateRange(e.date.best, e.date.earliest, e.date.latest)} · ${place({ place: e.location.name, admin1: e.location.admin1, country: e.location.country })} `,
          h('button', { type: 'button', class: 'link', text: 'show in text', on: { click: () => goTo(`event:${s.id}`) } })));
    })));
}

function matchesCard(id: string): HTMLElement {
  const body = h('div', {}, loadingBox('bank matches'));
  const card = h('section', { class: 'card', 'aria-labelledby': 'matches-title' }, h('h2', { id: 'matches-title', text: 'Bank matches' }), body);
  const load = () => get<{ matches: Match[]; suppressed: Match[]; allowedBy: Match[] }>(`/v1/documents/${id}/matches`).then((r) => {
    const d = describeMatches(r);
    const row = (m: Match) => h('li', {}, h('code', { text: `${m.bank} / ${m.item}` }), ` ${m.signal} ${m.similarity !== undefined ? `similarity ${m.similarity.toFixed(2)}` : m.distance !== undefined ? `distance ${m.distance}` : ''} `, h('span', { class: `match match-${m.verdict}`, text: m.verdict }));
    body.replaceChildren(h('p', { text: `Block banks: ${d.text}.` }),
      ...(r.matches.length ? [h('ul', { class: 'plain' }, ...r.matches.map(row))] : []),
      ...(r.allowedBy.length ? [h('p', { class: 'hint', text: `Suppressed by an allow-bank (news, research, counter-speech): ${r.allowedBy.map((m) => m.bank).join(', ')}.` })] : []),
      ...(canWrite() ? [addToBank(id, load)] : []));
  }, (e: unknown) => body.replaceChildren(errorBox(e, 'bank matches')));
  void load();
  return card;
}

function addToBank(id: string, reload: () => void): HTMLElement {
  const select = h('select', { id: 'add-bank' });
  const form = h('form', { class: 'inline-form' }, h('label', { for: 'add-bank', text: 'Add this document to bank' }), select, h('button', { type: 'submit', text: 'Add' }));
  void get<{ items: { name: string; kind: string }[] }>('/v1/banks').then((r) => {
    if (r.items.length === 0) { form.replaceChildren(h('p', { class: 'hint' }, 'No banks yet: make one on the ', h('a', { href: '#/banks', text: 'banks page' }), '.')); return; }
    select.replaceChildren(...r.items.map((b) => h('option', { value: b.name, text: `${b.name} (${b.kind})` })));
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    send(`POST`, `/v1/banks/${encodeURIComponent(select.value)}/items`, { document: id })
      .then(() => { toast(`Added to ${select.value}.`); reload(); }, (err: unknown) => toast(describeError(err), 'error'));
  });
  return form;
}

function fingerprintsCard(r: AnalysisResult): HTMLElement {
  const f = r.fingerprints;
  const code = (s: string | null) => h('code', { class: 'hash', text: s ?? 'none (too short or too little variety)' });
  return h('section', { class: 'card', 'aria-labelledby': 'fp-title' }, h('h2', { id: 'fp-title', text: 'Fingerprints' }),
    fields([
      ['SHA-256', code(f.sha256)], ['MD5', code(f.md5)], ['Normalised SHA-256', code(f.normalizedSha256)], ['TLSH (normalised)', code(f.tlsh)], ['TLSH (raw)', code(f.tlshRaw)],
      ['MinHash-128', f.minhash ? h('code', { class: 'hash', text: `${f.minhash.slice(0, 4).join(' ')} … (${f.minhash.length} values, ${num(f.shingles)} shingles)` }) : code(null)],
    ], 'fields stacked'),
    h('p', { class: 'hint', text: `Pipeline ${r.pipeline.version} · ${shortHash(r.pipeline.fingerprint, 16)}` }));
}

function issuesCard(r: AnalysisResult): HTMLElement {
  return h('section', { class: 'card', 'aria-labelledby': 'issues-title' }, h('h2', { id: 'issues-title', text: `Issues (${r.issues.length})` }),
    r.issues.length === 0 ? h('p', { class: 'hint', text: 'None.' }) : h('ul', { class: 'plain' }, ...r.issues.map((i) => h('li', {}, h('code', { text: i.code }), ` ${i.message}`))));
}
