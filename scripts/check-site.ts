// After the build: checks of the built site that the schemas cannot make, each problem named by
// the file and line to fix: every English page uses the glossary's term for each concept (no
// rendering an entry lists in avoid_en), and every link off the site goes to a trusted publisher
// (content/catalog/publishers.yaml). Exits 1 on any problem, so `npm run build` fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { pageText } from '../src/checks/page-text.ts';
import { glossaryCatalogSchema } from '../src/schemas/catalog/glossary.ts';
import { publisherCatalogSchema } from '../src/schemas/catalog/publisher.ts';
import { repository } from '../src/site/config.ts';
import { untrustedLinks } from '../src/checks/external-links.ts';
import { termClashes } from '../src/checks/glossary-terms.ts';
import { elements } from '../src/checks/link-check.ts';
import { catalogText, contentDir } from './project-files.ts';

const dist = process.argv[2] ?? (process.env['KEPU_OUT_DIR'] ? resolve(process.env['KEPU_OUT_DIR']) : fileURLToPath(new URL('../dist', import.meta.url)));
const glossaryFile = 'content/catalog/glossary.yaml';
const text = catalogText('glossary.yaml');
const glossary = glossaryCatalogSchema.parse(parseDocument(text).toJS());
const lineOf = entryLines(text);

const englishPages = htmlFiles(join(dist, 'en')).map((file) => {
  const html = readFileSync(file, 'utf8');
  return [relative(dist, file).split(sep).join('/'), pageText(html, { hidden: false, dropLang: 'zh' })] as const;
});
const clashes = termClashes(glossary, englishPages);
for (const c of clashes) {
  console.log(`${glossaryFile}:${lineOf(c.entry)}: glossary [${c.zh}] dist/${c.page} renders it “${c.found}”; the glossary's term is “${c.en}” (fix the page's source, or the glossary)`);
}

// Links off the site: the catalog line that holds the URL is what to fix.
const publishers = publisherCatalogSchema.parse(parseDocument(catalogText('publishers.yaml')).toJS());
const origin = new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin;
const pages = htmlFiles(dist).map((file) => {
  const hrefs = [...elements(readFileSync(file, 'utf8'))].filter((e) => e.tag === 'a' || e.tag === 'link').map((e) => e.attrs['href'] ?? '');
  return [relative(dist, file).split(sep).join('/'), hrefs] as const;
});
const untrusted = untrustedLinks(pages, publishers, { origin, repository });
for (const u of untrusted) {
  console.log(`${whereIs(u.href) ?? `dist/${u.page}`}: link to ${new URL(u.href).hostname} (${u.href}) on dist/${u.page}: not a trusted publisher's host; name the original publisher instead of linking a copy, or add the publisher to content/catalog/publishers.yaml`);
}
console.log(`check-site: ${englishPages.length} English pages, ${clashes.length} glossary term(s) rendered another way; ${pages.length} pages, ${untrusted.length} link(s) to untrusted hosts`);
process.exitCode = clashes.length + untrusted.length > 0 ? 1 : 0;

/** The catalog file and line that hold a URL, if one does. */
function whereIs(url: string): string | null {
  for (const name of ['activity-days.yaml', 'publishers.yaml', 'cities.yaml', 'departments.yaml']) {
    const lines = readFileSync(join(contentDir, 'catalog', name), 'utf8').split('\n');
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
