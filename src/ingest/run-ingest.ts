import { readCatalogs } from './catalogs.ts';
import { buildContent } from './content/build-content.ts';
import type { ContentFile } from './content/entry-file.ts';
import { formatProblem, type Problem } from './problems.ts';
import { readSeed, type PlanRecord } from './read-seed.ts';

/** The collections ingest owns under content/: every file in them is generated. */
export const GENERATED_DIRS = ['plans', 'actions', 'projects', 'targets', 'bases', 'activities', 'departments'] as const;

/** What ingest may do to the world; the CLI passes the file system, tests pass a map. */
export interface IngestIO {
  seeds: () => Array<{ file: string; bytes: Uint8Array }>;
  catalog: (file: string) => string;
  /** Paths (relative to content/) of the files now in the generated collections. */
  existing: () => string[];
  read: (path: string) => string | null;
  write: (path: string, text: string) => void;
  remove: (path: string) => void;
  log: (line: string) => void;
}

export interface IngestResult {
  ok: boolean;
  problems: Problem[];
  written: string[];
  removed: string[];
  unchanged: number;
}

/**
 * seeds/ → content/. Reads every seed, and only if all can be read writes the content files that
 * changed and removes those no seed produces any more; otherwise writes nothing and reports every
 * problem. With `check`, compares instead of writing and reports what would change.
 */
export function runIngest(io: IngestIO, options: { check?: boolean } = {}): IngestResult {
  const fail = (problems: Problem[]): IngestResult => {
    for (const p of problems) io.log(formatProblem(p));
    io.log(`ingest: ${problems.length} error(s); content/ left as it was`);
    return { ok: false, problems, written: [], removed: [], unchanged: 0 };
  };
  const { catalogs, problems: catalogProblems } = readCatalogs(io.catalog, 'content/catalog');
  if (!catalogs) return fail(catalogProblems);

  const plans: PlanRecord[] = [];
  const errors: Problem[] = [];
  const seeds = io.seeds();
  if (seeds.length === 0) errors.push({ file: 'seeds/', line: 1, column: 1, field: 'seeds', message: 'no seed files (*.txt) in seeds/', severity: 'error' });
  for (const seed of seeds) {
    const result = readSeed(seed.file, seed.bytes, catalogs);
    if (result.ok) plans.push(result.plan);
    else errors.push(...result.problems.map((p) => ({ ...p, file: `seeds/${p.file}` })));
  }
  const duplicate = plans.find((p, i) => plans.findIndex((q) => q.slug === p.slug) !== i);
  if (duplicate) errors.push({ file: `seeds/${duplicate.file}`, line: 1, column: 1, field: 'slug', message: `another seed already makes the plan ${duplicate.slug} (same city, kind and period)`, severity: 'error' });
  if (errors.length > 0) return fail(errors);

  const { files, problems } = buildContent(plans, catalogs);
  const invalid = problems.filter((p) => p.severity === 'error');
  if (invalid.length > 0) return fail(invalid);

  const unknownUnits = problems.filter((p) => p.severity === 'warning');
  for (const plan of plans) report(io, plan, [...plan.warnings, ...unknownUnits.filter((p) => p.file === plan.file)]);
  return apply(io, files, plans, options.check === true);
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

function apply(io: IngestIO, files: readonly ContentFile[], plans: readonly PlanRecord[], check: boolean): IngestResult {
  const wanted = new Set(files.map((f) => f.path));
  const changed = files.filter((f) => io.read(f.path) !== f.text);
  const stale = io.existing().filter((p) => !wanted.has(p));
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
  return { ok, problems: [], written: changed.map((f) => f.path), removed: stale, unchanged: files.length - changed.length };
}
