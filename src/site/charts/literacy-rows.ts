// The literacy chart's rows: each plan's civic scientific literacy baselines and target (plan
// frontmatter `literacy`), every point linked to the sentence that states it.
import type { DumbbellRow } from '../../charts/dumbbell-chart.ts';
import type { Locale } from '../../i18n/locales.ts';
import { ui } from '../../i18n/translations/index.ts';
import type { SiteData } from '../data.ts';
import { planLabel } from '../plan-label.ts';
import { urls } from '../urls.ts';

/**
 * One row per plan that states a literacy baseline or target, in the site's plan order.
 * @example literacyRows(site, 'en')[0] // => { key: 'anning-suzhi-2021-2025', label: 'Anning', points: [{ role: 'target', year: 2025, value: 13.3, … }] }
 */
export function literacyRows(site: SiteData, locale: Locale): DumbbellRow[] {
  const t = ui(locale);
  const label = planLabel(site, locale);
  const anchors = new Map(site.targets.map((x) => [x.data.id, x.data.anchor]));
  return site.plans
    .filter((p) => p.data.literacy.target !== null || p.data.literacy.baselines.length > 0)
    .map((plan) => {
      const name = label(plan);
      const { baselines, target } = plan.data.literacy;
      const point = (role: 'baseline' | 'target', p: { year: number; value: number; target: string }) => {
        const anchor = anchors.get(p.target);
        return {
          key: p.target,
          role,
          year: p.year,
          value: p.value,
          valueLabel: t.targets.literacyPoint(p.value, p.year),
          href: anchor ? urls.paragraph(locale, plan.data.slug, anchor) : urls.target(locale, p.target),
          name: t.targets.literacyName(name, role === 'target' ? t.plan.target : t.plan.baseline, p.value, p.year),
        };
      };
      return {
        key: plan.data.slug,
        label: name,
        points: [...baselines.map((b) => point('baseline', b)), ...(target ? [point('target', target)] : [])],
      };
    });
}
