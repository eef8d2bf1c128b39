// Finding what a staff file quotes in a plan. Staff copy a sentence from the site (which shows
// half-width digits and tidied spaces) or from the seed (full-width, line breaks): both are found,
// by comparing the text with compatibility forms folded (NFKC) and whitespace left out.
import { toSimplified } from '../normalize/script.ts';
import type { DocParagraph } from '../outline/tree.ts';
import type { PlanRecord } from '../read-seed.ts';
import type { TargetDraft } from '../extract/targets/find-targets.ts';

interface Folded {
  text: string;
  /** offsets[i] is the source offset of text[i]. */
  offsets: number[];
}

const folds = new WeakMap<PlanRecord, Folded>();

/**
 * Text with NFKC applied and whitespace removed, each unit remembering where it came from.
 * @example fold('２０２５ 年').text // => '2025年'
 */
export function fold(text: string): Folded {
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    for (const unit of ch.normalize('NFKC').replace(/\s+/gu, '')) {
      for (let k = 0; k < unit.length; k++) offsets.push(i);
      out += unit;
    }
    i += ch.length;
  }
  return { text: out, offsets };
}

/**
 * Where a quote is in the plan's source: its offsets, or null when the plan does not hold it.
 * @example findQuote(baotou, '“十四五”期间全市科技志愿者达到2万人。') // => [12345, 12367]
 */
export function findQuote(plan: PlanRecord, quote: string): [number, number] | null {
  const exact = plan.source.indexOf(quote);
  if (exact >= 0) return [exact, exact + quote.length];
  const source = folds.get(plan) ?? folds.set(plan, fold(plan.source)).get(plan);
  if (!source) return null;
  const wanted = fold(plan.script === 'traditional' ? toSimplified(quote) : quote).text;
  const at = wanted === '' ? -1 : source.text.indexOf(wanted);
  if (at < 0) return null;
  const last = source.offsets[at + wanted.length - 1] ?? 0;
  return [source.offsets[at] ?? 0, last + String.fromCodePoint(plan.source.codePointAt(last) ?? 0).length];
}

/** The figure of a target as the seed writes it. */
export const figureText = (plan: PlanRecord, t: TargetDraft) => plan.source.slice(...t.figureRange);

export type Picked<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The target a quote (and, when the sentence has several, a figure) names.
 * @example pickTarget(baotou, range, '2万人') // => { ok: true, value: <the volunteers target> }
 */
export function pickTarget(plan: PlanRecord, range: [number, number], figure: string | undefined): Picked<TargetDraft> {
  const inside = plan.targets.filter((t) => t.figureRange[0] >= range[0] && t.figureRange[1] <= range[1]);
  if (inside.length === 0) return { ok: false, message: 'the sentence has no figure read as a target (to add one, commit a correction with correct: missed-target)' };
  const wanted = figure === undefined ? null : fold(figure).text;
  const same = wanted === null ? inside : inside.filter((t) => fold(figureText(plan, t)).text === wanted);
  const near = wanted === null || same.length > 0 ? same : inside.filter((t) => fold(figureText(plan, t)).text.includes(wanted));
  if (near.length === 1 && near[0]) return { ok: true, value: near[0] };
  const listed = inside.map((t) => `“${figureText(plan, t)}”`).join(', ');
  if (near.length === 0) return { ok: false, message: `no figure “${figure}” in the sentence; its figures are ${listed}` };
  return { ok: false, message: `the sentence has ${inside.length} figures (${listed}): say which with figure:` };
}

/**
 * The paragraph that holds a source offset.
 * @example paragraphAt(plan, 12345)?.anchor // => 's2-1-p3'
 */
export function paragraphAt(plan: PlanRecord, offset: number): DocParagraph | undefined {
  return plan.outline.paragraphs.find((p) => p.raw.map.length > 0 && (p.raw.map[0] ?? 0) <= offset && offset <= (p.raw.map[p.raw.map.length - 1] ?? -1));
}
