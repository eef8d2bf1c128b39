// What ingest may do to the disk: read seeds, catalogs and staff files, write and remove content
// files (each written beside itself, then renamed). Shared by `npm run ingest` and the dev server.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { GENERATED_DIRS, type IngestIO } from '../src/ingest/run-ingest.ts';
import { catalogText, contentDir as content, root, seedFiles } from './project-files.ts';

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The folders of content/ staff write in, which ingest reads and checks. */
export const STAFF_DIRS = ['corrections', 'outcomes', 'news', 'events'] as const;

/**
 * The project's files as ingest sees them, read when ingest asks (so a long-lived caller sees
 * each run's files); `log` prints a line.
 * @example runIngest(fileIngestIO(console.log))
 */
export function fileIngestIO(log: (line: string) => void): IngestIO {
  const seeds = seedFiles();
  return {
    seeds: () => seeds.seeds,
    seedProblems: () => seeds.problems,
    staff: () => STAFF_DIRS.flatMap((d) => walk(join(content, d))).filter((p) => !p.endsWith('README.md')).map((p) => ({ file: relative(root, p), text: readFileSync(p, 'utf8') })),
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
    log,
  };
}
