import type { Locale } from '../i18n/locales.ts';
import { romanizeDocNumber, romanizeName } from '../translation/romanize.ts';
import type { ActionEntry, PlanEntry, ProjectEntry, SiteData, TargetEntry } from './data.ts';
import { baseEnglish, currentEnglish } from './english.ts';
import { capitalize, glossaryTerm } from './glossary.ts';
import { localId } from './urls.ts';

type BaseEntry = SiteData['bases'][number];

/**
 * Names of things in a language. Chinese: as the plans and catalogs write them. English: the
 * plan's translation memory where it has current English, else catalog and glossary English,
 * else (a name nobody has translated yet) the Chinese, which pages mark as Chinese.
 */
export function names(site: SiteData, locale: Locale) {
  const zh = locale === 'zh';
  // A province's English is the glossary's (Ningxia Hui Autonomous Region); other places are
  // romanized unless staff gave them an English name.
  const cityEn = (key: string, cityZh: string) => site.cities.get(key)?.name_en ?? glossaryTerm(site, cityZh)?.en ?? placeInPinyin(cityZh);
  const groupEn = (key: string) => {
    const g = site.groups.get(key);
    return g ? capitalize(glossaryTerm(site, g.name_zh)?.en ?? g.name_en) : key;
  };
  const n = {
    city: (key: string, fallback = key) => {
      const c = site.cities.get(key);
      return zh ? c?.name_zh ?? fallback : cityEn(key, fallback);
    },
    province: (plan: PlanEntry) => {
      const p = plan.data.province_zh;
      if (zh || p === null) return p ?? '';
      return site.cities.get(plan.data.city)?.province_en ?? glossaryTerm(site, p)?.en ?? p;
    },
    group: (key: string) => (zh ? site.groups.get(key)?.name_zh ?? key : groupEn(key)),
    /** A key project's theme (the label it is compared under). */
    theme: (key: string | null, fallback: string) => {
      const t = key ? site.themes.get(key) : undefined;
      return t && !zh ? t.name_en : fallback;
    },
    /** An action's or project's name as its plan writes it. */
    section: (s: ActionEntry | ProjectEntry) => {
      if (zh) return s.data.name_zh;
      const id = `${s.collection === 'actions' ? 'action' : 'project'}/${localId(s.data.id)}`;
      const own = currentEnglish(site, s.data.plan, id);
      if (own) return own;
      if (s.collection === 'actions') return site.groups.get(s.data.group)?.action_en ?? s.data.name_zh;
      return s.data.theme ? site.themes.get(s.data.theme)?.name_en ?? s.data.name_zh : s.data.name_zh;
    },
    department: (key: string) => {
      const d = site.department(key);
      return d ? (zh ? d.short_zh : d.short_en) : key;
    },
    /** A comparable metric (content/catalog/metrics.yaml). */
    metric: (key: string | null, fallback: string) => {
      const m = key ? site.metrics.get(key) : undefined;
      return m && !zh ? m.name_en : fallback;
    },
    /** What a target counts, in its plan's words. */
    targetMetric: (t: TargetEntry) => {
      if (zh) return t.data.metric_zh;
      const own = currentEnglish(site, t.data.plan, `metric/${localId(t.data.id)}`);
      return own ? capitalize(own) : n.metric(t.data.metric_key, t.data.metric_zh);
    },
    base: (b: BaseEntry) => (zh ? b.data.name_zh : baseEnglish(site, b) ?? b.data.name_zh),
    /** A plan's title; in English, its translation, or one made from its city, kind and period. */
    plan: (plan: PlanEntry) => {
      if (zh) return plan.data.title_zh;
      const own = currentEnglish(site, plan.data.slug, 'title');
      if (own) return own;
      const city = cityEn(plan.data.city, plan.data.city_zh);
      const years = plan.data.period ? ` (${plan.data.period.start}–${plan.data.period.end})` : '';
      return plan.data.kind === 'literacy-plan' ? `${city}: Implementation Plan for Civic Scientific Literacy${years}` : `${city}: Science Popularization Plan${years}`;
    },
    /** The body that issued a plan. */
    issuer: (plan: PlanEntry) => {
      const issuer = plan.data.issuer_zh;
      if (zh || issuer === null) return issuer;
      const own = currentEnglish(site, plan.data.slug, 'issuer');
      if (own) return own;
      return issuer === `${plan.data.city_zh}人民政府` ? `${cityEn(plan.data.city, plan.data.city_zh)} Municipal People's Government` : issuer;
    },
    /** A document number romanized (Baofufa [2022] No. 42); Chinese pages give it as written. */
    docNumber: (plan: PlanEntry) => {
      const number = plan.data.doc_number;
      if (zh || number === null) return number;
      return currentEnglish(site, plan.data.slug, 'doc-number') ?? romanizeDocNumber(number);
    },
    /** What follows a number in a unit column (person-times; '' for a count word like 个). */
    unit: (unit: string) => {
      if (zh || unit === '') return unit;
      const g = glossaryTerm(site, unit);
      return g?.number_en ?? g?.en ?? unit;
    },
  };
  return n;
}

const PLACE_SUFFIX: ReadonlyArray<[RegExp, string]> = [
  [/市$/u, ''],
  [/自治县$/u, ' Autonomous County'],
  [/县$/u, ' County'],
  [/区$/u, ' District'],
  [/旗$/u, ' Banner'],
];

/**
 * A place not in the catalog, in pinyin with its level in English, as official English writes
 * Chinese place names: cities drop 市, counties and districts keep their level.
 * @example placeInPinyin('钦州市') // => 'Qinzhou'
 * @example placeInPinyin('海原县') // => 'Haiyuan County'
 */
export function placeInPinyin(zh: string): string {
  for (const [suffix, english] of PLACE_SUFFIX) {
    if (suffix.test(zh) && zh.replace(suffix, '').length >= 2) return `${romanizeName(zh.replace(suffix, ''))}${english}`;
  }
  return romanizeName(zh);
}
