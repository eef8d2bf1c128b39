// The keys Astro's incremental build (experimental.incrementalBuild) reuses a page by: a page
// returned by getStaticPaths with the same key as in the last build, and the same code, is copied
// from the last build instead of rendered. A key is a hash of everything the page shows, so a
// page whose key did not change would come out byte for byte the same: what every page shows
// (the date that decides deadlines, the last commit of the content, which dates the pages and
// their versions, the site's address, the catalogs, activity days) and what its plan is (the
// plan, its sections, targets and translation, its city's bases, the names of the departments
// it names, the news about it and the events in its place). Only pages of one plan have keys; a page that lists many
// plans is rendered each time. tests/site/staff-edits.test.ts holds a rebuild to a clean build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { today } from './clock.ts';
import { basesDirectory } from './bases-directory.ts';
import type { ActionEntry, ProjectEntry, SiteData } from './data.ts';
import { sectionPeers } from './section-peers.ts';

interface Keys {
  common: string;
  plans: Map<string, string>;
}

const cache = new WeakMap<SiteData, Keys>();

/**
 * A short stable hash of a JSON value.
 * @example keyHash(['a', 1]) // => 'kV1u0yZ0cQ5ZmSbRiBVJeQ'
 */
export function keyHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);
}

/** The last commit that touched the content: the pages' dates and versions come from git. */
function lastContentCommit(): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%H', '--', 'seeds', 'content'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

const digests = (entries: ReadonlyArray<{ id: string; digest?: string | number }>) => entries.map((e) => [e.id, e.digest ?? null]);

function keysOf(site: SiteData): Keys {
  const known = cache.get(site);
  if (known) return known;
  const common = keyHash([
    today(),
    lastContentCommit(),
    process.env['SITE_URL'] ?? '',
    process.env['REPO_URL'] ?? '',
    [...site.cities, ...site.groups, ...site.metrics, ...site.themes],
    site.glossary,
    site.publishers,
    // An activity's own facts, not the plans' sentences that name it (those change with any plan).
    site.activities.map(({ data: { mentions, generated_from, ...own } }) => own),
  ]);
  // A plan's pages name the departments its sections name, and nothing else of them: a new plan
  // that brings a new department changes no other plan's pages.
  const departments = new Map<string, unknown[]>();
  for (const d of site.departments) {
    const names = [d.data.key, d.data.kind, d.data.short_zh, d.data.short_en, d.data.name_zh, d.data.name_en, d.data.aliases_zh];
    for (const plan of new Set(d.data.roles.map((r) => r.plan))) (departments.get(plan) ?? departments.set(plan, []).get(plan)!).push(names);
  }
  const plans = new Map(
    site.plans.map((p) => {
      const slug = p.data.slug;
      // The news about the plan and the events in its place are on its page.
      const news = site.news.filter((x) => x.data.plans.includes(slug));
      const posts = [digests(news), digests(news.flatMap((x) => site.newsEn.get(x.id) ?? [])), digests(site.events.filter((e) => e.data.city === p.data.city))];
      const { actions, projects, targets } = site.ofPlan(slug);
      const parts = [common, p.digest ?? null, digests([...actions, ...projects]), digests(targets), digests(site.basesIn(p.data.city)), site.translations.get(slug) ?? null, posts, departments.get(slug) ?? []];
      return [slug, keyHash(parts)];
    }),
  );
  const keys = { common, plans };
  cache.set(site, keys);
  return keys;
}

/**
 * The key of what a plan's own pages show.
 * @example planKey(site, 'baotou-suzhi-2021-2025') // => 'Zx8…'
 */
export function planKey(site: SiteData, slug: string): string {
  return keysOf(site).plans.get(slug) ?? keyHash([keysOf(site).common, slug]);
}

/**
 * The key of an action's or project's page: its plan's, and those of the plans whose same
 * section it shows beside it, and how many plans have that section.
 * @example sectionKey(site, baotouYouth) // => 'q3L…'
 */
export function sectionKey(site: SiteData, section: ActionEntry | ProjectEntry): string {
  const { total, shown } = sectionPeers(site, section);
  return keyHash([planKey(site, section.data.plan), ...shown.map((s) => planKey(site, s.data.plan)), total]);
}

/**
 * The key of a base's page: the plans that name it (their city's bases are in their keys) and
 * the page of the directory its city is on.
 * @example baseKey(site, base) // => 'Hc2…'
 */
export function baseKey(site: SiteData, base: SiteData['bases'][number]): string {
  return keyHash([...new Set(base.data.mentions.map((m) => m.plan))].map((slug) => planKey(site, slug)).concat(String(basesDirectory(site).pageOf(base.data.city))));
}
