// Global setup of the `site` test project: builds the site once (ingest → astro build → search
// index) with the clock frozen, so page tests and browser tests read one dist/.
// KEPU_REUSE_DIST=1 skips the build when dist/ is already there (for quick local reruns);
// KEPU_OUT_DIR builds into (and tests read) another folder than dist/.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { distDir } from './dist.ts';

export const FROZEN_TODAY = '2026-03-15';

export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  if (process.env['KEPU_REUSE_DIST'] === '1' && existsSync(`${distDir}/index.html`)) return;
  execFileSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, KEPU_TODAY: FROZEN_TODAY, TZ: 'Asia/Shanghai', SITE_URL: 'http://localhost:4321' },
  });
}
