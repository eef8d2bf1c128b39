// The bases directory of the site, worked out once per build: bases by city and type, in pages
// of CITIES_PER_BASES_PAGE cities, and the page each city is on (for links to its section).
import type { CollectionEntry } from 'astro:content';
import { directory, type CityGroup } from '../components/bases/directory.ts';
import { baseTypes } from '../schemas/base.ts';
import type { SiteData } from './data.ts';
import { pageRows, pageCount, CITIES_PER_BASES_PAGE } from './pages.ts';

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
