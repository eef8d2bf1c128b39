import { describe, expect, it } from 'vitest';
import { comparisons, unitFamily, type ComparableTarget } from '../../../src/charts/comparisons.ts';

const t = (plan: string, metric_key: string | null, unit: string, kind: ComparableTarget['kind'] = 'target') => ({ plan, metric_key, unit, kind });

describe('unitFamily(unit)', () => {
  it('counts 名 and 人 as the same unit and keeps others', () => {
    expect(unitFamily('名')).toBe('人');
    expect(unitFamily('人')).toBe('人');
    expect(unitFamily('人次')).toBe('人次');
  });
});

describe('comparisons(targets, metrics)', () => {
  it('compares a metric that at least two plans set a target for', () => {
    const result = comparisons([t('a', 'volunteers', '人'), t('b', 'volunteers', '名'), t('c', 'bases', '个')], ['volunteers', 'bases']);
    expect(result).toEqual([{ metric: 'volunteers', unit: '人', targets: [t('a', 'volunteers', '人'), t('b', 'volunteers', '名')] }]);
  });

  it('leaves out baselines, past achievements and metrics not asked for', () => {
    const result = comparisons([t('a', 'v', '人'), t('b', 'v', '人', 'achievement'), t('c', 'v', '人', 'baseline'), t('a', 'w', '个'), t('b', 'w', '个')], ['v']);
    expect(result).toEqual([]);
  });

  it('does not count two figures of one plan as a comparison', () => {
    expect(comparisons([t('a', 'v', '人'), t('a', 'v', '人')], ['v'])).toEqual([]);
  });

  it('splits a metric counted in different units, and puts a figure without a unit with the common one', () => {
    const result = comparisons([t('a', 'v', '人次'), t('b', 'v', '人次'), t('c', 'v', '名'), t('d', 'v', '')], ['v']);
    expect(result.map((c) => [c.unit, c.targets.map((x) => x.plan)])).toEqual([['人次', ['a', 'b', 'd']]]);
  });

  it('follows the order of the metrics it is given', () => {
    const result = comparisons([t('a', 'x', '个'), t('b', 'x', '个'), t('a', 'y', '个'), t('b', 'y', '个')], ['y', 'x']);
    expect(result.map((c) => c.metric)).toEqual(['y', 'x']);
  });
});
