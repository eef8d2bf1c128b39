// Indexing while the pages are still being written. Astro renders the search-records parts
// before most pages, one after another and the hub's last (src/pages/search-records/), and
// Pagefind indexes in a process of its own: so once the hub's file is there, the index can be
// made on the other processor core while Astro renders the rest. What it indexed is known by
// the files' names, sizes and times, and the integration uses this index only if the folder
// still holds exactly those files when the build is done; otherwise it indexes again.
import { existsSync } from 'node:fs';
import { HUB_PART } from './parts.ts';
import { readRecords, recordFilesState, recordsFolder, writeIndex } from './write-index.ts';

/** An index made early: the record files it was made from and how many records it holds. */
export interface EarlyIndex {
  state: string;
  pages: number;
  /** The languages copied from the cache (write-index.ts). */
  reused: string[];
}

export interface EarlyIndexer {
  /** Stops waiting for the hub's file; resolves to the index if one was made from a steady folder. */
  finish: () => Promise<EarlyIndex | null>;
}

const POLL_MS = 250;
// Waiting must never keep a failed build's process alive.
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, POLL_MS).unref());

/**
 * Watches `dir` for the last records part and then indexes every part into `outputPath`.
 * @example const early = indexWhenWritten(dist, 'dist/pagefind'); … await early.finish() // => { state, pages: 7592, reused: [] }
 */
export function indexWhenWritten(dir: URL, outputPath: string, options: { cacheDir?: string } = {}): EarlyIndexer {
  const folder = recordsFolder(dir);
  const hub = new URL(`${HUB_PART}.json`, folder);
  let waiting = true;
  const work = (async (): Promise<EarlyIndex | null> => {
    while (waiting) {
      await pause();
      if (!existsSync(hub)) continue;
      // A file still being written does not parse, and a folder still changing is not steady.
      const state = await recordFilesState(folder).catch(() => null);
      const records = await readRecords(dir).catch(() => null);
      if (!records || state === null || state !== (await recordFilesState(folder))) continue;
      const { pages, reused } = await writeIndex(records, outputPath, options);
      return { state, pages, reused };
    }
    return null;
  })();
  return {
    finish: () => {
      waiting = false;
      return work.catch(() => null);
    },
  };
}
