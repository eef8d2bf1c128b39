// Filtering without a server or a script: a form of radio buttons, and one CSS rule per choice
// that hides the rows not matching it (`.explorer:has(#tf-city-baotou:checked) tr:not([data-city=
// "baotou"])`). The rules are written at build time from the data, so every value has its rule.
import type { ExplorerRow } from './rows.ts';

export const filterKeys = ['city', 'group', 'kind', 'deadline', 'outcome', 'metric'] as const;
export type FilterKey = (typeof filterKeys)[number];

export interface FilterOption {
  value: string;
  label: string;
  /** How many rows have this value (of all rows, before any filtering). */
  count: number;
}

export interface FilterDimension {
  key: FilterKey;
  legend: string;
  options: FilterOption[];
}

/**
 * The id of a filter's radio button; the 'all' choice has the empty value.
 * @example filterInputId('city', 'baotou') // => 'tf-city-baotou'
 * @example filterInputId('city', '') // => 'tf-city-all'
 */
export function filterInputId(key: FilterKey, value: string): string {
  return `tf-${key}-${value || 'all'}`;
}

/**
 * The distinct values of one row field, each with its label and how many rows have it, ordered by
 * `rank` (first appearance by default).
 * @example filterOptions(rows, (r) => r.city, (r) => r.cityName) // => [{ value: 'anning', label: '安宁市', count: 4 }, …]
 */
export function filterOptions(
  rows: readonly ExplorerRow[],
  value: (r: ExplorerRow) => string,
  label: (r: ExplorerRow) => string,
  rank: (r: ExplorerRow) => number = (r) => r.order,
): FilterOption[] {
  const seen = new Map<string, FilterOption & { rank: number }>();
  for (const r of rows) {
    const v = value(r);
    const option = seen.get(v);
    if (option) option.count += 1;
    else seen.set(v, { value: v, label: label(r), count: 1, rank: rank(r) });
  }
  return [...seen.values()].sort((a, b) => a.rank - b.rank).map(({ value: v, label: l, count }) => ({ value: v, label: l, count }));
}

const SAFE = /^[a-z0-9-]+$/u;

/**
 * The stylesheet that makes the filters work: for each choice, hide every row that does not have
 * its value. Choices in different dimensions combine (a row shows only if it matches them all).
 * @example filterCss([{ key: 'city', legend: 'City', options: [{ value: 'baotou', label: 'Baotou', count: 20 }] }])
 * // => '.explorer:has(#tf-city-baotou:checked) tbody tr:not([data-city="baotou"]){display:none}'
 */
export function filterCss(dimensions: readonly FilterDimension[], scope = '.explorer'): string {
  return dimensions
    .flatMap((d) =>
      d.options.map((o) => {
        // Values are slugs and years; anything else would need CSS escaping, so refuse it loudly.
        if (!SAFE.test(o.value)) throw new Error(`filter value ${JSON.stringify(o.value)} is not a slug`);
        return `${scope}:has(#${filterInputId(d.key, o.value)}:checked) tbody tr:not([data-${d.key}="${o.value}"]){display:none}`;
      }),
    )
    .join('\n');
}
