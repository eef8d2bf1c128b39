// The language switcher in real Chromium: from a Chinese plan to the same plan in English and
// back, reachable by keyboard with a visible focus ring, with no request to another host.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/translations/index.ts';
import { urls } from '../../src/site/urls.ts';
import { siteInBrowser } from '../setup/browser.ts';

const slug = 'baotou-suzhi-2021-2025';
const site = siteInBrowser();
let page: Page;
const elsewhere: string[] = [];

beforeAll(async () => {
  page = await site.browser.newPage();
  page.on('request', (r) => {
    if (!r.url().startsWith(site.server.url) && !r.url().startsWith('data:')) elsewhere.push(r.url());
  });
});

const switcher = () => page.locator('header a.lang');

/** Tabs from the top of the page until the switcher has focus; how many presses it took. */
async function tabToSwitcher(): Promise<number> {
  for (let presses = 1; presses <= 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('header a.lang') ?? false)) return presses;
  }
  return -1;
}

describe('language switcher', () => {
  it('goes from a Chinese plan to the same plan in English and back', async () => {
    await page.goto(`${site.server.url}${urls.plan('zh', slug)}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    const zhTitle = await page.locator('h1').textContent();
    expect(await switcher().textContent()).toBe(ui('zh').languageSwitch);

    await switcher().click();
    await page.waitForURL(`${site.server.url}${urls.plan('en', slug)}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Implementation Plan of Baotou for the Outline of the National Scheme for Scientific Literacy (2021–2025)');
    expect(await switcher().textContent()).toBe(ui('en').languageSwitch);

    await switcher().click();
    await page.waitForURL(`${site.server.url}${urls.plan('zh', slug)}`);
    expect(await page.locator('h1').textContent()).toBe(zhTitle);
  });

  it('is reached with the keyboard, shows its focus, and follows with Enter', async () => {
    await page.goto(`${site.server.url}${urls.plan('zh', slug)}`);
    expect(await tabToSwitcher()).toBeGreaterThan(0);
    const ring = await switcher().evaluate((a) => {
      const style = getComputedStyle(a);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.server.url}${urls.plan('en', slug)}`);
  });

  it('says where it leads in the other language', async () => {
    await page.goto(`${site.server.url}${urls.plan('zh', slug)}`);
    expect(await switcher().getAttribute('hreflang')).toBe('en');
    expect(await switcher().getAttribute('lang')).toBe('en');
    expect(await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href')).toMatch(new RegExp(`${urls.plan('en', slug)}$`, 'u'));
  });

  it('makes no request to another host', () => {
    expect(elsewhere).toEqual([]);
  });
});
