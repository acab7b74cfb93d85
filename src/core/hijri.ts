// Hijri (Umm al-Qura) ↔ Gregorian through Node's built-in Intl calendar; no table of our own.
import { addDays, parseIsoDate } from './iso-date.js';

const formatter = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC',
});

export interface HijriDate { year: number; month: number; day: number }

// Intl formatting costs microseconds a call; documents share a few publication dates.
const toHijriCache = new Map<string, HijriDate>();

export function toHijri(iso: string): HijriDate {
  const hit = toHijriCache.get(iso);
  if (hit) return { ...hit };
  const h = computeToHijri(iso);
  if (toHijriCache.size > 100_000) toHijriCache.clear();
  toHijriCache.set(iso, h);
  return { ...h };
}

function computeToHijri(iso: string): HijriDate {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not an ISO date: ${iso}`);
  let year = 0, month = 0, day = 0;
  for (const p of formatter.formatToParts(d)) {
    if (p.type === 'year') year = Number.parseInt(p.value, 10);
    else if (p.type === 'month') month = Number.parseInt(p.value, 10);
    else if (p.type === 'day') day = Number.parseInt(p.value, 10);
  }
  return { year, month, day };
}

const cache = new Map<string, string | null>();

/** Gregorian date of a Hijri day, or null when that day does not exist (e.g. the 30th of a 29-day month). */
export function fromHijri(h: HijriDate): string | null {
  const key = `${h.year}-${h.month}-${h.day}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (![h.year, h.month, h.day].every(Number.isInteger) || h.month < 1 || h.month > 12 || h.day < 1 || h.day > 30) return null;
  // Mean-month estimate from the epoch (16 July 622), then walk to the exact day.
  const approxDays = Math.round((h.year - 1) * 354.36707 + (h.month - 1) * 29.530589 + (h.day - 1));
  let iso = addDays('0622-07-19', approxDays);
  for (let i = 0; i < 8; i++) {
    const got = toHijri(iso);
    const diff = (h.year - got.year) * 355 + (h.month - got.month) * 29.5 + (h.day - got.day);
    if (diff === 0) break;
    const step = Math.round(diff);
    iso = addDays(iso, step === 0 ? Math.sign(diff) : step);
  }
  // The requested day may not exist (diff 0 is not proof either): accept only an exact read-back.
  const back = toHijri(iso);
  const result = back.year === h.year && back.month === h.month && back.day === h.day ? iso : null;
  cache.set(key, result);
  return result;
}

/** The latest Hijri year that puts (month, day) on or before `published`. */
export function inferHijriYear(month: number, day: number, published: string): { year: number; iso: string } | null {
  const pubYear = toHijri(published).year;
  for (const year of [pubYear, pubYear - 1]) {
    const iso = fromHijri({ year, month, day });
    if (iso !== null && iso <= published) return { year, iso };
  }
  return null;
}

