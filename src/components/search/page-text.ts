// The text of a built page as search sees it: what is inside the element marked
// `data-pagefind-body`, minus anything under `data-pagefind-ignore`. Used at index time (to add
// explicit index terms) and by the search-quality test (to know which pages really contain a
// query). Works on the site's own well-formed HTML; it is not a general HTML parser.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'data', 'bdi', 'bdo']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/gu;

export interface PageTextOptions {
  /** Keep text of elements with the `hidden` attribute (Pagefind indexes them; readers don't see them). */
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
 * The searchable text of a page: inside `[data-pagefind-body]` (or `<main>` when none is
 * marked), without `data-pagefind-ignore` parts, scripts and styles; block elements end a line.
 * @example pageText('<main data-pagefind-body><p>志愿者</p><nav data-pagefind-ignore>目录</nav></main>', { hidden: false }) // => '志愿者'
 */
export function pageText(html: string, options: PageTextOptions): string {
  const source = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/giu, '');
  const marker = /\sdata-pagefind-body(?=[\s=>/])/u.test(source) ? 'pagefind' : 'main';
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
    const startsBody = marker === 'pagefind' ? /\sdata-pagefind-body(?=[\s=>/]|$)/u.test(attrs) : tag === 'main';
    const lang = /\slang=["']?([\w-]+)/u.exec(attrs)?.[1];
    const skip =
      (parent?.skip ?? false) ||
      /\sdata-pagefind-ignore(?=[\s=>/]|$)/u.test(attrs) ||
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
