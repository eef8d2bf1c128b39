// After the build: checks of the built site that the schemas cannot make, each problem named by
// the file and line to fix: every English page uses the glossary's term for each concept (no
// rendering an entry lists in avoid_en), and every link off the site goes to a trusted publisher
// (content/catalog/publishers.yaml). Exits 1 on any problem, so `npm run build` fails.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { pageText } from '../src/checks/page-text.ts';
import { glossaryCatalogSchema } from '../src/schemas/catalog/glossary.ts';
import { publisherCatalogSchema } from '../src/schemas/catalog/publisher.ts';
import { repository } from '../src/site/config.ts';
import { leavesSite, untrustedLinks } from '../src/checks/external-links.ts';
import { termClashes } from '../src/checks/glossary-terms.ts';
import { elements } from '../src/checks/link-check.ts';
import { contentHash, readFindings, writeFindings, type PageFindings } from '../src/checks/check-cache.ts';
import { catalogText, contentDir } from './project-files.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.argv[2] ?? (process.env['KEPU_OUT_DIR'] ? resolve(process.env['KEPU_OUT_DIR']) : fileURLToPath(new URL('../dist', import.meta.url)));
const glossaryFile = 'content/catalog/glossary.yaml';
const text = catalogText('glossary.yaml');
const glossary = glossaryCatalogSchema.parse(parseDocument(text).toJS());
const lineOf = entryLines(text);
/** The catalogs that hold URLs, as lines: read once, when a link first fails the check. */
let catalogLines: Array<[string, string[]]> | null = null;

// Each page's findings are kept by its bytes (src/checks/check-cache.ts): a rebuild restores
// most pages unchanged. The key holds what the findings depend on besides the page.
const publishers = publisherCatalogSchema.parse(parseDocument(catalogText('publishers.yaml')).toJS());
const origin = new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin;
// The code that makes a page's findings (this script and what it imports to read a page).
const checks = ['scripts/check-site.ts', 'src/checks/page-text.ts', 'src/checks/link-check.ts', 'src/checks/external-links.ts', 'src/checks/glossary-terms.ts', 'src/checks/check-cache.ts', 'src/translation/terms.ts', 'src/translation/markup.ts'];
const key = contentHash([text, origin, repository, ...checks.map((f) => readFileSync(join(root, f), 'utf8'))].join('\0'));
// KEPU_CACHE_DIR keeps the findings elsewhere than .cache/ (tests that check throwaway sites).
const cacheFile = join(process.env['KEPU_CACHE_DIR'] || join(root, '.cache'), 'check-site.json');
const kept = readFindings(existsSync(cacheFile) ? readFileSync(cacheFile, 'utf8') : null, key);

let read = 0;
const found = new Map<string, PageFindings>();
for (const file of htmlFiles(dist)) {
  const page = relative(dist, file).split(sep).join('/');
  const bytes = readFileSync(file);
  const hash = contentHash(bytes);
  const known = kept.get(page);
  if (known?.hash === hash) {
    found.set(page, known);
    continue;
  }
  read += 1;
  const html = bytes.toString('utf8');
  const links = [...elements(html)].filter((e) => e.tag === 'a' || e.tag === 'link').map((e) => e.attrs['href'] ?? '').filter((href) => leavesSite(href, { origin, repository }));
  const clashes = page.startsWith('en/') ? termClashes(glossary, [[page, pageText(html, { hidden: false, dropLang: 'zh' })]]).map(({ page: _page, ...c }) => c) : [];
  found.set(page, { hash, links, clashes });
}
mkdirSync(dirname(cacheFile), { recursive: true });
const temp = `${cacheFile}.${process.pid}.tmp`;
writeFileSync(temp, writeFindings(key, found));
renameSync(temp, cacheFile);

const english = [...found.keys()].filter((page) => page.startsWith('en/')).length;
const clashes = [...found].flatMap(([page, f]) => f.clashes.map((c) => ({ page, ...c })));
for (const c of clashes) {
  console.log(`${glossaryFile}:${lineOf(c.entry)}: glossary [${c.zh}] dist/${c.page} renders it “${c.found}”; the glossary's term is “${c.en}” (fix the page's source, or the glossary)`);
}

// Links off the site: the catalog line that holds the URL is what to fix.
const untrusted = untrustedLinks([...found].map(([page, f]) => [page, f.links] as const), publishers, { origin, repository });
for (const u of untrusted) {
  console.log(`${whereIs(u.href) ?? `dist/${u.page}`}: link to ${new URL(u.href).hostname} (${u.href}) on dist/${u.page}: not a trusted publisher's host; name the original publisher instead of linking a copy, or add the publisher to content/catalog/publishers.yaml`);
}
console.log(`check-site: ${english} English pages, ${clashes.length} glossary term(s) rendered another way; ${found.size} pages, ${untrusted.length} link(s) to untrusted hosts (${read} read, ${found.size - read} unchanged since the last check)`);
process.exitCode = clashes.length + untrusted.length > 0 ? 1 : 0;

/** The catalog file and line that hold a URL, if one does. */
function whereIs(url: string): string | null {
  catalogLines ??= ['activity-days.yaml', 'publishers.yaml', 'cities.yaml', 'departments.yaml'].map((name) => [name, readFileSync(join(contentDir, 'catalog', name), 'utf8').split('\n')]);
  for (const [name, lines] of catalogLines) {
    const i = lines.findIndex((l) => l.includes(url));
    if (i >= 0) return `content/catalog/${name}:${i + 1}`;
  }
  return null;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? (e.name === 'pagefind' ? [] : htmlFiles(join(dir, e.name))) : e.name.endsWith('.html') ? [join(dir, e.name)] : []))
    .sort();
}

/** The line each glossary entry starts on. */
function entryLines(yaml: string): (index: number) => number {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  const items = isSeq(doc.contents) ? doc.contents.items : [];
  return (index) => {
    const item = items[index];
    return isMap(item) && item.range ? counter.linePos(item.range[0]).line : 1;
  };
}
