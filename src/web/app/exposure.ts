// The reduced-exposure view: on when the workbench opens; the original wording is shown only while
// the analyst has turned it off. Every view that shows document text follows this one switch.
import { get } from './api.js';
import { h } from './dom.js';
import type { Replacement } from './logic/offset-map.js';

let reduced = true;
const listeners = new Set<() => void>();

export const isReduced = (): boolean => reduced;
export function setReduced(on: boolean): void { reduced = on; for (const fn of listeners) fn(); }
export function onExposureChange(fn: () => void): () => void { listeners.add(fn); return () => listeners.delete(fn); }

export interface NeutralReading { text: string; replacements: Replacement[] }

const readings = new Map<string, Promise<NeutralReading>>();
/** The document's neutral reading (GET /v1/documents/:id/neutral), once per document. */
export function neutralReading(documentId: string): Promise<NeutralReading> {
  let p = readings.get(documentId);
  if (!p) {
    p = get<NeutralReading>(`/v1/documents/${documentId}/neutral`).then((r) => ({ text: r.text, replacements: [...r.replacements].sort((a, b) => a.original.start - b.original.start) }));
    p.catch(() => readings.delete(documentId));
    readings.set(documentId, p);
  }
  return p;
}

/** The content warning and the switch, as a banner. */
export function exposureBanner(id: string, compact = false): HTMLElement {
  const box = h('input', { type: 'checkbox', id, checked: reduced });
  box.addEventListener('change', () => setReduced(box.checked));
  const off = onExposureChange(() => { box.checked = reduced; banner.classList.toggle('exposed', !reduced); });
  const banner = h('div', { class: `exposure${reduced ? '' : ' exposed'}${compact ? ' compact' : ''}`, role: 'note' },
    h('p', { class: 'warning' }, h('strong', { text: 'Content warning. ' }), compact
      ? 'Incident excerpts may contain violent extremist language.'
      : 'This material may contain violent extremist language. The reduced-exposure view shows the group\'s own terms replaced by neutral renderings; turn it off only when you need the original wording.'),
    h('label', { for: id, class: 'switch' }, box, ' Reduced-exposure view (neutral wording)'));
  // Stop listening once the banner has left the page.
  const observer = new MutationObserver(() => { if (!banner.isConnected) { off(); observer.disconnect(); } });
  queueMicrotask(() => { if (banner.parentNode) observer.observe(document.body, { childList: true, subtree: true }); });
  return banner;
}
