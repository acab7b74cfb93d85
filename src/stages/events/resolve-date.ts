// Turns a date mention into an interval, against the publication date or the previous incident's date.
import type { DateMention } from '../../pipeline/annotations.js';
import type { EventDate } from '../../core/types.js';
import type { IssueCode } from '../../core/errors.js';
import { addDays, weekday } from '../../core/iso-date.js';
import { fromHijri, inferHijriYear } from '../../core/hijri.js';

export interface Resolved { date: Omit<EventDate, 'text' | 'stated'>; issue: IssueCode | null }

const unknown = (calendar: EventDate['calendar']): Resolved['date'] => ({ calendar, earliest: null, latest: null, best: null, precision: 'unknown' });
const day = (calendar: EventDate['calendar'], iso: string, spread = 0): Resolved['date'] => ({
  calendar, best: iso, earliest: addDays(iso, -spread), latest: addDays(iso, spread), precision: 'day',
});

export function resolveDate(m: DateMention, published: string | null, previous: Resolved['date'] | null): Resolved {
  switch (m.calendar) {
    case 'hijri': {
      if (m.year !== undefined) {
        const iso = fromHijri({ year: m.year, month: m.month, day: m.day });
        return iso ? { date: day('hijri', iso, 1), issue: null } : { date: unknown('hijri'), issue: 'date.invalid' };
      }
      if (published === null) return { date: { ...unknown('hijri'), dayOfYear: { calendar: 'hijri', month: m.month, day: m.day } }, issue: 'date.year_unknown' };
      const y = inferHijriYear(m.month, m.day, published);
      // Moon sighting may differ from the Umm al-Qura table by a day: ±1 around the table's date.
      if (y) return { date: day('hijri', y.iso, 1), issue: null };
      // A 30th the table lacks is the day after its 29th, inside that same sighting margin.
      const before = m.day === 30 ? inferHijriYear(m.month, 29, addDays(published, -1)) : null;
      return before ? { date: day('hijri', addDays(before.iso, 1), 1), issue: null } : { date: unknown('hijri'), issue: 'date.invalid' };
    }
    case 'gregorian': {
      const pad = (n: number) => String(n).padStart(2, '0');
      const make = (y: number) => `${String(y).padStart(4, '0')}-${pad(m.month)}-${pad(m.day)}`;
      const valid = (iso: string) => { try { return addDays(iso, 0) === iso; } catch { return false; } };
      if (m.year !== null) {
        const iso = make(m.year);
        return valid(iso) ? { date: day('gregorian', iso), issue: null } : { date: unknown('gregorian'), issue: 'date.invalid' };
      }
      if (published === null) return { date: { ...unknown('gregorian'), dayOfYear: { calendar: 'gregorian', month: m.month, day: m.day } }, issue: 'date.year_unknown' };
      const py = Number(published.slice(0, 4));
      for (const y of [py, py - 1]) {
        const iso = make(y);
        if (valid(iso) && iso <= published) return { date: day('gregorian', iso), issue: null };
      }
      return { date: unknown('gregorian'), issue: 'date.invalid' };
    }
    case 'relative': {
      const r = m.relative;
      if (r.kind === 'published-offset' || r.kind === 'weekday') {
        if (published === null) return { date: unknown('relative'), issue: 'date.unresolved' };
        if (r.kind === 'published-offset') return { date: day('relative', addDays(published, r.days)), issue: null };
        let back = (weekday(published) - r.weekday + 7) % 7;
        if (back === 0 && r.strictlyBefore) back = 7;
        return { date: day('relative', addDays(published, -back)), issue: null };
      }
      if (previous === null || previous.earliest === null || previous.latest === null) return { date: unknown('relative'), issue: 'date.unresolved' };
      if (r.kind === 'previous-offset') {
        return {
          date: {
            calendar: 'relative', precision: previous.precision,
            best: previous.best === null ? null : addDays(previous.best, r.days),
            earliest: addDays(previous.earliest, r.days), latest: addDays(previous.latest, r.days),
          },
          issue: null,
        };
      }
      const anchor = previous.best ?? previous.earliest;
      return { date: { calendar: 'relative', best: null, earliest: addDays(anchor, r.from), latest: addDays(anchor, r.to), precision: 'days' }, issue: null };
    }
  }
}

