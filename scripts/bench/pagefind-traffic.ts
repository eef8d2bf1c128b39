// What a page fetches from a Pagefind bundle (any path with /pagefind/ in it): bytes as the files
// are, bytes from a host that compresses text (wire-bytes.ts), files, and bytes by kind of file.
// The search benchmark and the shard benchmark count with it.
import type { Page } from 'playwright-core';
import { wireBytes } from './wire-bytes.ts';

export interface PagefindTraffic {
  bytes: number;
  wire: number;
  files: number;
  /** Bytes by kind of file: the script, the Wasm, the page table, chunks of words, fragments, filters. */
  byKind: Map<string, number>;
}

/**
 * The kind of a Pagefind file, from its path.
 * @example fileKind('/pagefind/fragment/zh-hans_1a2b3c4.pf_fragment') // => 'fragment'
 * @example fileKind('/hub/pagefind/pagefind.zh-hans_7b7a21de964eaa2.pf_meta') // => 'pagefind.pf_meta'
 */
export function fileKind(path: string): string {
  const folder = /\/(index|fragment|filter)\//u.exec(path)?.[1];
  if (folder) return folder;
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.(?:zh-hans|en)?_?[0-9a-f]{6,}\./u, '.');
}

/**
 * Counts, from now on, what `page` fetches from Pagefind bundles; the counts grow as bodies arrive.
 * @example const traffic = countPagefind(page); await page.goto(url); traffic.bytes // => 212345
 */
export function countPagefind(page: Page): PagefindTraffic {
  const traffic: PagefindTraffic = { bytes: 0, wire: 0, files: 0, byKind: new Map() };
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.includes('/pagefind/')) return;
    void response.body().then((body) => {
      traffic.bytes += body.length;
      traffic.wire += wireBytes(body, response.headers()['content-type'] ?? '');
      traffic.files += 1;
      const kind = fileKind(path);
      traffic.byKind.set(kind, (traffic.byKind.get(kind) ?? 0) + body.length);
    }, () => undefined);
  });
  return traffic;
}
