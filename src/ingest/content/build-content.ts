import type { z } from 'zod';
import { activityEntrySchema } from '../../schemas/activity.ts';
import { actionSchema } from '../../schemas/action.ts';
import { baseSchema } from '../../schemas/base.ts';
import { departmentEntrySchema } from '../../schemas/department.ts';
import { planSchema } from '../../schemas/plan.ts';
import { projectSchema } from '../../schemas/project.ts';
import { targetSchema } from '../../schemas/target.ts';
import type { Catalogs } from '../catalogs.ts';
import { problem, type Problem } from '../problems.ts';
import type { PlanRecord } from '../read-seed.ts';
import { fieldPath } from '../yaml/parse-yaml.ts';
import { entryFile, type ContentFile } from './entry-file.ts';
import { activityEntries, baseEntries, baseId, departmentEntries } from './merged-entries.ts';
import { planBody, planData } from './plan-entry.ts';
import { sectionBody, sectionData } from './section-entries.ts';
import { planSpans } from './spans.ts';
import { targetData } from './target-entries.ts';
import { planUnits } from '../translation/plan-units.ts';
import { unitResolver } from './units.ts';

export interface BuiltContent {
  files: ContentFile[];
  /** Entries that failed their schema (a bug in ingest or a catalog), and units no catalog names. */
  problems: Problem[];
}

/**
 * Every content-collection file for a set of plans, each validated with the schema Astro will
 * read it with, so ingest never writes what the site would refuse.
 */
export function buildContent(plans: readonly PlanRecord[], catalogs: Catalogs): BuiltContent {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const units = unitResolver(catalogs.departments);
  const from = (plan: PlanRecord) => `seeds/${plan.file} (sha256 ${plan.sha256})`;
  const add = <S extends z.ZodType>(schema: S, path: string, note: string, data: z.input<S>, body: string, file: string) => {
    const checked = schema.safeParse(data);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        problems.push(problem(file, { line: 1, column: 1 }, `${path}: ${fieldPath(issue.path.filter((k): k is string | number => typeof k !== 'symbol'))}`, issue.message, 'error'));
      }
      return;
    }
    files.push(entryFile(path, note, data as Record<string, unknown>, body));
  };

  const bases = baseEntries(plans);
  const translatable = planUnits(plans);
  for (const plan of plans) {
    const spans = planSpans(plan, (name) => baseId(plan.city.key, plan.city.zh, name));
    const baseCount = bases.filter((b) => b.mentions.some((m) => m.plan === plan.slug)).length;
    add(planSchema, `plans/${plan.slug}.mdx`, from(plan), planData(plan, baseCount, translatable.get(plan.slug) ?? []), planBody(plan, spans), plan.file);
    for (const s of plan.sections) {
      const schema = s.kind === 'action' ? actionSchema : projectSchema;
      add(schema, `${s.kind}s/${plan.slug}/${s.localId}.mdx`, from(plan), sectionData(plan, s, units), sectionBody(s, spans), plan.file);
    }
    for (const t of plan.targets) add(targetSchema, `targets/${plan.slug}/${t.localId}.yaml`, from(plan), targetData(plan, t), '', plan.file);
  }
  const seedsOf = (list: ReadonlyArray<{ seed: string }>) => (list.length > 0 ? list.map((s) => `seeds/${s.seed}`).join(', ') : 'content/catalog only');
  for (const b of bases) add(baseSchema, `bases/${b.id}.yaml`, seedsOf(b.generated_from), b, '', b.generated_from[0]?.seed ?? 'bases');
  for (const a of activityEntries(plans, catalogs.activities)) add(activityEntrySchema, `activities/${a.key}.yaml`, `${seedsOf(a.generated_from)} and content/catalog/activity-days.yaml`, a, '', 'content/catalog/activity-days.yaml');
  const departments = departmentEntries(plans, units);
  for (const d of departments) add(departmentEntrySchema, `departments/${d.key}.yaml`, `${seedsOf(d.generated_from)} and content/catalog/departments.yaml`, d, '', 'content/catalog/departments.yaml');
  for (const [name, d] of units.unknown) {
    const role = departments.find((x) => x.key === d.key)?.roles[0];
    const plan = plans.find((p) => p.slug === role?.plan);
    const at = plan?.sections.flatMap((s) => s.unitsText).find((p) => p.analysis.text.includes(name));
    problems.push(problem(plan?.file ?? 'content/catalog/departments.yaml', plan && at ? plan.at(at.raw.map[0] ?? 0) : { line: 1, column: 1 }, 'units', `unit "${name}" is not in content/catalog/departments.yaml; add it (or an alias) for its English name`));
  }
  return { files: files.sort((a, b) => a.path.localeCompare(b.path)), problems };
}
