// Sorting without a server or a script: each order is its own static page, linked from the
// column headings. The default order (by city) lives at /targets/, the others at
// /targets/sort/<key>/; the pages after the first of an order at …/page/<n>/.
import type { Locale } from '../../i18n/locales.ts';
import { urls } from '../urls.ts';
import type { ExplorerRow } from './rows.ts';

export const sortKeys = ['city', 'metric', 'value', 'kind', 'deadline', 'group'] as const;
export type SortKey = (typeof sortKeys)[number];

/** Largest values first (what a reader comparing figures wants); everything else A to Z. */
export const sortDirection: Record<SortKey, 'ascending' | 'descending'> = {
  city: 'ascending',
  metric: 'ascending',
  value: 'descending',
  kind: 'ascending',
  deadline: 'ascending',
  group: 'ascending',
};

/**
 * The page that shows the rows in an order (its first page, or page `page`).
 * @example sortPath('en', 'value') // => '/en/targets/sort/value/'
 * @example sortPath('zh', 'city') // => '/targets/'
 * @example sortPath('zh', 'city', 3) // => '/targets/page/3/'
 */
export function sortPath(locale: Locale, key: SortKey, page = 1): string {
  const first = key === 'city' ? urls.targets(locale) : `${urls.targets(locale)}sort/${key}/`;
  return page > 1 ? `${first}page/${page}/` : first;
}

const KIND_RANK = { target: 0, baseline: 1, achievement: 2 } as const;

/**
 * The rows in an order; ties keep the default order (city, plan, place in the text). Rows without
 * a deadline come after those with one.
 * @example sortRows(rows, 'value', 'en').map((r) => r.value) // => [1000000, 500000, …]
 */
export function sortRows(rows: readonly ExplorerRow[], key: SortKey, locale: Locale): ExplorerRow[] {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-Hans-CN' : 'en');
  const compare: Record<SortKey, (a: ExplorerRow, b: ExplorerRow) => number> = {
    city: () => 0,
    metric: (a, b) => collator.compare(a.metricEn ?? a.metricZh, b.metricEn ?? b.metricZh),
    value: (a, b) => b.value - a.value,
    kind: (a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind],
    deadline: (a, b) => deadlineRank(a) - deadlineRank(b),
    group: (a, b) => a.groupRank - b.groupRank,
  };
  return [...rows].sort((a, b) => compare[key](a, b) || a.order - b.order);
}

function deadlineRank(r: ExplorerRow): number {
  return r.deadline === 'none' ? Number.MAX_SAFE_INTEGER : Number(r.deadline);
}
