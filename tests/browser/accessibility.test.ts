// axe-core on every page type in both languages, in the light and the dark colour scheme, in real
// Chromium: no violations of any rule axe runs by default (WCAG A and AA, and best practices);
// in the dark scheme, of the rules about colour.
// axe is read from node_modules and injected into the page: nothing is fetched from elsewhere.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { siteInBrowser } from '../setup/browser.ts';
import { pageTypes } from '../setup/page-types.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const site = siteInBrowser();
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
});

// What a colour scheme changes is colour: in the dark scheme the rules about colour are run again.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe's violations on the page as it is now (all rules, or only `rules`): rule, impact and where. */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
  const found = await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], ...(only ? { runOnly: { type: 'rule', values: only } } : {}) });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ')}`);
  }, rules);
  return found;
}

// Pages are independent: they are checked a few at a time, each in its own tab.
describe.concurrent('axe finds no violations', () => {
  for (const locale of locales) {
    for (const type of pageTypes) {
      it(`on the ${type.name} page (${locale}) in the light and the dark scheme`, async ({ expect }) => {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(site.server.url + type.path(locale));
        if (type.name === 'search') await page.waitForFunction(() => Number(document.querySelector('[data-search]')?.getAttribute('data-done')) > 0);
        await page.addScriptTag({ content: axeSource });
        const light = await violations(page);
        await page.emulateMedia({ colorScheme: 'dark' });
        const dark = await violations(page, COLOUR_RULES);
        expect({ light, dark }).toEqual({ light: [], dark: [] });
        await page.close();
      });
    }
  }
});
