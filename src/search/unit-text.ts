// A body's text in a page's language: the Chinese as the plan writes it, or the English a reader
// of the English page sees (current or outdated translation; a unit nobody has translated shows
// its Chinese there, which the English index leaves out, as it always has).
import type { Locale } from '../i18n/locales.ts';
import { plainText } from '../translation/markup.ts';
import type { SiteData } from '../site/data.ts';
import { unitView } from '../site/unit-view.ts';
import type { BodyUnit } from './body-units.ts';

/**
 * The text of each unit of a plan's body in one language, in order.
 * @example unitText(site, 'en', 'baotou-suzhi-2021-2025', [{ id: 's1', text: '一、总体要求' }]) // => ['I. General requirements']
 */
export function unitText(site: SiteData, locale: Locale, plan: string, units: readonly BodyUnit[]): string[] {
  if (locale === 'zh') return units.map((u) => u.text);
  return units.flatMap((u) => {
    const view = unitView(site, plan, u.id);
    const parts = [view.heading?.en, view.text?.en].filter((en): en is string => Boolean(en)).map(plainText);
    return parts.length > 0 ? [parts.join(' ')] : [];
  });
}
