// The months a calendar page shows and the dated items in them: the coming twelve months from a
// day (the calendar's front page), or one calendar year (the year pages).
import { daysInMonth, isoDate } from './dates.ts';
import type { ActivityDay } from '../schemas/catalog/activity-day.ts';
import { byDate, yearItems, type CalendarItem } from './year-items.ts';

export interface CalendarMonth {
  year: number;
  /** 1–12. */
  month: number;
}

/**
 * `count` months from the month of `today` on.
 * @example monthsFrom('2026-12-01', 3) // => [{ year: 2026, month: 12 }, { year: 2027, month: 1 }, { year: 2027, month: 2 }]
 */
export function monthsFrom(today: string, count = 12): CalendarMonth[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return Array.from({ length: count }, (_, i) => ({ year: year + Math.floor((month - 1 + i) / 12), month: ((month - 1 + i) % 12) + 1 }));
}

/**
 * The twelve months of a year.
 * @example yearMonths(2026)[11] // => { year: 2026, month: 12 }
 */
export function yearMonths(year: number): CalendarMonth[] {
  return Array.from({ length: 12 }, (_, i) => ({ year, month: i + 1 }));
}

/**
 * The first and last day of a run of months.
 * @example monthSpan([{ year: 2026, month: 3 }, { year: 2027, month: 2 }]) // => { first: '2026-03-01', last: '2027-02-28' }
 */
export function monthSpan(months: readonly CalendarMonth[]): { first: string; last: string } {
  const a = months[0] ?? { year: 2000, month: 1 };
  const b = months.at(-1) ?? a;
  return { first: isoDate(a.year, a.month, 1), last: isoDate(b.year, b.month, daysInMonth(b.year, b.month)) };
}

/**
 * Every dated item (seasonal bands left out) that touches the months, once, in date order.
 * @example windowItems(catalog, monthsFrom('2026-09-01', 1)).some((i) => i.id === 'quanguo-kepuri-2026') // => true
 */
export function windowItems(entries: readonly ActivityDay[], months: readonly CalendarMonth[]): CalendarItem[] {
  const { first, last } = monthSpan(months);
  const years = [...new Set(months.map((m) => m.year))];
  const seen = new Set<string>();
  return years
    .flatMap((y) => yearItems(entries, y))
    .filter((item) => item.role !== 'season' && item.end >= first && item.start <= last && !seen.has(item.id) && seen.add(item.id))
    .sort(byDate);
}
