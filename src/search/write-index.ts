// From the record files the build rendered to a Pagefind index, through Pagefind's Node API.
// Pagefind is pinned at 1.6.0 in package.json: its npm package ships the extended binary, which
// segments Chinese. The order records are added in changes the index's bytes, so they are
// always added in the order of their files' names.
import { cp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { facetsFile, searchFacets } from './facets.ts';
import { indexKey, keepIndex, restoreIndex } from './index-cache.ts';
import { recordHtml } from './record-html.ts';
import { RECORDS_DIR } from './parts.ts';
import type { SearchRecord } from './record.ts';

// Records sent before the first answer comes back. Pagefind's service handles its messages one
// at a time in the order they arrive, so the index is the same; but it never waits for a turn
// of this process's event loop, which is busy rendering pages while the index is made.
const IN_FLIGHT = 256;

/** The folder of the record files in an output folder. */
export const recordsFolder = (dir: URL) => new URL(`${RECORDS_DIR}/`, dir);

/** The record files of a folder, in the order their records are added. */
const recordFiles = async (folder: URL) => (await readdir(folder)).filter((f) => f.endsWith('.json')).sort();

/**
 * What the records folder holds now: each file's name, size and time of change.
 * @example await recordFilesState(recordsFolder(dist)) // => 'anning-suzhi-2021-2025.json 91233 1764612345678.9\n…'
 */
export async function recordFilesState(folder: URL): Promise<string> {
  const files = await recordFiles(folder);
  const stats = await Promise.all(files.map((f) => stat(new URL(f, folder))));
  return files.map((f, i) => `${f} ${stats[i]?.size} ${stats[i]?.mtimeMs}`).join('\n');
}

/**
 * The records of every part in `dir`, in the order of their file names.
 * @example await readRecords(new URL('file:///work/main/dist/')) // => [{ url: '/plans/…/', … }, …]
 */
export async function readRecords(dir: URL): Promise<SearchRecord[]> {
  const folder = recordsFolder(dir);
  const files = await recordFiles(folder);
  const parts = await Promise.all(files.map(async (f) => JSON.parse(await readFile(new URL(f, folder), 'utf8')) as SearchRecord[]));
  return parts.flat();
}

/**
 * Writes `records` as a Pagefind index into `outputPath`, with the values of their filters beside
 * it (facets.ts). Each language is indexed by a Pagefind process of its own, one after the other:
 * Pagefind holds a whole index in memory (about 4 GB for the 22,000 records of 300 plans), and
 * its languages share nothing but the bundle's scripts, so the languages' folders are merged
 * into one, with one entry file that lists them all, as a single process would have written it.
 * Pagefind's interfaces and worker, which the site does not load, are left out. With a
 * `cacheDir`, a language whose records are those of the last build is copied from there
 * (index-cache.ts) instead of indexed again.
 * @example await writeIndex(records, '/work/main/dist/pagefind', { cacheDir: '/work/main/.cache/pagefind' }) // => { pages: 1234, reused: ['zh-hans'] }
 */
export async function writeIndex(records: readonly SearchRecord[], outputPath: string, options: { cacheDir?: string } = {}): Promise<{ pages: number; reused: string[] }> {
  const twice = sharedUrls(records);
  if (twice.length > 0) throw new Error(`pagefind: ${twice.length} URL(s) have more than one record, of which Pagefind would keep one: ${twice.slice(0, 5).join(', ')}`);
  const languages = [...new Set(records.map((r) => r.language))].sort();
  await rm(outputPath, { recursive: true, force: true });
  const entries: PagefindEntry[] = [];
  const reused: string[] = [];
  for (const language of languages) {
    const part = `${outputPath}.${language}.tmp`;
    await rm(part, { recursive: true, force: true });
    const mine = records.filter((r) => r.language === language);
    const { cacheDir } = options;
    const key = cacheDir ? indexKey(mine) : '';
    if (cacheDir && (await restoreIndex(cacheDir, language, key, part))) reused.push(language);
    else {
      await indexInto(mine, part);
      if (cacheDir) await keepIndex(cacheDir, language, key, part);
    }
    entries.push(JSON.parse(await readFile(join(part, ENTRY), 'utf8')) as PagefindEntry);
    await cp(part, outputPath, { recursive: true, filter: (file) => !unused.has(basename(file)) });
    await rm(part, { recursive: true });
  }
  const [first] = entries;
  if (first) await writeAtomically(join(outputPath, ENTRY), JSON.stringify({ ...first, languages: Object.assign({}, ...entries.map((e) => e.languages)) }));
  for (const [language, facets] of Object.entries(searchFacets(records))) await writeAtomically(join(outputPath, facetsFile(language)), JSON.stringify(facets));
  return { pages: records.length, reused };
}

/**
 * The URLs that more than one record of a language has: Pagefind keeps one record per URL and
 * drops the others without a word.
 * @example sharedUrls([{ url: '/a/', language: 'en', … }, { url: '/a/', language: 'en', … }]) // => ['en /a/']
 */
export function sharedUrls(records: readonly SearchRecord[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const r of records) {
    const key = `${r.language} ${r.url}`;
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return [...twice];
}

/** Pagefind's entry file: which languages the bundle has, and their index files. */
interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
}

const ENTRY = 'pagefind-entry.json';

/**
 * The files of Pagefind's bundle the site never loads: its ready-made interfaces and the worker.
 * The search page calls Pagefind's API in its own thread (src/browser/search-client.ts).
 */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'pagefind-worker.js',
] as const;
const unused = new Set<string>(UNUSED_BUNDLE_FILES);

/** One Pagefind process indexes `records` into `outputPath`, and ends. */
async function indexInto(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    for (let i = 0; i < records.length; i += IN_FLIGHT) {
      const batch = records.slice(i, i + IN_FLIGHT);
      const added = await Promise.all(batch.map((record) => (record.anchors?.length ? index.addHTMLFile({ url: record.url, content: recordHtml(record) }) : index.addCustomRecord(record))));
      added.forEach((a, j) => {
        if (a.errors.length > 0) throw new Error(`pagefind: ${batch[j]?.url}: ${a.errors.join('; ')}`);
      });
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}
