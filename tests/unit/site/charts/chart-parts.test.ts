import { describe, expect, it } from 'vitest';
import { chartWeight } from '../../../../src/site/charts/chart-pages.ts';
import { chartParts, MAX_PLANS_PER_CHART } from '../../../../src/site/charts/chart-specs.ts';

const plan = (key: string) => key.split('/')[0] ?? key;

describe('chartParts(items, planOf, max)', () => {
  it('keeps a chart of few plans in one part', () => {
    expect(chartParts(['a/1', 'b/1', 'b/2'], plan)).toEqual([['a/1', 'b/1', 'b/2']]);
  });

  it('splits a chart into parts of at most max plans, keeping each plan’s bars together', () => {
    expect(chartParts(['a/1', 'a/2', 'b/1', 'c/1', 'c/2', 'd/1'], plan, 2)).toEqual([['a/1', 'a/2', 'b/1'], ['c/1', 'c/2', 'd/1']]);
  });

  it('charts a thousand plans in parts that each hold at most MAX_PLANS_PER_CHART plans', () => {
    const bars = Array.from({ length: 1000 }, (_, i) => `p${i}/t1`);
    const parts = chartParts(bars, plan);
    expect(parts).toHaveLength(Math.ceil(1000 / MAX_PLANS_PER_CHART));
    expect(parts.every((p) => p.length <= MAX_PLANS_PER_CHART)).toBe(true);
    expect(parts.flat()).toEqual(bars);
  });

  it('has no part for no items', () => {
    expect(chartParts([], plan)).toEqual([]);
  });
});

describe('chartWeight(spec)', () => {
  it('estimates a chart’s HTML from the rows of its table', () => {
    expect(chartWeight({ table: { columns: [], rows: new Array(4) } })).toBe(22);
  });
});
