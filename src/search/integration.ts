// The search index, made inside `astro build`: this reads the records the search-records pages
// rendered from the content collections (src/search/records.ts), adds them to a Pagefind index
// through its Node API (write-index.ts), writes the index to pagefind/ and removes the records,
// which are not part of the site. The index is made as soon as the records are all written,
// while Astro renders the other pages (early-index.ts), and made again at the end if the record
// files changed after that. A benchmark can keep the records (`recordsTo`) to index them again
// in other ways (scripts/bench/shards.ts).
import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexWhenWritten, type EarlyIndexer } from './early-index.ts';
import { readRecords, recordFilesState, recordsFolder, writeIndex } from './write-index.ts';

export interface SearchIndexOptions {
  /** A folder outside the site to keep the records in, instead of removing them. */
  recordsTo?: string;
  /** Where each language's index is kept for the next build (index-cache.ts), from the project's root. */
  cacheDir?: string;
}

/**
 * The integration that indexes the built site's records with Pagefind.
 * @example defineConfig({ integrations: [searchIndex({ recordsTo: process.env.KEPU_RECORDS_TO })] })
 */
export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  let outDir: URL | null = null;
  let cacheDir: string | undefined;
  let early: EarlyIndexer | null = null;
  const output = (dir: URL) => fileURLToPath(new URL('pagefind/', dir));
  return {
    name: 'kepu:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        cacheDir = options.cacheDir ? fileURLToPath(new URL(options.cacheDir, config.root)) : undefined;
      },
      'astro:build:start': () => {
        if (outDir) early = indexWhenWritten(outDir, output(outDir), { cacheDir });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const made = (await early?.finish()) ?? null;
        const folder = recordsFolder(dir);
        const reused = made !== null && made.state === (await recordFilesState(folder));
        const index = reused ? made : await writeIndex(await readRecords(dir), output(dir), { cacheDir });
        if (options.recordsTo) await cp(folder, options.recordsTo, { recursive: true });
        await rm(folder, { recursive: true });
        const kept = index.reused.length > 0 ? `; ${index.reused.join(' and ')} unchanged since the last build, copied from the cache` : '';
        logger.info(`indexed ${index.pages} records into pagefind/${reused ? ' while the pages were written' : ''}${kept}`);
      },
    },
  };
}
