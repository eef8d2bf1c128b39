import { describe, expect, it } from 'vitest';
import { ruleFor, periodNameFor } from '../../../src/calendar/history.ts';
import { anchorIn, occurrenceIn, ruleOccurrence, seasonsIn } from '../../../src/calendar/occurrence.ts';
import type { ActivityDay } from '../../../src/schemas/catalog/activity-day.ts';
import { entry } from './catalog-fixture.ts';

/** The entry as if no year had been seen, to exercise the rules alone. */
function withoutKnown(item: ActivityDay): ActivityDay {
  return { ...item, known: [] };
}

describe('occurrenceIn(entry, year)', () => {
  it('gives 全国科普日 2024 as 15–25 September from the verified row', () => {
    expect(occurrenceIn(entry('quanguo-kepuri'), 2024)).toEqual({
      start: '2024-09-15',
      end: '2024-09-25',
      approximate: false,
      basis: 'known',
    });
  });

  it('gives 全国科普日 the whole of September in 2025 and 2026', () => {
    const kepuri = entry('quanguo-kepuri');
    expect(occurrenceIn(kepuri, 2025)).toMatchObject({ start: '2025-09-01', end: '2025-09-30', approximate: false });
    expect(occurrenceIn(kepuri, 2026)).toMatchObject({ start: '2026-09-01', end: '2026-09-30', approximate: false });
  });

  it('computes September for 全国科普日 from the month rule after the known years', () => {
    expect(occurrenceIn(entry('quanguo-kepuri'), 2027)).toEqual({
      start: '2027-09-01',
      end: '2027-09-30',
      approximate: false,
      basis: 'rule',
    });
  });

  it('applies the announced-week history of 全国科普日 to 2024 when no row is known', () => {
    expect(occurrenceIn(withoutKnown(entry('quanguo-kepuri')), 2024)).toEqual({
      start: '2024-09-10',
      end: '2024-09-30',
      approximate: true,
      basis: 'window',
    });
  });

  it('does not place 全国科普日 in 2003–2004, when it was held in June on dates not recorded', () => {
    expect(occurrenceIn(entry('quanguo-kepuri'), 2004)).toBeNull();
  });

  it('gives 科技活动周 2025 as 24–31 May from the verified row', () => {
    expect(occurrenceIn(entry('quanguo-keji-huodongzhou'), 2025)).toEqual({
      start: '2025-05-24',
      end: '2025-05-31',
      approximate: false,
      basis: 'known',
    });
  });

  it('gives 科技活动周 2027 the usual window, marked approximate', () => {
    expect(occurrenceIn(entry('quanguo-keji-huodongzhou'), 2027)).toEqual({
      start: '2027-05-15',
      end: '2027-06-05',
      approximate: true,
      basis: 'window',
    });
  });

  it('gives the 世界粮食日 week of 2026 as Monday 12 to Sunday 18 October', () => {
    expect(occurrenceIn(entry('shijie-liangshiri'), 2026)).toMatchObject({ start: '2026-10-12', end: '2026-10-18', approximate: false });
    expect(occurrenceIn(withoutKnown(entry('shijie-liangshiri')), 2026)).toEqual({
      start: '2026-10-12',
      end: '2026-10-18',
      approximate: false,
      basis: 'rule',
    });
  });

  it('computes the 世界粮食日 week of 2027 from the rule', () => {
    expect(occurrenceIn(entry('shijie-liangshiri'), 2027)).toMatchObject({ start: '2027-10-11', end: '2027-10-17', basis: 'rule' });
  });

  it('puts 农民丰收节 2026 on 23 September, also when computed from the equinox', () => {
    expect(occurrenceIn(entry('zhongguo-nongmin-fengshoujie'), 2026)).toMatchObject({ start: '2026-09-23', end: '2026-09-23' });
    expect(occurrenceIn(withoutKnown(entry('zhongguo-nongmin-fengshoujie')), 2026)).toEqual({
      start: '2026-09-23',
      end: '2026-09-23',
      approximate: false,
      basis: 'rule',
    });
  });

  it('computes 农民丰收节 2025 on the Beijing date 23 September, not the UTC date', () => {
    expect(occurrenceIn(withoutKnown(entry('zhongguo-nongmin-fengshoujie')), 2025)).toMatchObject({ start: '2025-09-23' });
  });

  it('returns null for programmes without dates', () => {
    for (const key of ['jiankang-zhongguo-xing', 'kepu-dapengche', 'sanxiaxiang']) {
      expect(occurrenceIn(entry(key), 2026)).toBeNull();
    }
  });

  it('returns null for 双创活动周 in a year without a notice, since no window is usual', () => {
    expect(occurrenceIn(entry('shuangchuang-huodongzhou'), 2026)).toBeNull();
  });

  it('gives a launch-only year as its launch day, marked approximate', () => {
    expect(occurrenceIn(entry('quanguo-shipin-anquan-xuanchuanzhou'), 2025)).toEqual({
      start: '2025-09-11',
      end: '2025-09-11',
      approximate: true,
      basis: 'launch',
    });
  });

  it('gives 119消防宣传月 the whole of November', () => {
    expect(occurrenceIn(entry('119-xiaofangri'), 2027)).toMatchObject({ start: '2027-11-01', end: '2027-11-30', basis: 'rule' });
  });
});

describe('ruleOccurrence(rule, year)', () => {
  it('runs a window whose end precedes its start into the next year', () => {
    expect(ruleOccurrence({ type: 'announced', window: { start: '12-20', end: '01-10' } }, 2026)).toEqual({
      start: '2026-12-20',
      end: '2027-01-10',
      approximate: true,
      basis: 'window',
    });
  });

  it('gives a fixed date as a single day', () => {
    expect(ruleOccurrence({ type: 'fixed', month: 5, day: 30 }, 2026)).toEqual({
      start: '2026-05-30',
      end: '2026-05-30',
      approximate: false,
      basis: 'rule',
    });
  });

  it('ends February on the 29th in a leap year', () => {
    expect(ruleOccurrence({ type: 'month', month: 2 }, 2028)).toMatchObject({ start: '2028-02-01', end: '2028-02-29' });
  });
});

describe('anchorIn(entry, year)', () => {
  it('gives 防灾减灾日 as the firm day 12 May while its week is only a window', () => {
    const fangzai = entry('quanguo-fangzai-jianzai-ri');
    expect(anchorIn(fangzai, 2026)).toEqual({ start: '2026-05-12', end: '2026-05-12', approximate: false, basis: 'rule' });
    expect(occurrenceIn(fangzai, 2026)).toMatchObject({ start: '2026-05-06', end: '2026-05-18', approximate: true });
  });

  it('returns null for an activity without an anchor day', () => {
    expect(anchorIn(entry('quanguo-keji-huodongzhou'), 2026)).toBeNull();
  });
});

describe('seasonsIn(entry, year)', () => {
  it('gives 三下乡 its winter and summer bands', () => {
    expect(seasonsIn(entry('sanxiaxiang'), 2026).map(({ start, end }) => [start, end])).toEqual([
      ['2026-01-01', '2026-02-28'],
      ['2026-07-01', '2026-08-31'],
    ]);
  });

  it('returns no bands for a dated activity', () => {
    expect(seasonsIn(entry('quanguo-kepuri'), 2026)).toEqual([]);
  });
});

describe('ruleFor(entry, year)', () => {
  it('switches 全国科普日 from the announced week to the month in 2025', () => {
    const kepuri = entry('quanguo-kepuri');
    expect(ruleFor(kepuri, 2024).type).toBe('announced');
    expect(ruleFor(kepuri, 2025)).toEqual({ type: 'month', month: 9 });
  });
});

describe('periodNameFor(entry, year)', () => {
  it('calls the 2025 edition 全国科普月 and the 2024 edition 全国科普日', () => {
    const kepuri = entry('quanguo-kepuri');
    expect(periodNameFor(kepuri, 2025)).toEqual({ zh: '全国科普月', en: 'National Science Popularization Month' });
    expect(periodNameFor(kepuri, 2024)).toEqual({ zh: '全国科普日', en: 'National Science Popularization Day' });
  });
});
