import { describe, expect, it } from 'vitest';
import { monthSpan, monthsFrom, windowItems, yearMonths } from '../../../src/calendar/window.ts';
import { catalog } from '../calendar/catalog-fixture.ts';

describe('monthsFrom(today, count)', () => {
  it('starts at the month of today and runs into the next year', () => {
    expect(monthsFrom('2026-12-01', 3)).toEqual([{ year: 2026, month: 12 }, { year: 2027, month: 1 }, { year: 2027, month: 2 }]);
    const twelve = monthsFrom('2026-03-15');
    expect(twelve).toHaveLength(12);
    expect(twelve[0]).toEqual({ year: 2026, month: 3 });
    expect(twelve.at(-1)).toEqual({ year: 2027, month: 2 });
  });

  it('gives the twelve months of January’s year from 1 January', () => {
    expect(monthsFrom('2026-01-01')).toEqual(yearMonths(2026));
  });
});

describe('monthSpan(months)', () => {
  it('runs from the first day of the first month to the last day of the last', () => {
    expect(monthSpan(monthsFrom('2027-12-31', 3))).toEqual({ first: '2027-12-01', last: '2028-02-29' });
  });
});

describe('windowItems(entries, months)', () => {
  it('holds the items of both years once each, in date order, without seasonal bands', () => {
    const items = windowItems(catalog, monthsFrom('2026-06-01'));
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(items.map((i) => i.start)).toEqual([...items.map((i) => i.start)].sort());
    expect(items.every((i) => i.role !== 'season' && i.end >= '2026-06-01' && i.start <= '2027-05-31')).toBe(true);
    expect(items.some((i) => i.year === 2027)).toBe(true);
    expect(items.some((i) => i.year === 2026)).toBe(true);
  });
});
