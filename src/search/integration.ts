// The search index, made inside `astro build`: when Astro has written the site, this reads the
// records the search-records pages rendered from the content collections (src/search/records.ts),
// adds them to a Pagefind index through its Node API, writes the index to pagefind/ and removes
// the records, which are not part of the site. Pagefind is pinned at 1.6.0 in package.json: its
// npm package ships the extended binary, which segments Chinese.
import { readdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import type { SearchRecord } from './record.ts';

/** Where the records are rendered, under the output folder; the same as the route's path. */
export const RECORDS_DIR = 'search-records';

/**
 * The records of every part in `dir`, in the order of their file names.
 * @example await readRecords(new URL('file:///work/main/dist/')) // => [{ url: '/plans/…/', … }, …]
 */
export async function readRecords(dir: URL): Promise<SearchRecord[]> {
  const folder = new URL(`${RECORDS_DIR}/`, dir);
  const files = (await readdir(folder)).filter((f) => f.endsWith('.json')).sort();
  const parts = await Promise.all(files.map(async (f) => JSON.parse(await readFile(new URL(f, folder), 'utf8')) as SearchRecord[]));
  return parts.flat();
}

/**
 * Writes `records` as a Pagefind index into `outputPath`.
 * @example await writeIndex(records, '/work/main/dist/pagefind') // => { pages: 1234 }
 */
export async function writeIndex(records: readonly SearchRecord[], outputPath: string): Promise<{ pages: number }> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
    }
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return { pages: records.length };
  } finally {
    await close();
  }
}

/**
 * The integration that indexes the built site's records with Pagefind.
 * @example defineConfig({ integrations: [searchIndex()] })
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'kepu:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const records = await readRecords(dir);
        const { pages } = await writeIndex(records, fileURLToPath(new URL('pagefind/', dir)));
        await rm(new URL(`${RECORDS_DIR}/`, dir), { recursive: true });
        logger.info(`indexed ${pages} records into pagefind/`);
      },
    },
  };
}
