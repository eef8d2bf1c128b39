import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/translations/index.ts';
import type { Target } from '../schemas/target.ts';

type WhenFields = Pick<Target, 'kind' | 'deadline_year' | 'as_of_year' | 'period' | 'frequency'>;

/**
 * When a target is due, as a reader sees it, and the plain warning for a target whose deadline has
 * passed (its outcome is not reported in the plan, so the figure must not look current). A
 * frequency wins over a year; a baseline or achievement gives the year it describes; without a
 * year, the plan's period. The targets table, the explorer, the charts and the search records all
 * read it from here.
 * @example targetWhen('en', { kind: 'target', deadline_year: 2025, as_of_year: null, period: '2021-2025', frequency: null }, 2026)
 * // => { when: '2025', passed: 'deadline 2025 passed — outcome not yet reported' }
 * @example targetWhen('zh', { kind: 'target', deadline_year: null, as_of_year: null, period: null, frequency: 'per-semester' }, 2026)
 * // => { when: '每学期', passed: null }
 * @example targetWhen('en', { kind: 'baseline', deadline_year: null, as_of_year: null, period: '2016-2020', frequency: null }, 2026).when // => '2016–2020'
 */
export function targetWhen(locale: Locale, d: WhenFields, year: number): { when: string; passed: string | null } {
  const t = ui(locale).target;
  const when =
    d.frequency === 'per-semester'
      ? t.perSemester
      : d.frequency === 'per-year'
        ? t.perYear
        : (d.kind === 'target' ? d.deadline_year : d.as_of_year) ?? d.period?.replace('-', locale === 'zh' ? '—' : '–') ?? '';
  const passed = d.kind === 'target' && d.deadline_year !== null && d.deadline_year < year ? t.deadlinePassed(d.deadline_year) : null;
  return { when: String(when), passed };
}
