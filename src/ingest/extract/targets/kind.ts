import type { TimeContext } from './time-context.ts';

export type TargetKind = 'target' | 'baseline' | 'achievement';

const CHANGE = /提高|增长|提升|增加|增幅/u;

/**
 * Whether a figure is a target (what the plan aims at), a baseline (a level reached before the
 * plan) or an achievement (what was done before the plan).
 * @example kindOf({ ...NO_TIME, past: true }, '我市公民具备科学素质的比例为', '%', '公民具备科学素质的比例') // => 'baseline'
 * @example kindOf({ ...NO_TIME, past: true }, '培训农民', '人次', '培训农民') // => 'achievement'
 */
export function kindOf(time: TimeContext, clause: string, unit: string, metric: string): TargetKind {
  if (!time.past) return 'target';
  if (CHANGE.test(clause)) return 'achievement';
  if (/现有|拥有|为$/u.test(clause)) return 'baseline';
  if (unit === '%' && /比例|率|水平/u.test(metric)) return 'baseline';
  return 'achievement';
}
