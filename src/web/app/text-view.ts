// Document text drawn as runs of text nodes with highlight spans: the marks' spans are offsets into
// the original text; in the reduced-exposure view they are carried into the neutral reading
// through its offset map, and the neutral renderings themselves are marked.
import { h } from './dom.js';
import { segments, type Mark } from './logic/highlight.js';
import { spanToNeutral, type Replacement } from './logic/offset-map.js';

export interface TextModel { original: string; neutral: { text: string; replacements: Replacement[] } | null }

export interface DrawnText { element: HTMLElement; first: Map<string, HTMLElement> }

/** Draws `[from, to)` of the original (the whole text by default) with its marks. */
export function drawText(model: TextModel, marks: readonly Mark[], reduced: boolean, window?: { start: number; end: number }): DrawnText {
  const useNeutral = reduced && model.neutral !== null;
  const text = useNeutral ? model.neutral!.text : model.original;
  const place = (s: { start: number; end: number }) => (useNeutral ? spanToNeutral(s, model.neutral!.replacements) : s);
  const placed: Mark[] = marks.map((m) => ({ ...m, ...place(m) }));
  if (useNeutral) for (const r of model.neutral!.replacements) placed.push({ start: r.neutral.start, end: r.neutral.end, kind: 'neutral' });
  const range = window ? place(window) : { start: 0, end: text.length };
  const shifted = placed.map((m) => ({ ...m, start: m.start - range.start, end: m.end - range.start }));
  const slice = text.slice(range.start, range.end);
  const element = h('div', { class: 'doc-text', lang: 'en' });
  const first = new Map<string, HTMLElement>();
  for (const seg of segments(slice.length, shifted)) {
    const run = slice.slice(seg.start, seg.end);
    if (seg.marks.length === 0) { element.appendChild(document.createTextNode(run)); continue; }
    const kinds = [...new Set(seg.marks.map((m) => m.kind))];
    const span = h('span', { class: kinds.map((k) => `hl-${k}`).join(' '), text: run });
    if (kinds.includes('neutral')) span.title = 'neutral rendering of the group\'s term';
    for (const m of seg.marks) if (m.key && !first.has(m.key)) { first.set(m.key, span); span.dataset.key = m.key; }
    element.appendChild(span);
  }
  return { element, first };
}

/** Scrolls a highlighted run into view and flashes it. */
export function reveal(el: HTMLElement | undefined): void {
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.classList.remove('flash');
  void el.offsetWidth; // restart the animation
  el.classList.add('flash');
}
