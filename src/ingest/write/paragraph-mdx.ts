import { englishNumber } from '../outline/english-number.ts';
import type { DocParagraph } from '../outline/tree.ts';
import type { MappedText } from '../text/mapped-text.ts';
import { escapeMdx, jsxAttr } from './mdx-escape.ts';

/** A stretch of a paragraph that links somewhere: a target figure, an activity day, a base. */
export interface Span {
  /** Source offsets. */
  from: number;
  to: number;
  component: 'Fig' | 'Act' | 'Venue';
  id: string;
}

/** A piece of display text, linked when it is a span. */
export interface Piece {
  text: string;
  span: Span | null;
}

/**
 * One paragraph as an MDX element: `<Heading>` for a heading line, `<Para>` otherwise, with the
 * run-in title of a numbered paragraph in `<Lead>` and linked spans wrapped in their component.
 * A numbered heading carries `n`, its number on English pages.
 * @example paragraphMdx(p, []) // => '<Para id="s1-p1">为贯彻落实…</Para>'
 */
export function paragraphMdx(p: DocParagraph, spans: readonly Span[]): string {
  const text = p.display;
  const mdx = (from: number, to: number) => linkedPieces(text, from, to, spans).map(pieceMdx).join('');
  const h = p.heading;
  // The number English pages show in place of the Chinese one (三、 → III.).
  const n = h && englishNumber(h) ? ` n=${jsxAttr(englishNumber(h))}` : '';
  if (h && h.bodyStart >= p.analysis.length) {
    return `<Heading id=${jsxAttr(p.anchor)} rank={${h.rank}}${n}>${mdx(0, text.length)}</Heading>`;
  }
  const kind = p.units ? ' kind="units"' : '';
  if (h) {
    const cut = bodyIndex(p);
    return `<Para id=${jsxAttr(p.anchor)} rank={${h.rank}}${n}><Lead>${mdx(0, cut)}</Lead>${mdx(cut, text.length)}</Para>`;
  }
  return `<Para id=${jsxAttr(p.anchor)}${kind}>${mdx(0, text.length)}</Para>`;
}

function pieceMdx(piece: Piece): string {
  const text = escapeMdx(piece.text);
  return piece.span ? `<${piece.span.component} id=${jsxAttr(piece.span.id)}>${text}</${piece.span.component}>` : text;
}

/**
 * Where a paragraph's text begins in its display text, after any run-in heading: 0 without a
 * heading, its length when it is all heading; else where the body begins in the analysis text.
 * @example bodyIndex(paragraph('1突出科学精神引领。践行…')) // => 9
 */
export function bodyIndex(p: DocParagraph): number {
  const h = p.heading;
  if (!h) return 0;
  if (h.bodyStart >= p.analysis.length) return p.display.length;
  return displayIndex(p.display, p.analysis.map[h.bodyStart] ?? Infinity);
}

/**
 * The display text [from, to) cut into plain and linked pieces; where spans overlap, the first
 * one wins.
 * @example linkedPieces(text('到2025年达15%'), 0, 10, [fig on '15%']) // => [{ text: '到2025年达', span: null }, { text: '15%', span: fig }]
 */
export function linkedPieces(text: MappedText, from: number, to: number, spans: readonly Span[]): Piece[] {
  const out: Piece[] = [];
  let at = from;
  const inside = spans
    .map((s) => ({ s, a: displayIndex(text, s.from), b: displayIndex(text, s.to) }))
    .filter(({ a, b }) => a >= from && b <= to && b > a)
    .sort((x, y) => x.a - y.a);
  for (const { s, a, b } of inside) {
    if (a < at) continue;
    if (a > at) out.push({ text: text.text.slice(at, a), span: null });
    out.push({ text: text.text.slice(a, b), span: s });
    at = b;
  }
  if (to > at) out.push({ text: text.text.slice(at, to), span: null });
  return out;
}

/** The first index of `text` whose source offset is at or after `offset`. */
export function displayIndex(text: MappedText, offset: number): number {
  const i = text.map.findIndex((m) => m >= offset);
  return i < 0 ? text.length : i;
}
