// Explicit index terms (Pagefind issue #1237). Pagefind 1.6 segments Chinese
// its own way when it indexes, but the browser segments the query with Intl.Segmenter (ICU), and
// the two disagree: 全国科普日 may be indexed as 全国|科普日 while the query becomes 全国|科普|日,
// so an exact (quoted) search for it misses the page. Giving each page the ICU words of its own
// text, in order, as a metadata field makes every phrase a reader copies from a page findable
// as a phrase: Pagefind matches quoted searches against adjacent words of a metadata field too.
// Metadata is searched but never shown in excerpts, so readers only ever see the page's text.
import { htmlLang, pageText } from './page-text.ts';

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

/**
 * The values a page gives a Pagefind filter, e.g. its city.
 * @example filterValues('<span hidden data-pagefind-filter="city">包头市</span>', 'city') // => ['包头市']
 */
export function filterValues(html: string, key: string): string[] {
  const element = new RegExp(`data-pagefind-filter="${key}"[^>]*>([^<]+)<`, 'gu');
  const inline = new RegExp(`data-pagefind-filter="${key}:([^"]+)"`, 'gu');
  return [...html.matchAll(element), ...html.matchAll(inline)].map((m) => (m[1] ?? '').trim()).filter(Boolean);
}

/**
 * A built page with its explicit index terms as a hidden metadata element: those of its
 * searchable text, then `extra` ones (such as its city's name in the other language); pages
 * without searchable text are returned as they are.
 * @example withIndexTerms('<html lang="zh-Hans"><body><main data-pagefind-body>科技馆</main></body></html>', ['anning']).includes('data-terms="科技 馆 anning"') // => true
 */
export function withIndexTerms(html: string, extra: readonly string[] = []): string {
  const text = pageText(html, { hidden: true });
  if (text === '') return html;
  const terms = [indexTerms(htmlLang(html), text), ...extra.map((e) => indexTerms(htmlLang(html), e))]
    .join(' ')
    .replace(/&/gu, '&amp;')
    .replace(/"/gu, '&quot;')
    .replace(/</gu, '&lt;');
  const tag = `<span hidden data-pagefind-meta="${TERMS_KEY}[data-terms]" data-terms="${terms}"></span>`;
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + tag : html.slice(0, at) + tag + html.slice(at);
}
