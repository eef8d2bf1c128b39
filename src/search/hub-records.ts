// The search records of what belongs to no single plan's text: bases and venues (merged across
// the plans of their city), activity days, departments and news. Each is found by its names and
// the facts its page lists; a base also by the sentences that name it.
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/translations/index.ts';
import type { SiteData } from '../site/data.ts';
import { names } from '../site/names.ts';
import { urls } from '../site/urls.ts';
import { ruleText } from '../calendar/rule-text.ts';
import { proseText } from './prose-text.ts';
import { fact, listOf, searchRecord, type SearchRecord } from './record.ts';


/**
 * A base's or venue's record in one language.
 * @example baseRecord(site, 'zh', base).filters.kind // => ['基地']
 */
export function baseRecord(site: SiteData, locale: Locale, base: CollectionEntry<'bases'>): SearchRecord {
  const t = ui(locale);
  const n = names(site, locale);
  const d = base.data;
  const city = n.city(d.city);
  const name = n.base(base);
  const zh = locale === 'zh';
  return searchRecord(locale, {
    url: urls.base(locale, base.id),
    title: name,
    blocks: [
      fact(locale, t.bases.city, city),
      fact(locale, t.bases.type, t.bases.types[d.type]),
      fact(locale, t.bases.status, t.bases.statuses[d.status]),
      // The sentences are Chinese: the English index has the plans' names, not their words.
      ...d.mentions.flatMap((m) => [n.plan(site.plan(m.plan)), zh ? m.quote : null]),
    ],
    filters: { kind: [t.search.kinds.base], city: [city] },
    extraTerms: [zh ? site.cities.get(d.city)?.name_en : site.cities.get(d.city)?.name_zh, zh ? null : d.name_zh],
  });
}

const publisherName = (site: SiteData, locale: Locale, key: string) => {
  const publisher = site.publisher(key);
  return publisher ? (locale === 'zh' ? publisher.name_zh : publisher.name_en) : key;
};

/**
 * An activity day's record in one language: its names in both languages, its rule, organizer
 * and history, and the themes and notes of the years on record.
 * @example activityRecord(site, 'en', nationalScienceDay).meta.title // => 'National Science Popularization Day'
 */
export function activityRecord(site: SiteData, locale: Locale, activity: CollectionEntry<'activities'>): SearchRecord {
  const t = ui(locale).calendar;
  const d = activity.data;
  const zh = locale === 'zh';
  const rule = (r: Parameters<typeof ruleText>[0]) => ruleText(r, locale);
  return searchRecord(locale, {
    url: urls.activity(locale, d.key),
    title: zh ? d.name_zh : d.name_en,
    blocks: [
      zh ? d.name_en : d.name_zh,
      fact(locale, t.aliases, listOf('zh', d.aliases_zh)),
      fact(locale, t.kind, t.kinds[d.kind]),
      fact(locale, t.periodName, zh ? d.period_name_zh : d.period_name_en),
      d.anchor_day ? fact(locale, t.anchorDay, `${zh ? d.anchor_day.name_zh : d.anchor_day.name_en} ${rule({ type: 'fixed', month: d.anchor_day.month, day: d.anchor_day.day })}`) : null,
      fact(locale, t.rule, rule(d.rule)),
      fact(locale, t.organizer, zh ? d.organizer_zh : d.organizer_en),
      fact(locale, t.since, zh ? d.since_zh : d.since_en),
      ...(d.history ?? []).map((h) => `${t.until(h.until_year)} ${rule(h.rule)} ${zh ? h.note_zh : h.note_en}`),
      ...d.known.map((k) => [k.year, zh ? k.theme_zh : k.theme_en, zh ? k.note_zh : k.note_en].filter(Boolean).join(' ')),
      zh ? d.notes_zh : d.notes_en,
      // The sources by their publishers, as the page cites them (Xinhua, China Youth Daily).
      listOf(locale, [...new Set(d.sources.map((source) => publisherName(site, locale, source.publisher)))]),
      ...(zh ? d.sources.map((source) => source.title_zh ?? null) : []),
    ],
    filters: { kind: [t.kindFilter] },
  });
}

/**
 * A department's record in one language: its names and the spellings the plans use. What it
 * leads or cooperates on is found through the actions and projects themselves.
 * @example departmentRecord(site, 'zh', education).meta.title // => '市教育局'
 */
export function departmentRecord(site: SiteData, locale: Locale, department: CollectionEntry<'departments'>): SearchRecord {
  const t = ui(locale).departments;
  const d = department.data;
  return searchRecord(locale, {
    url: urls.department(locale, d.key),
    title: names(site, locale).department(d.key),
    blocks: [fact(locale, t.fullName, d.name_zh), fact(locale, t.englishName, d.name_en), fact(locale, t.kind, t.kinds[d.kind]), fact(locale, t.aliases, listOf('zh', d.aliases_zh))],
  });
}

/**
 * A news item's record in one language: its English where staff wrote it, else its Chinese title
 * with the English summary.
 * @example newsRecord(site, 'zh', item).url // => '/news/2022-07-11-baotou-suzhi/'
 */
export function newsRecord(site: SiteData, locale: Locale, item: CollectionEntry<'news'>): SearchRecord {
  const d = item.data;
  const english = locale === 'en' ? site.newsEn.get(item.id) : undefined;
  const title = locale === 'zh' ? d.title_zh : english?.data.title_en ?? d.title_en ?? d.title_zh;
  const body = locale === 'zh' ? proseText(item.body ?? '') : english ? proseText(english.body ?? '') : [d.summary_en];
  return searchRecord(locale, { url: urls.newsItem(locale, item.id), title, blocks: body });
}

/** The filter that marks a guide's record, so the search page can put a guide first when its name has the query. */
export const GUIDE_FILTER = { guide: ['yes'] };

/**
 * The records of the hub's guides — the bases directory, the calendar, the departments, the
 * targets explorer, news and open data — by their names and introductions: a reader who types
 * a guide's subject (科普基地) is offered the list of all of them first.
 * @example guideRecords(site, 'en').map((r) => r.url) // => ['/en/bases/', '/en/calendar/', …]
 */
export function guideRecords(site: SiteData, locale: Locale): SearchRecord[] {
  const t = ui(locale);
  const guides: Array<[string, string, string]> = [
    [urls.bases(locale), t.bases.title, t.bases.intro],
    [urls.calendar(locale), t.nav.calendar, t.calendar.intro],
    [urls.departments(locale), t.departments.title, t.departments.intro],
    [urls.targets(locale), t.targets.title, t.targets.intro(site.targets.length, site.plans.length)],
    [urls.news(locale), t.news.title, t.news.intro],
    [urls.data(locale), t.data.title, t.data.intro],
  ];
  return guides.map(([url, title, intro]) => searchRecord(locale, { url, title, blocks: [intro], filters: GUIDE_FILTER }));
}
