import type { GlossaryEntry } from '../schemas/catalog/glossary.ts';
import type { SiteData } from './data.ts';

const cache = new WeakMap<SiteData, Map<string, GlossaryEntry>>();

/**
 * The glossary entry of a Chinese term or one of its aliases.
 * @example glossaryTerm(site, '名')?.en // => 'people'
 */
export function glossaryTerm(site: SiteData, zh: string): GlossaryEntry | undefined {
  let byZh = cache.get(site);
  if (!byZh) {
    byZh = new Map(site.glossary.flatMap((g) => [g.zh, ...(g.aliases_zh ?? [])].map((form) => [form, g] as const)));
    cache.set(site, byZh);
  }
  return byZh.get(zh);
}

/**
 * A term as it starts a label or a sentence.
 * @example capitalize('older people') // => 'Older people'
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
