// Hijri (Umm al-Qura) ↔ Gregorian through Node's built-in Intl calendar; no table of our own.
import { addDays, parseIsoDate } from './iso-date.js';

const formatter = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC',
});

export interface HijriDate { year: number; month: number; day: number }

// Intl formatting costs microseconds a call; documents share a few publication dates.
const toHijriCache = new Map<string, HijriDate>();

export function toHijri(iso: string): HijriDate {
  return { ...cachedToHijri(iso) };
}

/** The shared cached value: callers must not change it. */
function cachedToHijri(iso: string): Readonly<HijriDate> {
  const hit = toHijriCache.get(iso);
  if (hit) return hit;
  const h = computeToHijri(iso);
  if (toHijriCache.size > 100_000) toHijriCache.clear();
  toHijriCache.set(iso, h);
  return h;
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

// Month starts are found once each (a few Intl calls); every day of a month is then arithmetic.
const monthStarts = new Map<number, string | null>();

/** Gregorian date of the first day of a Hijri month, or null outside the calendar's range. */
function monthStart(year: number, month: number): string | null {
  const key = year * 13 + month;
  const hit = monthStarts.get(key);
  if (hit !== undefined) return hit;
  // Mean-month estimate from the epoch (16 July 622), then walk to the exact day.
  const approxDays = Math.round((year - 1) * 354.36707 + (month - 1) * 29.530589);
  let iso = addDays('0622-07-19', approxDays);
  for (let i = 0; i < 8; i++) {
    const got = cachedToHijri(iso);
    const diff = (year - got.year) * 355 + (month - got.month) * 29.5 + (1 - got.day);
    if (diff === 0) break;
    const step = Math.round(diff);
    iso = addDays(iso, step === 0 ? Math.sign(diff) : step);
  }
  const back = cachedToHijri(iso);
  const result = back.year === year && back.month === month && back.day === 1 ? iso : null;
  if (monthStarts.size > 10_000) monthStarts.clear();
  monthStarts.set(key, result);
  return result;
}

/** Gregorian date of a Hijri day, or null when that day does not exist (e.g. the 30th of a 29-day month). */
export function fromHijri(h: HijriDate): string | null {
  if (![h.year, h.month, h.day].every(Number.isInteger) || h.month < 1 || h.month > 12 || h.day < 1 || h.day > 30) return null;
  const first = monthStart(h.year, h.month);
  if (first === null) return null;
  const iso = addDays(first, h.day - 1);
  if (h.day < 29) return iso;
  // The 29th and 30th exist only if the next month has not begun.
  const next = h.month === 12 ? monthStart(h.year + 1, 1) : monthStart(h.year, h.month + 1);
  return next === null ? (cachedToHijri(iso).month === h.month ? iso : null) : iso < next ? iso : null;
}

/** The latest Hijri year that puts (month, day) on or before `published`. */
// Roundups repeat a handful of day-month pairs under one publication date.
const inferred = new Map<string, Map<number, { year: number; iso: string } | null>>();

export function inferHijriYear(month: number, day: number, published: string): { year: number; iso: string } | null {
  if (!(Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= 30)) return null;
  let byDay = inferred.get(published);
  if (!byDay) {
    if (inferred.size > 10_000) inferred.clear();
    inferred.set(published, (byDay = new Map()));
  }
  const key = month * 32 + day;
  let hit = byDay.get(key);
  if (hit === undefined) byDay.set(key, (hit = computeHijriYear(month, day, published)));
  return hit && { year: hit.year, iso: hit.iso };
}

function computeHijriYear(month: number, day: number, published: string): { year: number; iso: string } | null {
  const pubYear = cachedToHijri(published).year;
  for (const year of [pubYear, pubYear - 1]) {
    const iso = fromHijri({ year, month, day });
    if (iso !== null && iso <= published) return { year, iso };
  }
  return null;
}

