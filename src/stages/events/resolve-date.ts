// Turns a date mention into an interval, against the publication date or the previous incident's date.
import type { DateMention } from '../../pipeline/annotations.js';
import type { EventDate } from '../../core/types.js';
import type { IssueCode } from '../../core/errors.js';
import { addDays, weekday } from '../../core/iso-date.js';
import { fromHijri, inferHijriYear } from '../../core/hijri.js';

/** The date as the event states it: `text` is the mention's wording, and a resolved mention is stated. */
export interface Resolved { date: EventDate; issue: IssueCode | null }
/** What a following mention ("the next day") reads of the previous incident's date. */
export type PreviousDate = Pick<EventDate, 'earliest' | 'latest' | 'best' | 'precision'>;

// Each outcome is built in its final shape (field order is output order).
const unknown = (text: string, calendar: EventDate['calendar']): EventDate => ({ text, calendar, earliest: null, latest: null, best: null, precision: 'unknown', stated: true });
const yearUnknown = (text: string, calendar: 'hijri' | 'gregorian', month: number, day: number): EventDate => ({
  text, calendar, earliest: null, latest: null, best: null, precision: 'unknown', dayOfYear: { calendar, month, day }, stated: true,
});
/** `iso` is a canonical day (addDays output or checked), so a spread of 0 needs no conversion. */
const day = (text: string, calendar: EventDate['calendar'], iso: string, spread = 0): EventDate => {
  if (spread === 0) return { text, calendar, best: iso, earliest: iso, latest: iso, precision: 'day', stated: true };
  const around = spread === 1 ? dayAround(iso) : null;
  return {
    text, calendar, best: iso, earliest: around ? around.before : addDays(iso, -spread), latest: around ? around.after : addDays(iso, spread), precision: 'day', stated: true,
  };
};

// The days either side of a Hijri date (its sighting margin): documents repeat a few day-month pairs,
// so each is worked out once rather than parsed and formatted twice per event.
const around = new Map<string, { before: string; after: string }>();
function dayAround(iso: string): { before: string; after: string } {
  let hit = around.get(iso);
  if (hit === undefined) {
    if (around.size >= 10_000) around.clear();
    around.set(iso, (hit = { before: addDays(iso, -1), after: addDays(iso, 1) }));
  }
  return hit;
}

// A Hijri day-month with no year under one publication date: its day and the days either side. One
// document's calls share their publication date, so its table is kept at hand (no look-up in a table of
// every day met, as dayAround's is).
interface HijriDay { iso: string; before: string; after: string }
const hijriDays = new Map<string, Map<number, HijriDay | null>>();
let lastPublished: string | null = null;
let lastDays = new Map<number, HijriDay | null>();

function hijriDayOf(month: number, dayOfMonth: number, published: string): HijriDay | null {
  // The key below is unique only for real days; inferHijriYear has none for the others.
  if (!(Number.isInteger(month) && Number.isInteger(dayOfMonth) && month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 30)) return null;
  if (published !== lastPublished) {
    let days = hijriDays.get(published);
    if (days === undefined) {
      if (hijriDays.size >= 10_000) hijriDays.clear();
      hijriDays.set(published, (days = new Map()));
    }
    lastPublished = published;
    lastDays = days;
  }
  const key = month * 32 + dayOfMonth;
  let hit = lastDays.get(key);
  if (hit === undefined) {
    const y = inferHijriYear(month, dayOfMonth, published);
    lastDays.set(key, (hit = y ? { iso: y.iso, before: addDays(y.iso, -1), after: addDays(y.iso, 1) } : null));
  }
  return hit;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const gregorianIso = (y: number, m: DateMention & { calendar: 'gregorian' }): string => `${String(y).padStart(4, '0')}-${pad2(m.month)}-${pad2(m.day)}`;
function isRealDay(iso: string): boolean {
  try { return addDays(iso, 0) === iso; } catch { return false; }
}

export function resolveDate(m: DateMention, published: string | null, previous: PreviousDate | null, text = ''): Resolved {
  switch (m.calendar) {
    case 'hijri': {
      if (m.year !== undefined) {
        const iso = fromHijri({ year: m.year, month: m.month, day: m.day });
        return iso ? { date: day(text, 'hijri', iso, 1), issue: null } : { date: unknown(text, 'hijri'), issue: 'date.invalid' };
      }
      if (published === null) return { date: yearUnknown(text, 'hijri', m.month, m.day), issue: 'date.year_unknown' };
      const h = hijriDayOf(m.month, m.day, published);
      // Moon sighting may differ from the Umm al-Qura table by a day: ±1 around the table's date.
      if (h) return { date: { text, calendar: 'hijri', best: h.iso, earliest: h.before, latest: h.after, precision: 'day', stated: true }, issue: null };
      // A 30th the table lacks is the day after its 29th, inside that same sighting margin.
      const before = m.day === 30 ? inferHijriYear(m.month, 29, addDays(published, -1)) : null;
      return before ? { date: day(text, 'hijri', addDays(before.iso, 1), 1), issue: null } : { date: unknown(text, 'hijri'), issue: 'date.invalid' };
    }
    case 'gregorian': {
      if (m.year !== null) {
        const iso = gregorianIso(m.year, m);
        return isRealDay(iso) ? { date: day(text, 'gregorian', iso), issue: null } : { date: unknown(text, 'gregorian'), issue: 'date.invalid' };
      }
      if (published === null) return { date: yearUnknown(text, 'gregorian', m.month, m.day), issue: 'date.year_unknown' };
      // This year's, else last year's: the latest on or before publication.
      const py = Number(published.slice(0, 4));
      for (let y = py; y >= py - 1; y--) {
        const iso = gregorianIso(y, m);
        if (isRealDay(iso) && iso <= published) return { date: day(text, 'gregorian', iso), issue: null };
      }
      return { date: unknown(text, 'gregorian'), issue: 'date.invalid' };
    }
    case 'relative': {
      const r = m.relative;
      if (r.kind === 'published-offset' || r.kind === 'weekday') {
        if (published === null) return { date: unknown(text, 'relative'), issue: 'date.unresolved' };
        if (r.kind === 'published-offset') return { date: day(text, 'relative', addDays(published, r.days)), issue: null };
        let back = (weekday(published) - r.weekday + 7) % 7;
        if (back === 0 && r.strictlyBefore) back = 7;
        return { date: day(text, 'relative', addDays(published, -back)), issue: null };
      }
      if (previous === null || previous.earliest === null || previous.latest === null) return { date: unknown(text, 'relative'), issue: 'date.unresolved' };
      if (r.kind === 'previous-offset') {
        return {
          date: {
            text, calendar: 'relative', precision: previous.precision,
            best: previous.best === null ? null : addDays(previous.best, r.days),
            earliest: addDays(previous.earliest, r.days), latest: addDays(previous.latest, r.days), stated: true,
          },
          issue: null,
        };
      }
      const anchor = previous.best ?? previous.earliest;
      return { date: { text, calendar: 'relative', best: null, earliest: addDays(anchor, r.from), latest: addDays(anchor, r.to), precision: 'days', stated: true }, issue: null };
    }
  }
}
