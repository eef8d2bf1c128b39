// The targets explorer's filters and sort orders (src/site/explorer): the
// pure parts, on hand-made rows.
import { describe, expect, it } from 'vitest';
import { filterCss, filterInputId, filterOptions } from '../../../../src/site/explorer/filters.ts';
import type { ExplorerRow } from '../../../../src/site/explorer/rows.ts';
import { sortPath, sortRows } from '../../../../src/site/explorer/sorting.ts';

let order = 0;
const row = (over: Partial<ExplorerRow>): ExplorerRow => ({
  id: `p/t${order}`,
  order: order++,
  city: 'baotou',
  cityName: '包头市',
  plan: 'p',
  planName: '素质方案',
  planHref: '/plans/p/',
  metric: 'none',
  metricZh: '指标',
  metricEn: null,
  value: 1,
  valueText: '1',
  kind: 'target',
  kindText: '目标',
  deadline: '2025',
  when: '2025',
  passed: null,
  outcome: 'not-reported',
  outcomeText: '未报告',
  corrected: false,
  group: 'general',
  groupName: '公众',
  groupRank: 5,
  quote: '',
  href: '/plans/p/#s1',
  planTargetHref: '/plans/p/#target-t0',
  ...over,
});

const rows = [
  row({ city: 'zhongwei', cityName: '中卫市', value: 10000, deadline: 'none', kind: 'achievement', group: 'youth', groupRank: 0, metricZh: '科技志愿者', metricEn: 'Volunteers' }),
  row({ city: 'baotou', cityName: '包头市', value: 20000, group: 'farmers', groupRank: 1, metricZh: '阿', metricEn: 'Bases' }),
  row({ city: 'zhongwei', cityName: '中卫市', value: 15, kind: 'baseline', deadline: 'none', metricZh: '比例' }),
  row({ city: 'anning', cityName: '安宁市', value: 20000, deadline: '2023' }),
];

describe('filterOptions(rows, value, label, rank)', () => {
  it('lists each value once, in first-seen order, with how many rows have it', () => {
    expect(filterOptions(rows, (r) => r.city, (r) => r.cityName)).toEqual([
      { value: 'zhongwei', label: '中卫市', count: 2 },
      { value: 'baotou', label: '包头市', count: 1 },
      { value: 'anning', label: '安宁市', count: 1 },
    ]);
  });

  it('orders by the rank it is given', () => {
    expect(filterOptions(rows, (r) => r.group, (r) => r.groupName, (r) => r.groupRank).map((o) => o.value)).toEqual(['youth', 'farmers', 'general']);
  });
});

describe('filterCss(dimensions)', () => {
  it('writes one rule per choice that hides the rows without that value', () => {
    const css = filterCss([{ key: 'city', legend: '城市', options: filterOptions(rows, (r) => r.city, (r) => r.cityName) }]);
    expect(css.split('\n')).toEqual([
      '.explorer:has(#tf-city-zhongwei:checked) tbody tr:not([data-city="zhongwei"]){display:none}',
      '.explorer:has(#tf-city-baotou:checked) tbody tr:not([data-city="baotou"]){display:none}',
      '.explorer:has(#tf-city-anning:checked) tbody tr:not([data-city="anning"]){display:none}',
    ]);
  });

  it('refuses a value that is not safe in a selector', () => {
    expect(() => filterCss([{ key: 'city', legend: '', options: [{ value: 'a"]{}', label: '', count: 1 }] }])).toThrow(/not a slug/u);
  });

  it('names the radio buttons the rules point at', () => {
    expect(filterInputId('deadline', '2025')).toBe('tf-deadline-2025');
    expect(filterInputId('deadline', '')).toBe('tf-deadline-all');
  });
});

describe('sortRows(rows, key, locale)', () => {
  it('keeps the default order for city', () => {
    expect(sortRows(rows, 'city', 'zh')).toEqual(rows);
  });

  it('puts the largest values first, ties in the default order', () => {
    expect(sortRows(rows, 'value', 'zh').map((r) => [r.value, r.city])).toEqual([[20000, 'baotou'], [20000, 'anning'], [10000, 'zhongwei'], [15, 'zhongwei']]);
  });

  it('puts the earliest deadline first and rows without one last', () => {
    expect(sortRows(rows, 'deadline', 'zh').map((r) => r.deadline)).toEqual(['2023', '2025', 'none', 'none']);
  });

  it('orders kinds as targets, baselines, past achievements', () => {
    expect(sortRows(rows, 'kind', 'en').map((r) => r.kind)).toEqual(['target', 'target', 'baseline', 'achievement']);
  });

  it('sorts metrics by their English name on English pages, falling back to the Chinese', () => {
    expect(sortRows(rows, 'metric', 'en').map((r) => r.metricEn ?? r.metricZh)).toEqual(['Bases', 'Volunteers', '指标', '比例'].sort(new Intl.Collator('en').compare));
  });

  it('does not change the rows it is given', () => {
    const copy = [...rows];
    sortRows(rows, 'value', 'zh');
    expect(rows).toEqual(copy);
  });
});

describe('sortPath(locale, key)', () => {
  it('keeps the default order at /targets/ and the others under sort/', () => {
    expect(sortPath('zh', 'city')).toBe('/targets/');
    expect(sortPath('en', 'value')).toBe('/en/targets/sort/value/');
  });

  it('puts the pages after the first of an order under page/<n>/, and page 1 at the order itself', () => {
    expect(sortPath('zh', 'city', 1)).toBe('/targets/');
    expect(sortPath('zh', 'city', 2)).toBe('/targets/page/2/');
    expect(sortPath('en', 'deadline', 7)).toBe('/en/targets/sort/deadline/page/7/');
  });
});
