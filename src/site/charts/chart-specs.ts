// Every chart of the site, in one page language, described once: its id, title, caption, the
// numbers as a table and as CSV rows, and a function that draws it at a width. The figure on a
// page, the chart's own page and its two downloads (CSV, SVG) are all made from this.
import { barChart, groupedDigits } from '../../charts/bar-chart.ts';
import { dumbbellChart } from '../../charts/dumbbell-chart.ts';
import { barTable, dumbbellTable, type ChartTable } from '../../charts/table.ts';
import type { Locale } from '../../i18n/locales.ts';
import { ui } from '../../i18n/translations/index.ts';
import type { SiteData } from '../data.ts';
import { names } from '../names.ts';
import { targetWhen } from '../target-when.ts';
import { outcomeStatus } from '../outcome-status.ts';
import { comparisonCharts } from './chart-list.ts';
import { comparisonBars } from './comparison-bars.ts';
import { literacyRows } from './literacy-rows.ts';

export interface DrawOptions {
  /** The SVG's own id (ids of its title and description derive from it). */
  id: string;
  /** Makes every link absolute on this origin: for the SVG file, which is read outside the site. */
  origin?: URL;
}

export interface ChartSpec {
  /** `chart-literacy`, `chart-<metric>`: unique on the site, and the name of its files. */
  id: string;
  title: string;
  caption: string;
  table: ChartTable;
  /** One row per figure, for the CSV download: plan, series, year, value, figure, url. */
  records: Array<Record<string, string | number>>;
  draw: (width: number, options: DrawOptions) => string;
}

/** The widths a chart is drawn at; the page shows the one that fits its box (Chart.astro). */
export const CHART_WIDTHS = [288, 400, 560, 800] as const;

const absolute = (href: string, origin?: URL) => (origin ? new URL(href, origin).href : href);

/** At most this many plans in one chart: more are charted in parts, each of them readable. */
export const MAX_PLANS_PER_CHART = 30;

/**
 * Items in consecutive parts of at most `max` plans each (an item belongs to the plan `planOf`
 * names; a plan's items stay together).
 * @example chartParts(['a/1', 'a/2', 'b/1', 'c/1'], (k) => k.split('/')[0], 2) // => [['a/1', 'a/2', 'b/1'], ['c/1']]
 */
export function chartParts<T>(items: readonly T[], planOf: (item: T) => string, max = MAX_PLANS_PER_CHART): T[][] {
  const parts: T[][] = [];
  let plans = new Set<string>();
  for (const item of items) {
    const plan = planOf(item);
    if (!plans.has(plan) && plans.size === max) {
      plans = new Set();
      parts.push([]);
    }
    if (parts.length === 0) parts.push([]);
    plans.add(plan);
    parts.at(-1)?.push(item);
  }
  return parts;
}

/** A part's id and title: the chart's own for a chart in one part. */
function part(locale: Locale, id: string, title: string, k: number, parts: number): { id: string; title: string } {
  return parts > 1 ? { id: k > 1 ? `${id}-part-${k}` : id, title: ui(locale).targets.chartPart(title, k, parts) } : { id, title };
}

/**
 * Civic scientific literacy, baseline → target, in parts of MAX_PLANS_PER_CHART plans; empty
 * when no plan states it.
 * @example literacySpecs(site, 'en')[0]?.id // => 'chart-literacy'
 */
export function literacySpecs(site: SiteData, locale: Locale): ChartSpec[] {
  const t = ui(locale);
  const all = literacyRows(site, locale);
  const role = (r: 'baseline' | 'target') => (r === 'target' ? t.plan.target : t.plan.baseline);
  const parts = chartParts(all, (r) => r.key);
  return parts.map((rows, i) => {
    const { id, title } = part(locale, 'chart-literacy', t.targets.literacyTitle, i + 1, parts.length);
    const items = rows.map((r) => t.targets.item(r.label, r.points.map((p) => `${role(p.role)} ${p.valueLabel}`).join(', ')));
    const description = t.targets.describe(title, items);
    return {
      id,
      title,
      caption: t.targets.literacyCaption,
      table: dumbbellTable(rows, [t.targets.plan, t.plan.baseline, t.plan.target]),
      records: rows.flatMap((r) => r.points.map((p) => ({ plan: r.label, series: role(p.role), year: p.year, value: p.value, figure: p.valueLabel, url: p.href }))),
      draw: (width, o) =>
        dumbbellChart({
          id: o.id,
          title,
          description,
          rows: rows.map((r) => ({ ...r, points: r.points.map((p) => ({ ...p, href: absolute(p.href, o.origin) })) })),
          legend: { baseline: t.plan.baseline, target: t.plan.target },
          tickFormat: (n) => `${n}%`,
          width,
        }),
    };
  });
}

/**
 * One bar chart per metric (and unit) that two or more plans target, in comparisonCharts' order.
 * @example comparisonSpecs(site, 'en', 2026)[0]?.id // => 'chart-regional-bases'
 */
export function comparisonSpecs(site: SiteData, locale: Locale, year: number): ChartSpec[] {
  const t = ui(locale);
  const n = names(site, locale);
  return comparisonCharts(site, locale).flatMap(({ comparison, id: chartId, title: chartTitle }) => {
    // A target with a report says what it achieved after its year: `2025 · Achieved`.
    const reported = (d: (typeof comparison.targets)[number]) => {
      const status = outcomeStatus(d);
      return status && status !== 'not-reported' ? ` · ${t.outcome.statuses[status]}` : '';
    };
    const when = new Map(comparison.targets.map((d) => [d.id, `${targetWhen(locale, d, year).when}${reported(d)}`]));
    const planOf = new Map(comparison.targets.map((d) => [d.id, d.plan]));
    const all = comparisonBars(site, locale, comparison, year).map((b) => ({ ...b, year: when.get(b.key) ?? '' }));
    const parts = chartParts(all, (b) => planOf.get(b.key) ?? b.key);
    return parts.map((bars, i) => {
      const { id, title } = part(locale, chartId, chartTitle, i + 1, parts.length);
      const description = t.targets.describe(title, bars.map((b) => t.targets.item(b.label, b.year ? `${b.valueLabel} (${b.year})` : b.valueLabel)));
      const plans = new Set(bars.map((b) => planOf.get(b.key))).size;
      return {
        id,
        title,
        caption: t.targets.barCaption(plans, n.unit(comparison.unit)),
        table: barTable(bars, [t.targets.plan, t.target.value]),
        records: bars.map((b) => ({ plan: b.label, series: title, year: b.year ?? '', value: b.value, figure: b.valueLabel, url: b.href })),
        draw: (width, o) =>
          barChart({
            id: o.id,
            title,
            description,
            bars: bars.map((b) => ({ ...b, href: absolute(b.href, o.origin) })),
            tickFormat: comparison.unit === '%' ? (v) => `${groupedDigits(v)}%` : groupedDigits,
            width,
          }),
      };
    });
  });
}

const cache = new WeakMap<SiteData, Map<string, ChartSpec[]>>();

/**
 * Every chart of the site in a language: literacy first, then the comparisons (worked out once
 * per build and language: every chart page and download reads them).
 * @example chartSpecs(site, 'zh', 2026).map((c) => c.id)[0] // => 'chart-literacy'
 */
export function chartSpecs(site: SiteData, locale: Locale, year: number): ChartSpec[] {
  const bySite = cache.get(site) ?? new Map<string, ChartSpec[]>();
  cache.set(site, bySite);
  const key = `${locale} ${year}`;
  const found = bySite.get(key);
  if (found) return found;
  const specs = [...literacySpecs(site, locale), ...comparisonSpecs(site, locale, year)];
  bySite.set(key, specs);
  return specs;
}
