import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { ActivityDay, ActivitySource } from '../schemas/catalog/activity-day.ts';
import type { Publisher } from '../schemas/catalog/publisher.ts';
import { addDays } from './dates.ts';
import { foldIcs } from './fold.ts';
import { ruleFor } from './history.ts';
import { ruleText } from './rule-text.ts';
import { beijingToUtc } from './event-time.ts';
import { itemsIn, type CalendarItem } from './year-items.ts';
import type { SiteEvent } from '../schemas/news.ts';

/**
 * Activity dates as an iCalendar file (RFC 5545) for calendar apps. Activity days are all-day
 * (DATE values, DTEND exclusive), transparent (they do not make anyone busy) and TENTATIVE when
 * the dates are only the usual window; events staff publish have their hours. The events are the
 * site calendar's items (`itemsIn`), so their dates and UIDs are worked out in one place; UIDs are
 * built from key and year (or the event's file name), so a re-published file updates events in
 * subscribers' calendars instead of duplicating them.
 */

export type IcsOptions = {
  /** DTSTAMP of every event. Passed in, never read from the clock, so the same input gives the same bytes. */
  now: Date;
  /** The trusted publishers, to name each year's source by its publisher. */
  publishers: readonly Publisher[];
  /** Calendar name (X-WR-CALNAME) shown by calendar apps. */
  calName?: string;
  /** Events staff published (content/events), with their file name as id: timed VEVENTs. */
  events?: ReadonlyArray<{ id: string; data: SiteEvent }>;
};

/** `timestamp` (DTSTAMP) is accepted by ics at run time but missing from its types. */
type StampedEvent = EventAttributes & { timestamp: number };

const UID_DOMAIN = 'kepu-plans-hub';
const PRODUCT_ID = '-//Kepu Plans Hub//Activity days//EN';
const DEFAULT_CAL_NAME = '科普活动日 / Science popularization activity days';

function dateArray(iso: string): DateArray {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function approximateLine(item: CalendarItem): string | null {
  if (item.basis === 'window') return 'approximate: usual window; dates are announced each year';
  if (item.basis === 'launch') return 'approximate: launch day only; the end date is not known';
  return null;
}

/** A source as a line: its publisher in both languages, and the publisher's own page if linked. */
function sourceLine(source: ActivitySource | undefined, publishers: readonly Publisher[]): string | null {
  if (!source) return null;
  const p = publishers.find((x) => x.key === source.publisher);
  const name = p ? `${p.name_zh} / ${p.name_en}` : source.publisher;
  return `来源 Source: ${name}${source.date ? `, ${source.date}` : ''}${source.url ? ` ${source.url}` : ''}`;
}

/** The span of one year's edition: its rule in force that year, how sure its dates are, and what the year's row says. */
function mainLines(entry: ActivityDay, item: CalendarItem, publishers: readonly Publisher[]): (string | null | undefined)[] {
  const rule = ruleFor(entry, item.year);
  const known = entry.known.find((row) => row.year === item.year);
  return [
    ruleText(rule, 'en'),
    ruleText(rule, 'zh'),
    approximateLine(item),
    item.status !== undefined ? `Dates ${item.status}.` : null,
    known?.theme_zh && `主题 Theme: ${known.theme_zh} / ${known.theme_en ?? ''}`,
    known?.note_zh,
    known?.note_en,
    `Organizer: ${entry.organizer_en}`,
    sourceLine(entry.sources.find((s) => s.id === known?.source), publishers),
  ];
}

/** The lines under an item's title; an anchor day states its own fixed date, a season that it is only a season. */
function descriptionLines(entry: ActivityDay, item: CalendarItem, publishers: readonly Publisher[]): (string | null | undefined)[] {
  const organizer = `Organizer: ${entry.organizer_en}`;
  switch (item.role) {
    case 'main':
      return mainLines(entry, item, publishers);
    case 'anchor': {
      // The anchor is the same day every year, so its own date is its rule.
      const rule = { type: 'fixed', month: Number(item.start.slice(5, 7)), day: Number(item.start.slice(8, 10)) } as const;
      return [ruleText(rule, 'en'), ruleText(rule, 'zh'), organizer];
    }
    case 'season':
      return ['approximate: usual season; the programme has no fixed dates', organizer];
  }
}

/**
 * An item of the site's calendar as an all-day event: its id is the UID, so a page and a
 * subscribed calendar name one thing alike; DTEND is the day after its last day (exclusive).
 */
function allDay(entry: ActivityDay, item: CalendarItem, options: IcsOptions): StampedEvent {
  return {
    uid: `${item.id}@${UID_DOMAIN}`,
    title: `${item.name_zh} / ${item.name_en}`,
    start: dateArray(item.start),
    end: dateArray(addDays(item.end, 1)),
    description: descriptionLines(entry, item, options.publishers).filter((line): line is string => typeof line === 'string' && line !== '').join('\n'),
    status: item.approximate ? 'TENTATIVE' : 'CONFIRMED',
    transp: 'TRANSPARENT',
    timestamp: options.now.getTime(),
  };
}

/** The events of one activity in one year, in the date order of its calendar items: its span, its anchor day, any seasonal bands. */
function eventsIn(entry: ActivityDay, year: number, options: IcsOptions): StampedEvent[] {
  return itemsIn(entry, year).map((item) => allDay(entry, item, options));
}

/** A staff event at its hours: Beijing time written as UTC, so every calendar app shows it right. */
function timedEvent(e: { id: string; data: SiteEvent }, now: Date): StampedEvent {
  const d = e.data;
  const where = [d.venue_zh, d.venue_en].filter(Boolean).join(' / ');
  return {
    uid: `event-${e.id}@${UID_DOMAIN}`,
    title: d.title_en ? `${d.title_zh} / ${d.title_en}` : d.title_zh,
    start: beijingToUtc(d.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: beijingToUtc(d.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    ...(where ? { location: where } : {}),
    ...(d.url ? { url: d.url } : {}),
    description: [`主办 Organizer: ${d.organizer_zh}${d.organizer_en ? ` / ${d.organizer_en}` : ''}`, `${d.start.replace('T', ' ')} – ${d.end.replace('T', ' ')} 北京时间 (Beijing time, UTC+8)`].join('\n'),
    status: 'CONFIRMED',
    timestamp: now.getTime(),
  };
}

function render(events: StampedEvent[], calName: string): string {
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, calName });
  if (error !== null || value === null) {
    throw new Error(`could not build the iCalendar file: ${error?.message ?? 'no output'}`);
  }
  return foldIcs(value);
}

/**
 * The calendar of one activity over some years.
 * @example activityIcs(kejiHuodongzhou, [2025, 2026], { now: new Date('2026-03-01T00:00:00Z') })
 * // => 'BEGIN:VCALENDAR\r\n…UID:quanguo-keji-huodongzhou-2025@kepu-plans-hub\r\n…'
 */
export function activityIcs(entry: ActivityDay, years: readonly number[], options: IcsOptions): string {
  const timed = (options.events ?? []).filter((e) => e.data.activity === entry.key).map((e) => timedEvent(e, options.now));
  const events = [...years.flatMap((year) => eventsIn(entry, year, options)), ...timed];
  return render(events, options.calName ?? `${entry.name_zh} / ${entry.name_en}`);
}

/**
 * The calendar of all activities over some years, in catalog order then year order.
 * @example calendarIcs(catalog, [2025, 2026, 2027], { now: new Date('2026-03-01T00:00:00Z') })
 * // => 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…END:VCALENDAR\r\n'
 */
export function calendarIcs(entries: readonly ActivityDay[], years: readonly number[], options: IcsOptions): string {
  const timed = (options.events ?? []).map((e) => timedEvent(e, options.now));
  const events = [...entries.flatMap((entry) => years.flatMap((year) => eventsIn(entry, year, options))), ...timed];
  return render(events, options.calName ?? DEFAULT_CAL_NAME);
}
