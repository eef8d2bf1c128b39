// Every target of every plan as one row of the explorer, with the words of the page's language
// and the keys the filters and sort orders work on.
import type { Locale } from '../../i18n/locales.ts';
import { ui } from '../../i18n/translations/index.ts';
import { groupKeySchema } from '../../schemas/catalog/group.ts';
import type { SiteData } from '../data.ts';
import { formatPeriod, formatValue } from '../format.ts';
import { names } from '../names.ts';
import { targetWhen } from '../target-when.ts';
import { outcomeStatus, type OutcomeStatus } from '../outcome-status.ts';
import { urls } from '../urls.ts';

export interface ExplorerRow {
  id: string;
  /** Position in the default order: by city, plan period, then place in the text. */
  order: number;
  city: string;
  cityName: string;
  plan: string;
  /** Kind and period of the plan: 素质方案 2021—2025年 (the city has its own column). */
  planName: string;
  planHref: string;
  /** Catalog metric key, or 'none' for a metric the catalog does not know. */
  metric: string;
  metricZh: string;
  metricEn: string | null;
  value: number;
  valueText: string;
  kind: 'target' | 'baseline' | 'achievement';
  kindText: string;
  /** The deadline year, or 'none'. */
  deadline: string;
  when: string;
  passed: string | null;
  /** What was reported for a target (outcomeStatus), or 'none' for a baseline or achievement. */
  outcome: OutcomeStatus | 'none';
  outcomeText: string;
  /** The reading was corrected by the editors (content/corrections). */
  corrected: boolean;
  group: string;
  groupName: string;
  /** Catalog position of the group, for sorting. */
  groupRank: number;
  quote: string;
  href: string;
  /** The target's row on its plan's page, where a correction or report is explained. */
  planTargetHref: string;
}

/**
 * The explorer's rows in the default order, for one language, as of `year` (for passed deadlines).
 * @example explorerRows(await siteData(), 'en', 2026)[0]?.cityName // => 'Anning'
 */
export function explorerRows(site: SiteData, locale: Locale, year: number): ExplorerRow[] {
  const n = names(site, locale);
  const t = ui(locale).target;
  const kinds = ui(locale).targets.planKinds;
  // The national outline's order of the groups (youth first, the public last), not the catalog's.
  const groupKeys: readonly string[] = groupKeySchema.options;
  return site.targets.map((target, order) => {
    const d = target.data;
    const plan = site.plan(d.plan);
    const { when, passed } = targetWhen(locale, d, year);
    return {
      id: d.id,
      order,
      city: plan.data.city,
      cityName: n.city(plan.data.city, plan.data.city_zh),
      plan: d.plan,
      planName: `${kinds[plan.data.kind]} ${formatPeriod(locale, plan.data.period)}`,
      planHref: urls.plan(locale, d.plan),
      metric: d.metric_key ?? 'none',
      metricZh: d.metric_zh,
      metricEn: locale === 'en' && n.targetMetric(target) !== d.metric_zh ? n.targetMetric(target) : null,
      value: d.value,
      valueText: formatValue(locale, d, n.unit(d.unit)),
      kind: d.kind,
      kindText: t.kinds[d.kind],
      deadline: d.kind === 'target' && d.deadline_year !== null ? String(d.deadline_year) : 'none',
      when,
      passed,
      outcome: outcomeStatus(d) ?? 'none',
      outcomeText: ui(locale).outcome.statuses[outcomeStatus(d) ?? 'not-reported'],
      corrected: d.correction !== null,
      group: d.group,
      groupName: n.group(d.group),
      groupRank: groupKeys.indexOf(d.group),
      quote: d.quote,
      href: urls.paragraph(locale, d.plan, d.anchor),
      planTargetHref: urls.target(locale, d.id),
    };
  });
}

/**
 * The anchor of a target's row in the explorer: the same on every sort order, so a link to a row
 * of a sorted or filtered view finds it.
 * @example rowAnchor('baotou-suzhi-2021-2025/p12-t1') // => 'row-baotou-suzhi-2021-2025-p12-t1'
 */
export function rowAnchor(id: string): string {
  return `row-${id.replace(/\//gu, '-')}`;
}
