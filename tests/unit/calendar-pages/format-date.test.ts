import { describe, expect, it } from 'vitest';
import { formatDay, formatRange, monthName, weekdayNames } from '../../../src/calendar/format-date.ts';

describe('formatRange(locale, start, end, withYear)', () => {
  it('writes one day as a day', () => {
    expect(formatRange('zh', '2026-09-23', '2026-09-23')).toBe('9月23日');
    expect(formatRange('en', '2026-09-23', '2026-09-23', true)).toBe('23 September 2026');
  });

  it('shortens a span inside one month', () => {
    expect(formatRange('zh', '2026-09-01', '2026-09-30')).toBe('9月1日至30日');
    expect(formatRange('en', '2026-10-12', '2026-10-18')).toBe('12–18 October');
  });

  it('names both months of a span across months', () => {
    expect(formatRange('zh', '2026-05-15', '2026-06-05', true)).toBe('2026年5月15日至6月5日');
    expect(formatRange('en', '2026-05-15', '2026-06-05', true)).toBe('15 May – 5 June 2026');
  });

  it('names both years of a span across years', () => {
    expect(formatRange('zh', '2026-12-20', '2027-01-05')).toBe('2026年12月20日至2027年1月5日');
    expect(formatRange('en', '2026-12-20', '2027-01-05')).toBe('20 December 2026 – 5 January 2027');
  });
});

describe('formatDay, monthName, weekdayNames', () => {
  it('give dates, months and weekdays in the page language', () => {
    expect(formatDay('zh', '2026-03-15', true)).toBe('2026年3月15日');
    expect(monthName('en', 2)).toBe('February');
    expect(monthName('zh', 12)).toBe('12月');
    expect(weekdayNames('zh')).toEqual(['一', '二', '三', '四', '五', '六', '日']);
    expect(weekdayNames('en')[0]).toBe('Mon');
  });
});
