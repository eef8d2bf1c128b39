// A post-build link check, like the one withastro/docs runs on its output: every internal link of
// every built page must reach a file, and every #fragment an element with that id. Pure: it reads
// the pages it is given (path → HTML) and the list of files, so its unit test feeds it fixtures.

export interface BrokenLink {
  /** The page the link is on, as a dist-relative file path. */
  page: string;
  href: string;
  reason: 'missing-file' | 'missing-anchor';
}

export interface LinkCheckOptions {
  /** The site's own origin (http://localhost:4321): absolute links to it are checked too. */
  origin?: string;
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/gu;
const ATTR = /\s([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gu;

/** Markup without what browsers do not read as elements: scripts, styles, comments, templates. */
function markup(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/gu, '').replace(/<(script|style|template)\b[\s\S]*?<\/\1>/giu, '');
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(quot|lt|gt|amp));/giu;
const NAMED: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&' };

/** An attribute value with its character references decoded, once (`&amp;lt;` is `&lt;`). */
function decodeAttr(value: string): string {
  // Most values hold no reference at all; the check reads hundreds of thousands of them.
  if (!value.includes('&')) return value;
  return value.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED[(name ?? '').toLowerCase()] ?? whole;
  });
}

/**
 * Every element of a page as its tag name and attributes (values decoded), outside scripts,
 * styles and comments.
 * @example [...elements('<a href="/x/?a=1&amp;b=2">x</a>')] // => [{ tag: 'a', attrs: { href: '/x/?a=1&b=2' } }]
 */
export function* elements(html: string): Generator<{ tag: string; attrs: Record<string, string> }> {
  // exec loops rather than matchAll, which copies the expression for every tag.
  const tags = new RegExp(TAG);
  const attributes = new RegExp(ATTR);
  const text = markup(html);
  for (let tag = tags.exec(text); tag; tag = tags.exec(text)) {
    const attrs: Record<string, string> = {};
    const list = tag[2] ?? '';
    attributes.lastIndex = 0;
    for (let a = attributes.exec(list); a; a = attributes.exec(list)) {
      attrs[(a[1] ?? '').toLowerCase()] = decodeAttr(a[2] ?? a[3] ?? a[4] ?? '');
    }
    yield { tag: (tag[1] ?? '').toLowerCase(), attrs };
  }
}

/**
 * The ids a page's fragments can point at (`id`, and `name` on anchors).
 * @example anchorsOf('<p id="s1">x</p><a name="old">') // => new Set(['s1', 'old'])
 */
export function anchorsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const { tag, attrs } of elements(html)) {
    if (attrs['id'] !== undefined) ids.add(attrs['id']);
    if (tag === 'a' && attrs['name'] !== undefined) ids.add(attrs['name']);
  }
  return ids;
}

/**
 * The URL path a dist file is served at.
 * @example pageUrl('en/plans/x/index.html') // => '/en/plans/x/'
 * @example pageUrl('404.html') // => '/404.html'
 */
export function pageUrl(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/u, '$1');
}

/**
 * The dist file a URL path is served from: a directory's index.html, or the file itself.
 * @example fileOf('/plans/x/', new Set(['plans/x/index.html'])) // => 'plans/x/index.html'
 * @example fileOf('/data/plans.json', new Set(['data/plans.json'])) // => 'data/plans.json'
 */
export function fileOf(pathname: string, files: ReadonlySet<string>): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname).replace(/^\/+/u, '');
  } catch {
    return null;
  }
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.find((c) => files.has(c)) ?? null;
}

/**
 * Every broken internal link of the given pages: `href` and `src` attributes that are root-relative
 * (`/plans/x/`), relative, fragment-only (`#s1`) or absolute on the site's own origin. Links to
 * other hosts, `mailto:` and the like are not followed. A fragment must name an id on the target
 * page (an empty fragment or a text fragment means the top and always resolves).
 * @example checkLinks(new Map([['index.html', '<a href="/x/#a">x</a><a href="#b">b</a>']]), new Set(['index.html'])).map((b) => b.href) // => ['/x/#a', '#b']
 */
export function checkLinks(pages: ReadonlyMap<string, string>, files: ReadonlySet<string>, options: LinkCheckOptions = {}): BrokenLink[] {
  const anchors = new Map<string, Set<string>>();
  const anchorsIn = (file: string) => {
    let set = anchors.get(file);
    if (!set) {
      set = anchorsOf(pages.get(file) ?? '');
      anchors.set(file, set);
    }
    return set;
  };
  const origin = options.origin ? new URL(options.origin).origin : 'http://internal.invalid';
  const broken: BrokenLink[] = [];
  for (const [page, html] of pages) {
    const base = new URL(pageUrl(page), origin);
    for (const { attrs } of elements(html)) {
      for (const href of [attrs['href'], attrs['src']]) {
        if (href === undefined || href === '' || /^(?:mailto|tel|javascript|data|blob):/iu.test(href)) continue;
        let url: URL;
        try {
          url = new URL(href, base);
        } catch {
          broken.push({ page, href, reason: 'missing-file' });
          continue;
        }
        if (url.origin !== origin) continue;
        const target = url.pathname === base.pathname ? page : fileOf(url.pathname, files);
        if (target === null) {
          broken.push({ page, href, reason: 'missing-file' });
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment === '' || fragment.startsWith(':~:')) continue;
        if (!target.endsWith('.html') || !anchorsIn(target).has(fragment)) broken.push({ page, href, reason: 'missing-anchor' });
      }
    }
  }
  return broken;
}

/**
 * Resources a page would load from another host: scripts, stylesheets, icons, preloads, images,
 * media, frames, and `url()`/`@import` in inline styles. The site must load nothing but itself.
 * @example foreignResources('<script src="https://cdn.example/x.js"></script><a href="https://example.org/">ok</a>', 'http://localhost:4321') // => ['https://cdn.example/x.js']
 */
export function foreignResources(html: string, origin: string): string[] {
  const own = new URL(origin).origin;
  const found: string[] = [];
  const check = (value: string | undefined) => {
    if (!value) return;
    try {
      const url = new URL(value, own);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== own) found.push(value);
    } catch {
      // Not a URL at all: nothing is loaded.
    }
  };
  // Scripts are stripped from `markup`, so read their src from the raw HTML.
  for (const m of html.matchAll(/<script\b[^>]*\ssrc\s*=\s*["']?([^"'\s>]+)/giu)) check(m[1]);
  for (const { tag, attrs } of elements(html)) {
    if (tag === 'link' && !/^(?:canonical|alternate|external|author|license|me)$/iu.test(attrs['rel'] ?? '')) check(attrs['href']);
    if (['img', 'source', 'video', 'audio', 'iframe', 'embed', 'track', 'input'].includes(tag)) check(attrs['src']);
    if (tag === 'object') check(attrs['data']);
    if (attrs['srcset']) for (const part of attrs['srcset'].split(',')) check(part.trim().split(/\s+/u)[0]);
    if (attrs['style']) for (const m of attrs['style'].matchAll(/url\(\s*["']?([^"')]+)/gu)) check(m[1]);
  }
  for (const style of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/giu)) {
    for (const m of (style[1] ?? '').matchAll(/(?:url\(\s*["']?([^"')\s]+)|@import\s+["']([^"']+))/gu)) check(m[1] ?? m[2]);
  }
  return found;
}
