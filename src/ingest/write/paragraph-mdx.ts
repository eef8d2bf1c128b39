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

/**
 * One paragraph as an MDX element: `<Heading>` for a heading line, `<Para>` otherwise, with the
 * run-in title of a numbered paragraph in `<Lead>` and linked spans wrapped in their component.
 * @example paragraphMdx(p, []) // => '<Para id="s1-p1">为贯彻落实…</Para>'
 */
export function paragraphMdx(p: DocParagraph, spans: readonly Span[]): string {
  const text = p.display;
  const h = p.heading;
  if (h && h.bodyStart >= p.analysis.length) {
    return `<Heading id=${jsxAttr(p.anchor)} rank={${h.rank}}>${inline(text, 0, text.length, spans)}</Heading>`;
  }
  const kind = p.units ? ' kind="units"' : '';
  if (h) {
    // The title ends where the body begins in the analysis text; find that place in the display text.
    const cut = displayIndex(text, p.analysis.map[h.bodyStart] ?? Infinity);
    return `<Para id=${jsxAttr(p.anchor)} rank={${h.rank}}><Lead>${inline(text, 0, cut, spans)}</Lead>${inline(text, cut, text.length, spans)}</Para>`;
  }
  return `<Para id=${jsxAttr(p.anchor)}${kind}>${inline(text, 0, text.length, spans)}</Para>`;
}

function inline(text: MappedText, from: number, to: number, spans: readonly Span[]): string {
  let out = '';
  let at = from;
  const inside = spans
    .map((s) => ({ s, a: displayIndex(text, s.from), b: displayIndex(text, s.to) }))
    .filter(({ a, b }) => a >= from && b <= to && b > a)
    .sort((x, y) => x.a - y.a);
  for (const { s, a, b } of inside) {
    if (a < at) continue; // overlapping spans: the first one wins
    out += escapeMdx(text.text.slice(at, a));
    out += `<${s.component} id=${jsxAttr(s.id)}>${escapeMdx(text.text.slice(a, b))}</${s.component}>`;
    at = b;
  }
  return out + escapeMdx(text.text.slice(at, to));
}

/** The first index of `text` whose source offset is at or after `offset`. */
export function displayIndex(text: MappedText, offset: number): number {
  const i = text.map.findIndex((m) => m >= offset);
  return i < 0 ? text.length : i;
}
