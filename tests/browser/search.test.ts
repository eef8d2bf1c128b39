// The search page in real Chromium: the queries readers type find the pages they mean, filters
// narrow the results, a target result shows its figure and city, the header box works without
// JavaScript, and nothing is fetched from another host.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/translations/index.ts';
import { urls } from '../../src/site/urls.ts';
import { siteInBrowser } from '../setup/browser.ts';
import { distFile, distFiles } from '../setup/dist.ts';

const site = siteInBrowser();
let context: BrowserContext;
const elsewhere: string[] = [];

beforeAll(async () => {
  context = await site.browser.newContext();
  context.on('request', (r) => {
    if (!r.url().startsWith(site.server.url) && !r.url().startsWith('data:')) elsewhere.push(r.url());
  });
});

/** How many searches the page has finished (the search script counts them in `data-done`). */
const done = (page: Page) => page.locator('[data-search]').getAttribute('data-done').then(Number);

/** Runs `act` and resolves once the page has finished a search started after it. */
async function searched(page: Page, act: () => Promise<void>): Promise<void> {
  const before = await done(page);
  await act();
  await page.waitForFunction((b) => Number(document.querySelector('[data-search]')?.getAttribute('data-done')) > b, before);
}

/** Opens the search page of a language and types a query; resolves once its results are shown. */
async function search(locale: 'zh' | 'en', query: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.server.url}${urls.search(locale)}`);
  await page.waitForFunction(() => document.querySelector('[data-search]')?.hasAttribute('data-done'));
  await searched(page, () => page.locator('#search-q').fill(query));
  return page;
}

/** The links of the results shown, in order. */
function resultLinks(page: Page): Promise<string[]> {
  return page.locator('.result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** Chooses a filter value and waits for the new results. */
async function choose(page: Page, facet: string, value: string): Promise<void> {
  await searched(page, async () => {
    await page.locator(`select[name="${facet}"]`).selectOption(value);
  });
}

const count = async (page: Page) => Number((await page.locator('[data-status]').textContent())?.match(/\d+/u)?.[0] ?? NaN);

// Each query is its own page: they run a few at a time.
describe.concurrent('search page, one query each', () => {
  const expected: Array<['zh' | 'en', string, RegExp]> = [
    ['zh', '志愿者', /^\/plans\/baotou-suzhi-2021-2025\/#target-/u],
    ['zh', '科普基地', new RegExp(`^${urls.bases('zh')}$`, 'u')],
    ['zh', '青少年', new RegExp(`^${urls.action('zh', 'baotou-suzhi-2021-2025/youth')}$`, 'u')],
    ['zh', '科技馆', new RegExp(`^${urls.bases('zh')}anning/kejiguan/$`, 'u')],
    ['zh', '全国科普日', new RegExp(`^${urls.activity('zh', 'quanguo-kepuri')}$`, 'u')],
    ['zh', '包头 2025', new RegExp(`^${urls.plan('zh', 'baotou-suzhi-2021-2025')}$`, 'u')],
    ['en', 'volunteers', /^\/en\/plans\/baotou-suzhi-2021-2025\/#target-/u],
    ['en', 'science day', new RegExp(`^${urls.activity('en', 'quanguo-kepuri')}$`, 'u')],
    ['en', 'Qinzhou', new RegExp(`^${urls.plan('en', 'qinzhou-suzhi-2021-2035')}$`, 'u')],
  ];
  for (const [locale, query, link] of expected) {
    it(`finds ${link.source.replace(/\\/gu, '')} among the first results for ${query} (${locale})`, async ({ expect }) => {
      const page = await search(locale, query);
      const links = await resultLinks(page);
      expect(links.length).toBeGreaterThan(0);
      expect(links.slice(0, 10).some((href) => link.test(href)), links.join(' ')).toBe(true);
      await page.close();
    });
  }

  // Words of the English translations, and the plan whose English text has them.
  const englishWords: Array<[string, string]> = [
    ['robot', 'baotou-suzhi-2021-2025'],
    ['caravan', 'zhongwei-kepu-2021-2025'],
    ['science teachers', 'baotou-suzhi-2021-2025'],
    ['herders', 'baotou-suzhi-2021-2025'],
    ['community', 'qinzhou-suzhi-2021-2035'],
    ['digital', 'anning-suzhi-2021-2025'],
  ];
  for (const [query, slug] of englishWords) {
    it(`finds the English text of ${slug} for “${query}”`, async ({ expect }) => {
      const page = await search('en', query);
      const links = await resultLinks(page);
      const plan = urls.plan('en', slug);
      expect(links.some((href) => href === plan || href.startsWith(`${plan}#`) || href.startsWith(`${plan}actions/`) || href.startsWith(`${plan}projects/`)), links.join(' ')).toBe(true);
      await page.close();
    });
  }
});

describe('search page', () => {
  it('shows target results with their English metric', async () => {
    const page = await search('en', 'volunteers');
    await choose(page, 'kind', ui('en').search.kinds.target);
    const titles = await page.locator('.result-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => !/\p{Script=Han}/u.test(t)), titles.join(' | ')).toBe(true);
    await page.close();
  });

  it('puts the plan first for a city and a year, and the Qinzhou plan first for Qinzhou', async () => {
    expect((await resultLinks(await search('zh', '包头 2025')))[0]).toBe(urls.plan('zh', 'baotou-suzhi-2021-2025'));
    expect((await resultLinks(await search('en', 'Qinzhou')))[0]).toBe(urls.plan('en', 'qinzhou-suzhi-2021-2035'));
  });

  it('narrows the results with the kind and city filters and keeps them in the address', async () => {
    const kinds = ui('zh').search.kinds;
    const page = await search('zh', '志愿者');
    const all = await count(page);
    await choose(page, 'kind', kinds.target);
    const targets = await count(page);
    expect(targets).toBeGreaterThan(0);
    expect(targets).toBeLessThan(all);
    expect(new Set(await page.locator('.result .badge').allTextContents())).toEqual(new Set([kinds.target]));
    await choose(page, 'city', '包头市');
    const inBaotou = await count(page);
    expect(inBaotou).toBeGreaterThan(0);
    expect(inBaotou).toBeLessThan(targets);
    expect(new Set(await page.locator('.result .result-city').allTextContents())).toEqual(new Set(['包头市']));
    expect(decodeURIComponent(page.url())).toContain(`kind=${kinds.target}`);
  });

  it('lists under a plan the targets that match, each with its value, unit and deadline, linked to its row', async () => {
    const page = await search('en', 'volunteers');
    await choose(page, 'kind', ui('en').search.kinds.target);
    const baotou = page.locator('.result', { has: page.locator('.result-city', { hasText: 'Baotou' }) }).first();
    expect(await baotou.locator('.result-title').textContent()).toBe('Baotou · General public: 10 quantitative targets');
    const target = baotou.locator('.result-target');
    expect(await target.count()).toBe(1);
    expect(await target.locator('.result-metric').textContent()).toBe('Science and technology volunteers');
    expect(await target.locator('.result-value').textContent()).toBe('20,000 people · 2025');
    const href = (await target.locator('a').getAttribute('href')) ?? '';
    expect(href).toBe(urls.target('en', 'baotou-suzhi-2021-2025/sx2-9-1-t1'));
    expect(await baotou.locator('.result-more a').getAttribute('href')).toBe(`${urls.plan('en', 'baotou-suzhi-2021-2025')}#targets-heading`);
    await page.goto(`${site.server.url}${href}`);
    expect(await page.locator(`[id="${href.split('#')[1]}"]`).textContent()).toContain('20,000');
    await page.close();
  });

  it('lists the first targets of each plan and group when only filters are chosen', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}${urls.search('zh')}`);
    await page.waitForFunction(() => document.querySelector('[data-search]')?.hasAttribute('data-done'));
    await choose(page, 'kind', ui('zh').search.kinds.target);
    await choose(page, 'group', '青少年');
    const titles = await page.locator('.result-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/^.+·青少年：\d+项量化目标$/u);
    const listed = await page.locator('.result').evaluateAll((lis) => lis.map((li) => li.querySelectorAll('.result-target').length));
    expect(listed.every((n) => n >= 1 && n <= 5), listed.join(' ')).toBe(true);
    await page.close();
  });

  it('runs the search in an address with ?q= and filters, as the header box sends it', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}${urls.search('zh')}?q=${encodeURIComponent('科技馆')}&kind=${encodeURIComponent(ui('zh').search.kinds.base)}`);
    await page.waitForFunction(() => Number(document.querySelector('[data-search]')?.getAttribute('data-done')) > 0);
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-q').inputValue()).toBe('科技馆');
    expect(new Set(await page.locator('.result .badge').allTextContents())).toEqual(new Set([ui('zh').search.kinds.base]));
  });

  it('offers the results that only have the words apart, separately', async () => {
    const page = await search('zh', '科普信息化');
    const exact = await count(page);
    const more = page.locator('[data-partial] button');
    expect(await more.count()).toBe(1);
    const before = await page.locator('.result').count();
    expect(before).toBe(Math.min(exact, 10));
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.result').length > n, before);
  });

  it('shows excerpts that read as text: labels apart from values, no character references, no web addresses', async () => {
    const queries: Array<['zh' | 'en', string]> = [['zh', '十四五'], ['en', 'Baotou'], ['en', 'science day']];
    for (const [locale, query] of queries) {
      const page = await search(locale, query);
      const excerpts = await page.locator('.result-excerpt').allTextContents();
      const plans = await page.locator('.result-plan').allTextContents();
      expect(excerpts.length, query).toBeGreaterThan(0);
      for (const text of [...excerpts, ...plans]) {
        expect(text, query).not.toMatch(/&(?:quot|amp|lt|gt|#\d+);/u);
        expect(text, query).not.toMatch(/https?:\/\/|localhost/u);
        expect(text, query).not.toMatch(/City(?:Baotou|Zhongwei)|Status(?:Final|Draft)|城市(?:包头|中卫)|状态正式|KindCampaign|指标数值类型/u);
      }
      await page.close();
    }
  });

  it('names the plan on every target result', async () => {
    for (const [locale, query] of [['zh', '志愿者'], ['en', 'bases']] as const) {
      const page = await search(locale, query);
      await choose(page, 'kind', ui(locale).search.kinds.target);
      const results = page.locator('.result');
      expect(await results.count()).toBeGreaterThan(0);
      for (const plan of await results.evaluateAll((lis) => lis.map((li) => li.querySelector('.result-plan')?.textContent ?? ''))) expect(plan).toMatch(/\p{L}{4}/u);
      await page.close();
    }
  });

  it('fills its filter menus with every value the index has, without loading the filters’ index for them', async () => {
    for (const locale of ['zh', 'en'] as const) {
      const page = await context.newPage();
      const filterChunks: string[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('.pf_filter')) filterChunks.push(r.url());
      });
      await page.goto(`${site.server.url}${urls.search(locale)}`);
      await page.waitForFunction(() => document.querySelector('[data-search]')?.hasAttribute('data-done'));
      expect(filterChunks, locale).toEqual([]);
      const menus = await page.locator('select').evaluateAll((selects) => Object.fromEntries(selects.map((s) => [(s as HTMLSelectElement).name, [...(s as HTMLSelectElement).options].slice(1).map((o) => o.value).sort()])));
      // What Pagefind itself lists, asked only here.
      // (A string: vitest would rewrite an import() written in a function.)
      const indexed = (await page.evaluate("import('/pagefind/pagefind.js').then((pagefind) => pagefind.filters())")) as Record<string, Record<string, number>>;
      expect(menus, locale).toEqual({ kind: Object.keys(indexed['kind'] ?? {}).sort(), city: Object.keys(indexed['city'] ?? {}).sort(), group: Object.keys(indexed['group'] ?? {}).sort() });
      expect(menus['city']?.length, locale).toBe(4);
      await page.close();
    }
  });

  it('has nothing to fetch from other hosts', () => {
    expect(elsewhere).toEqual([]);
  });
});

describe('header search box', () => {
  it('is on every page but the search page, in the page language, sending ?q= to the search page', () => {
    for (const file of distFiles('.html').filter((f) => !/^(en\/)?search\/|^404/u.test(f))) {
      const html = distFile(file);
      const locale = /<html[^>]*lang="en"/u.test(html) ? 'en' : 'zh';
      expect(html, file).toMatch(new RegExp(`<form class="site-search" role="search" action="${urls.search(locale)}" method="get"`, 'u'));
      expect(html, file).toMatch(/<input id="site-search-q" type="search" name="q"/u);
    }
  });

  it('without JavaScript opens the search page, which says search needs JavaScript', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.server.url}${urls.plans('en')}`);
    await page.locator('#site-search-q').fill('Qinzhou');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/en\/search\/\?q=Qinzhou$/u);
    expect(await page.locator('main').innerText()).toContain(ui('en').search.needsJs);
    await noJs.close();
  });
});
