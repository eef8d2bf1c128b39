// The text of a built page as a reader sees it: what is inside the element marked
// `data-search-body` (the page's main content), minus anything under `data-search-ignore`
// (navigation, citations, lists of other documents). The checks of the built site read English
// pages through it, and the search-quality test compares search results with it. Works on the
// site's own well-formed HTML; it is not a general HTML parser.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'data', 'bdi', 'bdo']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/gu;

export interface PageTextOptions {
  /** Keep text of elements with the `hidden` attribute (readers don't see them). */
  hidden: boolean;
  /** Drop text of elements whose `lang` starts with this (e.g. 'zh' on English pages). */
  dropLang?: string;
}

interface Open {
  tag: string;
  skip: boolean;
  body: boolean;
}

/**
 * The searchable text of a page: inside `[data-search-body]` (or `<main>` when none is
 * marked), without `data-search-ignore` parts, scripts and styles; block elements end a line.
 * @example pageText('<main data-search-body><p>志愿者</p><nav data-search-ignore>目录</nav></main>', { hidden: false }) // => '志愿者'
 */
export function pageText(html: string, options: PageTextOptions): string {
  const source = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/giu, '');
  const marker = /\sdata-search-body(?=[\s=>/])/u.test(source) ? 'body' : 'main';
  const stack: Open[] = [];
  const out: string[] = [];
  for (const m of source.matchAll(TOKEN)) {
    const [, closing, rawTag, attrs = '', text] = m;
    if (text !== undefined) {
      const top = stack.at(-1);
      if (top?.body && !top.skip) out.push(decodeEntities(text));
      continue;
    }
    if (rawTag === undefined) continue; // a comment
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = stack.map((o) => o.tag).lastIndexOf(tag);
      if (at >= 0) stack.length = at;
      if (!INLINE.has(tag)) out.push('\n');
      continue;
    }
    if (!INLINE.has(tag)) out.push('\n');
    if (VOID.has(tag) || attrs.trimEnd().endsWith('/')) continue;
    const parent = stack.at(-1);
    const startsBody = marker === 'body' ? /\sdata-search-body(?=[\s=>/]|$)/u.test(attrs) : tag === 'main';
    const lang = /\slang=["']?([\w-]+)/u.exec(attrs)?.[1];
    const skip =
      (parent?.skip ?? false) ||
      /\sdata-search-ignore(?=[\s=>/]|$)/u.test(attrs) ||
      (!options.hidden && /\shidden(?=[\s=>/]|$)/u.test(attrs)) ||
      (options.dropLang !== undefined && lang !== undefined && lang.toLowerCase().startsWith(options.dropLang));
    stack.push({ tag, skip, body: (parent?.body ?? false) || startsBody });
  }
  return out.join('').replace(/[ \t]*\n\s*/gu, '\n').trim();
}

/** Text of HTML character references, as a browser shows them. */
export function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (all, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return named[ref.toLowerCase()] ?? all;
  });
}

/**
 * The language of a page, from `<html lang>`.
 * @example htmlLang('<html lang="zh-Hans"><body></body></html>') // => 'zh-Hans'
 */
export function htmlLang(html: string): string {
  return /<html[^>]*\slang=["']?([\w-]+)/iu.exec(html)?.[1] ?? '';
}
