import { describe, expect, it } from 'vitest';
import type { Bar } from '../../../src/charts/bar-chart.ts';
import { barTable, dumbbellTable } from '../../../src/charts/table.ts';

describe('barTable(bars, columns)', () => {
  it('has one row per bar with the same figure and link', () => {
    const bars: Bar[] = [{ key: 'k', label: '包头市', value: 20000, valueLabel: '20,000 人', href: '/p/#s1', name: 'n' }];
    expect(barTable(bars, ['规划', '数值'])).toEqual({ columns: ['规划', '数值'], rows: [{ key: 'k', header: '包头市', cells: [[{ text: '20,000 人', value: 20000, href: '/p/#s1' }]] }] });
  });
});

describe('dumbbellTable(rows, columns)', () => {
  it('puts baselines in year order in one column and the target in the next', () => {
    const point = (role: 'baseline' | 'target', year: number, value: number) => ({ key: `${year}`, role, year, value, valueLabel: `${value}%`, href: `/p/#${year}`, name: '' });
    const table = dumbbellTable([{ key: 'z', label: '中卫市', points: [point('target', 2025, 10), point('baseline', 2020, 5.5), point('baseline', 2015, 2)] }], ['规划', '基线', '目标']);
    expect(table.rows[0]?.cells.map((c) => c.map((f) => f.value))).toEqual([[2, 5.5], [10]]);
  });

  it('leaves the baseline cell empty for a plan with a target only', () => {
    const table = dumbbellTable([{ key: 'b', label: '包头市', points: [{ key: 't', role: 'target', year: 2025, value: 15, valueLabel: '15%', href: '/b/#x', name: '' }] }], ['规划', '基线', '目标']);
    expect(table.rows[0]?.cells[0]).toEqual([]);
  });
});

