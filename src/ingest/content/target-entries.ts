import type { Target } from '../../schemas/target.ts';
import type { TargetDraft } from '../extract/targets/find-targets.ts';
import type { PlanRecord } from '../read-seed.ts';
import { displayIndex } from '../write/paragraph-mdx.ts';
import { entryId } from './spans.ts';

/** A target's frontmatter: its numbers, words, time, group and exact source sentence. */
export function targetData(plan: PlanRecord, t: TargetDraft): Target {
  const display = t.paragraph.display;
  const homes = plan.sections.filter((s) => s.paragraphs.includes(t.paragraph));
  // Where actions sit inside a project (中卫 科普规划), the action is the nearer home.
  const home = homes.find((s) => s.kind === 'action') ?? homes[0];
  return {
    id: entryId(plan, t.localId),
    plan: plan.slug,
    generated_from: [{ seed: plan.file, sha256: plan.sha256 }],
    kind: t.kind,
    metric_zh: t.metricZh,
    metric_key: t.metricKey,
    value: t.value,
    value_max: t.valueMax,
    unit: t.unit,
    comparator: t.comparator,
    figure: display.text.slice(displayIndex(display, t.figureRange[0]), displayIndex(display, t.figureRange[1])),
    deadline_year: t.deadlineYear,
    as_of_year: t.asOfYear,
    period: t.period,
    frequency: t.frequency,
    group: t.group,
    quote: plan.source.slice(...t.quoteRange),
    anchor: t.paragraph.anchor,
    line: plan.at(t.quoteRange[0]).line,
    section: home ? entryId(plan, home.localId) : null,
    correction: t.correction ?? null,
    outcomes: t.outcomes ?? [],
  };
}
