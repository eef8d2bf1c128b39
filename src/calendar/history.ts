import type { ActivityDay, ActivityRule } from '../schemas/catalog/activity-day.ts';

/**
 * Which version of an activity applies in a year. Rules change: 全国科普日 was a week announced each
 * September until 2024 and is the whole of September (全国科普月) from 2025 on.
 */

/**
 * The rule in force in a year: the first history item whose until_year covers it, else the current rule.
 * @example ruleFor(kepuri, 2024).type // => 'announced'; ruleFor(kepuri, 2025).type // => 'month'
 */
export function ruleFor(entry: ActivityDay, year: number): ActivityRule {
  const past = entry.history?.find((item) => year <= item.until_year);
  return past?.rule ?? entry.rule;
}

/**
 * The names of the span dated in a year: the period name under the current rule (全国科普月), the
 * activity's own name under a historical rule (全国科普日 in 2024) or when it has no period name.
 * @example periodNameFor(kepuri, 2025) // => { zh: '全国科普月', en: 'National Science Popularization Month' }
 */
export function periodNameFor(entry: ActivityDay, year: number): { zh: string; en: string } {
  const historical = entry.history?.some((item) => year <= item.until_year) ?? false;
  if (!historical && entry.period_name_zh !== undefined && entry.period_name_en !== undefined) {
    return { zh: entry.period_name_zh, en: entry.period_name_en };
  }
  return { zh: entry.name_zh, en: entry.name_en };
}
