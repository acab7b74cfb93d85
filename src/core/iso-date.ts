// Calendar-day arithmetic on YYYY-MM-DD strings: proleptic Gregorian, by integer arithmetic
// (days from civil, after H. Hinnant), so no time zone and no Date object gets in the way.


const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

/** The number written by the ASCII digits s[from, to), or -1. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Days since 1970-01-01 of a real YYYY-MM-DD day, or null. */
export function isoToDays(s: string): number | null {
  // Read digit by digit: this runs for every date of every event, and a regex match allocates.
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 0 || mo < 0 || d < 0) return null;
  if (mo < 1 || mo > 12 || d < 1) return null;
  if (d > (mo === 2 && isLeap(y) ? 29 : MONTH_DAYS[mo - 1])) return null;
  return daysFromCivil(y, mo, d);
}

export function daysToIso(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function parseIsoDate(s: string): Date | null {
  const days = isoToDays(s);
  return days === null ? null : new Date(days * 86_400_000);
}

export function toIsoDate(d: Date): string {
  return daysToIso(Math.floor(d.getTime() / 86_400_000));
}

function days(iso: string): number {
  const n = isoToDays(iso);
  if (n === null) throw new RangeError(`not an ISO date: ${iso}`);
  return n;
}

export function addDays(iso: string, n: number): string {
  return daysToIso(days(iso) + n);
}

export function daysBetween(a: string, b: string): number {
  return days(b) - days(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return (((days(iso) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}
