import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { indexWhenWritten } from '../../../src/search/early-index.ts';
import { recordFilesState, recordsFolder, sharedUrls, writeIndex } from '../../../src/search/write-index.ts';

const record = (url: string, content: string) => ({ url, language: 'en', content, meta: { title: content }, filters: {} });
const dirs: string[] = [];

/** An output folder with a records folder in it. */
function outDir(): { dir: URL; folder: string; index: string } {
  const root = mkdtempSync(join(tmpdir(), 'kepu-early-index-'));
  dirs.push(root);
  mkdirSync(join(root, 'search-records'));
  return { dir: pathToFileURL(`${root}/`), folder: join(root, 'search-records'), index: join(root, 'pagefind') };
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 100));
};

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('indexWhenWritten', () => {
  it('indexes every part once the hub’s file is written, and names the files it indexed', async () => {
    const { dir, folder, index } = outDir();
    const early = indexWhenWritten(dir, index);
    writeFileSync(join(folder, 'baotou-suzhi-2021-2025.json'), JSON.stringify([record('/plans/baotou/', 'Baotou volunteers')]));
    writeFileSync(join(folder, 'hub.json'), JSON.stringify([record('/calendar/', 'Science Day'), record('/departments/', 'Departments')]));
    await until(() => existsSync(join(index, 'pagefind-entry.json')));
    const made = await early.finish();
    expect(made).toEqual({ state: await recordFilesState(recordsFolder(dir)), pages: 3, reused: [] });
  });

  it('waits while the hub’s file is only half written', async () => {
    const { dir, folder, index } = outDir();
    const early = indexWhenWritten(dir, index);
    writeFileSync(join(folder, 'hub.json'), '[{"url": "/calendar/", "lang');
    await new Promise((r) => setTimeout(r, 700));
    expect(existsSync(index)).toBe(false);
    writeFileSync(join(folder, 'hub.json'), JSON.stringify([record('/calendar/', 'Science Day')]));
    await until(() => existsSync(join(index, 'pagefind-entry.json')));
    expect((await early.finish())?.pages).toBe(1);
  });

  it('gives no index when the hub’s file never came', async () => {
    const { dir, folder, index } = outDir();
    const early = indexWhenWritten(dir, index);
    writeFileSync(join(folder, 'baotou-suzhi-2021-2025.json'), JSON.stringify([record('/plans/baotou/', 'Baotou')]));
    expect(await early.finish()).toBeNull();
    expect(existsSync(index)).toBe(false);
  });

  it('tells a folder that changed after it was indexed by its state', async () => {
    const { dir, folder, index } = outDir();
    const early = indexWhenWritten(dir, index);
    writeFileSync(join(folder, 'hub.json'), JSON.stringify([record('/calendar/', 'Science Day')]));
    await until(() => existsSync(join(index, 'pagefind-entry.json')));
    const made = await early.finish();
    writeFileSync(join(folder, 'anning-suzhi-2021-2025.json'), JSON.stringify([record('/plans/anning/', 'Anning')]));
    expect(made?.state).not.toBe(await recordFilesState(recordsFolder(dir)));
  });
});

describe('sharedUrls', () => {
  const record = (url: string, language: string) => ({ url, language, content: 'x', meta: {}, filters: {} });

  it('names the URLs a language has more than one record of, which Pagefind would drop silently', () => {
    expect(sharedUrls([record('/a/', 'en'), record('/a/', 'zh-hans'), record('/b/', 'en'), record('/b/', 'en')])).toEqual(['en /b/']);
  });

  it('stops the index before Pagefind starts', async () => {
    await expect(writeIndex([record('/b/', 'en'), record('/b/', 'en')], join(tmpdir(), 'never-written'))).rejects.toThrow('pagefind: 1 URL(s) have more than one record, of which Pagefind would keep one: en /b/');
  });
});

describe('writeIndex', () => {
  it('copies a language’s index from the cache when its records are those of the last build, and indexes it again when one changed', async () => {
    const { index } = outDir();
    const cacheDir = join(index, '..', 'cache');
    const records = [record('/plans/baotou/', 'Baotou volunteers'), { ...record('/plans/baotou/', '包头志愿者'), language: 'zh-hans' }];
    expect((await writeIndex(records, index, { cacheDir })).reused).toEqual([]);
    const entry = readFileSync(join(index, 'pagefind-entry.json'), 'utf8');
    expect((await writeIndex(records, index, { cacheDir })).reused).toEqual(['en', 'zh-hans']);
    expect(readFileSync(join(index, 'pagefind-entry.json'), 'utf8')).toBe(entry);
    const edited = [records[0]!, { ...records[1]!, content: '包头科普志愿者' }];
    expect((await writeIndex(edited, index, { cacheDir })).reused).toEqual(['en']);
    expect(readFileSync(join(index, 'pagefind-entry.json'), 'utf8')).not.toBe(entry);
  });

  it('indexes again when the kept index was removed while its key stayed', async () => {
    const { index } = outDir();
    const cacheDir = join(index, '..', 'cache');
    const records = [record('/plans/baotou/', 'Baotou volunteers')];
    await writeIndex(records, index, { cacheDir });
    rmSync(join(cacheDir, 'en'), { recursive: true });
    expect((await writeIndex(records, index, { cacheDir })).reused).toEqual([]);
    expect(existsSync(join(index, 'pagefind-entry.json'))).toBe(true);
  });
});
