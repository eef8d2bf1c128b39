import type { PlanRecord } from '../../src/ingest/read-seed.ts';
import { planUnits } from '../../src/ingest/translation/plan-units.ts';

/**
 * What ingest read from a seed, in a form a person can check against the seed: the golden
 * files under tests/fixtures hold this, one per real seed and per edge case.
 */
export function summarize(plan: PlanRecord) {
  const line = (offset: number) => plan.at(offset).line;
  return {
    slug: plan.slug,
    title: plan.title,
    kind: plan.kind,
    status: plan.draft ? 'draft' : 'final',
    city: plan.city.zh,
    province: plan.province,
    period: plan.period,
    doc_number: plan.docNumber,
    issued: plan.issued,
    issuer: plan.issuer,
    web_published: plan.webPublished,
    comment: plan.comment,
    outline: plan.outline.paragraphs.filter((p) => p.heading).map((p) => `${p.anchor} ${p.heading?.kind} ${p.heading?.title}${p.heading?.guessed ? ' (guessed)' : ''}`),
    sections: plan.sections.map((s) => ({
      id: `${s.kind}:${s.localId}`,
      name: s.name,
      anchor: s.section.anchor,
      units_from: s.unitsFrom,
      lead: s.units.lead,
      cooperating: s.units.cooperating,
      measures: s.measures.map((m) => (m.units.lead.length > 0 ? `${m.title} [${m.units.lead.join('、')} | ${m.units.cooperating.join('、')}]` : m.title)),
    })),
    targets: plan.targets.map((t) => ({
      id: t.localId,
      line: line(t.quoteRange[0]),
      kind: t.kind,
      metric: t.metricZh,
      key: t.metricKey,
      value: t.valueMax === null ? t.value : `${t.value}—${t.valueMax}`,
      unit: t.unit,
      comparator: t.comparator,
      when: [t.deadlineYear ?? t.asOfYear, t.period, t.frequency].filter((x) => x !== null).join(' '),
      group: t.group,
      quote: plan.source.slice(...t.quoteRange),
    })),
    bases: plan.bases.map((b) => `${b.name} (${b.type}, ${b.status}) @${b.paragraph.anchor}`),
    activities: plan.activities.map((a) => `${a.key} ← ${a.alias} @${a.paragraph.anchor}`),
    warnings: plan.warnings.map((w) => `${w.line}:${w.column} [${w.field}] ${w.message}`),
    // The translatable units and their hashes: a change here outdates translations.
    units: (planUnits([plan]).get(plan.slug) ?? []).map((u) => `${u.id} ${u.hash}`),
  };
}
