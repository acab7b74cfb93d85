// Editing an event's fields: only what changed is sent (PATCH with If-Match: the version read), with
// a note; the server checks the result is sound (event.bad_edit) and not stale (event.version_conflict).
import type { ClaimEvent, Quantity } from '../../../core/types.js';
import type { StoredEvent } from '../../../store/store.js';
import { send } from '../api.js';
import { h } from '../dom.js';
import { GTD_ATTACK_TYPES, TYPES } from '../events/colours.js';
import { describeError } from '../toast.js';

const DATE_PRECISIONS = ['day', 'days', 'week', 'month', 'year', 'unknown'];
const LOCATION_PRECISIONS = ['exact', 'near', 'admin2', 'admin1', 'region', 'country', 'unknown'];
const STANCES = ['claimant', 'independent', 'official', 'research', 'unknown'];
const QUANTITIES = [['killed', 'Killed'], ['wounded', 'Wounded'], ['killedOrWounded', 'Killed or wounded']] as const;

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Patch = Record<string, Record<string, Json> | Json>;

const text = (id: string, label: string, value: string | number | null, attrs: Record<string, string> = {}) =>
  h('div', { class: 'field' }, h('label', { for: id, text: label }), h('input', { id, name: id, value: value === null ? '' : String(value), ...attrs }));
const choice = (id: string, label: string, value: string | null, options: readonly string[], allowNone = false) =>
  h('div', { class: 'field' }, h('label', { for: id, text: label }),
    h('select', { id, name: id }, ...(allowNone ? [h('option', { value: '', text: '—', selected: value === null })] : []), ...options.map((o) => h('option', { value: o, text: o, selected: o === value }))));

export function editForm(stored: StoredEvent, done: (updated: StoredEvent | null) => void): HTMLElement {
  const e = stored.event;
  const q = (k: keyof ClaimEvent['casualties']) => e.casualties[k];
  const form = h('form', { class: 'edit-form', 'aria-label': 'Edit the event' },
    h('div', { class: 'field wide' }, h('label', { for: 'f-summary', text: 'Summary' }), h('textarea', { id: 'f-summary', rows: 2, text: e.summary })),
    h('fieldset', {}, h('legend', { text: 'Date' }),
      text('f-date-best', 'Best', e.date.best, { type: 'date' }), text('f-date-earliest', 'Earliest', e.date.earliest, { type: 'date' }),
      text('f-date-latest', 'Latest', e.date.latest, { type: 'date' }), choice('f-date-precision', 'Precision', e.date.precision, DATE_PRECISIONS)),
    h('fieldset', {}, h('legend', { text: 'Place' }),
      text('f-loc-name', 'Name', e.location.name), text('f-loc-country', 'Country (ISO)', e.location.country, { maxlength: '2', pattern: '[A-Za-z]{2}' }),
      text('f-loc-admin1', 'Admin-1', e.location.admin1), text('f-loc-admin1Code', 'Admin-1 code', e.location.admin1Code),
      text('f-loc-lat', 'Latitude', e.location.lat, { type: 'number', step: 'any', min: '-90', max: '90' }), text('f-loc-lon', 'Longitude', e.location.lon, { type: 'number', step: 'any', min: '-180', max: '180' }),
      choice('f-loc-precision', 'Precision', e.location.precision, LOCATION_PRECISIONS), text('f-loc-uncertaintyKm', 'Uncertainty (km)', e.location.uncertaintyKm, { type: 'number', step: 'any', min: '0' })),
    h('fieldset', {}, h('legend', { text: 'Type' }),
      choice('f-type-acledEventType', 'ACLED event type', e.type.acledEventType, TYPES.map((t) => t.type), true),
      choice('f-type-acledSubEventType', 'ACLED sub-event type', e.type.acledSubEventType, TYPES.flatMap((t) => t.subTypes), true),
      choice('f-type-gtdAttackType', 'GTD attack type', e.type.gtdAttackType, GTD_ATTACK_TYPES, true),
      choice('f-stance', 'Source (stance)', e.stance, STANCES)),
    h('fieldset', {}, h('legend', { text: 'Casualties (low, best, high)' }),
      ...QUANTITIES.map(([k, label]) => h('div', { class: 'quantity' }, h('span', { class: 'q-label', text: label }),
        ...(['low', 'best', 'high'] as const).map((part) => h('label', { class: 'q-part' }, h('span', { class: 'visually-hidden', text: `${label} ${part}` }),
          h('input', { id: `f-cas-${k}-${part}`, type: 'number', min: '0', step: '1', placeholder: part, value: q(k)?.[part] ?? '' })))))),
    h('div', { class: 'field wide' }, h('label', { for: 'f-note', text: 'Note for the audit trail (optional)' }), h('input', { id: 'f-note', maxlength: '2000' })),
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', text: 'Save changes' }), h('button', { type: 'button', text: 'Cancel', on: { click: () => done(null) } })));

  const val = (id: string) => (form.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`#${id}`)!.value.trim());
  const orNull = (s: string) => (s === '' ? null : s);
  const numOrNull = (s: string) => (s === '' ? null : Number(s));

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const patch: Patch = {};
    const put = (group: string | null, key: string, next: Json, prev: Json) => {
      if (JSON.stringify(next) === JSON.stringify(prev)) return;
      if (group === null) { patch[key] = next; return; }
      const g = (patch[group] ??= {}) as Record<string, Json>;
      g[key] = next;
    };
    put(null, 'summary', val('f-summary'), e.summary);
    put(null, 'stance', val('f-stance'), e.stance);
    for (const k of ['best', 'earliest', 'latest'] as const) put('date', k, orNull(val(`f-date-${k}`)), e.date[k]);
    put('date', 'precision', val('f-date-precision'), e.date.precision);
    for (const k of ['name', 'admin1', 'admin1Code'] as const) put('location', k, orNull(val(`f-loc-${k}`)), e.location[k]);
    put('location', 'country', orNull(val('f-loc-country').toUpperCase()), e.location.country);
    for (const k of ['lat', 'lon', 'uncertaintyKm'] as const) put('location', k, numOrNull(val(`f-loc-${k}`)), e.location[k]);
    put('location', 'precision', val('f-loc-precision'), e.location.precision);
    for (const k of ['acledEventType', 'acledSubEventType', 'gtdAttackType'] as const) put('type', k, orNull(val(`f-type-${k}`)), e.type[k]);
    for (const [k] of QUANTITIES) {
      const was: Quantity | null = e.casualties[k];
      const next = { low: numOrNull(val(`f-cas-${k}-low`)), best: numOrNull(val(`f-cas-${k}-best`)), high: numOrNull(val(`f-cas-${k}-high`)) };
      const prev = was ? { low: was.low, best: was.best, high: was.high } : { low: null, best: null, high: null };
      if (JSON.stringify(next) !== JSON.stringify(prev)) put('casualties', k, next.low === null && next.best === null && next.high === null && !was ? null : next, null);
    }
    const error = form.querySelector<HTMLElement>('.form-error')!;
    if (Object.keys(patch).length === 0) { error.textContent = 'Nothing changed.'; return; }
    const note = val('f-note');
    if (note) patch.note = note;
    send<StoredEvent>('PATCH', `/v1/events/${stored.id}`, patch, { 'if-match': `"${stored.version}"` })
      .then((r) => done(r.data), (err: unknown) => { error.textContent = describeError(err); });
  });
  return form;
}
