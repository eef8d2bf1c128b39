// What an action or project page compares it with: the same section of the other plans (same
// population group or project theme), and the nearest of them it shows (PEERS_SHOWN, the same
// province first). One derivation for the page and for its cache key, kept for the build.
import { sectionComparisons } from './comparisons.ts';
import type { ActionEntry, ProjectEntry, SiteData } from './data.ts';
import { counterparts, nearestPeers } from './sections.ts';

type Section = ActionEntry | ProjectEntry;

export interface SectionPeers {
  /** The group or theme the section is compared by; null for a project of no known theme. */
  key: string | null;
  /** How many plans have the section, this one included. */
  total: number;
  /** This section, then the nearest counterparts, as the page shows them. */
  shown: Section[];
}

const keyOf = (s: Section) => (s.collection === 'actions' ? s.data.group : s.data.theme);

/**
 * A section's counterparts, picked from its own group as sectionComparisons grouped them.
 * @example sectionPeers(site, baotouYouth).shown.map((s) => s.data.plan)[0] // => 'baotou-suzhi-2021-2025'
 */
export function sectionPeers(site: SiteData, section: Section): SectionPeers {
  const known = derived.get(site) ?? derived.set(site, new WeakMap()).get(site)!;
  let peers = known.get(section);
  if (!peers) {
    const key = keyOf(section);
    const comparison = sectionComparisons(site).find((c) => c.kind === section.collection && c.key === key);
    // Every counterpart is read to pick the nearest, but only those shown are kept: a list of all
    // of them per section would hold (sections × plans) entries for the whole build.
    const same: Section[] = comparison ? counterparts(comparison.sections, section, keyOf) : [section];
    peers = { key, total: same.length, shown: nearestPeers(same, (s) => site.plan(s.data.plan).data.province_zh) };
    known.set(section, peers);
  }
  return peers;
}

// Each section's peers are derived once per build: its keys in both languages and its pages
// ask for them, and each derivation reads every plan's counterpart (at 300 plans, 4 s of the
// build when derived each time).
const derived = new WeakMap<SiteData, WeakMap<Section, SectionPeers>>();
