// The explorer's five filters and their choices, in the order a reader looks for them.
import type { Locale } from '../../i18n/locales.ts';
import { ui } from '../../i18n/translations/index.ts';
import type { SiteData } from '../data.ts';
import { names } from '../names.ts';
import { filterOptions, type FilterDimension } from './filters.ts';
import { OUTCOME_STATUSES, type OutcomeStatus } from '../outcome-status.ts';
import type { ExplorerRow } from './rows.ts';

const KIND_ORDER = ['target', 'baseline', 'achievement'];

/**
 * City (plan order), group (the national outline's order), kind, deadline year (earliest first,
 * none last), what was reported (targets only) and metric (A to Z, uncatalogued last).
 * @example explorerFilters(site, 'en', rows).map((d) => d.key) // => ['city', 'group', 'kind', 'deadline', 'outcome', 'metric']
 */
export function explorerFilters(site: SiteData, locale: Locale, rows: readonly ExplorerRow[]): FilterDimension[] {
  const t = ui(locale);
  const n = names(site, locale);
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-Hans-CN' : 'en');
  const metricName = (key: string) => n.metric(key, site.metrics.get(key)?.name_zh ?? key);
  const metrics = filterOptions(rows, (r) => r.metric, (r) => (r.metric === 'none' ? t.targets.otherMetric : metricName(r.metric)));
  return [
    { key: 'city', legend: t.targets.city, options: filterOptions(rows, (r) => r.city, (r) => r.cityName) },
    { key: 'group', legend: t.target.group, options: filterOptions(rows, (r) => r.group, (r) => r.groupName, (r) => r.groupRank) },
    { key: 'kind', legend: t.target.kind, options: filterOptions(rows, (r) => r.kind, (r) => r.kindText, (r) => KIND_ORDER.indexOf(r.kind)) },
    {
      key: 'deadline',
      legend: t.targets.deadlineYear,
      options: filterOptions(rows, (r) => r.deadline, (r) => (r.deadline === 'none' ? t.targets.noDeadline : r.deadline), (r) => (r.deadline === 'none' ? 9999 : Number(r.deadline))),
    },
    {
      key: 'outcome',
      legend: t.target.outcome,
      options: filterOptions(rows.filter((r) => r.outcome !== 'none'), (r) => r.outcome, (r) => r.outcomeText, (r) => OUTCOME_STATUSES.indexOf(r.outcome as OutcomeStatus)),
    },
    {
      key: 'metric',
      legend: t.target.metric,
      options: metrics.sort((a, b) => Number(a.value === 'none') - Number(b.value === 'none') || collator.compare(a.label, b.label)),
    },
  ];
}
