import type { Locale } from '../i18n/locales.ts';

const SIGN = { '>=': '≥', '=': '', '~': '≈', '<=': '≤' } as const;
const UNIT_EN: Record<string, string> = {
  '%': '%', 人次: 'person-times', 人: 'people', 名: 'people', 个: '', 所: 'schools', 家: 'institutions', 次: 'times', 件: 'works',
  辆: 'vehicles', 场次: 'sessions', 场: 'events', 期: 'sessions', 册: 'copies', 门: 'skills', 项: 'items', 座: '', 处: 'sites', 个百分点: 'percentage points',
};

/**
 * A target's value for people: comparator sign, grouped digits, unit in the page's language.
 * @example formatValue('en', { comparator: '>=', value: 12000, value_max: null, unit: '名' }) // => '≥ 12,000 people'
 * @example formatValue('zh', { comparator: '~', value: 10, value_max: null, unit: '家' }) // => '≈ 10 家'
 */
export function formatValue(locale: Locale, t: { comparator: keyof typeof SIGN; value: number; value_max: number | null; unit: string }): string {
  const n = (v: number) => v.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 });
  const value = t.value_max !== null ? `${n(t.value)}–${n(t.value_max)}` : n(t.value);
  const unit = locale === 'zh' ? t.unit : UNIT_EN[t.unit] ?? t.unit;
  const sign = SIGN[t.comparator];
  return [sign, unit === '%' ? `${value}%` : `${value}${unit ? ` ${unit}` : ''}`].filter(Boolean).join(' ');
}

/**
 * A target's unit in a language: as written in Chinese, translated in English ('' when none).
 * @example unitLabel('en', '人次') // => 'person-times'
 */
export function unitLabel(locale: Locale, unit: string): string {
  return locale === 'zh' ? unit : UNIT_EN[unit] ?? unit;
}

/** A plan period for people: 2021—2025 in Chinese, 2021–2025 in English. */
export function formatPeriod(locale: Locale, p: { start: number; end: number }): string {
  return locale === 'zh' ? `${p.start}—${p.end}年` : `${p.start}–${p.end}`;
}
