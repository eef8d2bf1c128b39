// Where the project's inputs are on disk, read the one way every command reads them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const contentDir = join(root, 'content');
export const seedsDir = join(root, 'seeds');
export const translationsDir = join(contentDir, 'translations');

/** The seed files, in name order. */
export function seedFiles(): Array<{ file: string; bytes: Uint8Array }> {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, bytes: readFileSync(join(seedsDir, file)) }));
}

/** A catalog's text, by file name (cities.yaml). */
export function catalogText(file: string): string {
  return readFileSync(join(contentDir, 'catalog', file), 'utf8');
}

/** A plan's translation memory as text; '' when the plan has none yet. */
export function memoryText(slug: string): string {
  const path = join(translationsDir, `${slug}.yaml`);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}
