import type { ActivityDay, ActivityRule } from '../schemas/catalog/activity-day.ts';
import { isoDate, daysInMonth, monthDayIn, weekContaining } from './dates.ts';
import { septemberEquinoxBeijingDate } from './equinox.ts';
import { ruleFor } from './history.ts';

/**
 * When an activity happens in a given year. Dates are inclusive 'YYYY-MM-DD' strings.
 * `basis` says where they come from: a `known` row (verified or computed), only a known launch day
 * (the end was never published), the rule, or the usual window of an announced activity.
 * `approximate` is true when the real dates may differ (window, or launch day only).
 */
export type Occurrence = {
  start: string;
  end: string;
  approximate: boolean;
  basis: 'known' | 'launch' | 'rule' | 'window';
};

/** A seasonal band of a programme that has no dates (三下乡 in January–February and July–August). */
export type SeasonOccurrence = { start: string; end: string; label_zh: string; label_en: string };

/** Places an 'MM-DD'–'MM-DD' span in a year; an end before the start runs into the next year. */
function spanIn(year: number, start: string, end: string): { start: string; end: string } {
  const endYear = end < start ? year + 1 : year;
  return { start: monthDayIn(year, start), end: monthDayIn(endYear, end) };
}

/**
 * The dates a rule gives in a year, ignoring any known rows; null when the rule cannot place it
 * (an announced activity without a usual window, or a programme with no dates).
 * @example ruleOccurrence({ type: 'week-containing', month: 10, day: 16 }, 2026)
 * // => { start: '2026-10-12', end: '2026-10-18', approximate: false, basis: 'rule' }
 */
export function ruleOccurrence(rule: ActivityRule, year: number): Occurrence | null {
  switch (rule.type) {
    case 'fixed': {
      const day = isoDate(year, rule.month, rule.day);
      return { start: day, end: day, approximate: false, basis: 'rule' };
    }
    case 'month':
      return {
        start: isoDate(year, rule.month, 1),
        end: isoDate(year, rule.month, daysInMonth(year, rule.month)),
        approximate: false,
        basis: 'rule',
      };
    case 'week-containing':
      return { ...weekContaining(isoDate(year, rule.month, rule.day)), approximate: false, basis: 'rule' };
    case 'solar-term': {
      const day = septemberEquinoxBeijingDate(year);
      return { start: day, end: day, approximate: false, basis: 'rule' };
    }
    case 'announced':
      // The window is only where the activity usually falls: tentative until the year's notice.
      return rule.window ? { ...spanIn(year, rule.window.start, rule.window.end), approximate: true, basis: 'window' } : null;
    case 'none':
      return null;
  }
}

/**
 * When an activity happens in a year. A `known` row wins over the rule; otherwise the rule in force
 * that year (see `history`) is applied. Null for programmes and for announced activities that have
 * no usual window and no known row for the year.
 * @example occurrenceIn(kepuri, 2024) // => { start: '2024-09-15', end: '2024-09-25', approximate: false, basis: 'known' }
 * @example occurrenceIn(kejiHuodongzhou, 2027) // => { start: '2027-05-15', end: '2027-06-05', approximate: true, basis: 'window' }
 */
export function occurrenceIn(entry: ActivityDay, year: number): Occurrence | null {
  const known = entry.known.find((row) => row.year === year);
  if (known !== undefined) {
    return known.end === undefined
      ? { start: known.start, end: known.start, approximate: true, basis: 'launch' }
      : { start: known.start, end: known.end, approximate: false, basis: 'known' };
  }
  return ruleOccurrence(ruleFor(entry, year), year);
}

/**
 * The firm anchor day inside an announced span (防灾减灾日 on 05-12 while its week is announced);
 * null when the activity has none.
 * @example anchorIn(fangzaiJianzai, 2026) // => { start: '2026-05-12', end: '2026-05-12', approximate: false, basis: 'rule' }
 */
export function anchorIn(entry: ActivityDay, year: number): Occurrence | null {
  if (entry.anchor_day === undefined) return null;
  const day = isoDate(year, entry.anchor_day.month, entry.anchor_day.day);
  return { start: day, end: day, approximate: false, basis: 'rule' };
}

/**
 * The seasonal bands of an undated programme in a year, from the rule in force that year.
 * @example seasonsIn(sanxiaxiang, 2026)[1] // => { start: '2026-07-01', end: '2026-08-31', label_zh: …, label_en: … }
 */
export function seasonsIn(entry: ActivityDay, year: number): SeasonOccurrence[] {
  const rule = ruleFor(entry, year);
  if (rule.type !== 'none' || rule.seasons === undefined) return [];
  return rule.seasons.map((season) => ({
    ...spanIn(year, season.start, season.end),
    label_zh: season.label_zh,
    label_en: season.label_en,
  }));
}
