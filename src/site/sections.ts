// What action and project pages compute from the content: which plan a path belongs to, which
// sections of other plans are "the same", which actions a project contains. No Astro import, so
// the unit tests can call it.

/** The fields of an action or project these helpers read. */
export interface SectionLike {
  id: string;
  plan: string;
}

/**
 * The plan slug of a page under `/plans/<slug>/…`, in either language; '' elsewhere.
 * @example planSlugOfPath('/en/plans/baotou-suzhi-2021-2025/actions/youth/') // => 'baotou-suzhi-2021-2025'
 */
export function planSlugOfPath(pathname: string): string {
  return /^(?:\/en)?\/plans\/([^/]+)\//u.exec(pathname)?.[1] ?? '';
}


/**
 * The same action or project across plans, for a side-by-side comparison: every entry whose
 * `key` (an action's group, a project's theme) equals this one's, at most one per plan, with this
 * one first and the others in the order given. An entry without a key is compared with nothing.
 * @example counterparts([{ data: { id: 'a/youth', plan: 'a' } }, { data: { id: 'b/youth', plan: 'b' } }], { data: { id: 'b/youth', plan: 'b' } }, (s) => localId(s.data.id)).map((s) => s.data.id) // => ['b/youth', 'a/youth']
 */
export function counterparts<T extends { data: SectionLike }>(all: readonly T[], self: T, key: (s: T) => string | null): T[] {
  const k = key(self);
  if (k === null) return [self];
  const seen = new Set([self.data.plan]);
  const others = all.filter((s) => {
    if (s.data.id === self.data.id || key(s) !== k || seen.has(s.data.plan)) return false;
    seen.add(s.data.plan);
    return true;
  });
  return [self, ...others];
}

/** How many other plans' sections an action or project page shows beside its own. */
export const PEERS_SHOWN = 6;

/**
 * The counterparts a page shows beside its own section (first in `same`): those of plans of the
 * same province first, then the others, in the order given, at most `max`; the full list is on
 * the comparison page.
 * @example nearestPeers([self, a, b], (s) => provinceOf(s), 1) // => [self, (a or b, whichever shares self's province)]
 */
export function nearestPeers<T>(same: readonly T[], province: (s: T) => string | null, max = PEERS_SHOWN): T[] {
  const [self, ...others] = same;
  if (self === undefined) return [];
  const home = province(self);
  const near = others.filter((s) => home !== null && province(s) === home);
  const far = others.filter((s) => !(home !== null && province(s) === home));
  return [self, ...[...near, ...far].slice(0, max)];
}

/**
 * The actions a plan nests inside a project (中卫's 科学素质提升工程 holds its five 提升行动), by
 * the anchor of the measure that introduces each.
 * @example nestedActions([{ id: 'p/youth', plan: 'p', parent: 'p/x', anchor: 's3-2-1' }], 'p/x').get('s3-2-1')?.id // => 'p/youth'
 */
export function nestedActions<T extends SectionLike & { parent: string | null; anchor: string }>(actions: readonly T[], projectId: string): Map<string, T> {
  return new Map(actions.filter((a) => a.parent === projectId).map((a) => [a.anchor, a]));
}
