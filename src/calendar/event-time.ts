import type { Locale } from '../i18n/locales.ts';
import { formatDay } from './format-date.ts';

/**
 * When an event is, in Beijing time as its page gives it: one day with its hours, or a span.
 * @example eventWhen('zh', '2026-09-20T09:00', '2026-09-20T17:00') // => '2026年9月20日 9:00—17:00'
 * @example eventWhen('en', '2026-09-20T09:00', '2026-09-22T17:00') // => '20 September 2026, 9:00 – 22 September 2026, 17:00'
 */
export function eventWhen(locale: Locale, start: string, end: string): string {
  const time = (iso: string) => iso.slice(11).replace(/^0(?=\d)/u, '');
  const [day, endDay] = [start.slice(0, 10), end.slice(0, 10)];
  if (day === endDay) return locale === 'zh' ? `${formatDay('zh', day, true)} ${time(start)}—${time(end)}` : `${formatDay('en', day, true)}, ${time(start)}–${time(end)}`;
  return locale === 'zh' ? `${formatDay('zh', day, true)} ${time(start)} 至 ${formatDay('zh', endDay, true)} ${time(end)}` : `${formatDay('en', day, true)}, ${time(start)} – ${formatDay('en', endDay, true)}, ${time(end)}`;
}

/**
 * A Beijing time (UTC+8 all year: China has no daylight saving) as a UTC date array for
 * iCalendar, so every calendar app shows it at the right hour wherever it is.
 * @example beijingToUtc('2026-09-20T09:00') // => [2026, 9, 20, 1, 0]
 */
export function beijingToUtc(local: string): [number, number, number, number, number] {
  const d = new Date(`${local}:00+08:00`);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}
