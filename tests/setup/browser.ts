import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDist } from './static-server.ts';
import { launchBrowser } from './launch-browser.ts';

/** The built site, served on localhost. */
export type ServedSite = Awaited<ReturnType<typeof serveDist>>;

/**
 * The built site served and a browser, opened before a test file's tests and closed after them.
 * @example const site = siteInBrowser(); // then site.browser.newPage(), site.server.url
 */
export function siteInBrowser(): { readonly server: ServedSite; readonly browser: Browser } {
  const live = {} as { server: ServedSite; browser: Browser };
  beforeAll(async () => {
    live.server = await serveDist();
    live.browser = await launchBrowser();
  });
  afterAll(async () => {
    await live.browser?.close();
    await live.server?.close();
  });
  return live;
}
