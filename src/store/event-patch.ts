// Edits people make to an event: checked, applied field by field, and described as before/after for
// the edit history. Pure: both backends call it inside their transaction.
import { ClaimScopeError } from '../core/errors.js';
import { parseIsoDate } from '../core/iso-date.js';
import type { ClaimEvent, Quantity } from '../core/types.js';
import type { EventPatch, QuantityPatch } from './store.js';

export const STANCES = ['claimant', 'independent', 'official', 'research', 'unknown'] as const;
export const DATE_PRECISIONS = ['day', 'days', 'week', 'month', 'year', 'unknown'] as const;
export const LOCATION_PRECISIONS = ['exact', 'near', 'admin2', 'admin1', 'region', 'country', 'unknown'] as const;
export const CASUALTY_FIELDS = ['killed', 'wounded', 'killedOrWounded', 'captured', 'perpetratorsKilled'] as const;

const DATE_KEYS = ['earliest', 'latest', 'best', 'precision'];
const LOCATION_KEYS = ['name', 'country', 'admin1', 'admin1Code', 'lat', 'lon', 'precision', 'uncertaintyKm'];
const TYPE_KEYS = ['acledEventType', 'acledSubEventType', 'gtdAttackType', 'gtdWeaponTypes', 'suicide'];

function checkKeys(group: string, value: object | undefined, allowed: readonly string[]): [string, unknown][] {
  const entries = Object.entries(value ?? {});
  for (const [k] of entries) if (!allowed.includes(k)) bad(`${group}.${k}: editable fields are ${allowed.join(', ')}`);
  return entries;
}

function checkType(k: string, v: unknown): void {
  const ok = k === 'suicide' ? typeof v === 'boolean' : k === 'gtdWeaponTypes' ? Array.isArray(v) && v.every((x) => typeof x === 'string') : v === null || typeof v === 'string';
  if (!ok) bad(`type.${k}: wrong kind of value`);
}

export interface Applied {
  event: ClaimEvent;
  /** Changed fields ('summary', 'date.best', 'casualties.killed' …), and their values before and after. */
  fields: string[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

const bad = (detail: string): never => { throw new ClaimScopeError('event.bad_edit', detail); };
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function quantity(p: QuantityPatch | null, old: Quantity | null, at: number, field: string): Quantity | null {
  if (p === null) return null;
  const nums = [p.low, p.best, p.high];
  if (nums.some((n) => n !== null && (!Number.isInteger(n) || n < 0))) bad(`casualties.${field}: whole numbers from 0`);
  const known = nums.filter((n): n is number => n !== null);
  if (known.some((n, i) => i > 0 && n < known[i - 1])) bad(`casualties.${field}: low ≤ best ≤ high`);
  // A figure a person added has no words in the text: an empty span at the incident's start.
  return { low: p.low, best: p.best, high: p.high, text: old?.text ?? '', span: old?.span ?? { start: at, end: at } };
}

function checkDate(e: ClaimEvent): void {
  for (const k of ['earliest', 'latest', 'best'] as const) {
    const v = e.date[k];
    if (v !== null && parseIsoDate(v) === null) bad(`date.${k}: YYYY-MM-DD or null`);
  }
  if (!(DATE_PRECISIONS as readonly string[]).includes(e.date.precision)) bad(`date.precision: one of ${DATE_PRECISIONS.join(', ')}`);
  const { earliest, best, latest } = e.date;
  if (earliest !== null && latest !== null && earliest > latest) bad('date: earliest after latest');
  if (best !== null && ((earliest !== null && best < earliest) || (latest !== null && best > latest))) bad('date: best outside earliest–latest');
}

function checkLocation(e: ClaimEvent): void {
  const l = e.location;
  for (const k of ['name', 'admin1', 'admin1Code'] as const) if (l[k] !== null && typeof l[k] !== 'string') bad(`location.${k}: text or null`);
  for (const k of ['lat', 'lon', 'uncertaintyKm'] as const) if (l[k] !== null && typeof l[k] !== 'number') bad(`location.${k}: a number or null`);
  if (l.country !== null && !/^[A-Z]{2}$/.test(l.country)) bad('location.country: ISO 3166-1 alpha-2, upper case');
  if ((l.lat === null) !== (l.lon === null)) bad('location: lat and lon together, or neither');
  if (l.lat !== null && !(l.lat >= -90 && l.lat <= 90)) bad('location.lat: −90 to 90');
  if (l.lon !== null && !(l.lon >= -180 && l.lon <= 180)) bad('location.lon: −180 to 180');
  if (!(LOCATION_PRECISIONS as readonly string[]).includes(l.precision)) bad(`location.precision: one of ${LOCATION_PRECISIONS.join(', ')}`);
  if (l.uncertaintyKm !== null && !(l.uncertaintyKm >= 0)) bad('location.uncertaintyKm: 0 or more');
}

/** The event with the patch applied; throws event.bad_edit when the result would not be a sound event. */
export function applyPatch(original: ClaimEvent, patch: EventPatch): Applied {
  const event: ClaimEvent = structuredClone(original);
  const fields: string[] = [];
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const set = (path: string, old: unknown, next: unknown, assign: () => void) => {
    if (same(old, next)) return;
    assign();
    fields.push(path);
    before[path] = old;
    after[path] = next;
  };
  if (patch.summary !== undefined) {
    const s = patch.summary.trim();
    if (s.length === 0 || s.length > 1000) bad('summary: 1 to 1000 characters');
    set('summary', original.summary, s, () => { event.summary = s; });
  }
  if (patch.stance !== undefined) {
    if (!(STANCES as readonly string[]).includes(patch.stance)) bad(`stance: one of ${STANCES.join(', ')}`);
    set('stance', original.stance, patch.stance, () => { event.stance = patch.stance!; });
  }
  for (const [k, v] of checkKeys('date', patch.date, DATE_KEYS)) set(`date.${k}`, original.date[k as keyof typeof original.date], v, () => { Object.defineProperty(event.date, k, { value: v, enumerable: true, writable: true }); });
  for (const [k, v] of checkKeys('location', patch.location, LOCATION_KEYS)) set(`location.${k}`, original.location[k as keyof typeof original.location], v, () => { Object.defineProperty(event.location, k, { value: v, enumerable: true, writable: true }); });
  for (const [k, v] of checkKeys('type', patch.type, TYPE_KEYS)) checkType(k, v);
  for (const [k, v] of Object.entries(patch.type ?? {})) set(`type.${k}`, original.type[k as keyof typeof original.type], v, () => { Object.defineProperty(event.type, k, { value: v, enumerable: true, writable: true }); });
  for (const [k, v] of checkKeys('casualties', patch.casualties, CASUALTY_FIELDS)) {
    const field = k as (typeof CASUALTY_FIELDS)[number];
    const old = original.casualties[field];
    const next = quantity((v ?? null) as QuantityPatch | null, old, original.span.start, field);
    const view = (x: Quantity | null) => (x ? { low: x.low, best: x.best, high: x.high } : null);
    set(`casualties.${field}`, view(old), view(next), () => { event.casualties[field] = next; });
  }
  if (patch.date) checkDate(event);
  if (patch.location) checkLocation(event);
  return { event, fields, before, after };
}

/** Copies the fields people edited from an event of an earlier analysis onto its successor. */
export function carryEdits(from: ClaimEvent, to: ClaimEvent, fields: readonly string[]): ClaimEvent {
  const out: ClaimEvent = structuredClone(to);
  for (const path of fields) {
    const [head, tail] = path.split('.') as [keyof ClaimEvent, string | undefined];
    if (tail === undefined) Object.defineProperty(out, head, { value: structuredClone(from[head]), enumerable: true, writable: true });
    else Object.defineProperty(out[head] as object, tail, { value: structuredClone((from[head] as unknown as Record<string, unknown>)[tail]), enumerable: true, writable: true });
  }
  return out;
}
