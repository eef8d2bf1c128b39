import type { Locale } from '../i18n/locales.ts';

const SIGN = { '>=': '≥', '=': '', '~': '≈', '<=': '≤' } as const;
// One formatter per language: toLocaleString would make one for every number of every page.
const NUMBER: Record<Locale, Intl.NumberFormat> = {
  zh: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
};
/**
 * A target's value for people: comparator sign, grouped digits and the unit as the page's
 * language writes it after a number (names(site, locale).unit: 名 → people, 个 → '').
 * @example formatValue('en', { comparator: '>=', value: 12000, value_max: null }, 'people') // => '≥ 12,000 people'
 * @example formatValue('zh', { comparator: '~', value: 10, value_max: null }, '家') // => '≈ 10 家'
 */
export function formatValue(locale: Locale, t: { comparator: keyof typeof SIGN; value: number; value_max: number | null }, unit: string): string {
  const n = (v: number) => NUMBER[locale].format(v);
  const value = t.value_max !== null ? `${n(t.value)}–${n(t.value_max)}` : n(t.value);
  const sign = SIGN[t.comparator];
  return [sign, unit === '%' ? `${value}%` : `${value}${unit ? ` ${unit}` : ''}`].filter(Boolean).join(' ');
}

/**
 * A plan period for people: 2021—2025 in Chinese, 2021–2025 in English; a plan that states none
 * says so.
 * @example formatPeriod('en', { start: 2021, end: 2025 }) // => '2021–2025'
 * @example formatPeriod('zh', null) // => '未注明'
 */
export function formatPeriod(locale: Locale, p: { start: number; end: number } | null): string {
  if (p === null) return locale === 'zh' ? '未注明' : 'not stated';
  return locale === 'zh' ? `${p.start}—${p.end}年` : `${p.start}–${p.end}`;
}

