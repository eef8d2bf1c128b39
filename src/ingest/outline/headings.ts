import { findMarker, type MarkerKind } from './markers.ts';
import { isUnitsLine } from './units-line.ts';

export type HeadingKind = 'title' | 'label' | MarkerKind;

export interface Heading {
  kind: HeadingKind;
  /** Depth in the outline: title 0, chapter 1, section 2, item and bullet 3, sub-item 4. */
  rank: number;
  ordinal: number | null;
  /** The heading's words, without its number and closing stop. */
  title: string;
  /** Where the heading's run-in text begins in the paragraph's analysis text (its length if none). */
  bodyStart: number;
  /** The end of the title had to be guessed: the seed lost the stop after it. */
  guessed: boolean;
}

const RANK: Record<HeadingKind, number> = { title: 0, chapter: 1, label: 1, section: 2, item: 3, bullet: 3, subitem: 4 };

// Words that open the first sentence after a heading whose stop was lost (`2繁荣科普创作加大对…`).
const SENTENCE_OPENERS = /(?:各级|各有关|充分发挥|充分利用|加大|加强|加快|推动|推进|建立|健全|鼓励|支持|引导|吸引|完善|开展|深入|大力|积极|促进|坚持|围绕|依托|以提升|以)/gu;

export interface HeadingInput {
  /** Analysis text of the paragraph. */
  text: string;
  markdownHeading: boolean;
  boldLead: string | null;
  /** The plan's title, loosely normalized, to recognize it where it stands alone in the text. */
  planTitleKey: string | null;
  first: boolean;
}

/**
 * Reads a paragraph as a heading if it is one: markdown `#` headings, 一、 / （一） / 1. / 1、 / a bare
 * leading digit / —— bullets, a standalone title, or a short unnumbered label line.
 * @example findHeading({ text: '（一）青少年科学素质提升行动。围绕…', markdownHeading: false, boldLead: null, planTitleKey: null, first: false })
 * // => { kind: 'section', rank: 2, ordinal: 1, title: '青少年科学素质提升行动', bodyStart: 15, guessed: false }
 */
export function findHeading(p: HeadingInput): Heading | null {
  const { text } = p;
  if (isUnitsLine(text)) return null;
  const marker = findMarker(text);
  if (!marker) {
    if (p.markdownHeading || (p.planTitleKey !== null && titleKey(text) === p.planTitleKey) || (p.first && isDocumentTitle(text))) {
      return { kind: 'title', rank: 0, ordinal: null, title: stripStop(text), bodyStart: text.length, guessed: false };
    }
    if (/^\p{Script=Han}{2,8}$/u.test(text) && !p.first) {
      return { kind: 'label', rank: 1, ordinal: null, title: text, bodyStart: text.length, guessed: false };
    }
    return null;
  }
  const rest = text.slice(marker.length);
  const split = p.boldLead !== null ? splitAtBold(rest, p.boldLead) : p.markdownHeading ? { title: rest, body: rest.length, guessed: false } : splitRunIn(rest);
  if (!split) return null;
  return {
    kind: marker.kind,
    rank: RANK[marker.kind],
    ordinal: marker.ordinal,
    title: stripStop(split.title),
    bodyStart: marker.length + split.body,
    guessed: split.guessed,
  };
}

/** A key for comparing titles however the seed spaced, bracketed or dashed them. */
export function titleKey(text: string): string {
  return text.replace(/[\s\u3000（）()《》“”"'—\-–·]/gu, '').replace(/征求意见稿/u, '');
}

function isDocumentTitle(text: string): boolean {
  return [...text].length <= 90 && !/[。；]/u.test(text) && /(通知|规划|纲要|方案|计划)(（[^）]*）)*$/u.test(text);
}

function stripStop(s: string): string {
  return s.replace(/[。.：:；;，,\s]+$/u, '');
}

function splitAtBold(rest: string, bold: string): { title: string; body: number; guessed: boolean } {
  // The bold run may hold the heading's number too (`**三、开展提升行动**`): `rest` does not.
  const words = bold.replace(/^[—\s]+/u, '').trim().replace(/^[（(]?[一二三四五六七八九十\d]+[、.）)]\s*/u, '');
  const at = rest.indexOf(words);
  const title = at >= 0 ? rest.slice(0, at) + words : words;
  const end = at >= 0 ? at + words.length : 0;
  const stop = rest.slice(end).match(/^[。.：:]/u)?.[0].length ?? 0;
  return { title, body: end + stop, guessed: false };
}

/**
 * Where a run-in heading ends: at its first stop (`。`), or for a short line, the line itself.
 * When the stop was lost in scraping, the end of the first `…行动` / `…工程` or the first word
 * that opens a sentence marks it, and the result says it was guessed.
 */
function splitRunIn(rest: string): { title: string; body: number; guessed: boolean } | null {
  const stop = rest.search(/[。]/u);
  const comma = rest.search(/[，；]/u);
  if (stop > 0 && stop <= 40 && (comma < 0 || comma > stop)) return { title: rest.slice(0, stop), body: stop + 1, guessed: false };
  if ([...rest].length <= 40 && !/[。；]./u.test(rest)) return { title: rest, body: rest.length, guessed: false };
  const named = /^.{2,30}?(?:提升行动|行动|工程)/u.exec(rest);
  if (named) return { title: named[0], body: named[0].length, guessed: true };
  for (const m of rest.matchAll(SENTENCE_OPENERS)) {
    if (m.index >= 4 && m.index <= 30) return { title: rest.slice(0, m.index), body: m.index, guessed: true };
    if (m.index > 30) break;
  }
  if (comma > 0 && comma <= 30) return { title: rest.slice(0, comma), body: comma + 1, guessed: true };
  return null;
}
