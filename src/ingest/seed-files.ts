import { problem, type Problem } from './problems.ts';

/** An entry of seeds/ as the file system lists it (lstat: a link is a link, not its target). */
export interface SeedEntry {
  name: string;
  kind: 'file' | 'directory' | 'symlink' | 'other';
  /** Bytes, for files. */
  size: number;
}

/** Seeds are plain, portable file names: they end up in URLs, YAML and the data exports. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.txt$/u;
export const MAX_SEED_BYTES = 5 * 1024 * 1024;

/**
 * Which entries of seeds/ are seeds to read, and a problem for each that looks meant as one but
 * cannot be: a directory or a link named like a seed, an upper-case .TXT, a name with spaces or
 * other characters, a file over 5 MB. Other files (notes, hidden files) are not seeds.
 * @example selectSeeds([{ name: '003_a.txt', kind: 'file', size: 10 }, { name: 'b.TXT', kind: 'file', size: 10 }]).seeds // => ['003_a.txt']
 */
export function selectSeeds(entries: readonly SeedEntry[]): { seeds: string[]; problems: Problem[] } {
  const seeds: string[] = [];
  const problems: Problem[] = [];
  const refuse = (name: string, message: string) => problems.push(problem(`seeds/${shown(name)}`, { line: 1, column: 1 }, 'file', message, 'error'));
  for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!/\.txt$/iu.test(e.name) || e.name.startsWith('.')) continue;
    if (e.kind === 'directory') refuse(e.name, 'is a folder, not a file: a seed is one text file in seeds/');
    else if (e.kind === 'symlink') refuse(e.name, 'is a link to another file: copy the plan’s text into seeds/ itself (a link may point outside the project)');
    else if (e.kind !== 'file') refuse(e.name, 'is not a regular file');
    else if (!/\.txt$/u.test(e.name)) refuse(e.name, `ends in ${e.name.slice(-4)}: rename it to end in .txt (lower case)`);
    else if (!SAFE_NAME.test(e.name)) refuse(e.name, 'has characters a seed name may not have: use only letters, digits, “.”, “_” and “-” (e.g. 005_shenzhen.txt)');
    else if (e.size > MAX_SEED_BYTES) refuse(e.name, `is ${(e.size / 1024 / 1024).toFixed(1)} MB, more than the 5 MB a plan's text takes: is it the plan, as text?`);
    else seeds.push(e.name);
  }
  return { seeds, problems };
}

/** A name as it can be printed on one line: control characters (a newline in a name) made visible. */
function shown(name: string): string {
  return JSON.stringify(name).slice(1, -1);
}
