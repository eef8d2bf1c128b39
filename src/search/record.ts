// A search record as Pagefind's `index.addCustomRecord` takes it, and the one way records are
// made: every record carries, besides its text, the explicit index terms of that text (see
// index-terms.ts), so quoted phrases a reader copies from a page are found as phrases.
import type { Locale } from '../i18n/locales.ts';
import { indexTerms, TERMS_KEY } from './index-terms.ts';
import { recordLanguage } from './index-language.ts';

/**
 * A place in a record that a search result can link to on its own (Pagefind's sub-results): a
 * target of a plan's list of targets. `id` is the anchor on the page the record's URL is on.
 */
export interface RecordAnchor {
  id: string;
  /** The sub-result's heading. */
  title: string;
  /** The line shown under the heading (a target's figure and deadline). */
  line: string;
  /** The text excerpts are cut from. */
  blocks: string[];
}

/**
 * A record for Pagefind's `index.addCustomRecord`; one with `anchors` is indexed as HTML
 * (record-html.ts), since only HTML records have sub-results.
 */
export interface SearchRecord {
  url: string;
  language: string;
  /** The record's text; with anchors, the text before the first (its title). */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors?: RecordAnchor[];
}

export interface RecordParts {
  url: string;
  /** The result's heading. */
  title: string;
  /** The text excerpts are cut from, block by block; empty blocks are left out. */
  blocks: ReadonlyArray<string | null | undefined>;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
  /** Words that find the record without being shown (a city's name in the other language). */
  extraTerms?: ReadonlyArray<string | null | undefined>;
}

/**
 * A record from its parts: the title opens the content, as a page's heading opens its text.
 * @example searchRecord('en', { url: '/en/plans/p/', title: 'Plan', blocks: ['Volunteers.'] }).content // => 'Plan\nVolunteers.'
 */
export function searchRecord(locale: Locale, parts: RecordParts): SearchRecord {
  const content = [parts.title, ...parts.blocks].map((b) => b?.trim() ?? '').filter(Boolean).join('\n');
  const extra = (parts.extraTerms ?? []).filter((t): t is string => Boolean(t));
  const lang = locale === 'zh' ? 'zh' : 'en';
  return {
    url: parts.url,
    language: recordLanguage(locale),
    content,
    meta: { title: parts.title, ...parts.meta, [TERMS_KEY]: indexTerms(lang, [content, ...extra].join('\n')) },
    filters: parts.filters ?? {},
  };
}

/**
 * A fact of a record as its page lists it, `label：value` in Chinese and `label: value` in
 * English; null without a value, so it drops out of the blocks.
 * @example fact('en', 'City', 'Baotou') // => 'City: Baotou'
 */
export function fact(locale: Locale, label: string, value: string | null | undefined): string | null {
  return value ? `${label}${locale === 'zh' ? '：' : ': '}${value}` : null;
}

/**
 * Names in a row, as the language lists them.
 * @example listOf('zh', ['市科协', '市教育局']) // => '市科协、市教育局'
 */
export function listOf(locale: Locale, items: readonly string[]): string {
  return items.join(locale === 'zh' ? '、' : ', ');
}
