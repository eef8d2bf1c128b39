import { getCollection, type CollectionEntry } from 'astro:content';
import type { GlossaryEntry } from '../schemas/catalog/glossary.ts';
import type { Publisher } from '../schemas/catalog/publisher.ts';
import type { TranslationMemory } from '../schemas/translation.ts';

export type PlanEntry = CollectionEntry<'plans'>;
export type ActionEntry = CollectionEntry<'actions'>;
export type ProjectEntry = CollectionEntry<'projects'>;
export type TargetEntry = CollectionEntry<'targets'>;

/** Everything the pages show, loaded once per build and indexed by id. */
export interface SiteData {
  plans: PlanEntry[];
  /** The plans ingest left notes on (warnings), in the order of `plans`: the staff report's rows. */
  noted: PlanEntry[];
  actions: ActionEntry[];
  projects: ProjectEntry[];
  targets: TargetEntry[];
  bases: BaseEntry[];
  activities: CollectionEntry<'activities'>[];
  departments: CollectionEntry<'departments'>[];
  cities: Map<string, CollectionEntry<'cities'>['data']>;
  groups: Map<string, CollectionEntry<'groups'>['data']>;
  metrics: Map<string, CollectionEntry<'metrics'>['data']>;
  themes: Map<string, CollectionEntry<'themes'>['data']>;
  glossary: GlossaryEntry[];
  /** The trusted publishers sources are named by (content/catalog/publishers.yaml). */
  publishers: Publisher[];
  /** Each plan's translation memory, by plan slug (empty for a plan nobody has translated). */
  translations: Map<string, TranslationMemory>;
  /** News, newest first; `newsEn` holds the English of those that have it, by the same id. */
  news: CollectionEntry<'news'>[];
  newsEn: Map<string, CollectionEntry<'newsEn'>>;
  /** Events, in order of their start. */
  events: CollectionEntry<'events'>[];
  plan: (slug: string) => PlanEntry;
  /** A plan's own actions, projects and targets, in order: a page of one plan never scans all. */
  ofPlan: (slug: string) => PlanParts;
  action: (id: string) => ActionEntry | undefined;
  project: (id: string) => ProjectEntry | undefined;
  target: (id: string) => TargetEntry | undefined;
  base: (id: string) => BaseEntry | undefined;
  /** A city's bases, in order of their ids. */
  basesIn: (city: string) => BaseEntry[];
  department: (key: string) => CollectionEntry<'departments'>['data'] | undefined;
  /** A trusted publisher by its key (a source names its publisher by key). */
  publisher: (key: string) => Publisher | undefined;
}

export type BaseEntry = CollectionEntry<'bases'>;

export interface PlanParts {
  actions: ActionEntry[];
  projects: ProjectEntry[];
  targets: TargetEntry[];
}

const NO_PARTS: PlanParts = { actions: [], projects: [], targets: [] };

/** Looks entries up by a key: a page's lookups cost the same with 5 plans or 1,000. */
const lookup = <T,>(list: readonly T[], key: (x: T) => string) => {
  const map = new Map(list.map((x) => [key(x), x]));
  return (k: string) => map.get(k);
};

let cached: Promise<SiteData> | null = null;

/** Plans are listed by city, then by period. */
function byCityAndPeriod(a: PlanEntry, b: PlanEntry): number {
  return a.data.city.localeCompare(b.data.city) || (a.data.period?.start ?? 0) - (b.data.period?.start ?? 0) || a.data.slug.localeCompare(b.data.slug);
}

export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [plans, actions, projects, targets, bases, activities, departments, cities, groups, metrics, themes, glossary, publishers, translations, news, newsEn, events] = await Promise.all([
    getCollection('plans'),
    getCollection('actions'),
    getCollection('projects'),
    getCollection('targets'),
    getCollection('bases'),
    getCollection('activities'),
    getCollection('departments'),
    getCollection('cities'),
    getCollection('groups'),
    getCollection('metrics'),
    getCollection('themes'),
    getCollection('glossary'),
    getCollection('publishers'),
    getCollection('translations'),
    getCollection('news'),
    getCollection('newsEn'),
    getCollection('events'),
  ]);
  plans.sort(byCityAndPeriod);
  const planOrder = new Map(plans.map((p, i) => [p.data.slug, i]));
  const inPlanOrder = <T extends { data: { plan: string; order: number } }>(list: T[]) =>
    list.sort((a, b) => (planOrder.get(a.data.plan) ?? 0) - (planOrder.get(b.data.plan) ?? 0) || a.data.order - b.data.order);
  const bySlug = new Map(plans.map((p) => [p.data.slug, p]));
  inPlanOrder(actions);
  inPlanOrder(projects);
  targets.sort((a, b) => (planOrder.get(a.data.plan) ?? 0) - (planOrder.get(b.data.plan) ?? 0) || a.data.line - b.data.line || a.id.localeCompare(b.id));
  bases.sort((a, b) => a.id.localeCompare(b.id));
  const byPlan = <T extends { data: { plan: string } }>(list: T[]) => Map.groupBy(list, (x) => x.data.plan);
  const [actionsOf, projectsOf, targetsOf] = [byPlan(actions), byPlan(projects), byPlan(targets)];
  const parts = new Map(plans.map((p) => [p.data.slug, { actions: actionsOf.get(p.data.slug) ?? [], projects: projectsOf.get(p.data.slug) ?? [], targets: targetsOf.get(p.data.slug) ?? [] }]));
  const basesOf = Map.groupBy(bases, (b) => b.data.city);
  return {
    plans,
    noted: plans.filter((p) => p.data.warnings.length > 0),
    actions,
    projects,
    targets,
    bases,
    activities: activities.sort((a, b) => a.id.localeCompare(b.id)),
    departments: departments.sort((a, b) => a.data.key.localeCompare(b.data.key)),
    cities: new Map(cities.map((c) => [c.id, c.data])),
    groups: new Map(groups.map((g) => [g.id, g.data])),
    metrics: new Map(metrics.map((m) => [m.id, m.data])),
    themes: new Map(themes.map((t) => [t.id, t.data])),
    glossary: glossary.map((g) => g.data),
    publishers: publishers.map((p) => p.data),
    translations: new Map(translations.map((t) => [t.id, t.data])),
    news: news.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)),
    newsEn: new Map(newsEn.map((e) => [e.id, e])),
    events: events.sort((a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id)),
    plan: (slug) => {
      const p = bySlug.get(slug);
      if (!p) throw new Error(`no plan ${slug}`);
      return p;
    },
    ofPlan: (slug) => parts.get(slug) ?? NO_PARTS,
    action: lookup(actions, (a) => a.data.id),
    project: lookup(projects, (p) => p.data.id),
    target: lookup(targets, (t) => t.data.id),
    base: lookup(bases, (b) => b.id),
    basesIn: (city) => basesOf.get(city) ?? [],
    department: lookup(departments.map((d) => d.data), (d) => d.key),
    publisher: lookup(publishers.map((p) => p.data), (p) => p.key),
  };
}
