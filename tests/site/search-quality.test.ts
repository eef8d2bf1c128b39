// Search quality on the built site: runs a fixed list of Chinese and English queries with
// Pagefind's own browser API in Chromium (the query is segmented by the browser, as for a
// reader), takes the results a reader sees first, and compares them with the pages whose
// visible text really contains the query. Search finds documents — plans, actions, projects,
// bases, activity days, departments, news items — and targets (rows of their plan's page). A
// plan page shows its actions and projects whole, and a sentence of one finds that action or
// project, not the plan again (src/search/plan-records.ts): a plan page counts as found when one
// of its actions or projects is. The
// lists that lead to them (the explorer, comparisons, directories, calendars) are found by their
// subject alone (tests/browser/search.test.ts), so they are not counted here. Prints recall and precision; fails when recall falls
// below the baseline measured in tests/fixtures/search-baseline.ts.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlLang, pageText } from '../../src/checks/page-text.ts';
import { queryPlan, splitTiers } from '../../src/browser/search-query.ts';
import { overallRecallFloor, recallFloor, searchQueries } from '../fixtures/search-baseline.ts';
import { launchBrowser } from '../setup/launch-browser.ts';
import { distFile, distFiles } from '../setup/dist.ts';
import { serveDist } from '../setup/static-server.ts';

type Lang = 'zh' | 'en';

/** The pages that are search documents (a department's first page only: the others continue its tables). */
const DOCUMENT = /^\/(en\/)?(plans\/[^/]+\/((actions|projects)\/[^/]+\/)?|bases\/(?!page\/)[^/]+\/[^/]+\/|calendar\/(?!year\/)[^/]+\/|departments\/[^/]+\/|news\/[^/]+\/)$/u;
interface Score {
  query: string;
  relevant: number;
  shown: number;
  /** Relevant pages found (recall's numerator); a plan is found through its actions and projects. */
  hits: number;
  /** Results shown that are relevant (precision's numerator). */
  shownHits: number;
  loose: number;
  looseHits: number;
}

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;
let pages: Array<{ url: string; lang: Lang; text: string }>;

beforeAll(async () => {
  pages = distFiles('.html')
    .map((file) => {
      const html = distFile(file);
      const lang: Lang = htmlLang(html).toLowerCase().startsWith('zh') ? 'zh' : 'en';
      const url = `/${file.split('\\').join('/')}`.replace(/index\.html$/u, '');
      // What the reader sees: no hidden elements, no repeated chrome, and on English pages not
      // the Chinese quotes either.
      return { url, lang, text: pageText(html, { hidden: false, dropLang: lang === 'en' ? 'zh' : undefined }) };
    })
    .filter((p) => DOCUMENT.test(p.url));
  server = await serveDist();
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Pages of a language whose text has every word of the query (English: at a word start, any case). */
function relevant(lang: Lang, query: string): Set<string> {
  const words = query.split(/\s+/u);
  const has = (text: string, word: string) =>
    lang === 'zh' ? text.includes(word) : new RegExp(`(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'iu').test(text);
  return new Set(pages.filter((p) => p.lang === lang && words.every((w) => has(p.text, w))).map((p) => p.url));
}

/** Runs Pagefind searches in the browser: for each, the result ids and the page each is on. */
async function pagefind(lang: Lang, searches: string[]): Promise<Array<Array<[string, string]>>> {
  if (!page.url().startsWith(server.url) || (lang === 'en') !== page.url().includes('/en/')) await page.goto(`${server.url}${lang === 'en' ? '/en/' : '/'}`);
  // A string, not a function: the test runner would rewrite a function's `import()` for Node.
  const script = `(async (list) => {
    const pf = await import('/pagefind/pagefind.js');
    return Promise.all(list.map(async (q) => {
      const { results } = await pf.search(q);
      return Promise.all(results.map(async (r) => [r.id, (await r.data()).url.replace(/#.*$/u, '')]));
    }));
  })(${JSON.stringify(searches)})`;
  return page.evaluate(script) as Promise<Array<Array<[string, string]>>>;
}

/** The plan page an action's or project's page belongs to; null for any other page. */
const planOf = (url: string) => /^(\/(?:en\/)?plans\/[^/]+\/)(?:actions|projects)\//u.exec(url)?.[1] ?? null;

/** The pages a set of results finds: their own, and the plans of the actions and projects among them. */
const foundBy = (urls: Set<string>) => new Set([...urls, ...[...urls].map(planOf).filter((u): u is string => u !== null)]);

/** Scores one query: the results a reader sees first (exact matches) and all of them. */
async function score(lang: Lang, query: string): Promise<Score> {
  const plan = queryPlan(query, lang);
  const [loose = [], ...phrases] = await pagefind(lang, [plan.loose, ...plan.phrases]);
  const urlOf = new Map(loose);
  const tiers = splitTiers(loose.map(([id]) => id), phrases.map((list) => list.map(([id]) => id)));
  const truth = relevant(lang, query);
  const shown = new Set(tiers.exact.map((id) => urlOf.get(id) ?? ''));
  const all = new Set(loose.map(([, url]) => url));
  const count = (set: Set<string>) => [...set].filter((u) => truth.has(u)).length;
  return { query, relevant: truth.size, shown: shown.size, hits: count(foundBy(shown)), shownHits: count(shown), loose: all.size, looseHits: count(all) };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function report(lang: Lang, scores: Score[]): { recall: number; precision: number } {
  const sum = (f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0);
  const recall = ratio(sum((s) => s.hits), sum((s) => s.relevant));
  const precision = ratio(sum((s) => s.shownHits), sum((s) => s.shown));
  const rows = scores.map((s) =>
    [s.query.padEnd(16), String(s.relevant).padStart(4), String(s.shown).padStart(5), ratio(s.hits, s.relevant).toFixed(2).padStart(7), ratio(s.shownHits, s.shown).toFixed(2).padStart(10), `${s.loose}/${ratio(s.looseHits, s.loose).toFixed(2)}`.padStart(12)].join(' '),
  );
  console.log(
    [`search quality (${lang}): query, pages containing it, results shown, recall, precision, all results/their precision`, ...rows, `overall recall ${recall.toFixed(3)} precision ${precision.toFixed(3)}`].join('\n'),
  );
  return { recall, precision };
}

describe('search quality', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`finds the ${lang === 'zh' ? 'Chinese' : 'English'} pages that contain each query, at least as well as when measured`, async () => {
      const scores: Score[] = [];
      for (const query of searchQueries[lang]) scores.push(await score(lang, query));
      const overall = report(lang, scores);
      for (const s of scores) expect.soft(ratio(s.hits, s.relevant), `recall of ${s.query}`).toBeGreaterThanOrEqual(recallFloor[s.query] ?? 1);
      expect(overall.recall).toBeGreaterThanOrEqual(overallRecallFloor[lang]);
    });
  }

  it('does not return every page that merely contains 科普 for 科普基础设施', async () => {
    const s = await score('zh', '科普基础设施');
    const withKepu = relevant('zh', '科普').size;
    expect(s.shown).toBeGreaterThan(0);
    expect(s.shown).toBeLessThan(withKepu / 2);
    expect(ratio(s.shownHits, s.shown)).toBeGreaterThanOrEqual(0.9);
  });

  it('shows for 天文 only pages that have 天文, not pages that merely have 天', async () => {
    const s = await score('zh', '天文');
    expect(s.shownHits).toBe(s.shown);
  });
});
