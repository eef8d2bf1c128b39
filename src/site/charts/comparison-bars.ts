// The bars of one cross-city comparison, in a page's language: each plan's figure, labelled with
// its city (and plan kind where a city has two plans), linked to its sentence.
import type { Bar } from '../../charts/bar-chart.ts';
import type { Comparison } from '../../charts/comparisons.ts';
import type { Locale } from '../../i18n/locales.ts';
import { ui } from '../../i18n/translations/index.ts';
import type { SiteData, TargetEntry } from '../data.ts';
import { formatValue } from '../format.ts';
import { names } from '../names.ts';
import { planLabel } from '../plan-label.ts';
import { targetWhen } from '../target-when.ts';
import { urls } from '../urls.ts';

/**
 * Bars for a comparison; a plan with two figures for the metric gets two bars, numbered.
 * @example comparisonBars(site, 'en', comparison, 2026).map((b) => b.label) // => ['Baotou', 'Zhongwei · popularization plan', …]
 */
export function comparisonBars(site: SiteData, locale: Locale, c: Comparison<TargetEntry['data']>, year: number): Bar[] {
  const t = ui(locale).targets;
  const label = planLabel(site, locale);
  const unit = names(site, locale).unit;
  const seen = new Map<string, number>();
  return c.targets.map((d) => {
    const nth = (seen.get(d.plan) ?? 0) + 1;
    seen.set(d.plan, nth);
    const base = label(site.plan(d.plan));
    const name = nth > 1 ? `${base} (${nth})` : base;
    const valueLabel = formatValue(locale, d, unit(d.unit));
    return {
      key: d.id,
      label: name,
      value: d.value,
      valueLabel,
      href: urls.paragraph(locale, d.plan, d.anchor),
      name: t.barName(name, valueLabel, targetWhen(locale, d, year).when),
    };
  });
}
