// How a reader's query runs against Pagefind. Pagefind splits a Chinese query into words and
// returns every page that has all of them anywhere, so 科普信息化 also finds pages that merely
// have 科普, 信息 and 化 far apart. For Chinese, each word of the query is also searched as a
// quoted phrase (Pagefind's exact search, which needs the words adjacent), and results that
// contain every phrase come first; the rest are offered separately, as partial matches.
import type { Locale } from '../i18n/locales.ts';

const HAN = /\p{Script=Han}/u;

export interface QueryPlan {
  /** The query as Pagefind's ordinary search takes it ('' when empty). */
  loose: string;
  /** Quoted phrases whose results a result must be in to count as an exact match. */
  phrases: string[];
}

/**
 * The searches to run for a query: the query itself and, in Chinese, each Chinese word of two or
 * more characters as a quoted phrase. A query the reader quoted is left to Pagefind.
 * @example queryPlan('安宁 科技馆', 'zh') // => { loose: '安宁 科技馆', phrases: ['"安宁"', '"科技馆"'] }
 * @example queryPlan('science day', 'en') // => { loose: 'science day', phrases: [] }
 */
export function queryPlan(query: string, locale: Locale): QueryPlan {
  const loose = query.replace(/\s+/gu, ' ').trim();
  if (locale !== 'zh' || /^".*"$/u.test(loose)) return { loose, phrases: [] };
  const phrases = loose
    .split(' ')
    .filter((word) => HAN.test(word) && [...word].length >= 2)
    .map((word) => `"${word.replace(/"/gu, '')}"`);
  return { loose, phrases: [...new Set(phrases)] };
}

export interface Tiers {
  /** Results with every phrase, in the ordinary search's ranking. */
  exact: string[];
  /** Results of the ordinary search that miss a phrase: shown only on request. */
  partial: string[];
}

/**
 * Splits the ordinary search's result ids by whether every phrase search found them too (a page
 * with the phrase has its words, so the ordinary search finds it as well). With no phrases,
 * every result is exact.
 * @example splitTiers(['a', 'b', 'c'], [['c', 'a']]) // => { exact: ['a', 'c'], partial: ['b'] }
 */
export function splitTiers(loose: readonly string[], phraseResults: ReadonlyArray<readonly string[]>): Tiers {
  if (phraseResults.length === 0) return { exact: [...loose], partial: [] };
  const sets = phraseResults.map((ids) => new Set(ids));
  const inAll = (id: string) => sets.every((s) => s.has(id));
  const exact = loose.filter(inAll);
  return { exact, partial: loose.filter((id) => !inAll(id)) };
}

/**
 * The city a query names, if one of its words is a city of the index (its filter value, in
 * either spelling the reader may type: 钦州市, 钦州, Qinzhou): a reader who types a place wants
 * its plans first.
 * @example cityInQuery('Qinzhou 2025', ['Qinzhou', 'Baotou']) // => 'Qinzhou'
 * @example cityInQuery('包头 2025', ['包头市']) // => '包头市'
 */
export function cityInQuery(query: string, cities: readonly string[]): string | null {
  const words = query.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
  const bare = (city: string) => city.toLocaleLowerCase().replace(/市$/u, '');
  return cities.find((c) => words.some((w) => w === c.toLocaleLowerCase() || w === bare(c))) ?? null;
}

/**
 * Results with the leading ones first, the rest in their order.
 * @example leading(['a', 'b', 'c'], ['c']) // => ['c', 'a', 'b']
 */
export function leading(ids: readonly string[], first: readonly string[]): string[] {
  const set = new Set(first);
  return [...ids.filter((id) => set.has(id)), ...ids.filter((id) => !set.has(id))];
}
