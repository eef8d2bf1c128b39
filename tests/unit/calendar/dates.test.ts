import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, isoWeekday, monthDayIn, weekContaining } from '../../../src/calendar/dates.ts';

describe('weekContaining(date)', () => {
  it('runs from Monday to Sunday around a Friday', () => {
    expect(weekContaining('2026-10-16')).toEqual({ start: '2026-10-12', end: '2026-10-18' });
  });

  it('keeps a Monday as the first day', () => {
    expect(weekContaining('2024-10-14')).toEqual({ start: '2024-10-14', end: '2024-10-20' });
  });

  it('keeps a Sunday as the last day', () => {
    expect(weekContaining('2024-10-20')).toEqual({ start: '2024-10-14', end: '2024-10-20' });
  });
});

describe('isoWeekday(date)', () => {
  it('numbers Monday 1 and Sunday 7', () => {
    expect(isoWeekday('2024-04-22')).toBe(1);
    expect(isoWeekday('2025-11-09')).toBe(7);
  });
});

describe('addDays(date, days)', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2024-05-31', 1)).toBe('2024-06-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});

describe('daysInMonth(year, month)', () => {
  it('knows leap Februaries', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 9)).toBe(30);
  });
});

describe('monthDayIn(year, monthDay)', () => {
  it('moves 02-29 to 02-28 in a common year', () => {
    expect(monthDayIn(2026, '02-29')).toBe('2026-02-28');
    expect(monthDayIn(2028, '02-29')).toBe('2028-02-29');
  });
});
