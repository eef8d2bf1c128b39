// The bases directory of the site: bases by city, then by type, each list in Chinese collation
// order (pinyin); worked out once per build, in pages of CITIES_PER_BASES_PAGE cities, with the
// page each city is on (for links to its section). Astro is imported for types only, so the unit
// tests can call `directory` and `baseAnchor`.
import type { CollectionEntry } from 'astro:content';
import { baseTypes } from '../schemas/base.ts';
import type { SiteData } from './data.ts';
import { pageRows, pageCount, CITIES_PER_BASES_PAGE } from './pages.ts';

/** The fields of a base the directory reads. */
export interface BaseLike {
  id: string;
  name_zh: string;
  city: string;
  type: string;
  status: string;
}

export interface CityGroup<T, K extends string = string> {
  city: string;
  types: Array<{ type: K; bases: T[] }>;
}

const collator = new Intl.Collator('zh-Hans-CN');

/**
 * Bases grouped by city (city keys in alphabetical order, like the plans) and, within a city, by
 * type in `typeOrder`; empty groups are left out.
 * @example directory([{ data: { id: 'a/x', name_zh: '甲', city: 'a', type: 'museum', status: 'existing' } }], ['museum']).map((c) => c.city) // => ['a']
 */
export function directory<T extends { data: BaseLike }, K extends string>(bases: readonly T[], typeOrder: readonly K[]): Array<CityGroup<T, K>> {
  // Grouped in one pass: thousands of bases in a thousand cities.
  const byCity = new Map<string, Map<string, T[]>>();
  for (const b of bases) {
    const types = byCity.get(b.data.city) ?? new Map<string, T[]>();
    types.set(b.data.type, [...(types.get(b.data.type) ?? []), b]);
    byCity.set(b.data.city, types);
  }
  return [...byCity.keys()].sort().map((city) => ({
    city,
    types: typeOrder
      .map((type) => ({
        type,
        bases: [...(byCity.get(city)?.get(type) ?? [])].sort((a, b) => collator.compare(a.data.name_zh, b.data.name_zh) || a.data.id.localeCompare(b.data.id)),
      }))
      .filter((g) => g.bases.length > 0),
  }));
}

/**
 * The anchor of a city's section, or of one type within it, on the directory page.
 * @example baseAnchor('qinzhou', 'museum') // => 'qinzhou-museum'
 * @example baseAnchor('qinzhou') // => 'city-qinzhou'
 */
export function baseAnchor(city: string, type?: string): string {
  return type ? `${city}-${type}` : `city-${city}`;
}

type Base = CollectionEntry<'bases'>;
export interface BasesDirectory {
  pages: Array<Array<CityGroup<Base, (typeof baseTypes)[number]>>>;
  pageOf: (city: string) => number;
}

const cache = new WeakMap<SiteData, BasesDirectory>();

/**
 * The directory's pages and the page of each city.
 * @example basesDirectory(site).pageOf('qinzhou') // => 1
 */
export function basesDirectory(site: SiteData): BasesDirectory {
  const found = cache.get(site);
  if (found) return found;
  const groups = directory(site.bases, baseTypes);
  const pages = Array.from({ length: pageCount(groups.length, CITIES_PER_BASES_PAGE) }, (_, i) => pageRows(groups, i + 1, CITIES_PER_BASES_PAGE));
  const page = new Map(pages.flatMap((p, i) => p.map((g) => [g.city, i + 1] as const)));
  const made = { pages, pageOf: (city: string) => page.get(city) ?? 1 };
  cache.set(site, made);
  return made;
}
