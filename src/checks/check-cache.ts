// What the checks of the built site found in each page, kept between builds by the page's
// bytes: a rebuild restores most pages unchanged, and a page whose bytes are the same has the
// same findings. The cache is only valid for the code of the checks, the glossary and the
// site's own addresses it was made with; its key hashes them, and a cache with another key is
// ignored.
import { createHash } from 'node:crypto';

/** A glossary clash on a page, as termClashes gives it without the page. */
export interface KeptClash {
  entry: number;
  zh: string;
  en: string;
  found: string;
}

/** What the checks found in one page: its links off the site, and its glossary clashes. */
export interface PageFindings {
  hash: string;
  links: string[];
  clashes: KeptClash[];
}

/**
 * A short hash of bytes or text.
 * @example contentHash('<html></html>') // => 'Ktj1x…'
 */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 27);
}

/**
 * The findings a cache file keeps, if it was made with `key`; none for a missing, unreadable or
 * other cache.
 * @example readFindings('{"key":"k","pages":{}}', 'k').size // => 0
 */
export function readFindings(text: string | null, key: string): Map<string, PageFindings> {
  if (text === null) return new Map();
  try {
    const kept = JSON.parse(text) as { key?: unknown; pages?: Record<string, PageFindings> };
    return kept.key === key && kept.pages ? new Map(Object.entries(kept.pages)) : new Map();
  } catch {
    return new Map();
  }
}

/**
 * A cache file's text.
 * @example writeFindings('k', new Map()) // => '{"key":"k","pages":{}}'
 */
export function writeFindings(key: string, pages: ReadonlyMap<string, PageFindings>): string {
  return JSON.stringify({ key, pages: Object.fromEntries(pages) });
}
