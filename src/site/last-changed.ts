import { execFileSync } from 'node:child_process';
import type { SiteData } from './data.ts';

let dates: Map<string, string> | null = null;

/**
 * The date (YYYY-MM-DD) of the last commit that touched any of `paths` (repository-relative), or
 * null if none is committed. Read from git once per build: a page says when its content changed,
 * not when it was built, so builds stay reproducible.
 * @example lastChanged(['content/catalog/metrics.yaml', 'not/committed.txt']) // => '2026-12-01'
 */
export function lastChanged(paths: readonly string[]): string | null {
  dates ??= readDates();
  return latest(paths.map((p) => dates?.get(p)));
}

/** The latest of some YYYY-MM-DD dates (they sort as strings), null if there is none. */
function latest(found: ReadonlyArray<string | null | undefined>): string | null {
  return found.filter((d): d is string => typeof d === 'string').sort().at(-1) ?? null;
}

const targetDates = new WeakMap<SiteData, string | null>();

/**
 * lastChanged of every target's file and of `catalogs`, for the pages that show every target
 * (the explorer's pages and the charts'): the targets' date is read once per build, not on each
 * of those pages (at a thousand plans, some 23,000 files on each of some 1,800 pages).
 * @example targetsLastChanged(site, ['content/catalog/metrics.yaml']) // => '2026-12-01'
 */
export function targetsLastChanged(site: SiteData, catalogs: readonly string[]): string | null {
  if (!targetDates.has(site)) targetDates.set(site, lastChanged(site.targets.map((x) => x.filePath ?? '')));
  return latest([targetDates.get(site), lastChanged(catalogs)]);
}

function readDates(): Map<string, string> {
  const map = new Map<string, string>();
  try {
    const log = execFileSync('git', ['log', '--format=#%cs', '--name-only', '--', 'seeds', 'content', 'src/schemas/open-data.ts'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    let date = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('#')) date = line.slice(1);
      else if (line && !map.has(line)) map.set(line, date);
    }
  } catch {
    // Not a git checkout (a tarball, say): pages then say their content is not committed.
  }
  return map;
}
