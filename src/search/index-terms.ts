// Explicit index terms (Pagefind issue #1237). Pagefind 1.6 segments Chinese
// its own way when it indexes, but the browser segments the query with Intl.Segmenter (ICU), and
// the two disagree: 全国科普日 may be indexed as 全国|科普日 while the query becomes 全国|科普|日,
// so an exact (quoted) search for it misses the page. Giving each page the ICU words of its own
// text, in order, as a metadata field makes every phrase a reader copies from a page findable
// as a phrase: Pagefind matches quoted searches against adjacent words of a metadata field too.
// Metadata is searched but never shown in excerpts, so readers only ever see the record's text.

/** The metadata key the explicit terms are stored under; the search UI never shows it. */
export const TERMS_KEY = 'terms';

// Segmenting is most of what records cost: one segmenter per language, and each line's words
// kept for the records that repeat it (a plan's record holds its sections' and targets' text).
// A line break always ends a word, so a text's words are its lines' words in a row.
const segmenters = new Map<string, Intl.Segmenter>();
const lineWords = new Map<string, string>();
const KEPT_LINES = 50_000;

/**
 * The words the browser's segmenter finds in a text, in order, lowercased: the words a query
 * typed by a reader is split into, so that a phrase of the text is a run of these words.
 * @example icuSequence('建设科技馆2025年') // => ['建设', '科技', '馆', '2025', '年']
 */
export function icuSequence(text: string, locale = 'zh-Hans'): string[] {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  const words: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) words.push(s.segment.toLocaleLowerCase());
  return words;
}

/** A line's words joined by spaces, from the kept ones when the line was seen. */
function wordsOfLine(line: string): string {
  let words = lineWords.get(line);
  if (words === undefined) {
    if (lineWords.size >= KEPT_LINES) lineWords.clear();
    words = icuSequence(line).join(' ');
    lineWords.set(line, words);
  }
  return words;
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
  const lines = text.split('\n').map(wordsOfLine).filter(Boolean);
  return lang.toLowerCase().startsWith('zh') ? lines.join(' ') : [...new Set(lines.flatMap((l) => l.split(' ')))].join(' ');
}
