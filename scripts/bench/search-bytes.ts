// What a reader's browser downloads to search a built site: the bytes of the search index
// (everything under /pagefind/) fetched by the first search on the search page, and by a second,
// different one after it: as the files are, and as a host that compresses text would send them.
import type { Browser } from 'playwright-core';
import { serveDist } from '../../tests/setup/static-server.ts';
import { countPagefind } from './pagefind-traffic.ts';

/** Bytes fetched from /pagefind/ by the first query, then by the second. */
export interface SearchBytes {
  first: number;
  second: number;
  /** The same, from a host that compresses text (wire-bytes.ts). */
  firstWire: number;
  secondWire: number;
}

/**
 * Searches `site` (a built dist/) for two queries in a browser and counts the index's bytes.
 * @example await searchBytes(browser, 'dist', ['科普基地', '青少年']) // => { first: 212345, second: 23456, firstWire: 180123, secondWire: 23456 }
 */
export async function searchBytes(browser: Browser, site: string, queries: readonly [string, string]): Promise<SearchBytes> {
  const server = await serveDist(site);
  const page = await browser.newPage();
  const traffic = countPagefind(page);
  const finished = (n: number) => page.waitForFunction((k) => Number(document.querySelector('[data-search]')?.getAttribute('data-done')) >= k, n);
  try {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(queries[0])}`);
    await finished(1);
    await page.waitForLoadState('networkidle');
    const first = traffic.bytes;
    const firstWire = traffic.wire;
    await page.fill('#search-q', queries[1]);
    await finished(2);
    await page.waitForLoadState('networkidle');
    return { first, second: traffic.bytes - first, firstWire, secondWire: traffic.wire - firstWire };
  } finally {
    await page.close();
    await server.close();
  }
}
