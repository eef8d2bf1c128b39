// dist/ → dist/pagefind/: builds the search index after `astro build` with Pagefind's Node API
// (pinned at 1.6.0 in package.json: its npm package ships the extended binary, which segments
// Chinese). Each page is added with explicit index terms for its Chinese text (see
// src/components/search/index-terms.ts), and each target is added as a result of its own.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { readCatalogs } from '../src/ingest/catalogs.ts';
import { catalogText } from './project-files.ts';
import { filterValues, withIndexTerms } from '../src/components/search/index-terms.ts';
import { decodeEntities } from '../src/components/search/page-text.ts';
import { searchableHtml } from '../src/components/search/searchable-html.ts';
import { targetRecord, type TargetRow } from '../src/components/search/target-records.ts';
import { locales } from '../src/i18n/locales.ts';
import { urls } from '../src/site/urls.ts';

// The built site: dist/, KEPU_OUT_DIR, or the directory given as the first argument.
const site = process.argv[2] ?? (process.env['KEPU_OUT_DIR'] ? resolve(process.env['KEPU_OUT_DIR']) : fileURLToPath(new URL('../dist', import.meta.url)));
const root = fileURLToPath(new URL('..', import.meta.url));

/** Pages that are not content: the search page itself and the 404 page. */
const notContent = (url: string) => /^\/(en\/)?(search|charts)\//u.test(url) || /^\/(en\/)?404(\.html|\/)/u.test(url);

// A page's city in the other language (and in pinyin, which is its English name) is an extra
// index term: “Baotou” finds Baotou's Chinese pages, 包头 its English ones.
// The catalogs through the one reader (and schema) ingest uses.
const { catalogs } = readCatalogs(catalogText, 'content/catalog');
if (!catalogs) throw new Error('pagefind: the catalogs in content/catalog do not load: run npm run check');
const cities = catalogs.cities;
const otherName = new Map(cities.flatMap((c) => [[c.name_zh, c.name_en], [c.name_en, c.name_zh]] as const));

const { index, errors } = await createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);

const titles = new Map<string, string>();
let pages = 0;
for (const file of htmlFiles(site)) {
  const url = `/${relative(site, file).split(sep).join('/')}`.replace(/index\.html$/u, '');
  if (notContent(url)) continue;
  const html = readFileSync(file, 'utf8');
  // The title goes into target records as plain text (the plan a target belongs to): decoded.
  const title = decodeEntities(/<h1[^>]*>([\s\S]*?)<\/h1>/u.exec(html)?.[1]?.replace(/<[^>]+>/gu, '') ?? '').trim();
  if (title) titles.set(url, title);
  const extra = filterValues(html, 'city').flatMap((city) => otherName.get(city) ?? []);
  const added = await index.addHTMLFile({ url, content: withIndexTerms(searchableHtml(html), extra) });
  if (added.errors.length > 0) throw new Error(`pagefind: ${url}: ${added.errors.join('; ')}`);
  pages += 1;
}

const rows = JSON.parse(readFileSync(join(site, 'data/targets.json'), 'utf8')) as TargetRow[];
const groups = catalogs.groups;
for (const locale of locales) {
  const ctx = {
    groupName: (key: string) => {
      const g = groups.find((x) => x.key === key);
      return g ? (locale === 'zh' ? g.name_zh : g.name_en) : key;
    },
    planTitle: (slug: string) => titles.get(urls.plan(locale, slug)) ?? slug,
  };
  for (const row of rows) {
    const added = await index.addCustomRecord(targetRecord(locale, row, ctx));
    if (added.errors.length > 0) throw new Error(`pagefind: target ${row.id}: ${added.errors.join('; ')}`);
  }
}

rmSync(join(site, 'pagefind'), { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
console.log(`pagefind: indexed ${pages} pages and ${rows.length} targets per language into ${relative(root, join(site, "pagefind")) || "pagefind"}`);
await close();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? (e.name === 'pagefind' ? [] : htmlFiles(join(dir, e.name))) : e.name.endsWith('.html') ? [join(dir, e.name)] : []))
    .sort();
}
