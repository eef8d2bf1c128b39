import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/translations/index.ts';
import { urls } from './urls.ts';

/**
 * The site's sections, in menu order: the header menu and the home page's links use one list.
 * @example mainNav('en')[0] // => ['/en/plans/', 'Plans']
 */
export function mainNav(locale: Locale): ReadonlyArray<readonly [href: string, label: string]> {
  const t = ui(locale).nav;
  return [
    [urls.plans(locale), t.plans],
    [urls.targets(locale), t.targets],
    [urls.bases(locale), t.bases],
    [urls.calendar(locale), t.calendar],
    [urls.news(locale), t.news],
    [urls.departments(locale), t.departments],
    [urls.data(locale), t.data],
  ];
}
