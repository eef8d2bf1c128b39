// A language's index kept between builds. Pagefind has no incremental mode, but a build whose
// records of one language are exactly those of the build before — a translation edit leaves the
// Chinese records as they were, and most seed edits the English ones — copies that language's
// index from the cache instead of making it again. The key is what decides the index's bytes:
// the records in the order they are added, the Pagefind version, and the code that turns a
// record into what Pagefind reads.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SearchRecord } from './record.ts';

const CODE = ['record-html.ts', 'write-index.ts', 'index-cache.ts'].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'));
const PAGEFIND = (JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * The key of one language's index: it changes when anything the index is made of changes.
 * @example indexKey([{ url: '/en/plans/p/', language: 'en', content: 'Plan', meta: {}, filters: {} }]) // => '3f1c…'
 */
export function indexKey(records: readonly SearchRecord[]): string {
  const hash = createHash('sha256').update(PAGEFIND);
  for (const code of CODE) hash.update('\0').update(code);
  return hash.update('\0').update(JSON.stringify(records)).digest('hex');
}

const keyFile = (cacheDir: string, language: string) => join(cacheDir, `${language}.key`);

const keptKey = (cacheDir: string, language: string) => readFile(keyFile(cacheDir, language), 'utf8').catch(() => null);

/**
 * Copies a language's kept index into `into` when it was made from records with this key. The
 * key is read again after the copy: another build that kept an index meanwhile removed it first,
 * so a copy it may have torn is never used.
 * @example await restoreIndex('.cache/pagefind', 'zh-hans', key, 'dist/pagefind.zh-hans.tmp') // => true
 */
export async function restoreIndex(cacheDir: string, language: string, key: string, into: string): Promise<boolean> {
  if ((await keptKey(cacheDir, language)) !== key) return false;
  const copied = await cp(join(cacheDir, language), into, { recursive: true }).then(() => true, () => false);
  if (copied && (await keptKey(cacheDir, language)) === key) return true;
  await rm(into, { recursive: true, force: true });
  return false;
}

/**
 * Keeps the index of a language made in `from` under its key. The key is written last, so an
 * interrupted copy is never taken for a kept index.
 * @example await keepIndex('.cache/pagefind', 'en', key, 'dist/pagefind.en.tmp')
 */
export async function keepIndex(cacheDir: string, language: string, key: string, from: string): Promise<void> {
  await rm(keyFile(cacheDir, language), { force: true });
  await rm(join(cacheDir, language), { recursive: true, force: true });
  await cp(from, join(cacheDir, language), { recursive: true });
  await writeFile(keyFile(cacheDir, language), key);
}
