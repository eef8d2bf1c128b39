/**
 * The DTSTAMP of the site's calendar files: midnight in Beijing of the build's "today" (the site
 * clock, frozen by KEPU_TODAY), never the wall-clock instant, so two builds on one day give the
 * same bytes.
 */

/**
 * Midnight at the start of a Beijing (UTC+8) date.
 * @example icsStamp('2026-03-15').toISOString() // => '2026-03-14T16:00:00.000Z'
 */
export function icsStamp(today: string): Date {
  return new Date(`${today}T00:00:00+08:00`);
}

/**
 * The years the calendar files carry: the build's year and the next.
 * @example icsYears('2026-03-15') // => [2026, 2027]
 */
export function icsYears(today: string): [number, number] {
  const year = Number(today.slice(0, 4));
  return [year, year + 1];
}
