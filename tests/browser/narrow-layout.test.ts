// Every page type in both languages on a 360 px phone, in real Chromium: the page never scrolls
// sideways, nothing sticks out of the screen unless it is inside a box that scrolls, and every
// such box is a named region a keyboard can focus and scroll. The header folds into a menu.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { ui } from '../../src/i18n/translations/index.ts';
import { siteInBrowser } from '../setup/browser.ts';
import { pageTypes } from '../setup/page-types.ts';

const site = siteInBrowser();
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
});

interface Layout {
  pageWidth: number;
  viewport: number;
  /** Elements reaching past the screen's right edge outside any scrolling box. */
  stickingOut: string[];
  /** Boxes that scroll sideways, and how each is marked up. */
  scrollers: Array<{ what: string; role: string | null; tabindex: string | null; name: string }>;
}

/** What a reader sees of the page's width, measured in the page. */
function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const describe = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${[...e.classList].map((c) => `.${c}`).join('')}`;
    const scrolls = (e: Element) => {
      const x = getComputedStyle(e).overflowX;
      return (x === 'auto' || x === 'scroll') && e.scrollWidth > e.clientWidth + 1;
    };
    const all = [...document.body.querySelectorAll('*')];
    const scrollerEls = all.filter(scrolls);
    const inScroller = (e: Element) => scrollerEls.some((s) => s !== e && s.contains(e));
    // Visually hidden text (captions, headings for screen readers) is clipped on purpose, and so
    // is what a box that hides its overflow cuts off inside the screen (an ellipsis).
    const clippedAway = (e: Element) => {
      for (let a: Element | null = e; a; a = a.parentElement) {
        const r = a.getBoundingClientRect();
        const style = getComputedStyle(a);
        if (style.clipPath !== 'none' || (r.width <= 1 && r.height <= 1)) return true;
        if (a !== e && (style.overflowX === 'hidden' || style.overflowX === 'clip') && r.right <= viewport + 1) return true;
      }
      return false;
    };
    const stickingOut = all
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.right > viewport + 1 && getComputedStyle(e).visibility !== 'hidden' && !inScroller(e) && !clippedAway(e);
      })
      .map(describe);
    const scrollers = scrollerEls.map((e) => {
      const ids = (e.getAttribute('aria-labelledby') ?? '').split(/\s+/u).filter(Boolean);
      const name = ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim();
      return { what: describe(e), role: e.getAttribute('role'), tabindex: e.getAttribute('tabindex'), name };
    });
    return { pageWidth: document.documentElement.scrollWidth, viewport, stickingOut, scrollers };
  });
}

describe.concurrent('every page type at 360 px', () => {
  for (const locale of locales) {
    for (const type of pageTypes) {
      it(`${type.name} (${locale}) does not scroll sideways and scrolls wide content in named, focusable regions`, async ({ expect }) => {
        const page = await context.newPage();
        await page.goto(site.server.url + type.path(locale));
        const layout = await measure(page);
        expect(layout.pageWidth, 'page width').toBeLessThanOrEqual(layout.viewport);
        expect(layout.stickingOut).toEqual([]);
        for (const s of layout.scrollers) {
          expect(s, s.what).toMatchObject({ role: 'region', tabindex: '0' });
          expect(s.name, `${s.what} has a name`).not.toBe('');
        }
        await page.close();
      });
    }
  }

  it('lets a keyboard user focus a wide table and scroll it with the arrow keys', async ({ expect }) => {
    const page = await context.newPage();
    await page.goto(site.server.url + '/en/bases/');
    const region = page.locator('[role="region"]', { has: page.locator('table.base-summary') });
    await region.focus();
    expect(await region.evaluate((e) => e === document.activeElement && e.scrollWidth > e.clientWidth)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => (document.activeElement?.scrollLeft ?? 0) > 0);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('table.base-summary th')!).position)).toBe('sticky');
    await page.close();
  });
});

describe('stacked tables on a phone', () => {
  it('names each cell’s column, in the page’s language: the explorer’s from its stylesheet, a plan’s from its cells', async () => {
    const page = await context.newPage();
    const labels = () => page.evaluate(() => [...document.querySelectorAll('table.stack tbody tr:first-child td')].map((td) => getComputedStyle(td, '::before').content));
    await page.goto(site.server.url + '/en/targets/sort/value/');
    expect(await labels()).toEqual(['"City"', '"Plan"', '"Metric"', '"Value"', '"Kind"', '"Deadline"', '"Group"', '"Source"']);
    await page.goto(site.server.url + '/targets/');
    expect(await labels()).toEqual(['"城市"', '"规划"', '"指标"', '"数值"', '"类型"', '"时限"', '"人群"', '"原文"']);
    await page.goto(site.server.url + '/en/plans/baotou-suzhi-2021-2025/');
    expect((await labels()).slice(0, 2)).toEqual(['"Metric"', '"Value"']);
    await page.close();
  });
});

describe('the calendar on a phone', () => {
  it('never breaks a word inside it to fit a bar', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}/en/calendar/`);
    const wraps = await page.locator('.month .bar').evaluateAll((bars) => [...new Set(bars.map((b) => `${getComputedStyle(b).wordBreak} ${getComputedStyle(b).overflowWrap}`))]);
    expect(wraps).toEqual(['normal normal']);
    await page.close();
  });
});

describe('the header on a phone', () => {
  it('folds the sections and the search box into a menu that opens without JavaScript', async () => {
    const noJs = await site.browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.server.url}/en/plans/`);
    const header = page.locator('header.site-header');
    expect((await header.boundingBox())?.height).toBeLessThan(80);
    const nav = header.getByRole('navigation', { name: ui('en').mainNav });
    expect(await nav.isVisible()).toBe(false);
    expect(await header.locator('a.lang').isVisible()).toBe(true);
    await header.getByText(ui('en').menu, { exact: true }).click();
    expect(await nav.isVisible()).toBe(true);
    expect(await header.getByRole('searchbox').isVisible()).toBe(true);
    await nav.getByRole('link', { name: ui('en').nav.targets }).click();
    await page.waitForURL(/\/en\/targets\/$/u);
    await noJs.close();
  });

  it('is not folded on a desk', async () => {
    const wide = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await wide.newPage();
    await page.goto(`${site.server.url}/plans/`);
    expect(await page.getByRole('navigation', { name: ui('zh').mainNav }).isVisible()).toBe(true);
    expect(await page.getByText(ui('zh').menu, { exact: true }).isVisible()).toBe(false);
    await wide.close();
  });
});
