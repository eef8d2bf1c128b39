import { unitState, type UnitState } from '../translation/coverage.ts';
import type { SiteData } from './data.ts';

/** A unit's English as a page may show it: current, outdated (kept, marked) or missing. */
export interface EnglishUnit {
  state: UnitState;
  /** The English; for an outdated unit, the English of the Chinese as it was. Null if missing. */
  en: string | null;
}

const cache = new WeakMap<SiteData, Map<string, (id: string) => EnglishUnit>>();

/**
 * The English of a plan's units, from its translation memory held against the hashes ingest
 * wrote for the plan's current Chinese.
 * @example englishOf(site, 'baotou-suzhi-2021-2025')('heading/s1') // => { state: 'translated', en: 'General requirements' }
 */
export function englishOf(site: SiteData, slug: string): (id: string) => EnglishUnit {
  let perSite = cache.get(site);
  if (!perSite) cache.set(site, (perSite = new Map()));
  let lookup = perSite.get(slug);
  if (!lookup) {
    const segments = site.plan(slug).data.segments;
    const memory = site.translations.get(slug) ?? {};
    lookup = (id) => {
      const hash = segments[id];
      const entry = memory[id];
      if (hash === undefined) return { state: 'missing', en: null };
      return { state: unitState(hash, entry), en: entry?.en ?? null };
    };
    perSite.set(slug, lookup);
  }
  return lookup;
}

/**
 * The current English of a unit, or null when it is outdated or missing: what names and labels
 * use, since they cannot carry a notice (they fall back to catalog English instead).
 * @example currentEnglish(site, 'baotou-suzhi-2021-2025', 'title') // => 'Implementation Plan of Baotou …'
 */
export function currentEnglish(site: SiteData, slug: string, id: string): string | null {
  const unit = englishOf(site, slug)(id);
  return unit.state === 'translated' ? unit.en : null;
}

/**
 * The current English name of a base, from the memory of the first plan that names it.
 * @example baseEnglish(site, base) // => 'Zhongwei Science and Technology Museum'
 */
export function baseEnglish(site: SiteData, base: { id: string; data: { mentions: ReadonlyArray<{ plan: string }> } }): string | null {
  const owner = base.data.mentions[0]?.plan;
  return owner ? currentEnglish(site, owner, `base/${base.id}`) : null;
}
