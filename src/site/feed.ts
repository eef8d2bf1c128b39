import type { RSSFeedItem } from '@astrojs/rss';
import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/translations/index.ts';
import type { SiteData } from './data.ts';
import { names } from './names.ts';
import { hasChanges, type PlanChanges } from './plan-changes.ts';
import { versionsOf } from './plan-versions.ts';
import { urls } from './urls.ts';
import { plainText } from '../translation/markup.ts';

/** A day as the moment a feed reader sorts by: its start in Beijing. */
const beijingDay = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

/**
 * The items of a language's feed, newest first: each news item (its English where it has it),
 * and each new version of a plan, with what changed.
 * @example feedItems(site, 'en')[0]?.link // => '/en/news/2022-07-11-baotou-suzhi/'
 */
export function feedItems(site: SiteData, locale: Locale): RSSFeedItem[] {
  const t = ui(locale);
  const n = names(site, locale);
  const news = site.news.map((item) => {
    const en = locale === 'en' ? site.newsEn.get(item.id) : undefined;
    const title = locale === 'zh' ? item.data.title_zh : en?.data.title_en ?? item.data.title_en ?? item.data.title_zh;
    const body = (locale === 'en' ? en?.body ?? item.data.summary_en ?? item.body : item.body) ?? '';
    return { title, link: urls.newsItem(locale, item.id), pubDate: beijingDay(item.data.date), description: body.trim(), categories: item.data.plans.map((slug) => plainText(n.plan(site.plan(slug)))) };
  });
  const versions = site.plans.flatMap((plan) =>
    versionsOf({ slug: plan.data.slug, seed: plan.data.generated_from[0]?.seed ?? '' }).flatMap((v) =>
      v.changes && hasChanges(v.changes)
        ? [{ title: t.news.versionTitle(plainText(n.plan(plan))), link: `${urls.plan(locale, plan.data.slug)}#versions`, pubDate: beijingDay(v.date), description: changeText(locale, v.changes), categories: [plainText(n.plan(plan))] }]
        : [],
    ),
  );
  return [...news, ...versions].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}

/** A version's changes in a sentence per kind, in the feed's language. */
function changeText(locale: Locale, c: PlanChanges): string {
  const t = ui(locale).versions;
  const sep = locale === 'zh' ? '：' : ': ';
  const list = (items: readonly string[]) => items.join(locale === 'zh' ? '；' : '; ');
  return [
    c.title && `${t.title}${sep}${c.title.from} → ${c.title.to}`,
    c.status && `${t.status}${sep}${t.statuses[c.status.from] ?? c.status.from} → ${t.statuses[c.status.to] ?? c.status.to}`,
    c.sectionsRenamed.length > 0 && `${t.sectionsRenamed}${sep}${list(c.sectionsRenamed.map((r) => `${r.from} → ${r.to}`))}`,
    c.sectionsAdded.length > 0 && `${t.sectionsAdded}${sep}${list(c.sectionsAdded)}`,
    c.sectionsRemoved.length > 0 && `${t.sectionsRemoved}${sep}${list(c.sectionsRemoved)}`,
    c.targetsChanged.length > 0 && `${t.targetsChanged}${sep}${list(c.targetsChanged.map((x) => `${x.metric} ${x.from} → ${x.to}`))}`,
    c.targetsAdded.length > 0 && `${t.targetsAdded}${sep}${list(c.targetsAdded)}`,
    c.targetsRemoved.length > 0 && `${t.targetsRemoved}${sep}${list(c.targetsRemoved)}`,
  ]
    .filter(Boolean)
    .join('\n');
}
