import { scaleUtc } from 'd3-scale';
import { addDays } from './dates.ts';

/**
 * Where spans sit on a one-year strip, as percentages of its width: for seasonal bands (三下乡 in
 * January–February and July–August) drawn across twelve month labels.
 */

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function yearScale(year: number) {
  return scaleUtc().domain([utc(`${year}-01-01`), utc(`${year + 1}-01-01`)]).range([0, 100]).clamp(true);
}

/**
 * A span's left edge and width in percent of the year; the end day is included.
 * @example yearBand(2026, '2026-07-01', '2026-08-31') // => { left: 49.59, width: 16.99 } (rounded to 2 places)
 */
export function yearBand(year: number, start: string, end: string): { left: number; width: number } {
  const x = yearScale(year);
  const left = x(utc(start));
  const right = x(utc(addDays(end, 1)));
  return { left: round(left), width: round(right - left) };
}

/**
 * Where each month starts and how wide it is, in percent of the year, for the strip's labels.
 * @example monthColumns(2026)[1] // => { month: 2, left: 8.49, width: 7.67 }
 */
export function monthColumns(year: number): { month: number; left: number; width: number }[] {
  const x = yearScale(year);
  return Array.from({ length: 12 }, (_, i) => {
    const left = x(new Date(Date.UTC(year, i, 1)));
    const right = x(new Date(Date.UTC(year, i + 1, 1)));
    return { month: i + 1, left: round(left), width: round(right - left) };
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
