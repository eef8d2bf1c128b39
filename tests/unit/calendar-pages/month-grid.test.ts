import { describe, expect, it } from 'vitest';
import { monthGrid } from '../../../src/calendar/month-grid.ts';

const item = (start: string, end: string) => ({ start, end });

describe('monthGrid(year, month, items)', () => {
  it('starts weeks on Monday and fills the first and last weeks with the neighbouring days', () => {
    const weeks = monthGrid(2026, 9, []);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.days.map((d) => d.iso)).toEqual(['2026-08-31', '2026-09-01', '2026-09-02', '2026-09-03', '2026-09-04', '2026-09-05', '2026-09-06']);
    expect(weeks[0]?.days[0]?.inMonth).toBe(false);
    expect(weeks[4]?.days.at(-1)).toEqual({ iso: '2026-10-04', day: 4, inMonth: false });
  });

  it('gives a month that starts on Monday and fits four weeks exactly four rows', () => {
    expect(monthGrid(2027, 2, [])).toHaveLength(4);
  });

  it('cuts a month-long span into one bar per week, linked only from its first bar', () => {
    const month = item('2026-09-01', '2026-09-30');
    const bars = monthGrid(2026, 9, [month]).flatMap((w) => w.bars);
    expect(bars.map((b) => [b.column, b.span, b.opens, b.closes, b.lead])).toEqual([
      [2, 6, true, false, true],
      [1, 7, false, false, false],
      [1, 7, false, false, false],
      [1, 7, false, false, false],
      [1, 3, false, true, false],
    ]);
  });

  it('stops bars at the month edge, so a span running into the next month closes there', () => {
    const week = item('2026-05-15', '2026-06-05');
    const may = monthGrid(2026, 5, [week]).flatMap((w) => w.bars);
    expect(may.at(-1)).toMatchObject({ column: 1, span: 7, closes: false });
    const june = monthGrid(2026, 6, [week]).flatMap((w) => w.bars);
    expect(june[0]).toMatchObject({ column: 1, span: 5, opens: false, closes: true, lead: true });
  });

  it('stacks overlapping items in separate lanes and reuses a lane once it is free', () => {
    const [first] = monthGrid(2026, 10, [item('2026-10-12', '2026-10-18'), item('2026-10-16', '2026-10-16'), item('2026-10-01', '2026-10-02')]).slice(2);
    expect(first?.bars.map((b) => [b.item.start, b.lane])).toEqual([
      ['2026-10-12', 0],
      ['2026-10-16', 1],
    ]);
    expect(first?.lanes).toBe(2);
    const week1 = monthGrid(2026, 10, [item('2026-10-01', '2026-10-01'), item('2026-10-03', '2026-10-04')])[0];
    expect(week1?.bars.map((b) => b.lane)).toEqual([0, 0]);
    expect(week1?.lanes).toBe(1);
  });

  it('ignores items outside the month', () => {
    expect(monthGrid(2026, 3, [item('2026-04-01', '2026-04-30')]).flatMap((w) => w.bars)).toEqual([]);
  });
});
