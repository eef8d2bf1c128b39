// The targets explorer in real Chromium: filters and the count of rows shown work through CSS
// alone, sort orders are links, the filters can be reached and used from the keyboard; with its
// script the filters live in the address and each option counts what it would show; the page
// asks nothing of any other host.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../setup/browser.ts';
import { distFile } from '../setup/dist.ts';
import { rowAnchor } from '../../src/site/explorer/rows.ts';

const targets = JSON.parse(distFile('data/targets.json')) as Array<{ id: string; plan: string; kind: string; value: number }>;
const baotou = targets.filter((t) => t.plan.startsWith('baotou-'));
const targetOfRow = new Map(targets.map((t) => [rowAnchor(t.id), t.id]));
const zhongwei = targets.filter((t) => t.plan.startsWith('zhongwei-'));

const site = siteInBrowser();
const requested: string[] = [];

async function open(path: string): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(site.server.url + path);
  return { page, cdp: await context.newCDPSession(page) };
}

/** The explorer as most readers get it: with its small script. */
async function openWithScript(path: string): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(site.server.url + path);
  await page.waitForLoadState('load');
  return { page, cdp: await context.newCDPSession(page) };
}

const rows = (page: Page) => page.locator('table.targets-explorer tbody tr');

/** Ids of the rows a reader can see. */
async function visibleIds(page: Page): Promise<string[]> {
  const shown = await rows(page).evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).map((tr) => tr.id));
  return shown.map((id) => targetOfRow.get(id) ?? id);
}

/**
 * The count sentence as the browser renders it. The number is CSS generated content (a counter),
 * which the DOM does not hold; the accessibility tree, which screen readers read, does.
 */
async function countText(cdp: CDPSession): Promise<string> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.explorer .count' });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: true });
  return nodes
    .filter((n) => n.role?.value === 'StaticText')
    .map((n) => String(n.name?.value ?? ''))
    .join('')
    .trim();
}

describe('targets explorer in a browser', () => {
  it('shows every target and says so', async () => {
    const { page, cdp } = await open('/en/targets/');
    expect(await visibleIds(page)).toHaveLength(targets.length);
    expect(await countText(cdp)).toBe(`${targets.length} of ${targets.length} targets shown`);
  });

  it('leaves only the chosen city’s rows when a city is chosen, and counts them', async () => {
    const { page, cdp } = await open('/targets/');
    await page.getByRole('radio', { name: /包头市/u }).check();
    const ids = await visibleIds(page);
    expect(new Set(ids)).toEqual(new Set(baotou.map((t) => t.id)));
    expect(await countText(cdp)).toBe(`显示 ${baotou.length} 条，共 ${targets.length} 条`);
  });

  it('combines filters, and the reset button shows everything again', async () => {
    const { page, cdp } = await open('/en/targets/');
    await page.getByRole('group', { name: 'City' }).getByRole('radio', { name: /Zhongwei/u }).check();
    await page.getByRole('group', { name: 'Kind' }).getByRole('radio', { name: /^Target/u }).check();
    const both = zhongwei.filter((t) => t.kind === 'target').map((t) => t.id);
    expect(new Set(await visibleIds(page))).toEqual(new Set(both));
    expect(both.length).toBeLessThan(zhongwei.length);
    expect(await countText(cdp)).toBe(`${both.length} of ${targets.length} targets shown`);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await visibleIds(page)).toHaveLength(targets.length);
    expect(await countText(cdp)).toBe(`${targets.length} of ${targets.length} targets shown`);
  });

  it('reorders the rows when a column heading is followed, and marks that column sorted', async () => {
    const { page } = await open('/en/targets/');
    const before = await visibleIds(page);
    await page.getByRole('columnheader', { name: 'Value' }).getByRole('link').click();
    await page.waitForURL(/\/en\/targets\/sort\/value\/#all-targets$/u);
    const after = await visibleIds(page);
    expect(after).not.toEqual(before);
    expect(new Set(after)).toEqual(new Set(before));
    const values = await rows(page).evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector('td.num')?.getAttribute('data-value'))));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(await page.getByRole('columnheader', { name: 'Value' }).getAttribute('aria-sort')).toBe('descending');
  });

  it('keeps the filters working on a sorted page', async () => {
    const { page, cdp } = await open('/targets/sort/deadline/');
    await page.getByRole('radio', { name: /包头市/u }).check();
    expect(new Set(await visibleIds(page))).toEqual(new Set(baotou.map((t) => t.id)));
    expect(await countText(cdp)).toContain(`显示 ${baotou.length} 条`);
  });

  it('lets a keyboard user Tab to the filters and choose with the arrow keys', async () => {
    const { page } = await open('/en/targets/');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('form.filters input[type="radio"]') ?? false);
    }
    expect(reached).toBe(true);
    const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    expect(focused).toBe('city');
    await page.keyboard.press('ArrowDown');
    const city = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    expect(city).not.toBe('');
    const ids = await visibleIds(page);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(targets.length);
    expect(await page.locator(`table.targets-explorer tbody tr:not([data-city="${city}"])`).evaluateAll((trs) => trs.every((tr) => (tr as HTMLElement).offsetParent === null))).toBe(true);
  });

  it('restores the filters from the address, with JavaScript', async () => {
    const { page, cdp } = await openWithScript('/en/targets/?city=baotou&kind=target');
    const both = baotou.filter((t) => t.kind === 'target').map((t) => t.id);
    expect(new Set(await visibleIds(page))).toEqual(new Set(both));
    expect(await page.locator('#tf-city-baotou').isChecked()).toBe(true);
    expect(await countText(cdp)).toBe(`${both.length} of ${targets.length} targets shown`);
  });

  it('writes the filters into the address and keeps them across sort orders', async () => {
    const { page } = await openWithScript('/targets/');
    await page.getByRole('radio', { name: /包头市/u }).check();
    await page.waitForURL(/\/targets\/\?city=baotou$/u);
    await page.getByRole('columnheader', { name: /数值/u }).getByRole('link').click();
    await page.waitForURL(/\/targets\/sort\/value\/\?city=baotou#all-targets$/u);
    expect(await page.locator('#tf-city-baotou').isChecked()).toBe(true);
    expect(new Set(await visibleIds(page))).toEqual(new Set(baotou.map((t) => t.id)));
  });

  it('counts beside each option the rows it would show with the other filters', async () => {
    const { page } = await openWithScript('/en/targets/?city=baotou');
    const count = (id: string) => page.locator(`[data-count-for="${id}"]`).textContent();
    expect(await count('tf-kind-target')).toBe(String(baotou.filter((t) => t.kind === 'target').length));
    expect(await count('tf-kind-all')).toBe(String(baotou.length));
    // The city's own options keep counting every city: choosing another city is one click away.
    expect(await count('tf-city-zhongwei')).toBe(String(zhongwei.length));
    await page.getByRole('group', { name: 'Kind' }).getByRole('radio', { name: /^Baseline/u }).check();
    expect(await count('tf-city-zhongwei')).toBe(String(zhongwei.filter((t) => t.kind === 'baseline').length));
  });

  it('gives every row an anchor of its own that a link can open', async () => {
    const { page } = await open('/en/targets/');
    const ids = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.id));
    expect(ids.every((id) => /^row-[a-z0-9-]+$/u.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(targets.length);
    const last = ids.at(-1) ?? '';
    await page.goto(`${site.server.url}/en/targets/sort/value/#${last}`);
    expect(await page.locator(`#${last}`).evaluate((tr) => tr.matches(':target'))).toBe(true);
  });

  it('makes no request to any host but the site', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((u) => !u.startsWith(site.server.url))).toEqual([]);
  });
});
