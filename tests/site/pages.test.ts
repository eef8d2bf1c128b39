// The built site as a reader and a crawler meet it: every plan, action, project, base and
// department has its page in both languages, pages name their language and their twin, the
// language switcher stays on the page, no internal link is broken, nothing loads from elsewhere.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, distExists, distFile, distFiles, visibleText } from '../setup/dist.ts';
import { UNUSED_BUNDLE_FILES } from '../../src/search/write-index.ts';
import { checkLinks, elements, foreignResources } from '../../src/checks/link-check.ts';

const ORIGIN = 'http://localhost:4321';

interface PlanExport {
  slug: string;
  actions: Array<{ key: string; name_zh: string; group: string }>;
  projects: Array<{ key: string; theme: string | null }>;
}
const plans = JSON.parse(distFile('data/plans.json')) as PlanExport[];
const contentIds = (dir: string) =>
  readdirSync(new URL(`../../content/${dir}/`, import.meta.url), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/u, '').replaceAll('\\', '/'))
    .sort();
const bases = contentIds('bases');
const departments = contentIds('departments');

/** Chinese paths of the pages every entity must have. */
const expectedPaths = [
  '/',
  '/bases/',
  '/departments/',
  '/data/',
  ...plans.flatMap((p) => [
    `/plans/${p.slug}/`,
    ...p.actions.map((a) => `/plans/${a.key.replace('/', '/actions/')}/`),
    ...p.projects.map((x) => `/plans/${x.key.replace('/', '/projects/')}/`),
  ]),
  ...bases.map((id) => `/bases/${id}/`),
  ...departments.map((key) => `/departments/${key}/`),
];
const fileOfPath = (path: string) => `${path.slice(1)}index.html`;
const htmlPages = distFiles('.html').filter((f) => !f.startsWith('pagefind/'));
// Pages in one language only: the 404 page (both at once), the English 404 page (its Chinese
// twin is the bilingual 404.html) and the staff report (English).
const ONE_LANGUAGE = new Set(['404.html', 'en/404/index.html']);
const languagePages = htmlPages.filter((f) => !ONE_LANGUAGE.has(f) && !f.startsWith('en/staff/'));
const isEnglish = (file: string) => file.startsWith('en/');
const pathOf = (file: string) => `/${file}`.replace(/index\.html$/u, '');

describe('built pages', () => {
  it('include a page for every plan, action, project, base and department, in both languages', () => {
    expect(plans.length).toBeGreaterThan(0);
    expect(bases.length).toBeGreaterThan(0);
    expect(departments.length).toBeGreaterThan(0);
    const missing = expectedPaths.flatMap((p) => [p, `/en${p}`]).filter((p) => !distExists(fileOfPath(p)));
    expect(missing).toEqual([]);
  });

  it('say which language they are in', () => {
    const wrong = languagePages.filter((f) => !distFile(f).includes(`<html lang="${isEnglish(f) ? 'en' : 'zh-Hans'}"`));
    expect(wrong).toEqual([]);
  });

  it('point to their Chinese and English versions with hreflang alternates', () => {
    const wrong = languagePages.filter((f) => {
      const zhPath = pathOf(f).replace(/^\/en\//u, '/');
      const alternates = [...elements(distFile(f))].filter((e) => e.tag === 'link' && e.attrs['rel'] === 'alternate' && e.attrs['hreflang']);
      const href = (lang: string) => alternates.find((e) => e.attrs['hreflang'] === lang)?.attrs['href'];
      return href('zh-Hans') !== `${ORIGIN}${zhPath}` || href('en') !== `${ORIGIN}/en${zhPath}`;
    });
    expect(wrong).toEqual([]);
  });

  it('have a language switcher that leads to the same page in the other language', () => {
    const wrong = languagePages.filter((f) => {
      const switcher = [...elements(distFile(f))].find((e) => e.tag === 'a' && (e.attrs['class'] ?? '').split(/\s+/u).includes('lang'));
      const path = pathOf(f);
      const other = isEnglish(f) ? path.replace(/^\/en\//u, '/') : `/en${path}`;
      return switcher?.attrs['href'] !== other || !distExists(fileOfPath(other));
    });
    expect(wrong).toEqual([]);
  });

  it('have no broken internal links or anchors', () => {
    const files = distFiles();
    const pages = new Map(htmlPages.map((f) => [f, distFile(f)]));
    const broken = checkLinks(pages, new Set(files), { origin: ORIGIN });
    expect(broken.slice(0, 20)).toEqual([]);
  });

  it('load no script, style, image or font from another host', () => {
    const foreign = htmlPages.flatMap((f) => foreignResources(distFile(f), ORIGIN).map((url) => `${f}: ${url}`));
    expect(foreign).toEqual([]);
  });
});

describe('404 pages', () => {
  it('offer a search and the site’s sections in each language', () => {
    for (const [file, locales] of [['404.html', ['zh', 'en']], ['en/404/index.html', ['en']]] as const) {
      const html = distFile(file);
      const tags = [...elements(html)];
      for (const locale of locales) {
        const search = locale === 'zh' ? '/search/' : '/en/search/';
        expect(tags.some((e) => e.tag === 'form' && e.attrs['action'] === search && e.attrs['role'] === 'search'), `${file} ${locale}`).toBe(true);
        for (const section of ['plans/', 'targets/', 'calendar/', 'data/']) expect(html, `${file} ${section}`).toContain(`href="${locale === 'zh' ? '/' : '/en/'}${section}"`);
      }
      expect(html).toContain('<meta name="robots" content="noindex">');
    }
    expect(distFile('sitemap-0.xml')).not.toContain('/404');
  });

  it('speaks both languages and links home in both', () => {
    const html = distFile('404.html');
    const text = visibleText(html);
    expect(text).toContain('页面不存在');
    expect(text).toContain('Page not found');
    const hrefs = [...elements(html)].filter((e) => e.tag === 'a').map((e) => e.attrs['href']);
    expect(hrefs).toContain('/');
    expect(hrefs).toContain('/en/');
  });
});

describe('robots.txt and the sitemap', () => {
  it('robots.txt names the sitemap on the site’s address', () => {
    expect(distFile('robots.txt')).toMatch(new RegExp(`^Sitemap: ${ORIGIN}/sitemap-index\\.xml$`, 'mu'));
    expect(distExists('sitemap-index.xml')).toBe(true);
  });

  it('the sitemap lists every page in both languages', () => {
    const sitemaps = [...distFile('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => new URL(m[1] ?? '').pathname.slice(1));
    const locs = new Set(sitemaps.flatMap((s) => [...distFile(s).matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => new URL(m[1] ?? '').pathname)));
    const missing = expectedPaths.flatMap((p) => [p, `/en${p}`]).filter((p) => !locs.has(p));
    expect(missing).toEqual([]);
  });
});

describe('action page', () => {
  const youth = plans.flatMap((p) => p.actions.filter((a) => a.group === 'youth').map((a) => a.key));
  const [first, ...others] = youth;
  const page = `plans/${(first ?? '').replace('/', '/actions/')}/index.html`;

  it('shows the same action of every other plan side by side, with a link to each', () => {
    expect(others.length).toBeGreaterThan(0);
    const html = distFile(page);
    for (const key of others) expect(html).toContain(`href="/plans/${key.replace('/', '/actions/')}/"`);
  });

  it('links its measures and paragraph marks to the plan page, where the sentences live', () => {
    const plan = (first ?? '').split('/')[0];
    const anchors = [...elements(distFile(page))].filter((e) => e.tag === 'a' && e.attrs['class'] === 'anchor').map((e) => e.attrs['href'] ?? '');
    expect(anchors.length).toBeGreaterThan(0);
    expect(anchors.filter((h) => !h.startsWith(`/plans/${plan}/#`))).toEqual([]);
  });
});

describe('project page', () => {
  it('gives the lead and cooperating units of each measure when the plan names them per measure', () => {
    const text = visibleText(distFile('plans/anning-suzhi-2021-2025/projects/kepu-jichu-sheshi/index.html'));
    expect(text).toContain('原文按举措分别列出单位');
    expect(text).toContain('市自然资源局');
  });

  it('says so when the text names no units', () => {
    expect(visibleText(distFile('plans/baotou-suzhi-2021-2025/projects/kepu-jichu-sheshi/index.html'))).toContain('原文未列出牵头和配合单位');
  });
});

describe('department page', () => {
  it('shows the spelling a plan used where it differs from the canonical name', () => {
    const text = visibleText(distFile('departments/jiaoyuju/index.html'));
    expect(text).toContain('市教育局');
    expect(text).toContain('市教体局');
  });
});

describe('base page', () => {
  it('quotes every sentence that names the base, linked to its paragraph', () => {
    const html = distFile('en/bases/qinzhou/kejiguan/index.html');
    expect(html).toContain('href="/en/plans/qinzhou-suzhi-2021-2035/#s4-3-2"');
    expect(visibleText(html)).toContain('力争开工建设市科技馆');
  });
});

describe('open data page', () => {
  it('explains every field of targets.json', () => {
    const fields = Object.keys((JSON.parse(distFile('data/targets.json')) as Array<Record<string, unknown>>)[0] ?? {});
    for (const file of ['data/index.html', 'en/data/index.html']) {
      const documented = [...distFile(file).matchAll(/<tr id="targets-([a-z_]+)"/gu)].map((m) => m[1]);
      expect(documented).toEqual(fields);
    }
  });
});

describe('home page', () => {
  it('shows every plan as a card, and the date each plan last changed', () => {
    for (const file of ['index.html', 'en/index.html']) {
      const html = distFile(file);
      const prefix = file.startsWith('en/') ? '/en' : '';
      for (const p of plans) expect(html).toContain(`href="${prefix}/plans/${p.slug}/"`);
      const updates = /<ul class="updates"[^>]*>([\s\S]*?)<\/ul>/u.exec(html)?.[1] ?? '';
      const dated = [...updates.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})"[^>]*>[\s\S]*?href="([^"]+)"/gu)].map((m) => m[2]);
      expect(dated).toHaveLength(plans.length);
    }
  });
});

describe('the search index', () => {
  it('ships Pagefind’s script and Wasm but not the interfaces and worker the search page never loads', () => {
    const bundle = readdirSync(join(distDir, 'pagefind'));
    expect(bundle).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'wasm.unknown.pagefind', 'wasm.en.pagefind']));
    expect(bundle.filter((f) => (UNUSED_BUNDLE_FILES as readonly string[]).includes(f))).toEqual([]);
  });
});
