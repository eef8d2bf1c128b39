import { describe, expect, it } from 'vitest';
import { septemberEquinox, septemberEquinoxBeijingDate } from '../../../src/calendar/equinox.ts';

describe('septemberEquinoxBeijingDate(year)', () => {
  it.each([
    [2024, '2024-09-22'],
    [2025, '2025-09-23'],
    [2026, '2026-09-23'],
    [2027, '2027-09-23'],
    [2028, '2028-09-22'],
    [2029, '2029-09-23'],
    [2030, '2030-09-23'],
  ])('gives the Beijing date of the %i equinox as %s', (year, date) => {
    expect(septemberEquinoxBeijingDate(year)).toBe(date);
  });

  it('gives the past harvest festival dates 2018–2023', () => {
    const dates = [2018, 2019, 2020, 2021, 2022, 2023].map(septemberEquinoxBeijingDate);
    expect(dates).toEqual(['2018-09-23', '2019-09-23', '2020-09-22', '2021-09-23', '2022-09-23', '2023-09-23']);
  });
});

describe('septemberEquinox(year)', () => {
  it.each([
    [2024, '2024-09-22T12:43'],
    [2025, '2025-09-22T18:19'],
    [2026, '2026-09-23T00:05'],
    [2027, '2027-09-23T06:01'],
    [2028, '2028-09-22T11:45'],
    [2029, '2029-09-22T17:37'],
    [2030, '2030-09-22T23:27'],
  ])('puts the %i equinox at %s UTC, to the minute', (year, minute) => {
    expect(septemberEquinox(year).toISOString().slice(0, 16)).toBe(minute);
  });

  it('falls on different calendar dates in UTC and in Beijing in 2025', () => {
    expect(septemberEquinox(2025).toISOString().slice(0, 10)).toBe('2025-09-22');
    expect(septemberEquinoxBeijingDate(2025)).toBe('2025-09-23');
  });
});
