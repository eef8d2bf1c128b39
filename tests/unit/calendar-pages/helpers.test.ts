import { describe, expect, it } from 'vitest';
import { icsStamp, icsYears } from '../../../src/calendar/ics-stamp.ts';
import { mentionGroups } from '../../../src/calendar/mention-groups.ts';
import { markTerms } from '../../../src/calendar/quote-marks.ts';
import { monthColumns, yearBand } from '../../../src/calendar/year-band.ts';

describe('markTerms(text, terms)', () => {
  it('marks every occurrence, the longest term first', () => {
    expect(markTerms('中国流动科技馆巡展和流动科技馆', ['流动科技馆', '中国流动科技馆'])).toEqual([
      { text: '中国流动科技馆', marked: true },
      { text: '巡展和', marked: false },
      { text: '流动科技馆', marked: true },
    ]);
  });

  it('leaves a text without the terms whole', () => {
    expect(markTerms('开展科普活动', ['科普日'])).toEqual([{ text: '开展科普活动', marked: false }]);
  });
});

describe('mentionGroups(mentions, planOrder)', () => {
  const m = (plan: string, anchor: string, line: number, asWritten: string) => ({ plan, anchor, quote: `q-${anchor}`, line, as_written: asWritten });

  it('groups by plan in site order, one row per sentence with all its forms', () => {
    const groups = mentionGroups([m('b', 's2', 20, '科普大篷车'), m('a', 's9', 90, 'x'), m('b', 's1', 10, '流动科技馆'), m('b', 's2', 20, '流动科技馆')], ['b', 'a']);
    expect(groups).toEqual([
      { plan: 'b', rows: [{ anchor: 's1', quote: 'q-s1', line: 10, terms: ['流动科技馆'] }, { anchor: 's2', quote: 'q-s2', line: 20, terms: ['科普大篷车', '流动科技馆'] }] },
      { plan: 'a', rows: [{ anchor: 's9', quote: 'q-s9', line: 90, terms: ['x'] }] },
    ]);
  });
});

describe('yearBand(year, start, end) and monthColumns(year)', () => {
  it('places a whole year across the strip and a summer band in its middle', () => {
    expect(yearBand(2026, '2026-01-01', '2026-12-31')).toEqual({ left: 0, width: 100 });
    const summer = yearBand(2026, '2026-07-01', '2026-08-31');
    expect(summer.left).toBeCloseTo((181 / 365) * 100, 1);
    expect(summer.width).toBeCloseTo((62 / 365) * 100, 1);
  });

  it('gives twelve month columns that fill the strip', () => {
    const columns = monthColumns(2028);
    expect(columns).toHaveLength(12);
    expect(columns.reduce((sum, c) => sum + c.width, 0)).toBeCloseTo(100, 1);
    expect(columns[1]?.width).toBeCloseTo((29 / 366) * 100, 1);
  });
});

describe('icsStamp(today) and icsYears(today)', () => {
  it('stamps calendar files at midnight Beijing time and covers this year and next', () => {
    expect(icsStamp('2026-03-15').toISOString()).toBe('2026-03-14T16:00:00.000Z');
    expect(icsYears('2026-03-15')).toEqual([2026, 2027]);
  });
});
