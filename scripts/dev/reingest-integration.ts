import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runIngest } from '../../src/ingest/run-ingest.ts';
import type { SeedResult } from '../../src/ingest/read-seed.ts';
import { fileIngestIO, STAFF_DIRS } from '../ingest-io.ts';

/**
 * In `astro dev`, re-runs ingest in the server's own process whenever a seed, a catalog or a
 * staff file (a correction, an outcome, news, an event) is saved. Seeds already read are kept, so
 * a saved seed costs the reading of that seed only, and only the content files that change are
 * rewritten; Astro's watcher then reloads the open page.
 */
export function reingestOnSeedChange(): AstroIntegration {
  return {
    name: 'kepu:reingest-on-seed-change',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = fileURLToPath(new URL('../../', import.meta.url));
        const watched = [`${root}seeds`, `${root}content/catalog`, ...STAFF_DIRS.map((d) => `${root}content/${d}`)];
        server.watcher.add(watched);
        const cache = new Map<string, SeedResult>();
        let timer: ReturnType<typeof setTimeout> | null = null;
        const run = () => {
          const started = Date.now();
          const result = runIngest(fileIngestIO((line) => (/: (error|warning) \[/u.test(line) ? logger.warn(line) : logger.debug(line))), { cache });
          logger.info(`ingest: ${result.written.length} file(s) written, ${result.removed.length} removed in ${Date.now() - started} ms${result.ok ? '' : ` — ${result.problems.length} problem(s), listed above`}`);
        };
        run();
        server.watcher.on('all', (_event, path) => {
          if (!watched.some((dir) => path.startsWith(dir)) || !/\.(txt|ya?ml|mdx)$/u.test(path)) return;
          // An editor saves in several steps: wait for the last.
          if (timer) clearTimeout(timer);
          timer = setTimeout(run, 150);
        });
      },
    },
  };
}
