// Which comparison charts the explorer shows, in what order, with what ids and titles.
import { comparisons, type Comparison } from '../../charts/comparisons.ts';
import type { Locale } from '../../i18n/locales.ts';
import { ui } from '../../i18n/translations/index.ts';
import type { SiteData, TargetEntry } from '../data.ts';
import { names } from '../names.ts';
import { doubtfulFigure } from '../../schemas/catalog/metric.ts';

export interface ChartItem {
  comparison: Comparison<TargetEntry['data']>;
  /** `chart-<metric>`, and `-2`… when a metric is compared in several units. */
  id: string;
  title: string;
}

/**
 * One bar chart per comparable metric (and unit) that two or more plans set a target for, those
 * comparing the most plans first, then A to Z. Literacy is left out: it has its own baseline →
 * target chart. Doubtful figures (doubtfulFigure) are left out.
 * @example comparisonCharts(site, 'en')[0] // => { id: 'chart-regional-bases', title: 'New provincial-level science-education bases', comparison: … }
 */
export function comparisonCharts(site: SiteData, locale: Locale): ChartItem[] {
  const n = names(site, locale);
  const t = ui(locale).targets;
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-Hans-CN' : 'en');
  const metricName = (key: string) => n.metric(key, site.metrics.get(key)?.name_zh ?? key);
  const plans = (c: { targets: ReadonlyArray<{ plan: string }> }) => new Set(c.targets.map((x) => x.plan)).size;
  const compared = [...site.metrics.values()].filter((m) => m.compare && m.key !== 'literacy-rate').map((m) => m.key);
  // A doubtful figure (a 万 probably lost) is flagged in the tables but never charted as fact.
  const metrics = [...site.metrics.values()];
  const charts = comparisons(site.targets.map((x) => x.data).filter((d) => !doubtfulFigure(d, metrics)), compared);
  charts.sort((a, b) => plans(b) - plans(a) || collator.compare(metricName(a.metric), metricName(b.metric)));
  const seen = new Map<string, number>();
  return charts.map((comparison) => {
    const i = seen.get(comparison.metric) ?? 0;
    seen.set(comparison.metric, i + 1);
    return {
      comparison,
      id: `chart-${comparison.metric}${i > 0 ? `-${i + 1}` : ''}`,
      title: t.chartTitle(metricName(comparison.metric), n.unit(comparison.unit)),
    };
  });
}
