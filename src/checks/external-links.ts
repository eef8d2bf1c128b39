import { publisherOf, type Publisher } from '../schemas/catalog/publisher.ts';

export interface UntrustedLink {
  page: string;
  href: string;
}

/**
 * The links of built pages that leave the site for a host no trusted publisher has. The
 * repository (correction links) and mail links are the site's own business.
 * @example untrustedLinks([['en/x/index.html', ['https://coinztmine.com/a']]], publishers, { origin: 'https://hub.example', repository: 'https://github.com/o/r' }) // => [{ page: 'en/x/index.html', href: 'https://coinztmine.com/a' }]
 */
export function untrustedLinks(
  pages: Iterable<readonly [page: string, hrefs: readonly string[]]>,
  publishers: readonly Publisher[],
  own: { origin: string; repository: string },
): UntrustedLink[] {
  const out: UntrustedLink[] = [];
  for (const [page, hrefs] of pages) {
    for (const href of hrefs) {
      if (leavesSite(href, own) && !publisherOf(publishers, href)) out.push({ page, href });
    }
  }
  return out;
}

/**
 * Whether a link goes off the site to another host than its own and its repository's pages.
 * @example leavesSite('https://hub.example.evil/x', { origin: 'https://hub.example', repository: 'https://github.com/o/r' }) // => true
 */
export function leavesSite(href: string, own: { origin: string; repository: string }): boolean {
  if (!/^https?:\/\//iu.test(href)) return false;
  let origin: string;
  try {
    origin = new URL(href).origin;
  } catch {
    return true;
  }
  return origin !== own.origin && href !== own.repository && !href.startsWith(`${own.repository}/`);
}
