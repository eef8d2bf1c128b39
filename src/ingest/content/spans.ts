import type { PlanRecord } from '../read-seed.ts';
import type { Span } from '../write/paragraph-mdx.ts';

/** Ids a plan's entries take in content collections: `<plan slug>/<local id>`. */
export function entryId(plan: PlanRecord, local: string): string {
  return `${plan.slug}/${local}`;
}

/** The stretches of a plan's text that link: target figures, activity names, named bases. */
export function planSpans(plan: PlanRecord, baseId: (name: string) => string): Map<number, Span[]> {
  const spans = new Map<number, Span[]>();
  const add = (paragraph: number, span: Span) => spans.set(paragraph, [...(spans.get(paragraph) ?? []), span]);
  for (const t of plan.targets) {
    add(t.paragraph.index, { from: t.figureRange[0], to: t.figureRange[1], component: 'Fig', id: entryId(plan, t.localId) });
  }
  for (const a of plan.activities) {
    const [from, to] = a.paragraph.analysis.sourceRange(a.start, a.end);
    add(a.paragraph.index, { from, to, component: 'Act', id: a.key });
  }
  for (const b of plan.bases) {
    const [from, to] = b.paragraph.analysis.sourceRange(b.start, b.end);
    add(b.paragraph.index, { from, to, component: 'Venue', id: baseId(b.name) });
  }
  return spans;
}
