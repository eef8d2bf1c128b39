import { findMarker } from '../outline/markers.ts';
import type { DocParagraph } from '../outline/tree.ts';
import type { PlanRecord } from '../read-seed.ts';
import { bodyIndex, linkedPieces, type Piece, type Span } from '../write/paragraph-mdx.ts';
import { escapeMarkup, markupLink, type LinkScheme } from '../../translation/markup.ts';
import { sourceHash } from './source-hash.ts';

/**
 * A piece of a plan that is translated on its own: its id in the translation memory, its
 * Chinese as markup (links written `[words](fig:id)`) and the hash that keys the translation.
 */
export interface SourceUnit {
  id: string;
  zh: string;
  hash: string;
}

const SCHEME: Record<Span['component'], LinkScheme> = { Fig: 'fig', Act: 'act', Venue: 'venue' };
// The stop or colon that closes a heading, and spaces: not part of its title.
const TRAILING = /[\s。.：:；;，,]+$/u;

/**
 * Every translatable unit of a plan, in reading order: its title, issuer and document number,
 * each heading (`heading/<anchor>`, also its contents entry and measure heading) and paragraph
 * text (`text/<anchor>`), the names of its actions and projects, its target metrics and the
 * names of the bases it is the first plan to name (`ownBases`).
 * @example sourceUnits(plan, spans, [])[0] // => { id: 'title', zh: '包头市全民科学素质行动规划纲要实施方案（2021—2025年）', hash: '…' }
 */
export function sourceUnits(plan: PlanRecord, spans: Map<number, Span[]>, ownBases: ReadonlyArray<{ id: string; name_zh: string }>): SourceUnit[] {
  const units: SourceUnit[] = [];
  const add = (id: string, zh: string | null) => {
    const text = zh?.trim() ?? '';
    if (text !== '') units.push({ id, zh: text, hash: sourceHash(text) });
  };
  add('title', escapeMarkup(plan.title));
  add('issuer', plan.issuer && escapeMarkup(plan.issuer));
  add('doc-number', plan.docNumber && escapeMarkup(plan.docNumber));
  for (const p of plan.outline.paragraphs) {
    const own = spans.get(p.index) ?? [];
    const cut = bodyIndex(p);
    if (p.heading) add(`heading/${p.anchor}`, headingMarkup(p, cut, own));
    add(`text/${p.anchor}`, markup(linkedPieces(p.display, cut, p.display.length, own)));
  }
  for (const s of plan.sections) add(`${s.kind}/${s.localId}`, escapeMarkup(s.name));
  for (const t of plan.targets) add(`metric/${t.localId}`, escapeMarkup(t.metricZh));
  for (const b of ownBases) add(`base/${b.id}`, escapeMarkup(b.name_zh));
  return units;
}

/** A heading's title as markup: without its number and the stop after it. */
function headingMarkup(p: DocParagraph, cut: number, spans: readonly Span[]): string {
  const marker = findMarker(p.analysis.text);
  const start = marker ? displayStart(p, marker.length) : 0;
  const pieces = linkedPieces(p.display, start, cut, spans);
  const last = pieces.at(-1);
  if (last && last.span === null) last.text = last.text.replace(TRAILING, '');
  return markup(pieces).replace(TRAILING, '');
}

function displayStart(p: DocParagraph, analysisIndex: number): number {
  const offset = p.analysis.map[analysisIndex] ?? Infinity;
  const i = p.display.map.findIndex((m) => m >= offset);
  return i < 0 ? p.display.length : i;
}

function markup(pieces: readonly Piece[]): string {
  return pieces
    .map((x) => (x.span ? markupLink(x.text, SCHEME[x.span.component], localLink(x.span)) : escapeMarkup(x.text)))
    .join('');
}

/** Target ids are `<plan>/<local>`; within a plan's translation memory the local part is enough. */
function localLink(span: Span): string {
  return span.component === 'Fig' ? span.id.slice(span.id.indexOf('/') + 1) : span.id;
}
