// Pagefind splits its index by language: the code each locale's records carry, which the search
// page also uses to pick its language's filter values.
import type { Locale } from '../i18n/locales.ts';

/**
 * Pagefind's language code of a locale.
 * @example recordLanguage('zh') // => 'zh-hans'
 */
export const recordLanguage = (locale: Locale) => (locale === 'zh' ? 'zh-hans' : 'en');
