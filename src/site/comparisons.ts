// The comparison pages of actions and projects: for each population group (actions) and theme
// (projects) that at least two plans share, every plan's section of it, one per plan, in plan
// order. Derived once per build from the data layer.
import type { ActionEntry, ProjectEntry, SiteData } from './data.ts';

export type SectionEntry = ActionEntry | ProjectEntry;
export type CompareKind = 'actions' | 'projects';

/** One comparison: its kind, key (group or theme) and the sections compared. */
export interface SectionComparison {
  kind: CompareKind;
  key: string;
  sections: SectionEntry[];
}

const cache = new WeakMap<SiteData, SectionComparison[]>();

/**
 * Every comparison with at least two plans, actions first, each in plan order.
 * @example sectionComparisons(site).find((c) => c.kind === 'actions' && c.key === 'youth')?.sections.length // => 5
 */
export function sectionComparisons(site: SiteData): SectionComparison[] {
  const found = cache.get(site);
  if (found) return found;
  const group = (kind: CompareKind, list: readonly SectionEntry[], key: (s: SectionEntry) => string | null) => {
    const byKey = new Map<string, Map<string, SectionEntry>>();
    for (const s of list) {
      const k = key(s);
      if (k === null) continue;
      const plans = byKey.get(k) ?? new Map<string, SectionEntry>();
      if (!plans.has(s.data.plan)) plans.set(s.data.plan, s);
      byKey.set(k, plans);
    }
    return [...byKey].filter(([, plans]) => plans.size > 1).map(([k, plans]) => ({ kind, key: k, sections: [...plans.values()] }));
  };
  const all = [
    ...group('actions', site.actions, (s) => (s.collection === 'actions' ? s.data.group : null)),
    ...group('projects', site.projects, (s) => (s.collection === 'projects' ? s.data.theme : null)),
  ];
  cache.set(site, all);
  return all;
}
