import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/translations/index.ts';
import type { PlanEntry, SiteData } from './data.ts';
import { names } from './names.ts';

// Counted once per build: pages ask for labels thousands of times.
const counts = new WeakMap<SiteData, Map<string, number>>();

function plansPerCity(site: SiteData): Map<string, number> {
  let perCity = counts.get(site);
  if (!perCity) {
    perCity = new Map();
    for (const p of site.plans) perCity.set(p.data.city, (perCity.get(p.data.city) ?? 0) + 1);
    counts.set(site, perCity);
  }
  return perCity;
}

/**
 * A short name for a plan where space is tight (chart labels, table cells): its city, and its
 * kind when the city has more than one plan (中卫市 has a 科普规划 and a 素质方案).
 * @example planLabel(site, 'en')(baotouPlan) // => 'Baotou'
 * @example planLabel(site, 'zh')(zhongweiKepuPlan) // => '中卫市 · 科普规划'
 */
export function planLabel(site: SiteData, locale: Locale): (plan: PlanEntry) => string {
  const n = names(site, locale);
  const kinds = ui(locale).targets.planKinds;
  const perCity = plansPerCity(site);
  return (plan) => {
    const city = n.city(plan.data.city, plan.data.city_zh);
    return (perCity.get(plan.data.city) ?? 0) > 1 ? `${city} · ${kinds[plan.data.kind]}` : city;
  };
}
