// seeds/ → content/: the command behind `npm run ingest`. `--check` only reports whether
// content/ is up to date. All logic is in src/ingest; this file only touches the disk.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { GENERATED_DIRS, runIngest } from '../src/ingest/run-ingest.ts';
import { catalogText, contentDir as content, root, seedFiles } from './project-files.ts';

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The seeds named after `--accept-loss` (as `003_x.txt` or `seeds/003_x.txt`). */
function acceptedLoss(args: string[]): string[] {
  return args.flatMap((a, i) => (args[i - 1] === '--accept-loss' ? [a.replace(/^seeds\//u, '')] : []));
}

const { seeds, problems: seedProblems } = seedFiles();
const result = runIngest(
  {
    seeds: () => seeds,
    seedProblems: () => seedProblems,
    staff: () => ['corrections', 'outcomes'].flatMap((d) => walk(join(content, d))).filter((p) => !p.endsWith('README.md')).map((p) => ({ file: relative(root, p), text: readFileSync(p, 'utf8') })),
    catalog: catalogText,
    existing: () => GENERATED_DIRS.flatMap((d) => walk(join(content, d))).map((p) => relative(content, p)),
    read: (path) => (existsSync(join(content, path)) ? readFileSync(join(content, path), 'utf8') : null),
    write: (path, text) => {
      // Write beside, then rename: a reader (the dev server) never sees half a file.
      const target = join(content, path);
      mkdirSync(dirname(target), { recursive: true });
      const temp = `${target}.${process.pid}.tmp`;
      writeFileSync(temp, text);
      renameSync(temp, target);
    },
    remove: (path) => {
      rmSync(join(content, path));
      // Leave no empty folder behind when a plan goes.
      const dir = dirname(join(content, path));
      if (existsSync(dir) && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
    },
    log: (line) => console.log(line),
  },
  { check: process.argv.includes('--check'), acceptLoss: acceptedLoss(process.argv.slice(2)) },
);
// Writing, a refused seed does not stop the build of the others (its old content stays), but a
// staff file that no longer applies does (the site would show what it corrects uncorrected); the
// check fails on anything, so staff see it.
const check = process.argv.includes('--check');
process.exitCode = check ? (result.ok ? 0 : 1) : result.plans > 0 && result.staffErrors === 0 ? 0 : 1;
