// The explorer's rows in each order, worked out once per build, language and order: every page
// of every order reads its slice from here (at a thousand plans, some 1,800 pages of 23,000 rows).
import type { Locale } from '../../i18n/locales.ts';
import type { SiteData } from '../data.ts';
import { explorerRows, type ExplorerRow } from './rows.ts';
import { sortRows, type SortKey } from './sorting.ts';

const cache = new WeakMap<SiteData, Map<string, ExplorerRow[]>>();

/**
 * Every row of the explorer in the order `sort`.
 * @example sortedRows(site, 'en', 2026, 'value')[0]?.value // => the largest value
 */
export function sortedRows(site: SiteData, locale: Locale, year: number, sort: SortKey): ExplorerRow[] {
  const bySite = cache.get(site) ?? new Map<string, ExplorerRow[]>();
  cache.set(site, bySite);
  const key = `${locale} ${year} ${sort}`;
  let rows = bySite.get(key);
  if (!rows) {
    const all = sort === 'city' ? explorerRows(site, locale, year) : sortedRows(site, locale, year, 'city');
    rows = sort === 'city' ? all : sortRows(all, sort, locale);
    bySite.set(key, rows);
  }
  return rows;
}
