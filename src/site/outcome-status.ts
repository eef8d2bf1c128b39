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
