// One event in full: every field with whether the text states it or it was inferred, its evidence
// highlighted in the incident's text (reduced-exposure aware), review actions and the audit trail.
import type { ClaimEvent } from '../../../core/types.js';
import type { EventEdit, StoredEvent } from '../../../store/store.js';
import { get } from '../api.js';
import { h } from '../dom.js';
import { exposureBanner, isReduced, neutralReading, type NeutralReading } from '../exposure.js';
import { dateRange, num, range, when } from '../format.js';
import type { Mark } from '../logic/highlight.js';
import { href } from '../router.js';
import { canWrite } from '../session.js';
import { drawText, reveal, type DrawnText } from '../text-view.js';
import { describeError, errorBox } from '../toast.js';

export type ReviewVerb = 'verify' | 'reject' | 'reopen';

export interface DetailActions { review(verb: ReviewVerb): void; edit(): void; filterActor(name: string): void }

const texts = new Map<string, Promise<string>>();
/** A document's text, once per document (the incident excerpt is cut from it). */
export function documentText(id: string): Promise<string> {
  let p = texts.get(id);
  if (!p) {
    p = get<{ document: { text: string } }>(`/v1/documents/${id}`).then((d) => d.document.text);
    p.catch(() => texts.delete(id));
    texts.set(id, p);
  }
  return p;
}

export interface LoadedEvent { stored: StoredEvent; history: EventEdit[]; text: string; neutral: NeutralReading | null }

export async function loadEvent(id: number): Promise<LoadedEvent> {
  const stored = await get<StoredEvent>(`/v1/events/${id}`);
  const [history, text, neutral] = await Promise.all([
    get<{ items: EventEdit[] }>(`/v1/events/${id}/history`).then((r) => r.items),
    documentText(stored.documentId),
    neutralReading(stored.documentId).catch(() => null),
  ]);
  return { stored, history, text, neutral };
}

const evidenceOf = (e: ClaimEvent, field: string) => e.evidence.filter((x) => x.field === field || x.field.startsWith(`${field}.`));

export function renderDetail(pane: HTMLElement, ev: LoadedEvent, actions: DetailActions): void {
  const { stored, history } = ev;
  const e = stored.event;
  const marks: Mark[] = e.evidence.map((x, i) => ({ start: x.start, end: x.end, kind: 'evidence', key: `${x.field}#${i}` }));
  if (e.location.anchorSpan) marks.push({ ...e.location.anchorSpan, kind: 'evidence', key: 'location.anchor' });
  const excerptBox = h('div', { class: 'excerpt' });
  let drawn: DrawnText | null = null;
  if (isReduced() && !ev.neutral) excerptBox.append(h('p', { class: 'hint', text: 'The neutral reading is unavailable; turn the reduced-exposure view off to read the original.' }));
  else {
    drawn = drawText({ original: ev.text, neutral: ev.neutral }, marks, isReduced(), e.span);
    excerptBox.append(drawn.element);
  }
  const show = (field: string) => {
    const keys = [...e.evidence.entries()].filter(([, x]) => x.field === field || x.field.startsWith(`${field}.`)).map(([i, x]) => `${x.field}#${i}`);
    if (field === 'location' && e.location.anchorSpan) keys.push('location.anchor');
    for (const k of keys) reveal(drawn?.first.get(k));
  };

  const edited = (field: string) => stored.edited.some((f) => f === field || f.startsWith(`${field}.`));
  const provenance = (field: string, stated: boolean | null, why?: string) => {
    const has = evidenceOf(e, field).length > 0 || (field === 'location' && !!e.location.anchorSpan);
    const isStated = stated ?? has;
    return h('span', { class: 'prov' },
      h('span', { class: `badge ${isStated ? 'stated' : 'inferred'}`, text: isStated ? 'stated' : 'inferred', title: isStated ? 'the text says so' : why ?? 'not said in the incident\'s own words' }),
      edited(field) ? h('span', { class: 'badge edited-badge', text: 'edited', title: 'changed by a person' }) : null,
      has ? h('button', { type: 'button', class: 'link evidence-link', text: 'evidence', 'aria-label': `show the evidence for ${field}`, on: { click: () => show(field) } }) : null);
  };
  const row = (label: string, value: (Node | string | null)[], prov: HTMLElement) => h('div', { class: 'field-row' }, h('div', { class: 'field-label', text: label }), h('div', { class: 'field-value' }, ...value), prov);

  const l = e.location;
  const rows = [
    row('Date', [dateRange(e.date.best, e.date.earliest, e.date.latest), h('div', { class: 'sub', text: `${e.date.calendar} calendar · precision ${e.date.precision}` })], provenance('date', e.date.stated, 'from an earlier paragraph or the publication date')),
    row('Place', [
      [l.name, l.admin1 ? `${l.admin1}${l.admin1Code ? ` (${l.admin1Code})` : ''}` : null, l.country].filter(Boolean).join(', ') || 'unknown',
      h('div', { class: 'sub', text: `${l.lat !== null && l.lon !== null ? `${l.lat.toFixed(3)}, ${l.lon.toFixed(3)}` : 'no coordinates'} · precision ${l.precision}${l.uncertaintyKm !== null ? ` · ±${num(l.uncertaintyKm)} km` : ''}` }),
      h('div', { class: 'sub', text: `how: ${l.reason.replace(/-/g, ' ')}${l.anchor ? ` (anchor: ${l.anchor})` : ''} · from the ${l.source === 'none' ? 'nothing' : l.source}` }),
      l.candidates && l.candidates.length > 1 ? h('details', { class: 'candidates' }, h('summary', { text: `${l.candidates.length} candidate places` }),
        h('ol', {}, ...l.candidates.map((c) => h('li', { text: `${c.name}, ${c.admin1 ?? '?'}, ${c.country}${c.lat !== null && c.lon !== null ? ` (${c.lat.toFixed(2)}, ${c.lon.toFixed(2)})` : ''} · score ${c.score.toFixed(2)}` })))) : null,
    ], provenance('location', l.stated, `placed by ${l.reason.replace(/-/g, ' ')}`)),
    row('Type', [e.type.acledSubEventType ?? e.type.acledEventType ?? 'none', h('div', { class: 'sub', text: `ACLED ${e.type.acledEventType ?? '—'} · GTD ${e.type.gtdAttackType ?? '—'}${e.type.gtdWeaponTypes.length ? ` (${e.type.gtdWeaponTypes.join(', ')})` : ''}${e.type.suicide ? ' · suicide' : ''}` })], provenance('type', null)),
    ...e.actors.map((a) => row(`Actor: ${a.role}`, [
      a.canonical, ' ', h('button', { type: 'button', class: 'link filter-actor', text: 'filter', 'aria-label': `filter by ${a.canonical}`, on: { click: () => actions.filterActor(a.canonical) } }),
      isReduced() ? null : h('div', { class: 'sub', text: `as written: ${a.text}` }),
    ], provenance(`actors.${a.role}`, null))),
    row('Source', [e.stance], provenance('stance', null, 'the document\'s voice')),
    ...(['killed', 'wounded', 'killedOrWounded', 'captured', 'perpetratorsKilled'] as const).filter((k) => e.casualties[k] !== null)
      .map((k) => row(k === 'killedOrWounded' ? 'Killed or wounded' : k === 'perpetratorsKilled' ? 'Attackers killed' : k[0].toUpperCase() + k.slice(1), [range(e.casualties[k])], provenance(`casualties.${k}`, null))),
    ...e.materiel.map((m) => row('Materiel', [`${m.count ?? '?'} ${m.item} ${m.action.replace('_', ' ')}`], provenance('materiel', null))),
    e.territory ? row('Territory', [`${e.territory.action}: ${e.territory.places.join(', ')}`], provenance('territory', null)) : null,
    row('Confidence', [e.confidence.toFixed(2)], h('span')),
  ].filter((x): x is HTMLDivElement => x !== null);

  const write = canWrite();
  const button = (label: string, key: string, fn: () => void, cls = '') => h('button', { type: 'button', class: cls, disabled: !write, on: { click: fn } }, label, h('kbd', { text: key }));
  pane.replaceChildren(
    h('div', { class: 'detail-head' },
      h('h2', { id: 'detail-title', text: e.summary }),
      h('p', { class: 'meta' }, h('span', { class: `badge status-${stored.status}`, text: stored.status }), ` event ${stored.id} · version ${stored.version} · `,
        h('a', { href: href(`documents/${stored.documentId}`), text: stored.document.title ?? stored.document.name ?? 'document' }))),
    h('div', { class: 'review-actions', role: 'group', 'aria-label': 'Review' },
      button('Verify', 'v', () => actions.review('verify'), 'ok'), button('Reject', 'r', () => actions.review('reject'), 'danger'),
      button('Reopen', 'u', () => actions.review('reopen')), button('Edit', 'e', () => actions.edit()),
      write ? null : h('span', { class: 'hint', text: 'Reviewing needs an analyst key.' })),
    h('h3', { text: 'The incident in the text' }), exposureBanner('exposure-detail', true), excerptBox,
    h('h3', { text: 'Fields' }), h('div', { class: 'field-rows' }, ...rows),
    h('h3', { text: `Audit trail (${history.length})` }), historyList(history));
}

function flat(v: unknown, prefix = ''): [string, string][] {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return [[prefix || 'value', JSON.stringify(v)]];
  return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => flat(x, prefix ? `${prefix}.${k}` : k));
}

function historyList(items: EventEdit[]): HTMLElement {
  if (items.length === 0) return h('p', { class: 'hint', text: 'No change yet: as the engine produced it.' });
  return h('ol', { class: 'history' }, ...[...items].reverse().map((x) => {
    const before = new Map(x.before ? flat(x.before) : []);
    const after = x.after ? flat(x.after) : [];
    return h('li', {},
      h('div', {}, h('strong', { text: x.action }), ` by ${x.by} · `, h('time', { datetime: x.at, text: when(x.at) })),
      x.note ? h('div', { class: 'note', text: `“${x.note}”` }) : null,
      after.length ? h('ul', { class: 'changes' }, ...after.map(([k, v]) => h('li', {}, h('code', { text: k }), `: ${before.get(k) ?? '—'} → ${v}`))) : null);
  }));
}

export function detailError(pane: HTMLElement, e: unknown): void { pane.replaceChildren(errorBox(e, 'the event')); }
export const errorText = describeError;
