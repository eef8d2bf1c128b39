// What the department pages compute from the roles ingest recorded: how many actions and projects
// a department leads or cooperates on, departments grouped by kind, roles in reading order.
// No Astro import, so the unit tests can call it.
import type { SiteData } from './data.ts';

/** The fields of a role these helpers read. */
export interface RoleLike {
  plan: string;
  section: string;
  measure: number | null;
  role: 'lead' | 'cooperating';
}

export interface RoleCounts {
  /** Actions and projects it leads (a section counts once, however many of its measures). */
  lead: number;
  cooperating: number;
  /** Plans that name it at all. */
  plans: number;
}

/**
 * How many sections a department leads and cooperates on, and in how many plans. Where a plan
 * names units per measure, several roles point into one section: it counts once.
 * @example roleCounts([{ plan: 'p', section: 'p/a', measure: 1, role: 'lead' }, { plan: 'p', section: 'p/a', measure: 2, role: 'lead' }]) // => { lead: 1, cooperating: 0, plans: 1 }
 */
export function roleCounts(roles: readonly RoleLike[]): RoleCounts {
  const sections = (role: RoleLike['role']) => new Set(roles.filter((r) => r.role === role).map((r) => r.section)).size;
  return { lead: sections('lead'), cooperating: sections('cooperating'), plans: new Set(roles.map((r) => r.plan)).size };
}

/**
 * Departments grouped by kind, kinds in `kindOrder` (empty kinds left out), most leading first
 * within a kind, then most cooperating, then by key.
 * @example byKind([{ data: { key: 'a', kind: 'party', roles: [] } }], ['government', 'party']).map((g) => g.kind) // => ['party']
 */
export function byKind<T extends { data: { key: string; kind: string; roles: readonly RoleLike[] } }, K extends string>(
  departments: readonly T[],
  kindOrder: readonly K[],
): Array<{ kind: K; departments: T[] }> {
  const counts = new Map(departments.map((d) => [d.data.key, roleCounts(d.data.roles)]));
  const rank = (a: T, b: T) => {
    const ca = counts.get(a.data.key);
    const cb = counts.get(b.data.key);
    return (cb?.lead ?? 0) - (ca?.lead ?? 0) || (cb?.cooperating ?? 0) - (ca?.cooperating ?? 0) || a.data.key.localeCompare(b.data.key);
  };
  return kindOrder
    .map((kind) => ({ kind, departments: departments.filter((d) => d.data.kind === kind).sort(rank) }))
    .filter((g) => g.departments.length > 0);
}

/**
 * One kind of role, in reading order: by plan (in `planOrder`), then by the section's order in
 * its plan, then by measure (the whole section before its measures).
 * @example rolesInOrder([{ plan: 'p', section: 'p/b', measure: null, role: 'lead' }, { plan: 'p', section: 'p/a', measure: 2, role: 'lead' }], 'lead', ['p'], (id) => (id === 'p/a' ? 1 : 2)).map((r) => r.section) // => ['p/a', 'p/b']
 */
export function rolesInOrder<T extends RoleLike>(roles: readonly T[], role: RoleLike['role'], planOrder: readonly string[], sectionOrder: (id: string) => number): T[] {
  const planRank = (slug: string) => planOrder.indexOf(slug);
  return roles
    .filter((r) => r.role === role)
    .sort((a, b) => planRank(a.plan) - planRank(b.plan) || sectionOrder(a.section) - sectionOrder(b.section) || (a.measure ?? 0) - (b.measure ?? 0));
}

const orders = new WeakMap<SiteData, (id: string) => number>();

/**
 * The place of each action and project among the site's sections (actions, then projects, each
 * in plan order), for rolesInOrder: worked out once per build, not on every department's page.
 * @example sectionOrder(site)(site.actions[1].data.id) // => 1
 */
export function sectionOrder(site: SiteData): (id: string) => number {
  const found = orders.get(site);
  if (found) return found;
  const order = new Map([...site.actions, ...site.projects].map((s, i) => [s.data.id, i]));
  const made = (id: string) => order.get(id) ?? 0;
  orders.set(site, made);
  return made;
}
