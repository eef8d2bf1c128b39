// Every search record of the hub, in parts: one part per plan (the plan, its actions and
// projects, the bases it is the first to name, its targets by population group) and one for the rest (activity days,
// departments, news, and the guides: directories and lists by their subject). A part is what one
// search-records file holds (src/pages/search-records/), so a change to one plan changes one part.
import { locales } from '../i18n/locales.ts';
import { targetsExport } from '../open-data/targets.ts';
import type { SiteData } from '../site/data.ts';
import { names } from '../site/names.ts';
import { activityRecord, baseRecord, departmentRecord, guideRecords, newsRecord } from './hub-records.ts';
import { planRecord, sectionRecord } from './plan-records.ts';
import { HUB_PART } from './parts.ts';
import type { SearchRecord } from './record.ts';
import { targetsRecord, type TargetRow } from './target-record.ts';

/** Things grouped by the plan they belong to, once per build. */
interface ByPlan {
  targets: Map<string, TargetRow[]>;
  bases: Map<string, SiteData['bases']>;
}
const cache = new WeakMap<SiteData, ByPlan>();

function byPlan(site: SiteData): ByPlan {
  let grouped = cache.get(site);
  if (!grouped) {
    grouped = {
      // The exports' rows: a target result says what the open data says. Their URLs are not used.
      targets: Map.groupBy(targetsExport(site, new URL('http://localhost/')), (row) => row.plan),
      bases: Map.groupBy(site.bases, (base) => base.data.mentions[0]?.plan ?? ''),
    };
    cache.set(site, grouped);
  }
  return grouped;
}

/**
 * The names of the parts: each plan's slug, then HUB_PART.
 * @example recordParts(site).at(-1) // => 'hub'
 */
export function recordParts(site: SiteData): string[] {
  return [...site.plans.map((p) => p.data.slug), HUB_PART];
}

/**
 * The records of one part, in both languages.
 * @example partRecords(site, 'baotou-suzhi-2021-2025')[0]?.url // => '/plans/baotou-suzhi-2021-2025/'
 */
export function partRecords(site: SiteData, part: string): SearchRecord[] {
  return locales.flatMap((locale) => {
    if (part === HUB_PART) {
      return [
        ...site.activities.map((a) => activityRecord(site, locale, a)),
        ...site.departments.map((d) => departmentRecord(site, locale, d)),
        ...site.news.map((item) => newsRecord(site, locale, item)),
        ...guideRecords(site, locale),
      ];
    }
    const plan = site.plan(part);
    const n = names(site, locale);
    const ctx = { groupName: n.group, planTitle: () => n.plan(plan) };
    const rows = byPlan(site).targets.get(part) ?? [];
    const { actions, projects } = site.ofPlan(part);
    return [
      planRecord(site, locale, plan),
      ...[...actions, ...projects].map((s) => sectionRecord(site, locale, s, rows.filter((row) => row.section === s.data.id))),
      ...(byPlan(site).bases.get(part) ?? []).map((b) => baseRecord(site, locale, b)),
      ...[...Map.groupBy(rows, (row) => row.group).values()].map((group) => targetsRecord(locale, group as [TargetRow, ...TargetRow[]], ctx)),
    ];
  });
}
