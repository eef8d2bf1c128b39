import { describe, expect, it } from 'vitest';
import { itemCertainty, itemsIn, undatedIn, upcoming, yearItems } from '../../../src/calendar/year-items.ts';
import { catalog, entry } from '../calendar/catalog-fixture.ts';

describe('itemsIn(entry, year)', () => {
  it('gives 防灾减灾 its approximate week and its firm day, with ids matching the .ics UIDs', () => {
    expect(itemsIn(entry('quanguo-fangzai-jianzai-ri'), 2026).map((i) => [i.id, i.role, i.start, i.end, i.approximate])).toEqual([
      ['quanguo-fangzai-jianzai-ri-2026', 'main', '2026-05-06', '2026-05-18', true],
      ['quanguo-fangzai-jianzai-ri-day-2026', 'anchor', '2026-05-12', '2026-05-12', false],
    ]);
  });

  it('names 全国科普日 by its period name from 2025 and keeps the known row status', () => {
    const [month] = itemsIn(entry('quanguo-kepuri'), 2025);
    expect(month).toMatchObject({ name_zh: '全国科普月', start: '2025-09-01', end: '2025-09-30', basis: 'known', status: 'reported' });
  });

  it('gives 三下乡 its two seasonal bands and no span', () => {
    expect(itemsIn(entry('sanxiaxiang'), 2026).map((i) => [i.role, i.start, i.end])).toEqual([
      ['season', '2026-01-01', '2026-02-28'],
      ['season', '2026-07-01', '2026-08-31'],
    ]);
  });
});

describe('yearItems(entries, year)', () => {
  const items = yearItems(catalog, 2026);

  it('lists the year in date order', () => {
    const starts = items.map((i) => i.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('holds the dates the reference gives for 2026', () => {
    const main = (key: string) => items.find((i) => i.key === key && i.role === 'main');
    expect(main('quanguo-kepuri')).toMatchObject({ start: '2026-09-01', end: '2026-09-30', approximate: false });
    expect(main('zhongguo-nongmin-fengshoujie')).toMatchObject({ start: '2026-09-23', end: '2026-09-23' });
    expect(main('shijie-liangshiri')).toMatchObject({ start: '2026-10-12', end: '2026-10-18' });
  });

  it('includes the previous edition when it runs into the year', () => {
    const winter = { ...entry('sanxiaxiang'), rule: { type: 'announced' as const, window: { start: '12-20', end: '01-10' } }, known: [], history: [] };
    expect(yearItems([winter], 2026).map((i) => [i.year, i.start, i.end])).toEqual([
      [2025, '2025-12-20', '2026-01-10'],
      [2026, '2026-12-20', '2027-01-10'],
    ]);
  });
});

describe('undatedIn(entries, year)', () => {
  it('says why each undated activity has no span', () => {
    expect(Object.fromEntries(undatedIn(catalog, 2026).map((u) => [u.entry.key, u.reason]))).toEqual({
      'quanguo-ditanri': 'unannounced',
      'shuangchuang-huodongzhou': 'unannounced',
      sanxiaxiang: 'seasonal',
      'jiankang-zhongguo-xing': 'year-round',
      'kepu-dapengche': 'year-round',
    });
  });
});

describe('upcoming(entries, today, count)', () => {
  it('gives the next occurrences from today, without seasonal bands', () => {
    expect(upcoming(catalog, '2026-03-15', 3).map((i) => [i.key, i.start])).toEqual([
      ['shijie-qixiangri', '2026-03-23'],
      ['aiguo-weishengyue', '2026-04-01'],
      ['shijie-diqiuri', '2026-04-16'],
    ]);
  });

  it('keeps what is still running today', () => {
    // Windows that opened earlier come first: 食品安全宣传周 (from 08-20), 八桂科普大行动 (09-01, longer).
    expect(upcoming(catalog, '2026-09-10', 3).map((i) => [i.key, i.start])).toEqual([
      ['quanguo-shipin-anquan-xuanchuanzhou', '2026-08-20'],
      ['bagui-kepu-dahangdong', '2026-09-01'],
      ['quanguo-kepuri', '2026-09-01'],
    ]);
  });

  it('runs on into next year at the end of a year', () => {
    const next = upcoming(catalog, '2026-12-20', 2);
    expect(next.map((i) => [i.key, i.start])).toEqual([
      ['bagui-kepu-dahangdong', '2026-09-01'],
      ['shijie-qixiangri', '2027-03-23'],
    ]);
  });
});

describe('itemCertainty(item)', () => {
  it('tells verified, computed, approximate and launch-only dates apart', () => {
    expect(itemCertainty({ basis: 'known', status: 'verified' })).toBe('verified');
    expect(itemCertainty({ basis: 'known', status: 'computed' })).toBe('computed');
    expect(itemCertainty({ basis: 'rule' })).toBe('computed');
    expect(itemCertainty({ basis: 'window' })).toBe('approximate');
    expect(itemCertainty({ basis: 'launch' })).toBe('launch');
  });
});
