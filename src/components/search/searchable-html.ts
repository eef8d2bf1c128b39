// A page as the search index reads it. Pagefind joins the text of elements it does not take for
// blocks (dt, dd, th) with nothing between, so excerpts ran labels into values
// ("CityBaotouStatusFinal"). This writes the punctuation a reader would: a colon after each label
// (dt, a row's th), a semicolon after each value (dd), and leaves column headings (thead) out of
// the index, since without their cells they read as a run of words. Parsed with parse5.
import { parse, serialize } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

const ENDS_WITH_STOP = /[:：;；,，.。!！?？、]\s*$/u;

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function append(el: Element, text: string): void {
  if (ENDS_WITH_STOP.test(textOf(el)) || textOf(el).trim() === '') return;
  el.childNodes.push({ nodeName: '#text', value: text, parentNode: el } as TextNode);
}

/**
 * The page's HTML with label and value punctuation for the index, in the page's language.
 * @example searchableHtml('<html lang="en"><body><dl><dt>City</dt><dd>Baotou</dd></dl></body></html>').includes('<dt>City: </dt><dd>Baotou; </dd>') // => true
 */
export function searchableHtml(html: string): string {
  const doc = parse(html);
  const root = doc.childNodes.find((n): n is Element => n.nodeName === 'html');
  const zh = (root?.attrs.find((a) => a.name === 'lang')?.value ?? '').toLowerCase().startsWith('zh');
  const [colon, semicolon] = zh ? ['：', '；'] : [': ', '; '];
  const visit = (node: Node): void => {
    if (!('childNodes' in node)) return;
    const el = node as Element;
    if (el.tagName === 'thead' && !el.attrs.some((a) => a.name === 'data-pagefind-ignore')) el.attrs.push({ name: 'data-pagefind-ignore', value: '' });
    else if (el.tagName === 'dt' || (el.tagName === 'th' && el.attrs.some((a) => a.name === 'scope' && a.value === 'row'))) append(el, colon);
    else if (el.tagName === 'dd') append(el, semicolon);
    const children = el.tagName === 'template' ? [] : el.childNodes;
    for (const child of children) visit(child);
  };
  visit(doc);
  return serialize(doc);
}
