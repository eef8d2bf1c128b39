// Paper and fingers, in real Chromium: printed (even from a dark screen) a page is light and its
// tables fit the page; on a touch screen, where nothing hovers, each paragraph's ¶ permalink shows.
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/site/urls.ts';
import { siteInBrowser } from '../setup/browser.ts';

const site = siteInBrowser();

describe('printing', () => {
  for (const path of [urls.plan('en', 'baotou-suzhi-2021-2025'), urls.targets('zh'), urls.departments('en')]) {
    it(`prints ${path} light, with every table inside the page`, async () => {
      // An A4 page's printable width at 96 dpi, from a reader whose screen is dark.
      const context = await site.browser.newContext({ viewport: { width: 700, height: 1000 }, colorScheme: 'dark' });
      const page = await context.newPage();
      await page.goto(site.server.url + path);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const look = await page.evaluate(() => {
        const style = getComputedStyle(document.documentElement);
        const tables = [...document.querySelectorAll('main table')].filter((t) => t.getBoundingClientRect().width > 0);
        return {
          background: style.backgroundColor,
          text: getComputedStyle(document.body).color,
          tables: tables.length,
          tooWide: tables.filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length,
          pageWidth: document.documentElement.scrollWidth,
          width: document.documentElement.clientWidth,
        };
      });
      expect(look.background).toBe('rgb(255, 255, 255)');
      expect(look.text).toBe('rgb(0, 0, 0)');
      expect(look.tables).toBeGreaterThan(0);
      expect(look.tooWide).toBe(0);
      expect(look.pageWidth).toBeLessThanOrEqual(look.width);
      await context.close();
    });
  }
});

describe('touch screens', () => {
  it('show the ¶ permalink of every paragraph without hovering', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(site.server.url + urls.plan('zh', 'baotou-suzhi-2021-2025'));
    const shown = await page.locator('.plan-text .para .anchor').evaluateAll((as) => as.map((a) => Number(getComputedStyle(a).opacity)));
    expect(shown.length).toBeGreaterThan(20);
    expect(Math.min(...shown)).toBeGreaterThan(0.3);
    await context.close();
  });

  it('keep the ¶ out of the way where a mouse can hover', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.server.url + urls.plan('zh', 'baotou-suzhi-2021-2025'));
    expect(await page.locator('.plan-text .para .anchor').first().evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
    await context.close();
  });
});
