import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * In `astro dev`, re-runs ingest whenever a seed or catalog changes, so the page of the plan
 * you are editing updates; content/ changes are picked up by Astro's own watcher.
 */
export function reingestOnSeedChange(): AstroIntegration {
  return {
    name: 'kepu:reingest-on-seed-change',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = fileURLToPath(new URL('../../', import.meta.url));
        const watched = [`${root}seeds`, `${root}content/catalog`];
        server.watcher.add(watched);
        let running = false;
        let again = false;
        const run = () => {
          if (running) {
            again = true;
            return;
          }
          running = true;
          const child = spawn(process.execPath, [`${root}scripts/ingest.ts`], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
          child.stdout.on('data', (d: Buffer) => logger.info(d.toString().trimEnd()));
          child.stderr.on('data', (d: Buffer) => logger.error(d.toString().trimEnd()));
          child.on('close', () => {
            running = false;
            if (again) {
              again = false;
              run();
            }
          });
        };
        server.watcher.on('all', (_event, path) => {
          if (watched.some((dir) => path.startsWith(dir)) && /\.(txt|ya?ml)$/u.test(path)) run();
        });
      },
    },
  };
}
