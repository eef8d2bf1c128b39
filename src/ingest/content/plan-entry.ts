import type { Plan } from '../../schemas/plan.ts';
import type { PlanRecord } from '../read-seed.ts';
import { paragraphMdx, type Span } from '../write/paragraph-mdx.ts';
import type { SourceUnit } from '../translation/source-units.ts';
import { entryId } from './spans.ts';

/** The plan's frontmatter: who, where, when, status, literacy figures, outline, counts. */
export function planData(plan: PlanRecord, baseCount: number, units: readonly SourceUnit[]): Plan {
  const literacy = plan.targets.filter((t) => t.metricKey === 'literacy-rate');
  const point = (t: (typeof literacy)[number], year: number | null) => (year === null ? [] : [{ year, value: t.value, target: entryId(plan, t.localId) }]);
  const target = literacy.filter((t) => t.kind === 'target').flatMap((t) => point(t, t.deadlineYear ?? plan.period?.end ?? null));
  return {
    slug: plan.slug,
    generated_from: [{ seed: plan.file, sha256: plan.sha256 }],
    title_zh: plan.title,
    script: plan.script,
    kind: plan.kind,
    city: plan.city.key,
    city_zh: plan.city.zh,
    province_zh: plan.province,
    parent_zh: plan.parent,
    level: plan.level,
    place_code: plan.placeCode,
    doc_number: plan.docNumber,
    issuer_zh: plan.issuer,
    issued: plan.issued,
    web_published: plan.webPublished,
    period: plan.period,
    status: plan.draft ? 'draft' : 'final',
    comment: plan.comment && {
      start: plan.comment.start,
      end: plan.comment.end,
      days: plan.comment.days,
      email: plan.comment.email,
      phone: plan.comment.phone,
      drafted_by_zh: plan.comment.draftedBy,
    },
    literacy: {
      baselines: literacy.filter((t) => t.kind === 'baseline').flatMap((t) => point(t, t.asOfYear)).sort((a, b) => a.year - b.year),
      // The plan's headline target is its nearest one (2025), where a plan also looks further.
      target: target.sort((a, b) => a.year - b.year)[0] ?? null,
    },
    outline: plan.outline.paragraphs
      .filter((p) => p.heading !== null && p.heading.rank <= 2)
      .map((p) => ({ anchor: p.anchor, depth: p.heading?.rank ?? 0, title_zh: p.heading?.title ?? '' })),
    counts: {
      paragraphs: plan.outline.paragraphs.length,
      actions: plan.sections.filter((s) => s.kind === 'action').length,
      projects: plan.sections.filter((s) => s.kind === 'project').length,
      measures: plan.sections.reduce((n, s) => n + s.measures.length, 0),
      targets: plan.targets.length,
      bases: baseCount,
      activity_mentions: plan.activities.length,
    },
    warnings: plan.warnings.map((w) => ({ line: w.line, column: w.column, field: w.field, message: w.message })),
    corrections: plan.corrections,
    metadata_correction: plan.metadataCorrection ?? null,
    segments: Object.fromEntries(units.map((u) => [u.id, u.hash])),
  };
}

/** The plan's full text: every paragraph, with its anchor, figures, activities and bases linked. */
export function planBody(plan: PlanRecord, spans: Map<number, Span[]>): string {
  return plan.outline.paragraphs.map((p) => paragraphMdx(p, spans.get(p.index) ?? [])).join('\n\n');
}
