import type { Action } from '../../schemas/action.ts';
import type { Project } from '../../schemas/project.ts';
import type { PlanRecord } from '../read-seed.ts';
import { paragraphMdx, type Span } from '../write/paragraph-mdx.ts';
import { entryId } from './spans.ts';
import type { UnitResolver } from './units.ts';

type SectionRecord = PlanRecord['sections'][number];

/** An action's or project's frontmatter, with units as department keys. */
export function sectionData(plan: PlanRecord, s: SectionRecord, units: UnitResolver): Action | Project {
  const keys = (names: readonly string[]) => [...new Set(names.map(units.key))];
  const written = (names: readonly string[]) => [...new Set(names)].map((name) => ({ as_written: name, department: units.key(name) }));
  const common = {
    id: entryId(plan, s.localId),
    plan: plan.slug,
    generated_from: [{ seed: plan.file, sha256: plan.sha256 }],
    order: s.order,
    name_zh: s.name,
    anchor: s.section.anchor,
    lead_units: keys(s.units.lead),
    cooperating_units: keys(s.units.cooperating).filter((k) => !keys(s.units.lead).includes(k)),
    lead_written: written(s.units.lead),
    cooperating_written: written(s.units.cooperating).filter((u) => !keys(s.units.lead).includes(u.department)),
    units_text: s.unitsText.map((p) => p.display.text),
    units_from: s.unitsFrom,
    measures: s.measures.map((m) => ({
      order: m.order,
      title_zh: m.title,
      anchor: m.section.anchor,
      lead_units: keys(m.units.lead),
      cooperating_units: keys(m.units.cooperating),
      lead_written: written(m.units.lead),
      cooperating_written: written(m.units.cooperating),
      title_guessed: m.section.heading?.guessed ?? false,
    })),
    targets: plan.targets.filter((t) => s.paragraphs.includes(t.paragraph)).map((t) => entryId(plan, t.localId)),
    correction: s.correction ?? null,
  };
  if (s.kind === 'project') return { ...common, theme: s.themeKey };
  const parent = plan.sections.find((p) => p.kind === 'project' && p.section === s.section.parent);
  return { ...common, group: s.groupKey ?? 'general', parent: parent ? entryId(plan, parent.localId) : null };
}

/** The section's text, paragraph by paragraph, with the same anchors as on the plan's page. */
export function sectionBody(s: SectionRecord, spans: Map<number, Span[]>): string {
  return s.paragraphs.map((p) => paragraphMdx(p, spans.get(p.index) ?? [])).join('\n\n');
}
