import type { Locale } from '../i18n/locales.ts';
import type { PlanEntry, SiteData } from './data.ts';

/** Names of catalog things in a language: the Chinese name, or the catalog's English one. */
export function names(site: SiteData, locale: Locale) {
  const zh = locale === 'zh';
  return {
    city: (key: string, fallback = key) => {
      const c = site.cities.get(key);
      return c ? (zh ? c.name_zh : c.name_en) : fallback;
    },
    province: (plan: PlanEntry) => {
      const c = site.cities.get(plan.data.city);
      return zh ? plan.data.province_zh ?? '' : c?.province_en ?? plan.data.province_zh ?? '';
    },
    group: (key: string) => {
      const g = site.groups.get(key);
      return g ? (zh ? g.name_zh : g.name_en) : key;
    },
    theme: (key: string | null, fallback: string) => {
      const t = key ? site.themes.get(key) : undefined;
      return t ? (zh ? fallback : t.name_en) : fallback;
    },
    department: (key: string) => {
      const d = site.department(key);
      return d ? (zh ? d.short_zh : d.short_en) : key;
    },
    metric: (key: string | null, fallback: string) => {
      const m = key ? site.metrics.get(key) : undefined;
      return m && !zh ? m.name_en : fallback;
    },
    action: (group: string, fallback: string) => {
      const g = site.groups.get(group);
      return zh ? fallback : g?.action_en ?? fallback;
    },
    /** A plan's title; in English, made from its city, kind and period. */
    plan: (plan: PlanEntry) => {
      if (zh) return plan.data.title_zh;
      const city = site.cities.get(plan.data.city)?.name_en ?? plan.data.city_zh;
      const { start, end } = plan.data.period;
      return plan.data.kind === 'literacy-plan'
        ? `${city}: Implementation Plan for the Civic Scientific Literacy Action (${start}–${end})`
        : `${city}: Science Popularization Plan for the 14th Five-Year Period (${start}–${end})`;
    },
  };
}
