// The values a search can be filtered by, per index language, as the records carry them. The
// search page fills its filter menus from a small file of its language instead of asking
// Pagefind for every filter (`pagefind.filters()`), which loads each filter's whole index: at
// 1,000 plans about 250 KB before the first result, a third of what a first search fetched. A
// search loads only the filters it uses.
import type { SearchRecord } from './record.ts';

/** The filters the search page offers, in the order of its menus. */
export const FACETS = ['kind', 'city', 'group'] as const;
export type Facet = (typeof FACETS)[number];

/** Each facet's distinct values in one index language, sorted by code point. */
export type LanguageFacets = Record<Facet, string[]>;

/** Per index language (`zh-hans`, `en`), its facets. */
export type SearchFacets = Record<string, LanguageFacets>;

/**
 * The file, in the index's folder, that lists a language's facets: a page loads only its own.
 * @example facetsFile('zh-hans') // => 'facets.zh-hans.json'
 */
export const facetsFile = (language: string) => `facets.${language}.json`;

/**
 * Each language's facet values, from the records the index was made of.
 * @example searchFacets([{ url: '/p/', language: 'en', content: '', meta: {}, filters: { kind: ['plan'], city: ['Baotou'] } }]) // => { en: { kind: ['plan'], city: ['Baotou'], group: [] } }
 */
export function searchFacets(records: readonly SearchRecord[]): SearchFacets {
  const sets = new Map<string, Record<Facet, Set<string>>>();
  for (const record of records) {
    let facets = sets.get(record.language);
    if (!facets) {
      facets = { kind: new Set(), city: new Set(), group: new Set() };
      sets.set(record.language, facets);
    }
    for (const facet of FACETS) for (const value of record.filters[facet] ?? []) facets[facet].add(value);
  }
  const sorted = (values: Set<string>) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries([...sets].sort(([a], [b]) => (a < b ? -1 : 1)).map(([language, f]) => [language, { kind: sorted(f.kind), city: sorted(f.city), group: sorted(f.group) }]));
}
