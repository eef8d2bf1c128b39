import type { Target } from '../schemas/target.ts';

/**
 * What the reports say of a target, against its deadline:
 * - `achieved`: the latest report meets the target (at least the value; for `<=`, at most it;
 *   for `~`, within 5 % below it);
 * - `not-achieved`: the latest report, made for the deadline year or later, falls short;
 * - `partly`: the latest report falls short, but was made before the deadline year (progress);
 * - `not-reported`: no report was recorded.
 * Baselines and past achievements have no status (null).
 */
export type OutcomeStatus = 'achieved' | 'partly' | 'not-achieved' | 'not-reported';
export const OUTCOME_STATUSES: readonly OutcomeStatus[] = ['achieved', 'partly', 'not-achieved', 'not-reported'];

type Fields = Pick<Target, 'kind' | 'value' | 'comparator' | 'deadline_year' | 'outcomes'>;

/**
 * @example outcomeStatus({ kind: 'target', value: 20000, comparator: '=', deadline_year: 2025, outcomes: [{ reached: 21000, as_of: '2025-12-31', … }] }) // => 'achieved'
 * @example outcomeStatus({ kind: 'target', value: 20000, comparator: '>=', deadline_year: 2025, outcomes: [{ reached: 9000, as_of: '2023-12-31', … }] }) // => 'partly'
 */
export function outcomeStatus(t: Fields): OutcomeStatus | null {
  if (t.kind !== 'target') return null;
  const latest = t.outcomes.at(-1);
  if (!latest) return 'not-reported';
  const met = t.comparator === '<=' ? latest.reached <= t.value : t.comparator === '~' ? latest.reached >= t.value * 0.95 : latest.reached >= t.value;
  if (met) return 'achieved';
  const reportYear = Number(latest.as_of.slice(0, 4));
  return t.deadline_year !== null && reportYear >= t.deadline_year ? 'not-achieved' : 'partly';
}

/**
 * How the targets due in one year stand: the year whose deadline came last by `thisYear` (the
 * one readers ask about: "how many 2025 targets were met?"), its number of targets and of each
 * status. Null when no target has a deadline.
 * @example outcomeSummary(targets, 2026) // => { year: 2025, total: 64, counts: { achieved: 1, partly: 0, 'not-achieved': 0, 'not-reported': 63 } }
 */
export function outcomeSummary(targets: ReadonlyArray<Fields>, thisYear: number): { year: number; total: number; counts: Record<OutcomeStatus, number> } | null {
  const years = [...new Set(targets.filter((t) => t.kind === 'target' && t.deadline_year !== null).map((t) => t.deadline_year as number))].sort((a, b) => a - b);
  const year = years.filter((y) => y <= thisYear).at(-1) ?? years[0];
  if (year === undefined) return null;
  const due = targets.filter((t) => t.kind === 'target' && t.deadline_year === year);
  const counts = Object.fromEntries(OUTCOME_STATUSES.map((s) => [s, due.filter((t) => outcomeStatus(t) === s).length])) as Record<OutcomeStatus, number>;
  return { year, total: due.length, counts };
}
