// What changed in a plan between two versions of its seed, read from the content each version made.

/** The parts of a plan's content a version record compares. */
export interface PlanSnapshot {
  title_zh: string;
  status: string;
  sections: Array<{ kind: 'action' | 'project'; order: number; name_zh: string }>;
  targets: Array<{ kind: string; metric_zh: string; value: number; value_max: number | null; unit: string; comparator: string; deadline_year: number | null; figure: string }>;
}

export interface PlanChanges {
  title: { from: string; to: string } | null;
  status: { from: string; to: string } | null;
  sectionsAdded: string[];
  sectionsRemoved: string[];
  sectionsRenamed: Array<{ from: string; to: string }>;
  targetsAdded: string[];
  targetsRemoved: string[];
  targetsChanged: Array<{ metric: string; from: string; to: string }>;
}

type Target = PlanSnapshot['targets'][number];
const reading = (t: Target) => `${t.figure}${t.deadline_year ? ` (${t.deadline_year})` : ''}`;
const same = (a: Target, b: Target) => a.value === b.value && a.value_max === b.value_max && a.unit === b.unit && a.comparator === b.comparator && a.deadline_year === b.deadline_year;

/**
 * The changes from one version to the next: title and status, actions and projects added,
 * removed or renamed (same kind and place in the plan, another name), targets added, removed or
 * changed (a target is the same one when it measures the same thing: kind and metric as written).
 * @example planChanges(draft, final).status // => { from: 'draft', to: 'final' }
 */
export function planChanges(before: PlanSnapshot, after: PlanSnapshot): PlanChanges {
  const names = (s: PlanSnapshot) => new Set(s.sections.map((x) => `${x.kind}|${x.name_zh}`));
  const [was, now] = [names(before), names(after)];
  const gone = before.sections.filter((x) => !now.has(`${x.kind}|${x.name_zh}`));
  const come = after.sections.filter((x) => !was.has(`${x.kind}|${x.name_zh}`));
  const renamed = gone.flatMap((x) => {
    const match = come.find((y) => y.kind === x.kind && y.order === x.order);
    return match ? [{ from: x.name_zh, to: match.name_zh }] : [];
  });
  const key = (t: Target) => `${t.kind}|${t.metric_zh}`;
  const left = new Map<string, Target[]>();
  for (const t of before.targets) left.set(key(t), [...(left.get(key(t)) ?? []), t]);
  const added: string[] = [];
  const changed: PlanChanges['targetsChanged'] = [];
  for (const t of after.targets) {
    const pool = left.get(key(t)) ?? [];
    const exact = pool.findIndex((o) => same(o, t));
    const i = exact >= 0 ? exact : 0;
    const old = pool[i];
    if (!old) {
      added.push(`${t.metric_zh} ${reading(t)}`);
      continue;
    }
    pool.splice(i, 1);
    if (!same(old, t)) changed.push({ metric: t.metric_zh, from: reading(old), to: reading(t) });
  }
  return {
    title: before.title_zh === after.title_zh ? null : { from: before.title_zh, to: after.title_zh },
    status: before.status === after.status ? null : { from: before.status, to: after.status },
    sectionsAdded: come.filter((y) => !renamed.some((r) => r.to === y.name_zh)).map((y) => y.name_zh),
    sectionsRemoved: gone.filter((x) => !renamed.some((r) => r.from === x.name_zh)).map((x) => x.name_zh),
    sectionsRenamed: renamed,
    targetsAdded: added,
    targetsRemoved: [...left.values()].flat().map((t) => `${t.metric_zh} ${reading(t)}`),
    targetsChanged: changed,
  };
}

/** Whether a version changed anything a reader would see in these terms. */
export function hasChanges(c: PlanChanges): boolean {
  return c.title !== null || c.status !== null || [c.sectionsAdded, c.sectionsRemoved, c.sectionsRenamed, c.targetsAdded, c.targetsRemoved, c.targetsChanged].some((l) => l.length > 0);
}
