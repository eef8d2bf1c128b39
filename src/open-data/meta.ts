import { execFileSync } from 'node:child_process';
import type { SiteData } from '../site/data.ts';
import type { Meta } from '../schemas/open-data.ts';

/**
 * dist/data/meta.json: which commit, of what date, the exports were built from, so figures can be
 * reproduced.
 * @example metaExport(site).files // => ['plans.json', 'targets.json', 'targets.csv', 'meta.json']
 */
export function metaExport(site: SiteData): Meta {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  return {
    commit: git(['rev-parse', 'HEAD']),
    commit_date: git(['log', '-1', '--format=%cI']),
    uncommitted_changes: (git(['status', '--porcelain', '--', 'seeds', 'content']) ?? '') !== '',
    seeds: site.plans.map((p) => ({ file: p.data.generated_from[0]?.seed ?? '', sha256: p.data.generated_from[0]?.sha256 ?? '', plan: p.data.slug })),
    counts: { plans: site.plans.length, actions: site.actions.length, projects: site.projects.length, targets: site.targets.length, bases: site.bases.length },
    files: ['plans.json', 'targets.json', 'targets.csv', 'meta.json'],
  };
}

