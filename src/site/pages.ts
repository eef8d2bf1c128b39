// Long lists in pages of a bounded number of rows, so that no page grows with the number of
// plans (at a thousand plans, the targets explorer has some 23,000 rows in each order, and a
// comparison of one action some 1,000 plans).

/** Rows on one page: about 170 KB of HTML in the targets explorer. */
export const ROWS_PER_PAGE = 150;

/** Plan cards on one page of the list of plans: about 60 KB. */
export const PLANS_PER_PAGE = 60;

/** Plans one page of the translation status shows, and units listed per plan to translate. */
export const PLANS_PER_STATUS_PAGE = 40;
export const TODO_PER_PLAN = 12;

/** Plans (with notes) one page of the staff report shows. */
export const PLANS_PER_STAFF_PAGE = 20;

/** Cities one page of the bases directory shows: some 50 bases. */
export const CITIES_PER_BASES_PAGE = 20;

/** Plans whose sentences an activity's page shows, and one page of its list of plans shows. */
export const MENTIONS_SHOWN = 20;
export const PLANS_PER_MENTIONS_PAGE = 40;

/** Plans whose roles one page of a department shows: some 140 KB for the busiest. */
export const PLANS_PER_DEPARTMENT_PAGE = 20;

/**
 * How many pages a table of `rows` rows takes (at least one, which may be empty).
 * @example pageCount(301) // => 3
 */
export function pageCount(rows: number, size = ROWS_PER_PAGE): number {
  return Math.max(1, Math.ceil(rows / size));
}

/**
 * The rows of page `page` (from 1).
 * @example pageRows(['a', 'b', 'c'], 2, 2) // => ['c']
 */
export function pageRows<T>(rows: readonly T[], page: number, size = ROWS_PER_PAGE): T[] {
  return rows.slice((page - 1) * size, page * size);
}

/** What PrevNext shows between the pages of a list: what this page holds, and the pages either side. */
export interface Pager {
  summary?: string;
  prev: string | null;
  next: string | null;
}

/**
 * The pager of page `page` of `pages`, with the addresses (from `href`) of the pages either side
 * and, when given, a summary of what the page holds; null for a list of one page, which needs none.
 * @example pagerAt(2, 3, (n) => `/x/${n}/`) // => { prev: '/x/1/', next: '/x/3/' }
 */
export function pagerAt(page: number, pages: number, href: (page: number) => string, summary?: string): Pager | null {
  if (pages <= 1) return null;
  return { ...(summary === undefined ? {} : { summary }), prev: page > 1 ? href(page - 1) : null, next: page < pages ? href(page + 1) : null };
}

/** One page of a paged list: its rows, their place in the whole and its pager. */
export interface Paged<T> {
  pages: number;
  rows: T[];
  /** Positions (from 1) of the page's first and last row, and how many rows the list has. */
  from: number;
  to: number;
  total: number;
  /** The way to the pages either side (null for a list of one page), for PrevNext. */
  pager: Pager | null;
}

/**
 * Page `page` of a list, with its pager: the addresses (from `href`) of the pages before and
 * after it, and what `summary` says of the page's rows (their positions and the list's length).
 * @example paged(['a', 'b', 'c'], 2, 2, (n) => `/x/${n}/`, (from, to, total) => `${from}–${to} of ${total}`) // => { pages: 2, rows: ['c'], from: 3, to: 3, total: 3, pager: { summary: '3–3 of 3', prev: '/x/1/', next: null } }
 */
export function paged<T>(items: readonly T[], page: number, size: number, href: (page: number) => string, summary?: (from: number, to: number, total: number) => string): Paged<T> {
  const pages = pageCount(items.length, size);
  const rows = pageRows(items, page, size);
  const from = (page - 1) * size + 1;
  const to = from + rows.length - 1;
  return { pages, rows, from, to, total: items.length, pager: pagerAt(page, pages, href, summary?.(from, to, items.length)) };
}

/**
 * The pages after the first, as route parameters.
 * @example laterPages(301) // => ['2', '3']
 */
export function laterPages(rows: number, size = ROWS_PER_PAGE): string[] {
  return Array.from({ length: pageCount(rows, size) - 1 }, (_, i) => String(i + 2));
}

/**
 * Items in pages whose summed `weight` stays within `budget` (an item heavier than the budget has
 * a page of its own), in order.
 * @example pagesByWeight([3, 3, 3], (n) => n, 6) // => [[3, 3], [3]]
 */
export function pagesByWeight<T>(items: readonly T[], weight: (item: T) => number, budget: number): T[][] {
  const pages: T[][] = [];
  let used = Infinity;
  for (const item of items) {
    const w = weight(item);
    if (used + w > budget) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)?.push(item);
    used += w;
  }
  return pages.length > 0 ? pages : [[]];
}

/**
 * How many plans a list of mentions or roles comes from (the rows some paged lists hold).
 * @example planCount([{ plan: 'a' }, { plan: 'a' }, { plan: 'b' }]) // => 2
 */
export function planCount(mentions: ReadonlyArray<{ plan: string }>): number {
  return new Set(mentions.map((m) => m.plan)).size;
}
