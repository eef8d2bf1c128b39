import { parse } from 'yaml';
import { readCatalogs, type Catalogs } from './catalogs.ts';
import { correctionSchema } from '../schemas/correction.ts';
import { outcomeSchema } from '../schemas/outcome.ts';
import { applyCorrections } from './staff/apply-corrections.ts';
import { applyOutcomes } from './staff/apply-outcomes.ts';
import { readStaffFiles } from './staff/read-staff-files.ts';
import { checkPosts } from './staff/check-posts.ts';
import { buildContent } from './content/build-content.ts';
import type { ContentFile } from './content/entry-file.ts';
import { formatProblem, problem, type Problem } from './problems.ts';
import { readSeed, type PlanRecord, type SeedResult } from './read-seed.ts';
import { createHash } from 'node:crypto';
import { lossOf } from './content/content-loss.ts';

/** The collections ingest owns under content/: every file in them is generated. */
export const GENERATED_DIRS = ['plans', 'actions', 'projects', 'targets', 'bases', 'activities', 'departments'] as const;

/** What ingest may do to the world; the CLI passes the file system, tests pass a map. */
export interface IngestIO {
  seeds: () => Array<{ file: string; bytes: Uint8Array }>;
  /** Entries of seeds/ that are meant as seeds but cannot be read as such (a folder, a link, a bad name). */
  seedProblems?: () => Problem[];
  /** The files staff write: content/corrections/**, outcomes/**, news/**, events/** (path, text). */
  staff?: () => Array<{ file: string; text: string }>;
  catalog: (file: string) => string;
  /** Paths (relative to content/) of the files now in the generated collections. */
  existing: () => string[];
  read: (path: string) => string | null;
  write: (path: string, text: string) => void;
  remove: (path: string) => void;
  log: (line: string) => void;
}

export interface IngestResult {
  /** Every seed read and, in check mode, content/ up to date. */
  ok: boolean;
  problems: Problem[];
  /** Seeds that could not be ingested; the content they made before stays as it was. */
  refused: string[];
  /** How many plans were ingested. */
  plans: number;
  /** Problems of staff files (corrections, outcomes, merged content): they stop a build. */
  staffErrors: number;
  written: string[];
  removed: string[];
  unchanged: number;
}

export interface IngestOptions {
  /** Compare only: report what would change, write nothing. */
  check?: boolean;
  /** Seeds that may lose half their plan (a cut made on purpose). */
  acceptLoss?: readonly string[];
  /** Seeds already read, by file, bytes and catalogs: kept across runs by a long-lived caller. */
  cache?: Map<string, SeedResult>;
}

/**
 * seeds/ → content/. Reads every seed; writes the content files that changed and removes those
 * no seed produces any more. A seed that cannot be read is reported with its reason and skipped:
 * the content it made before stays published, every other seed is ingested, and the result is
 * not ok (so `npm run check` fails). A broken catalog stops everything. With `check`, compares
 * instead of writing and reports what would change.
 */
export function runIngest(io: IngestIO, options: IngestOptions = {}): IngestResult {
  const { catalogs, problems: catalogProblems } = readCatalogs(io.catalog, 'content/catalog');
  if (!catalogs) {
    for (const p of catalogProblems) io.log(formatProblem(p));
    io.log(`ingest: ${catalogProblems.length} error(s) in content/catalog; content/ left as it was`);
    return { ok: false, problems: catalogProblems, refused: [], plans: 0, staffErrors: catalogProblems.length, written: [], removed: [], unchanged: 0 };
  }

  const errors: Problem[] = [...(io.seedProblems?.() ?? [])];
  const seeds = io.seeds();
  if (seeds.length === 0 && errors.length === 0) errors.push({ file: 'seeds/', line: 1, column: 1, field: 'seeds', message: 'no seed files (*.txt) in seeds/', severity: 'error' });
  let plans: PlanRecord[] = [];
  // A seed read before, with the same bytes and catalogs, is not read again (the dev server keeps
  // the cache between runs, so a saved seed costs the reading of that seed only).
  const catalogKey = createHash('sha256').update(JSON.stringify(catalogs)).digest('hex');
  for (const seed of seeds) {
    const key = `${seed.file}\0${createHash('sha256').update(seed.bytes).digest('hex')}\0${catalogKey}`;
    const result = options.cache?.get(key) ?? readSeed(seed.file, seed.bytes, catalogs);
    options.cache?.set(key, result);
    if (result.ok) plans.push(result.plan);
    else errors.push(...result.problems.map((p) => ({ ...p, file: `seeds/${p.file}` })));
  }
  const before = previousPlans(io);
  plans = withoutDuplicates(plans, before, errors);
  // A seed that lost most of its plan is refused unless staff said the cut is meant.
  const lost = plans.flatMap((p) => (options.acceptLoss?.includes(p.file) ? [] : lossOf(p, before.get(p.file)?.text ?? io.read(`plans/${p.slug}.mdx`))));
  errors.push(...lost.map((p) => ({ ...p, file: `seeds/${p.file}` })));
  plans = plans.filter((p) => !lost.some((l) => l.file === p.file));
  const staffFiles = io.staff?.() ?? [];
  const pending = new Set(errors.flatMap((e) => before.get(e.file.replace(/^seeds\//u, ''))?.slug ?? []));
  const staff = withStaffFiles(plans, staffFiles.filter((f) => /^content\/(corrections|outcomes)\//u.test(f.file)), catalogs, pending);
  plans = staff.plans;
  staff.problems.push(...checkPosts(staffFiles.filter((f) => /^content\/(news|events)\//u.test(f.file)), postRefs(plans, catalogs, pending)));

  let built = buildContent(plans, catalogs);
  // A plan whose content fails its schema is refused like an unreadable seed, and the rest built
  // again; a problem of merged content names the file it concerns (a catalog).
  const seedFile = (file: string) => (plans.some((p) => p.file === file) ? `seeds/${file}` : file);
  const invalid = new Set(built.problems.filter((p) => p.severity === 'error').map((p) => p.file));
  if (invalid.size > 0) {
    errors.push(...built.problems.filter((p) => p.severity === 'error').map((p) => ({ ...p, file: seedFile(p.file) })));
    plans = plans.filter((p) => !invalid.has(p.file));
    built = buildContent(plans, catalogs);
  }

  // A staff file that no longer applies stops the build (its plan is written without it, for the
  // dev server); it never refuses the seed.
  errors.push(...staff.problems);
  for (const e of errors) io.log(formatProblem(e));
  const unknownUnits = built.problems.filter((p) => p.severity === 'warning');
  for (const plan of plans) report(io, plan, [...plan.warnings, ...unknownUnits.filter((p) => p.file === plan.file), ...slugChange(plan, before)]);
  const refused = [...new Set(errors.filter((e) => e.file.startsWith('seeds/')).map((e) => e.file.slice('seeds/'.length)).filter((f) => f !== ''))];
  const result = apply(io, built.files, plans, refused, options.check === true);
  if (refused.length > 0) {
    io.log(`ingest: ${refused.length} seed(s) not ingested (${refused.join(', ')}); what they made before stays published until they are fixed`);
  }
  return { ...result, ok: result.ok && errors.length === 0, problems: errors, refused, plans: plans.length, staffErrors: errors.filter((e) => !e.file.startsWith('seeds/')).length };
}

/** Plans with the staff's corrections and outcomes applied, and every problem of those files. */
function withStaffFiles(plans: readonly PlanRecord[], files: ReadonlyArray<{ file: string; text: string }>, catalogs: Catalogs, pending: ReadonlySet<string>) {
  const slugs = new Set(plans.map((p) => p.slug));
  const corrections = readStaffFiles(files.filter((f) => f.file.startsWith('content/corrections/')), correctionSchema, slugs, pending);
  const outcomes = readStaffFiles(files.filter((f) => !f.file.startsWith('content/corrections/')), outcomeSchema, slugs, pending);
  const problems = [...corrections.problems, ...outcomes.problems];
  const applied = plans.map((plan) => {
    const corrected = applyCorrections(plan, corrections.byPlan.get(plan.slug) ?? []);
    const reported = applyOutcomes(corrected.plan, outcomes.byPlan.get(plan.slug) ?? [], catalogs.publishers);
    problems.push(...corrected.problems, ...reported.problems);
    return reported.plan;
  });
  return { plans: applied, problems };
}

/** What news and events may name: the plans (with those only refused for now), activities, places. */
function postRefs(plans: readonly PlanRecord[], catalogs: Catalogs, pending: ReadonlySet<string>) {
  return {
    plans: new Set([...plans.map((p) => p.slug), ...pending]),
    activities: new Set(catalogs.activities.map((a) => a.key)),
    cities: new Set(plans.map((p) => p.city.key)),
    publishers: catalogs.publishers,
  };
}

/** The plans in content/ now, by the seed that made each: its slug and file text. */
function previousPlans(io: IngestIO): Map<string, { slug: string; text: string }> {
  const bySeed = new Map<string, { slug: string; text: string }>();
  for (const path of io.existing().filter((p) => /^plans\/[^/]+\.mdx$/u.test(p))) {
    const text = io.read(path);
    // A plan is made by one seed, named on its first line (read there: plans are big to parse).
    const seed = text?.match(/^# Generated by .* from seeds\/(\S+) \(sha256/mu)?.[1];
    if (text && seed) bySeed.set(seed, { slug: path.slice('plans/'.length, -'.mdx'.length), text });
  }
  return bySeed;
}

/** A seed that now makes a plan under another slug than before: its old addresses go. */
function slugChange(plan: PlanRecord, before: ReadonlyMap<string, { slug: string }>): Problem[] {
  const old = before.get(plan.file)?.slug;
  if (!old || old === plan.slug) return [];
  return [
    problem(plan.file, { line: 1, column: 1 }, 'slug', `this seed now makes the plan ${plan.slug}, not ${old} as when last ingested (its place, kind or period reads differently): the pages under /plans/${old}/ are removed, and the English in content/translations/${old}.yaml is no longer used (rename it to ${plan.slug}.yaml if it is the same plan)`),
  ];
}

/** The first seed to make a plan keeps it; a later copy is refused, naming the one it copies. */
function withoutDuplicates(plans: readonly PlanRecord[], before: ReadonlyMap<string, { slug: string }>, errors: Problem[]): PlanRecord[] {
  const kept = new Map<string, PlanRecord>();
  // The seed that made the plan last time keeps it, whatever the order of names now.
  const madeBefore = (plan: PlanRecord) => before.get(plan.file)?.slug === plan.slug;
  const ordered = [...plans].sort((a, b) => Number(!madeBefore(a)) - Number(!madeBefore(b)));
  for (const plan of ordered) {
    const first = kept.get(plan.slug);
    if (!first) kept.set(plan.slug, plan);
    else errors.push(problem(`seeds/${plan.file}`, { line: 1, column: 1 }, 'slug', `seeds/${first.file} already makes the plan ${plan.slug} (same place, kind and period): remove one of them, or correct the title of this one`, 'error'));
  }
  return plans.filter((p) => kept.get(p.slug) === p);
}

function report(io: IngestIO, plan: PlanRecord, warnings: Problem[]): void {
  const count = (kind: string) => plan.sections.filter((s) => s.kind === kind).length;
  const measures = plan.sections.reduce((n, s) => n + s.measures.length, 0);
  io.log(
    `${plan.file} → ${plan.slug}: ${count('action')} actions, ${count('project')} projects, ${measures} measures, ${plan.targets.length} targets, ` +
      `${plan.bases.length} bases, ${plan.activities.length} activity mentions, ${warnings.length} warnings`,
  );
  for (const w of warnings) io.log(`  ${formatProblem({ ...w, file: `seeds/${w.file}` })}`);
}

/** The seeds a generated file (MDX frontmatter, or a YAML data entry) names in its `generated_from`. */
function seedsOf(text: string | null): string[] {
  const front = text?.startsWith('---\n') ? text.match(/^---\n([\s\S]*?)\n---/u)?.[1] : text;
  if (!front) return [];
  const data = parse(front) as { generated_from?: Array<{ seed?: string }>; mentions?: unknown } | null;
  return (data?.generated_from ?? []).flatMap((s) => (s.seed ? [s.seed] : []));
}

function apply(io: IngestIO, files: readonly ContentFile[], plans: readonly PlanRecord[], refused: readonly string[], check: boolean): Omit<IngestResult, 'problems' | 'refused' | 'plans' | 'staffErrors'> {
  const wanted = new Set(files.map((f) => f.path));
  // What a refused seed made stays as it was, shared files too (a venue or a day it mentions): it
  // is changed or removed only once the seed is read again, or deleted.
  const keep = (path: string) => refused.length > 0 && seedsOf(io.read(path)).some((s) => refused.includes(s));
  const changed = files.filter((f) => io.read(f.path) !== f.text && !keep(f.path));
  const stale = io.existing().filter((p) => !wanted.has(p) && !keep(p));
  if (!check) {
    for (const f of changed) io.write(f.path, f.text);
    for (const p of stale) io.remove(p);
  }
  const total = (pick: (p: PlanRecord) => number) => plans.reduce((n, p) => n + pick(p), 0);
  io.log(
    `total: ${plans.length} plans, ${total((p) => p.sections.filter((s) => s.kind === 'action').length)} actions, ` +
      `${total((p) => p.sections.filter((s) => s.kind === 'project').length)} projects, ${total((p) => p.targets.length)} targets, ` +
      `${files.length} files (${changed.length} ${check ? 'out of date' : 'written'}, ${stale.length} ${check ? 'stale' : 'removed'})`,
  );
  const ok = !check || (changed.length === 0 && stale.length === 0);
  if (!ok) io.log('content/ is not up to date with seeds/: run `npm run ingest`');
  return { ok, written: changed.map((f) => f.path), removed: stale, unchanged: files.length - changed.length };
}
