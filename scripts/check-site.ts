// After the build: checks of the built site that the schemas cannot make, each problem named by
// the file and line to fix. Today: every English page uses the glossary's term for each concept
// (no rendering an entry lists in avoid_en). Exits 1 on any problem, so `npm run build` fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { pageText } from '../src/components/search/page-text.ts';
import { glossaryCatalogSchema } from '../src/schemas/catalog/glossary.ts';
import { termClashes } from '../src/translation/built-terms.ts';
import { catalogText } from './project-files.ts';

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
console.log(`check-site: ${englishPages.length} English pages, ${clashes.length} glossary term(s) rendered another way`);
process.exitCode = clashes.length > 0 ? 1 : 0;

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
