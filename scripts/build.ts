// `npm run build`: seeds → content/ → a complete site in dist/ (or KEPU_OUT_DIR). Every step —
// ingest, Astro (with the search index and the exports' schema checks), the checks of the built
// site — runs on a fresh folder beside dist/, which replaces dist/ only when all of them
// succeeded: a failed or killed build leaves the previous site serving.
import { spawnSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishDir } from './publish-dir.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// An empty KEPU_OUT_DIR is unset: resolve('') is the project itself.
const target = resolve(process.env['KEPU_OUT_DIR'] || join(root, 'dist'));
const astro = join(root, 'node_modules', '.bin', 'astro');

class StepFailed extends Error {}

/** Runs one step as its own process, its output shown as it comes. */
function step(name: string, command: string, args: string[], env: Record<string, string> = {}): void {
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) throw new StepFailed(`build: ${name} failed (${run.signal ? `killed by ${run.signal}` : `exit ${run.status}`})`);
}

try {
  step('ingest', process.execPath, ['scripts/ingest.ts']);
  publishDir(target, (stage) => {
    step('astro build', astro, ['build'], { KEPU_OUT_DIR: stage });
    step('site checks', process.execPath, ['scripts/check-site.ts', stage]);
  });
  console.log(`build: published ${relative(root, target) || target}`);
} catch (error) {
  if (!(error instanceof StepFailed)) throw error;
  console.error(`${error.message}; ${relative(root, target) || target}/ is left as it was`);
  process.exitCode = 1;
}
