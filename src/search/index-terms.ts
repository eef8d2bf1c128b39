// Explicit index terms (Pagefind issue #1237). Pagefind 1.6 segments Chinese
// its own way when it indexes, but the browser segments the query with Intl.Segmenter (ICU), and
// the two disagree: 全国科普日 may be indexed as 全国|科普日 while the query becomes 全国|科普|日,
// so an exact (quoted) search for it misses the page. Giving each page the ICU words of its own
// text, in order, as a metadata field makes every phrase a reader copies from a page findable
// as a phrase: Pagefind matches quoted searches against adjacent words of a metadata field too.
// Metadata is searched but never shown in excerpts, so readers only ever see the record's text.

/** The metadata key the explicit terms are stored under; the search UI never shows it. */
export const TERMS_KEY = 'terms';

/**
 * The words the browser's segmenter finds in a text, in order, lowercased: the words a query
 * typed by a reader is split into, so that a phrase of the text is a run of these words.
 * @example icuSequence('建设科技馆2025年') // => ['建设', '科技', '馆', '2025', '年']
 */
export function icuSequence(text: string, locale = 'zh-Hans'): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment.toLocaleLowerCase());
}

/**
 * The explicit terms of a text in a page's language: for Chinese, the whole word sequence (so
 * phrases are runs of adjacent terms); for English, each distinct word once, which also splits
 * what Pagefind keeps whole, like the years of “(2021–2025)”, and the Chinese quotes the English
 * index does not segment.
 * @example indexTerms('zh-Hans', '科技馆') // => '科技 馆'
 * @example indexTerms('en', 'Plan (2021–2025), 2025') // => 'plan 2021 2025'
 */
export function indexTerms(lang: string, text: string): string {
  const words = icuSequence(text);
  return (lang.toLowerCase().startsWith('zh') ? words : [...new Set(words)]).join(' ');
}
