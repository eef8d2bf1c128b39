import { MappedText } from '../text/mapped-text.ts';
import { analysisText } from '../normalize/views.ts';
import type { MarkdownBlock } from './source-lines.ts';
import { findMarker } from './markers.ts';
import { isUnitsLine } from './units-line.ts';

/** A paragraph of the document as a reader would see it, however the seed broke its lines. */
export interface Paragraph {
  /** The seed's characters for this paragraph, lines joined, markdown syntax removed. */
  raw: MappedText;
  /** `raw` as extractors read it (analysisText), computed once here. */
  analysis: MappedText;
  markdownHeading: boolean;
  listItem: boolean;
  boldLead: string | null;
}

export interface Line {
  text: MappedText;
  /** The line's analysis text, computed once for chrome detection and paragraph joining. */
  analysis: string;
  indented: boolean;
  block: number;
  first: boolean;
  markdownHeading: boolean;
  listItem: boolean;
  boldLead: string | null;
}

// A sentence, a clause of a list, a bracket or a quotation that ends here.
const ENDS = /[。！？；：!?;:）)】」』”》]$/u;
// A signature date stands alone: `2022年3月17日`, `二〇二二年三月十七日` (the zero often an O).
const DATE_LINE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|[〇○OО一二][〇○OО一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/u;
// The document-information line of a government web page: 名称: … 文号: … 发布日期: …
const METADATA_LINE = /^(名\s*称|标\s*题|索\s*引\s*号)\s*[:：]/u;
// A signature (德清县人民政府, 某市全民科学素质工作领导小组) ends where its line ends.
const SIGNATURE_LINE = /^[\p{Script=Han}（）]{3,30}(?:人民政府|办公室|办公厅|委员会|领导小组|科学技术协会|科协)$/u;
// A document title (…的通知, …规划, …方案（2021—2025年）) is complete where its line ends.
const TITLE_END = /(通知|规划|纲要|方案|计划)(（[^（）]*）)*$/u;
// Only brackets: quotation marks and 《 are too often left unclosed by a scrape to join on.
const OPENERS = /[（(【\[]/gu;
const CLOSERS = /[）)】\]]/gu;

/** The lines of all blocks in file order, each knowing which block it came from. */
export function blockLines(blocks: readonly MarkdownBlock[]): Line[] {
  return blocks.flatMap((b, block) =>
    b.lines.map((l, i) => ({
      text: l.text,
      analysis: analysisText(l.text).text,
      indented: l.indented,
      block,
      first: i === 0,
      markdownHeading: b.markdownHeading,
      listItem: b.listItem && i === 0,
      boldLead: i === 0 ? b.boldLead : null,
    })),
  );
}

/**
 * Groups lines into paragraphs. A line continues the paragraph before it unless something says
 * it starts one: it is indented, it opens with a heading number or a lead-unit label, it begins
 * a markdown heading or list item, or the paragraph before it ended a sentence. Across a blank
 * line (a new markdown block) a paragraph is only continued when it was visibly cut: at least a
 * PDF line's width long and ending mid-sentence, or with a bracket left open.
 * @example paragraphs of '提升幅\n\n度为175%。' (a line cut by PDF extraction) => one paragraph '提升幅度为175%。'
 */
export function groupParagraphs(lines: readonly Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: { parts: MappedText[]; head: Line; texts: string[] } | null = null;
  for (const line of lines) {
    const next = line.analysis;
    if (current && continues(current.head, current.texts.join(''), line, next)) {
      current.parts.push(line.text);
      current.texts.push(next);
      continue;
    }
    if (current) out.push(finish(current));
    current = { parts: [line.text], head: line, texts: [next] };
  }
  if (current) out.push(finish(current));
  return out;
}

function continues(head: Line, sofar: string, line: Line, next: string): boolean {
  if (line.indented || line.markdownHeading || line.listItem || head.markdownHeading) return false;
  // A bracket left open (a page break inside a unit line) closes in the next paragraph; a book
  // title left open (《…) only on the next line of the same block.
  if (openBracket(sofar)) return true;
  if (!(line.first && line.block !== head.block) && (sofar.match(/《/gu)?.length ?? 0) > (sofar.match(/》/gu)?.length ?? 0)) return true;
  if (findMarker(next) || isUnitsLine(next) || /^[一二三四五六七八九十]是/u.test(next)) return false;
  if (isUnitsLine(sofar)) return false;
  if (DATE_LINE.test(next) || DATE_LINE.test(sofar) || METADATA_LINE.test(next) || METADATA_LINE.test(sofar)) return false;
  const newBlock = line.first && line.block !== head.block;
  if (newBlock && SIGNATURE_LINE.test(sofar)) return false;
  if (newBlock && shortTitlePieces(sofar, next)) return true;
  if (newBlock && TITLE_END.test(sofar)) return false;
  if (ENDS.test(sofar)) return false;
  if (newBlock) return [...sofar].length >= 20;
  return true;
}

/** A title set over two short lines (`包头市…规划纲要` / `实施方案(2021—2025年)`). */
function shortTitlePieces(sofar: string, next: string): boolean {
  const short = (s: string) => [...s].length < 20 && /\p{Script=Han}{2}/u.test(s);
  return short(sofar) && short(next) && TITLE_END.test(sofar + next) && !ENDS.test(sofar);
}

function openBracket(text: string): boolean {
  return (text.match(OPENERS)?.length ?? 0) > (text.match(CLOSERS)?.length ?? 0);
}

function finish(p: { parts: MappedText[]; head: Line }): Paragraph {
  const joined: MappedText[] = [];
  p.parts.forEach((part, i) => {
    const prev = p.parts[i - 1];
    // Latin words cut at a line end get their space back; Chinese joins without one.
    if (prev && /[A-Za-z]$/.test(prev.text) && /^[A-Za-z]/.test(part.text)) {
      joined.push(MappedText.synthetic(' ', part.map[0] ?? 0));
    }
    joined.push(part);
  });
  const raw = MappedText.concat(joined);
  return {
    raw,
    analysis: analysisText(raw),
    markdownHeading: p.head.markdownHeading,
    listItem: p.head.listItem,
    boldLead: p.head.boldLead,
  };
}
