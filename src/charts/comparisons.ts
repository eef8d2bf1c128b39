// Which targets can stand side by side in a cross-city chart: targets (not baselines or past
// achievements) of the same catalog metric, counted in the same unit, from at least two plans.
import { greatest, group, rollup } from 'd3-array';

/** The fields of a target that decide whether it compares (a structural subset of the schema). */
export interface ComparableTarget {
  plan: string;
  kind: 'target' | 'baseline' | 'achievement';
  metric_key: string | null;
  unit: string;
}

export interface Comparison<T> {
  metric: string;
  /** The unit every figure in the chart is counted in ('' when the plans give none). */
  unit: string;
  targets: T[];
}

/**
 * Units that count the same thing: 名 and 人 both count people.
 * @example unitFamily('名') // => '人'
 * @example unitFamily('人次') // => '人次'
 */
export function unitFamily(unit: string): string {
  return unit === '名' ? '人' : unit;
}

/**
 * The comparisons to chart, in catalog order; a metric whose plans count in different units
 * (人次 and 名) gives one comparison per unit. A figure without a unit joins the metric's most
 * common unit: plans drop a unit they have just written (达到2.5万人，注册信息员2.5万).
 * @example comparisons([{ plan: 'a', kind: 'target', metric_key: 'v', unit: '人' }, { plan: 'b', kind: 'target', metric_key: 'v', unit: '名' }], ['v'])
 * // => [{ metric: 'v', unit: '人', targets: [ …both ] }]
 */
export function comparisons<T extends ComparableTarget>(targets: readonly T[], metrics: readonly string[]): Comparison<T>[] {
  const wanted = new Set(metrics);
  const byMetric = group(
    targets.filter((t) => t.kind === 'target' && t.metric_key !== null && wanted.has(t.metric_key)),
    (t) => t.metric_key ?? '',
  );
  return metrics.flatMap((metric) => {
    const list = byMetric.get(metric) ?? [];
    const counts = rollup(list.filter((t) => t.unit !== ''), (v) => v.length, (t) => unitFamily(t.unit));
    const common = greatest(counts, ([, n]) => n)?.[0] ?? '';
    const byUnit = group(list, (t) => (t.unit === '' ? common : unitFamily(t.unit)));
    return [...byUnit]
      .filter(([, ts]) => new Set(ts.map((t) => t.plan)).size >= 2)
      .map(([unit, ts]) => ({ metric, unit, targets: ts }));
  });
}
