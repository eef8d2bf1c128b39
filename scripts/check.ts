// `npm run check`: every check of the project, each run even when one before it failed, so staff
// see every problem at once — content up to date with the seeds and every staff file valid
// (ingest --check), every plan translated (i18n-status --check), and the types (astro check).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './project-files.ts';

const checks: Array<[name: string, command: string, args: string[]]> = [
  ['content', process.execPath, ['scripts/ingest.ts', '--check']],
  ['translations', process.execPath, ['scripts/i18n-status.ts', '--check']],
  ['types', join(root, 'node_modules', '.bin', 'astro'), ['check']],
];
const failed = checks.filter(([, command, args]) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status !== 0).map(([name]) => name);
console.log(failed.length === 0 ? 'check: all passed' : `check: ${failed.join(', ')} failed (see above)`);
process.exitCode = failed.length === 0 ? 0 : 1;
