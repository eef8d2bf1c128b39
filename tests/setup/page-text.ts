// The text of a built page as a reader (and a screen reader) gets it, each run with the language
// it is marked in: text nodes, the title and description, and the attributes that are read out
// (aria-label, title, alt, placeholder). Parsed with parse5, as a browser would.
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface TextRun {
  text: string;
  /** The `lang` of the nearest element that has one. */
  lang: string;
  /** The element the text is in (its tag), or `attr:<name>` for an attribute. */
  where: string;
  /** Inside <code>, <pre> or <kbd>: file names and identifiers, not language. */
  code: boolean;
}

const READ_ATTRS = ['aria-label', 'title', 'alt', 'placeholder'];
const SKIP = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Every run of text on a page with its language.
 * @example pageText('<html lang="en"><body><p lang="zh-Hans">中文</p></body></html>') // => [{ text: '中文', lang: 'zh-Hans', where: 'p', code: false }]
 */
export function pageText(html: string): TextRun[] {
  const out: TextRun[] = [];
  const visit = (node: Node, lang: string, code: boolean): void => {
    if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterMap['textNode']).value;
      if (text.trim() !== '') out.push({ text, lang, where: (node.parentNode as Element | null)?.tagName ?? '', code });
      return;
    }
    if (!('childNodes' in node)) return;
    const el = node as Element;
    if (el.tagName && SKIP.has(el.tagName)) return;
    const own = el.attrs?.find((a) => a.name === 'lang')?.value;
    const here = own ?? lang;
    const inCode = code || el.tagName === 'code' || el.tagName === 'pre' || el.tagName === 'kbd';
    if (el.tagName === 'meta' && el.attrs.some((a) => a.name === 'name' && a.value === 'description')) {
      const content = el.attrs.find((a) => a.name === 'content')?.value ?? '';
      out.push({ text: content, lang: here, where: 'meta:description', code: false });
    }
    for (const a of el.attrs ?? []) if (READ_ATTRS.includes(a.name) && a.value.trim() !== '') out.push({ text: a.value, lang: here, where: `attr:${a.name}`, code: inCode });
    const children = el.tagName === 'template' ? [] : el.childNodes;
    for (const child of children) visit(child, here, inCode);
  };
  visit(parse(html), '', false);
  return out;
}

/** Whether a language tag is Chinese (zh, zh-Hans, zh-CN …). */
export function isChinese(lang: string): boolean {
  return /^zh\b/iu.test(lang);
}
