import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { planChanges, type PlanChanges, type PlanSnapshot } from './plan-changes.ts';

/** One version of a plan's seed in git, and what changed from the one before (null: the first). */
export interface PlanVersion {
  commit: string;
  date: string;
  changes: PlanChanges | null;
}

type Git = (args: string[], input?: string) => string;

/** git in the project (or `cwd`), or null where there is no repository (a tarball). */
export function gitIn(cwd?: string): Git {
  return (args, input) => execFileSync('git', args, { cwd, encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'pipe', 'ignore'] });
}

/**
 * The versions of a plan, newest first: each commit that changed its seed (followed across
 * renames), with what changed in the content that version made. Read from git at build time,
 * so the record is the repository's own history; empty without git history.
 * @example planVersions('baotou-suzhi-2021-2025', '003_23647e01fcb0039d.txt')[0] // => { commit: 'f8805c1…', date: '2026-11-29', changes: null }
 */
export function planVersions(slug: string, seed: string, git: Git = gitIn()): PlanVersion[] {
  let log: string;
  try {
    log = git(['log', '--follow', '--format=%H %cs', '--', `seeds/${seed}`]);
  } catch {
    return [];
  }
  const commits = log.trim().split('\n').filter(Boolean).map((line) => {
    const [commit = '', date = ''] = line.split(' ');
    return { commit, date };
  });
  // A seed committed once has nothing to compare: its content is not read back from history.
  const snapshots = commits.length < 2 ? [] : commits.map((c) => snapshot(git, c.commit, slug));
  return commits.map((c, i) => {
    const [now, before] = [snapshots[i], snapshots[i + 1]];
    return { ...c, changes: now && before ? planChanges(before, now) : null };
  });
}

/** The plan as the content of one commit has it; null if that commit has no content for it. */
function snapshot(git: Git, commit: string, slug: string): PlanSnapshot | null {
  const paths = git(['ls-tree', '-r', '--name-only', commit, '--', `content/plans/${slug}.mdx`, `content/actions/${slug}`, `content/projects/${slug}`, `content/targets/${slug}`])
    .split('\n')
    // Targets were MDX entries before they became YAML data entries: history holds both.
    .filter((p) => /\.(mdx|yaml)$/u.test(p));
  if (!paths.includes(`content/plans/${slug}.mdx`)) return null;
  const files = catFiles(git, commit, paths);
  const front = (path: string) => {
    const text = files.get(path) ?? '';
    return (parse(path.endsWith('.yaml') ? text : /^---\n([\s\S]*?)\n---/u.exec(text)?.[1] ?? '') ?? {}) as Record<string, unknown>;
  };
  const plan = front(`content/plans/${slug}.mdx`);
  const sections = paths
    .filter((p) => p.startsWith('content/actions/') || p.startsWith('content/projects/'))
    .map((p) => {
      const s = front(p);
      return { kind: p.startsWith('content/actions/') ? ('action' as const) : ('project' as const), order: Number(s['order']), name_zh: String(s['name_zh']) };
    });
  const targets = paths.filter((p) => p.startsWith('content/targets/')).map((p) => front(p) as unknown as PlanSnapshot['targets'][number]);
  return { title_zh: String(plan['title_zh'] ?? ''), status: String(plan['status'] ?? ''), sections, targets };
}

/** Many files of one commit in one call (git cat-file --batch), by path. */
function catFiles(git: Git, commit: string, paths: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (paths.length === 0) return out;
  const raw = Buffer.from(git(['cat-file', '--batch'], paths.map((p) => `${commit}:${p}`).join('\n') + '\n'), 'utf8');
  let at = 0;
  for (const path of paths) {
    const header = raw.toString('utf8', at, raw.indexOf(0x0a, at));
    const size = Number(header.split(' ')[2] ?? 0);
    const start = raw.indexOf(0x0a, at) + 1;
    out.set(path, raw.toString('utf8', start, start + size));
    at = start + size + 1;
  }
  return out;
}

const cache = new Map<string, PlanVersion[]>();

/**
 * A plan's versions, read from git once per build.
 * @example versionsOf({ slug: 'baotou-suzhi-2021-2025', seed: '003_23647e01fcb0039d.txt' }).length // => 1
 */
export function versionsOf(plan: { slug: string; seed: string }): PlanVersion[] {
  const key = `${plan.slug}|${plan.seed}`;
  inRepository ??= isRepository();
  if (!inRepository) return [];
  return cache.get(key) ?? cache.set(key, planVersions(plan.slug, plan.seed)).get(key) ?? [];
}

let inRepository: boolean | null = null;

/** Whether the project is a git repository: outside one (a tarball), no plan asks git again. */
function isRepository(): boolean {
  try {
    gitIn()(['rev-parse', '--git-dir']);
    return true;
  } catch {
    return false;
  }
}
