/** The site's languages: Simplified Chinese at `/`, English at `/en/`. */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];

export const htmlLang: Record<Locale, string> = { zh: 'zh-Hans', en: 'en' };

/** The `[...locale]` route parameter of each language: none for Chinese, `en` for English. */
export const localeParams = [{ locale: undefined }, { locale: 'en' }] as const;

/**
 * The language of a `[...locale]` parameter or of a path.
 * @example localeOf('en') // => 'en'
 * @example localeOf('/en/plans/') // => 'en'
 */
export function localeOf(paramOrPath: string | undefined): Locale {
  return paramOrPath !== undefined && /^\/?en(\/|$)/u.test(paramOrPath) ? 'en' : 'zh';
}

/**
 * A site path in a language. `path` is the Chinese path, starting and ending with `/`.
 * @example localePath('en', '/plans/baotou-suzhi-2021-2025/') // => '/en/plans/baotou-suzhi-2021-2025/'
 */
export function localePath(locale: Locale, path: string): string {
  return locale === 'en' ? `/en${path}` : path;
}

/**
 * The same page in the other language: the switcher keeps you where you are.
 * @example otherLocalePath('/en/targets/') // => '/targets/'
 */
export function otherLocalePath(pathname: string): string {
  return localeOf(pathname) === 'en' ? pathname.replace(/^\/en(?=\/|$)/u, '') || '/' : `/en${pathname}`;
}

/** The Chinese path of a page, whichever language it is shown in. */
export function basePath(pathname: string): string {
  return pathname.replace(/^\/en(?=\/|$)/u, '') || '/';
}
