// Where the project's inputs are on disk, read the one way every command reads them.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../src/ingest/problems.ts';
import { selectSeeds, type SeedEntry } from '../src/ingest/seed-files.ts';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const contentDir = join(root, 'content');
export const seedsDir = join(root, 'seeds');
export const translationsDir = join(contentDir, 'translations');

/** The entries of seeds/, as lstat sees them (a link is not followed). */
export function seedEntries(): SeedEntry[] {
  return readdirSync(seedsDir).map((name) => {
    const stat = lstatSync(join(seedsDir, name));
    return { name, kind: stat.isSymbolicLink() ? 'symlink' : stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : 'other', size: stat.size };
  });
}

/** The seed files to read, in name order, and what is wrong with those that cannot be. */
export function seedFiles(): { seeds: Array<{ file: string; bytes: Uint8Array }>; problems: Problem[] } {
  const { seeds, problems } = selectSeeds(seedEntries());
  return { seeds: seeds.map((file) => ({ file, bytes: readFileSync(join(seedsDir, file)) })), problems };
}

/** A catalog's text, by file name (cities.yaml). */
export function catalogText(file: string): string {
  return readFileSync(join(contentDir, 'catalog', file), 'utf8');
}

/** A plan's translation memory as text; '' when the plan has none yet. */
/** The plans that have a translation memory, by file name. */
export function memorySlugs(): string[] {
  return existsSync(translationsDir) ? readdirSync(translationsDir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)).sort() : [];
}

export function memoryText(slug: string): string {
  const path = join(translationsDir, `${slug}.yaml`);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}
