import type { Locale } from '../i18n/locales.ts';

/**
 * Dates for people, in the page's language, written out rather than left to Intl so the text does
 * not change with the Node/ICU version that builds the site.
 */

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_ZH = ['一', '二', '三', '四', '五', '六', '日'];
const WEEKDAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function parts(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/**
 * A month's name.
 * @example monthName('zh', 9) // => '9月'
 * @example monthName('en', 9) // => 'September'
 */
export function monthName(locale: Locale, month: number): string {
  return locale === 'zh' ? `${month}月` : MONTHS_EN[month - 1] ?? String(month);
}

/**
 * A month of a year.
 * @example formatMonth('zh', 2027, 2) // => '2027年2月'
 * @example formatMonth('en', 2027, 2) // => 'February 2027'
 */
export function formatMonth(locale: Locale, year: number, month: number): string {
  return locale === 'zh' ? `${year}年${month}月` : `${monthName('en', month)} ${year}`;
}

/**
 * Column headings of a Monday-first week.
 * @example weekdayNames('zh')[6] // => '日'
 */
export function weekdayNames(locale: Locale): readonly string[] {
  return locale === 'zh' ? WEEKDAYS_ZH : WEEKDAYS_EN;
}

/**
 * One day, with its year when asked.
 * @example formatDay('zh', '2026-09-23', true) // => '2026年9月23日'
 * @example formatDay('en', '2026-09-23') // => '23 September'
 */
export function formatDay(locale: Locale, iso: string, withYear = false): string {
  const { year, month, day } = parts(iso);
  if (locale === 'zh') return `${withYear ? `${year}年` : ''}${month}月${day}日`;
  return `${day} ${monthName('en', month)}${withYear ? ` ${year}` : ''}`;
}

/**
 * An inclusive span of days, as short as it reads unambiguously.
 * @example formatRange('zh', '2026-09-01', '2026-09-30') // => '9月1日至30日'
 * @example formatRange('en', '2026-05-15', '2026-06-05', true) // => '15 May – 5 June 2026'
 * @example formatRange('en', '2026-12-20', '2027-01-05') // => '20 December 2026 – 5 January 2027'
 */
export function formatRange(locale: Locale, start: string, end: string, withYear = false): string {
  if (start === end) return formatDay(locale, start, withYear);
  const a = parts(start);
  const b = parts(end);
  if (a.year !== b.year) {
    return locale === 'zh' ? `${formatDay('zh', start, true)}至${formatDay('zh', end, true)}` : `${formatDay('en', start, true)} – ${formatDay('en', end, true)}`;
  }
  if (locale === 'zh') {
    const tail = a.month === b.month ? `${b.day}日` : `${b.month}月${b.day}日`;
    return `${formatDay('zh', start, withYear)}至${tail}`;
  }
  const year = withYear ? ` ${a.year}` : '';
  return a.month === b.month
    ? `${a.day}–${b.day} ${monthName('en', a.month)}${year}`
    : `${formatDay('en', start)} – ${formatDay('en', end)}${year}`;
}
