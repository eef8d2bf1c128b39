import { ascending } from 'd3-array';
import type { ActivityDay, ActivityKnown } from '../schemas/catalog/activity-day.ts';
import { periodNameFor, ruleFor } from './history.ts';
import { anchorIn, occurrenceIn, seasonsIn, type Occurrence } from './occurrence.ts';

/**
 * One dated thing to show on the site's calendar: an activity's span in a year (its `main` item),
 * the firm day inside an announced span (`anchor`), or a seasonal band of an undated programme
 * (`season`). The .ics feeds are made from these items (ics.ts), so a page and a subscribed calendar
 * name one thing alike: an id is its event's UID.
 */
export type CalendarItem = {
  id: string;
  key: string;
  role: 'main' | 'anchor' | 'season';
  year: number;
  name_zh: string;
  name_en: string;
  start: string;
  end: string;
  approximate: boolean;
  basis: Occurrence['basis'];
  /** For a main item dated by a `known` row: read in the publisher's page, read in a copy of it, or computed. */
  status?: ActivityKnown['status'];
};

/** Why an activity has no span in a year. */
export type UndatedReason = 'year-round' | 'seasonal' | 'unannounced';

const ROLE_ORDER = { main: 0, anchor: 1, season: 2 } as const;

/**
 * Every item of one activity in one year, in date order.
 * @example itemsIn(fangzaiJianzai, 2026).map((i) => [i.role, i.start])
 * // => [['main', '2026-05-06'], ['anchor', '2026-05-12']]
 */
export function itemsIn(entry: ActivityDay, year: number): CalendarItem[] {
  const items: CalendarItem[] = [];
  const occurrence = occurrenceIn(entry, year);
  if (occurrence !== null) {
    const name = periodNameFor(entry, year);
    const status = occurrence.basis === 'known' ? entry.known.find((row) => row.year === year)?.status : undefined;
    items.push({ id: `${entry.key}-${year}`, key: entry.key, role: 'main', year, name_zh: name.zh, name_en: name.en, ...occurrence, ...(status ? { status } : {}) });
  }
  const anchor = anchorIn(entry, year);
  if (anchor !== null && entry.anchor_day !== undefined) {
    const { name_zh, name_en } = entry.anchor_day;
    items.push({ id: `${entry.key}-day-${year}`, key: entry.key, role: 'anchor', year, name_zh, name_en, ...anchor });
  }
  for (const season of seasonsIn(entry, year)) {
    items.push({
      id: `${entry.key}-season-${season.start.slice(5).replace('-', '')}-${year}`,
      key: entry.key,
      role: 'season',
      year,
      name_zh: `${entry.name_zh}：${season.label_zh}`,
      name_en: `${entry.name_en}: ${season.label_en}`,
      start: season.start,
      end: season.end,
      approximate: true,
      basis: 'window',
    });
  }
  return items.sort(byDate);
}

/**
 * Chronological order: start, then the longer span first, then main before anchor, then key.
 * @example [b, a].sort(byDate)
 */
export function byDate(a: CalendarItem, b: CalendarItem): number {
  return ascending(a.start, b.start) || ascending(b.end, a.end) || ascending(ROLE_ORDER[a.role], ROLE_ORDER[b.role]) || ascending(a.key, b.key);
}

/**
 * Every item that touches a calendar year, in date order. The previous year's editions are
 * included when they run into this year (a December–January window).
 * @example yearItems(catalog, 2026).find((i) => i.key === 'shijie-liangshiri')
 * // => { id: 'shijie-liangshiri-2026', start: '2026-10-12', end: '2026-10-18', approximate: false, … }
 */
export function yearItems(entries: readonly ActivityDay[], year: number): CalendarItem[] {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return entries
    .flatMap((entry) => [...itemsIn(entry, year - 1), ...itemsIn(entry, year)])
    .filter((item) => item.end >= first && item.start <= last)
    .sort(byDate);
}

/**
 * Activities that have no span of their own in a year, and why: a year-round programme, one with
 * only seasonal bands (三下乡), or an announced one whose dates are not known yet (低碳日).
 * @example undatedIn(catalog, 2026).map((u) => [u.entry.key, u.reason])
 * // => [['quanguo-ditanri', 'unannounced'], …, ['sanxiaxiang', 'seasonal'], …]
 */
export function undatedIn<T extends ActivityDay>(entries: readonly T[], year: number): { entry: T; reason: UndatedReason }[] {
  return entries
    .filter((entry) => occurrenceIn(entry, year) === null)
    .map((entry) => {
      const rule = ruleFor(entry, year);
      const reason: UndatedReason = rule.type !== 'none' ? 'unannounced' : seasonsIn(entry, year).length > 0 ? 'seasonal' : 'year-round';
      return { entry, reason };
    });
}

/**
 * The next `count` items from a day on (those still running included), over this year and next;
 * seasonal bands are left out since they are not events to attend.
 * @example upcoming(catalog, '2026-03-15', 2).map((i) => [i.key, i.start])
 * // => [['shijie-qixiangri', '2026-03-23'], ['aiguo-weishengyue', '2026-04-01']]
 */
export function upcoming(entries: readonly ActivityDay[], today: string, count: number): CalendarItem[] {
  const year = Number(today.slice(0, 4));
  const seen = new Set<string>();
  return [...yearItems(entries, year), ...yearItems(entries, year + 1)]
    .filter((item) => item.role !== 'season' && item.end >= today && !seen.has(item.id) && seen.add(item.id))
    .sort(byDate)
    .slice(0, count);
}

/** How sure an item's dates are, for the words beside them. */
export type ItemCertainty = ActivityKnown['status'] | 'approximate' | 'launch';

/**
 * How sure an item's dates are: read in the publisher's own page, reported (read in a copy),
 * computed from a verified rule, only the usual window (approximate), or only a known launch day.
 * @example itemCertainty({ basis: 'window', … }) // => 'approximate'
 */
export function itemCertainty(item: Pick<CalendarItem, 'basis' | 'status'>): ItemCertainty {
  switch (item.basis) {
    case 'known':
      return item.status ?? 'verified';
    case 'rule':
      return 'computed';
    case 'window':
      return 'approximate';
    case 'launch':
      return 'launch';
  }
}
