import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Nodes, Parents, Root } from 'mdast';
import { MappedText } from '../text/mapped-text.ts';

/** One line of a block's content, with the markdown syntax (#, list markers, ** delimiters) removed. */
export interface SourceLine {
  text: MappedText;
  /** The line starts with white space in the file (ASCII or full-width): a new paragraph in most seeds. */
  indented: boolean;
}

/** A block as markdown sees it: a heading, a paragraph, a list item's paragraph, a code or HTML block. */
export interface MarkdownBlock {
  markdownHeading: boolean;
  listItem: boolean;
  /** Text of a bold run that opens the block (`**一、总体要求**`), if any. */
  boldLead: string | null;
  lines: SourceLine[];
}

/**
 * Reads the markdown structure of a seed with remark-parse and returns its blocks in order, each
 * as lines of literal text. Markdown syntax is dropped; everything else, including `<`, `{`, `*`
 * that is not a delimiter, and HTML, stays as the characters of the file.
 * @example markdownBlocks('# 标题\n\n正文').map((b) => b.lines[0]?.text.text) // => ['标题', '正文']
 */
export function markdownBlocks(source: string): MarkdownBlock[] {
  // CommonMark will not close `**2035 年远景目标：**全市` (punctuation before, a Chinese character
  // after); remark-cjk-friendly reads bold runs the way Chinese writers type them.
  const tree = unified().use(remarkParse).use(remarkCjkFriendly).parse(source) as Root;
  const blocks: MarkdownBlock[] = [];
  walk(tree, null);
  return blocks;

  /** `item` is the list item whose first block this may be; an ordered item's number is text. */
  function walk(node: Parents, item: { start: number; ordered: boolean } | null): void {
    node.children.forEach((child, i) => {
      const firstInItem = item !== null && i === 0;
      switch (child.type) {
        case 'list':
          for (const li of child.children) {
            walk(li, { start: li.position?.start.offset ?? 0, ordered: child.ordered === true });
          }
          break;
        case 'blockquote':
          walk(child, null);
          break;
        case 'heading':
        case 'paragraph': {
          const kids = child.children;
          const own = child.type === 'heading' ? kids[0]?.position?.start.offset : child.position?.start.offset;
          const start = firstInItem && item.ordered ? item.start : own;
          const end = child.type === 'heading' ? kids.at(-1)?.position?.end.offset : child.position?.end.offset;
          if (start === undefined || end === undefined) break;
          // A bold run opens the block, possibly after its number: `**一、总体要求**`, `——**突出…**`.
          const lead = kids[0]?.type === 'text' && /^\s*(?:——|[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]?)\s*$/u.test(kids[0].value) ? kids[1] : kids[0];
          const leadStartsBlock = lead === kids[0] ? lead?.position?.start.offset === own : true;
          blocks.push({
            markdownHeading: child.type === 'heading',
            listItem: firstInItem,
            boldLead: lead?.type === 'strong' && leadStartsBlock ? plain(lead) : null,
            lines: toLines(source, start, end, delimiterRanges(child)),
          });
          break;
        }
        default: {
          // Code, HTML, thematic breaks, definitions: seed text that looks like markup is data.
          const p = child.position;
          if (p?.start.offset === undefined || p.end.offset === undefined) break;
          blocks.push({ markdownHeading: false, listItem: firstInItem, boldLead: null, lines: toLines(source, p.start.offset, p.end.offset, []) });
        }
      }
    });
  }
}

/** The `**` and `*` delimiters of bold and italic runs: syntax, not text. */
function delimiterRanges(node: Nodes): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const visit = (n: Nodes): void => {
    if ((n.type === 'strong' || n.type === 'emphasis') && n.position && n.children.length > 0) {
      const a = n.children[0]?.position?.start.offset;
      const b = n.children.at(-1)?.position?.end.offset;
      if (a !== undefined && b !== undefined) {
        out.push([n.position.start.offset ?? a, a], [b, n.position.end.offset ?? b]);
      }
    }
    if ('children' in n) for (const c of n.children) visit(c as Nodes);
  };
  visit(node);
  return out.sort((x, y) => x[0] - y[0]);
}

function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map((c) => plain(c as Nodes)).join('') : '';
}

function toLines(source: string, start: number, end: number, cut: Array<[number, number]>): SourceLine[] {
  const pieces: MappedText[] = [];
  let at = start;
  for (const [a, b] of cut) {
    if (a > at) pieces.push(MappedText.fromSource(source, at, a));
    at = Math.max(at, b);
  }
  if (end > at) pieces.push(MappedText.fromSource(source, at, end));
  const content = MappedText.concat(pieces);

  const lines: SourceLine[] = [];
  let afterBlank = false;
  let from = 0;
  for (const m of [...content.text.matchAll(/\r\n?|\n/g), null]) {
    const to = m ? m.index : content.length;
    const raw = content.slice(from, to);
    const lineStart = source.lastIndexOf('\n', (raw.map[0] ?? start) - 1) + 1;
    const lead = source.slice(lineStart, raw.map[0] ?? lineStart);
    const text = raw.trim();
    if (text.length > 0) {
      // A line of only (full-width) spaces is blank to a reader, though not to markdown.
      const indented = afterBlank || /^[^\S\r\n]/u.test(raw.text) || /^[^\S\r\n]+$/u.test(lead);
      lines.push({ text, indented });
    }
    afterBlank = text.length === 0 && lines.length > 0;
    from = m ? m.index + m[0].length : content.length;
  }
  return lines;
}
