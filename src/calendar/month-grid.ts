import { ascending } from 'd3-array';
import { addDays, daysInMonth, isoDate, isoWeekday, weekContaining } from './dates.ts';

/**
 * The layout of one month as a Monday-first calendar: weeks of seven days, and each dated item
 * cut into one bar per week it touches, stacked in lanes so bars in a week never overlap.
 * Days of the neighbouring months fill the first and last weeks but carry no bars.
 */

export type GridDay = { iso: string; day: number; inMonth: boolean };

export type GridBar<T> = {
  item: T;
  /** 1-based weekday column where the bar starts (1 = Monday). */
  column: number;
  /** Number of days the bar covers in this week. */
  span: number;
  /** 0-based lane from the top of the week. */
  lane: number;
  /** The item begins in this bar (false when it runs in from an earlier week or month). */
  opens: boolean;
  /** The item ends in this bar (false when it runs on into a later week or month). */
  closes: boolean;
  /** The item's first bar in the month: the one bar that links it for keyboards and screen readers. */
  lead: boolean;
};

export type GridWeek<T> = { days: GridDay[]; bars: GridBar<T>[]; lanes: number };

type Dated = { start: string; end: string };

/** Lowest lane whose last used column is before `column`; grows the lanes when none is free. */
function freeLane(laneEnds: number[], column: number, span: number): number {
  let lane = laneEnds.findIndex((end) => end < column);
  if (lane === -1) lane = laneEnds.length;
  laneEnds[lane] = column + span - 1;
  return lane;
}

/**
 * Lays out a month of a year with the items that fall in it (items outside are ignored).
 * @example monthGrid(2026, 9, [{ start: '2026-09-01', end: '2026-09-30' }])[0]
 * // => { days: [{ iso: '2026-08-31', day: 31, inMonth: false }, { iso: '2026-09-01', … }, …],
 * //      bars: [{ column: 2, span: 6, lane: 0, opens: true, closes: false, lead: true, item }], lanes: 1 }
 */
export function monthGrid<T extends Dated>(year: number, month: number, items: readonly T[]): GridWeek<T>[] {
  const first = isoDate(year, month, 1);
  const last = isoDate(year, month, daysInMonth(year, month));
  const inMonth = items
    .filter((item) => item.start <= last && item.end >= first)
    .slice()
    .sort((a, b) => ascending(a.start, b.start) || ascending(b.end, a.end));
  const led = new Set<T>();
  const weeks: GridWeek<T>[] = [];
  for (let monday = weekContaining(first).start; monday <= last; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6);
    const days = Array.from({ length: 7 }, (_, i) => {
      const iso = addDays(monday, i);
      return { iso, day: Number(iso.slice(8, 10)), inMonth: iso >= first && iso <= last };
    });
    // Bars stop at the month's edges: the neighbouring months show their own part.
    const from = monday < first ? first : monday;
    const to = sunday > last ? last : sunday;
    const laneEnds: number[] = [];
    const bars = inMonth
      .filter((item) => item.start <= to && item.end >= from)
      .map((item) => {
        const start = item.start > from ? item.start : from;
        const end = item.end < to ? item.end : to;
        const column = isoWeekday(start);
        const span = isoWeekday(end) - column + 1;
        const lead = !led.has(item);
        led.add(item);
        return { item, column, span, lane: freeLane(laneEnds, column, span), opens: start === item.start, closes: end === item.end, lead };
      });
    weeks.push({ days, bars, lanes: laneEnds.length });
  }
  return weeks;
}
