/**
 * Calendar-date arithmetic on 'YYYY-MM-DD' strings. Everything goes through Date.UTC and the
 * getUTC* readers, so the machine's time zone (CI in UTC, editors in Beijing) never shifts a day.
 */

const DAY_MS = 86_400_000;

function toMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The ISO date for a year, month (1–12) and day; days past the month's end roll over.
 * @example isoDate(2026, 5, 30) // => '2026-05-30'
 */
export function isoDate(year: number, month: number, day: number): string {
  return fromMs(Date.UTC(year, month - 1, day));
}

/**
 * The date `days` later (or earlier when negative).
 * @example addDays('2026-05-31', 1) // => '2026-06-01'
 */
export function addDays(iso: string, days: number): string {
  return fromMs(toMs(iso) + days * DAY_MS);
}

/**
 * Number of days in a month (1–12) of a year.
 * @example daysInMonth(2028, 2) // => 29
 */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * ISO weekday: 1 = Monday … 7 = Sunday (Chinese weeks, 周一至周日, start on Monday).
 * @example isoWeekday('2026-10-16') // => 5 (Friday)
 */
export function isoWeekday(iso: string): number {
  const sundayZero = new Date(toMs(iso)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

/**
 * The Monday–Sunday week that contains a date.
 * @example weekContaining('2026-10-16') // => { start: '2026-10-12', end: '2026-10-18' }
 */
export function weekContaining(iso: string): { start: string; end: string } {
  const start = addDays(iso, 1 - isoWeekday(iso));
  return { start, end: addDays(start, 6) };
}

/**
 * An 'MM-DD' placed in a year; 02-29 becomes 02-28 in common years so a window edge always exists.
 * @example monthDayIn(2026, '02-29') // => '2026-02-28'
 */
export function monthDayIn(year: number, monthDay: string): string {
  const month = Number(monthDay.slice(0, 2));
  const day = Math.min(Number(monthDay.slice(3, 5)), daysInMonth(year, month));
  return isoDate(year, month, day);
}
