import { execFileSync } from 'node:child_process';

let dates: Map<string, string> | null = null;

/**
 * The date (YYYY-MM-DD) of the last commit that touched any of `paths` (repository-relative), or
 * null if none is committed. Read from git once per build: a page says when its content changed,
 * not when it was built, so builds stay reproducible.
 */
export function lastChanged(paths: readonly string[]): string | null {
  dates ??= readDates();
  const found = paths.map((p) => dates?.get(p)).filter((d): d is string => d !== undefined);
  return found.length > 0 ? found.sort().at(-1) ?? null : null;
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
