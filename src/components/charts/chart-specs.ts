// Every chart of the site, in one page language, described once: its id, title, caption, the
// numbers as a table and as CSV rows, and a function that draws it at a width. The figure on a
// page, the chart's own page and its two downloads (CSV, SVG) are all made from this.
import { barChart, groupedDigits } from '../../charts/bar-chart.ts';
import { dumbbellChart } from '../../charts/dumbbell-chart.ts';
import { barTable, dumbbellTable, type ChartTable } from '../../charts/table.ts';
import type { Locale } from '../../i18n/locales.ts';
import { ui } from '../../i18n/translations/index.ts';
import type { SiteData } from '../../site/data.ts';
import { names } from '../../site/names.ts';
import { targetWhen } from '../../site/target-when.ts';
import { outcomeStatus } from '../../site/outcome-status.ts';
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

/**
 * Civic scientific literacy, baseline → target, or null when no plan states it.
 * @example literacySpec(site, 'en')?.id // => 'chart-literacy'
 */
export function literacySpec(site: SiteData, locale: Locale): ChartSpec | null {
  const t = ui(locale);
  const rows = literacyRows(site, locale);
  if (rows.length === 0) return null;
  const role = (r: 'baseline' | 'target') => (r === 'target' ? t.plan.target : t.plan.baseline);
  const items = rows.map((r) => t.targets.item(r.label, r.points.map((p) => `${role(p.role)} ${p.valueLabel}`).join(', ')));
  const description = t.targets.describe(t.targets.literacyTitle, items);
  return {
    id: 'chart-literacy',
    title: t.targets.literacyTitle,
    caption: t.targets.literacyCaption,
    table: dumbbellTable(rows, [t.targets.plan, t.plan.baseline, t.plan.target]),
    records: rows.flatMap((r) => r.points.map((p) => ({ plan: r.label, series: role(p.role), year: p.year, value: p.value, figure: p.valueLabel, url: p.href }))),
    draw: (width, o) =>
      dumbbellChart({
        id: o.id,
        title: t.targets.literacyTitle,
        description,
        rows: rows.map((r) => ({ ...r, points: r.points.map((p) => ({ ...p, href: absolute(p.href, o.origin) })) })),
        legend: { baseline: t.plan.baseline, target: t.plan.target },
        tickFormat: (n) => `${n}%`,
        width,
      }),
  };
}

/**
 * One bar chart per metric (and unit) that two or more plans target, in comparisonCharts' order.
 * @example comparisonSpecs(site, 'en', 2026)[0]?.id // => 'chart-regional-bases'
 */
export function comparisonSpecs(site: SiteData, locale: Locale, year: number): ChartSpec[] {
  const t = ui(locale);
  const n = names(site, locale);
  return comparisonCharts(site, locale).map(({ comparison, id, title }) => {
    // A target with a report says what it achieved after its year: `2025 · Achieved`.
    const reported = (d: (typeof comparison.targets)[number]) => {
      const status = outcomeStatus(d);
      return status && status !== 'not-reported' ? ` · ${t.outcome.statuses[status]}` : '';
    };
    const when = new Map(comparison.targets.map((d) => [d.id, `${targetWhen(locale, d, year).when}${reported(d)}`]));
    const bars = comparisonBars(site, locale, comparison, year).map((b) => ({ ...b, year: when.get(b.key) ?? '' }));
    const description = t.targets.describe(title, bars.map((b) => t.targets.item(b.label, b.year ? `${b.valueLabel} (${b.year})` : b.valueLabel)));
    const plans = new Set(comparison.targets.map((x) => x.plan)).size;
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
}

/**
 * Every chart of the site in a language: literacy first, then the comparisons.
 * @example chartSpecs(site, 'zh', 2026).map((c) => c.id)[0] // => 'chart-literacy'
 */
export function chartSpecs(site: SiteData, locale: Locale, year: number): ChartSpec[] {
  const literacy = literacySpec(site, locale);
  return [...(literacy ? [literacy] : []), ...comparisonSpecs(site, locale, year)];
}
