// The comparison charts in pages of bounded size: a chart's HTML is about 8 KB (its four
// drawings' frames, caption, downloads) and 3.5 KB per row of its table (a bar or dot in each
// drawing, and the row), so pages are filled to a budget of that estimate.
import type { Locale } from '../../i18n/locales.ts';
import type { SiteData } from '../data.ts';
import { pagesByWeight } from '../pages.ts';
import { chartSpecs, type ChartSpec } from './chart-specs.ts';

/** The estimated HTML of charts on one page, in KB (the page around them adds some 20 KB). */
export const CHART_PAGE_BUDGET = 200;

/**
 * A chart's estimated size on a page, in KB.
 * @example chartWeight({ table: { rows: new Array(4) } }) // => 22
 */
export function chartWeight(spec: Pick<ChartSpec, 'table'>): number {
  return 8 + 3.5 * spec.table.rows.length;
}

/**
 * The charts of a language in pages, and the page (from 1) each chart is on, by id.
 * @example chartPages(site, 'en', 2026).pageOf.get('chart-literacy') // => 1
 */
export function chartPages(site: SiteData, locale: Locale, year: number): { pages: ChartSpec[][]; pageOf: Map<string, number> } {
  const pages = pagesByWeight(chartSpecs(site, locale, year), chartWeight, CHART_PAGE_BUDGET);
  return { pages, pageOf: new Map(pages.flatMap((p, i) => p.map((c) => [c.id, i + 1] as const))) };
}
