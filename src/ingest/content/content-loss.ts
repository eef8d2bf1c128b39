import { parse } from 'yaml';
import { problem, type Problem } from '../problems.ts';
import type { PlanRecord } from '../read-seed.ts';

/**
 * Refuses a seed that now makes far less of its plan than when it was last ingested (half the
 * paragraphs or targets gone, from a plan of some size): most likely a bad download or a cut-off
 * copy, not an edit, and accepting it would delete published pages. `previous` is the plan's
 * content file as it was, if any; a cut meant on purpose is accepted with `--accept-loss <seed>`.
 * @example lossOf(plan, oldPlanFile)[0]?.message // => 'the plan had 74 paragraphs and 20 targets when last ingested and now has 7 paragraphs and 0 targets: …'
 */
export function lossOf(plan: PlanRecord, previous: string | null): Problem[] {
  const front = previous?.match(/^---\n([\s\S]*?)\n---/u)?.[1];
  if (!front) return [];
  const counts = (parse(front) as { counts?: { paragraphs?: number; targets?: number } } | null)?.counts;
  const before = { paragraphs: counts?.paragraphs ?? 0, targets: counts?.targets ?? 0 };
  const now = { paragraphs: plan.outline.paragraphs.length, targets: plan.targets.length };
  const halved = (a: number, b: number) => a >= 10 && b < a / 2;
  if (!halved(before.paragraphs, now.paragraphs) && !halved(before.targets, now.targets)) return [];
  return [
    problem(plan.file, { line: 1, column: 1 }, 'seed', `the plan had ${before.paragraphs} paragraphs and ${before.targets} targets when last ingested and now has ${now.paragraphs} paragraphs and ${now.targets} targets: is seeds/${plan.file} a bad download or a cut-off copy? It is not ingested and its pages stay as they were: restore the full text, or if the plan is meant to be shorter, run \`npm run ingest -- --accept-loss ${plan.file}\``, 'error'),
  ];
}
