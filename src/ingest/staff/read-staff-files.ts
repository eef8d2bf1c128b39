import type { z } from 'zod';
import { problem, type Problem } from '../problems.ts';
import { parseYaml } from '../yaml/parse-yaml.ts';

/** A staff file read and valid, with the line of each of its fields. */
export interface StaffFile<T> {
  file: string;
  value: T;
  lineOf: (path: ReadonlyArray<string | number>) => number;
}

// content/<dir>/<plan slug>/<name>.yaml: the folder says which plan, the name is the staff's own.
const PATH = /^content\/(corrections|outcomes)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9][a-z0-9._-]*)\.yaml$/u;

/**
 * The staff files of one kind (corrections or outcomes), read with their schema and grouped by
 * the plan their folder names; every problem of every file is returned at once. A file for a plan
 * no seed makes is a problem, unless the plan's seed is only refused for now (`pending`).
 * @example readStaffFiles([{ file: 'content/corrections/baotou-suzhi-2021-2025/a.yaml', text }], schema, new Set(['baotou-suzhi-2021-2025'])).byPlan.size // => 1
 */
export function readStaffFiles<S extends z.ZodType>(
  files: ReadonlyArray<{ file: string; text: string }>,
  schema: S,
  plans: ReadonlySet<string>,
  pending: ReadonlySet<string> = new Set(),
): { byPlan: Map<string, Array<StaffFile<z.output<S>>>>; problems: Problem[] } {
  const byPlan = new Map<string, Array<StaffFile<z.output<S>>>>();
  const problems: Problem[] = [];
  for (const { file, text } of [...files].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const path = PATH.exec(file);
    if (!path) {
      problems.push(problem(file, { line: 1, column: 1 }, 'file', 'a staff file is content/corrections/<plan>/<name>.yaml or content/outcomes/<plan>/<name>.yaml, the name in lower-case letters, digits, “.”, “_” and “-”', 'error'));
      continue;
    }
    const slug = path[2] ?? '';
    if (pending.has(slug)) continue;
    if (!plans.has(slug)) {
      problems.push(problem(file, { line: 1, column: 1 }, 'plan', `no seed makes the plan ${slug}: the folder must be named after a plan's slug (its address, /plans/<slug>/)`, 'error'));
      continue;
    }
    const parsed = parseYaml(text, file, schema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const list = byPlan.get(slug) ?? byPlan.set(slug, []).get(slug) ?? [];
    list.push({ file, value: parsed.value, lineOf: parsed.lineOf });
  }
  return { byPlan, problems };
}
