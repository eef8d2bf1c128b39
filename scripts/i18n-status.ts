// `npm run i18n:status`: how much of each plan has current English, from the seeds and the
// translation memories in content/translations/. `--todo <plan>` prints the YAML entries still
// to translate; `--check` exits 1 when a memory has problems, departs from the glossary without
// a note, or a plan is below 100 %.
import { readCatalogs } from '../src/ingest/catalogs.ts';
import { formatProblem } from '../src/ingest/problems.ts';
import { readSeed, type PlanRecord } from '../src/ingest/read-seed.ts';
import { planUnits } from '../src/ingest/translation/plan-units.ts';
import { readMemory } from '../src/ingest/translation/read-memory.ts';
import { unusedMemories } from '../src/ingest/translation/unused-memories.ts';
import { coverage, percentTranslated } from '../src/translation/coverage.ts';
import { coverageLines, todoYaml } from '../src/translation/report.ts';
import { termIssues } from '../src/translation/terms.ts';
import { readFileSync } from 'node:fs';
import { catalogText, memorySlugs, memoryText, seedFiles } from './project-files.ts';

const args = process.argv.slice(2);
const todo = args.includes('--todo') ? args[args.indexOf('--todo') + 1] : undefined;
const check = args.includes('--check');
// `--use <plan>=<file>` reads a plan's memory from a file being worked on elsewhere.
const use = new Map(args.flatMap((a, i) => (args[i - 1] === '--use' ? [a.split('=') as [string, string]] : [])));

const { catalogs, problems: catalogProblems } = readCatalogs(catalogText, 'content/catalog');
if (!catalogs) {
  for (const p of catalogProblems) console.error(formatProblem(p));
  process.exit(1);
}
const plans: PlanRecord[] = [];
for (const seed of seedFiles().seeds) {
  const read = readSeed(seed.file, seed.bytes, catalogs);
  if (read.ok) plans.push(read.plan);
  else console.error(`seeds/${seed.file}: not readable, so not counted (run \`npm run ingest\` for the reason)`);
}
const units = planUnits(plans);
const file = (slug: string) => use.get(slug) ?? `content/translations/${slug}.yaml`;
const textOf = (slug: string) => {
  const path = use.get(slug);
  return path ? readFileSync(path, 'utf8') : memoryText(slug);
};
const memories = new Map(plans.map((p) => [p.slug, readMemory(textOf(p.slug), use.get(p.slug) ?? file(p.slug))]));

if (todo !== undefined) {
  const memory = memories.get(todo);
  if (!memory) {
    console.error(`no plan ${todo}; plans: ${plans.map((p) => p.slug).join(', ')}`);
    process.exit(1);
  }
  process.stdout.write(todoYaml(units.get(todo) ?? [], memory.memory));
  process.exit(0);
}

const problems = [...[...memories.values()].flatMap((m) => m.problems), ...unusedMemories(memorySlugs(), [...memories.keys()])];
for (const p of problems) console.log(formatProblem(p));
// A departure from the glossary stands only where a translator's note says why.
let termCount = 0;
for (const [slug, m] of memories) {
  for (const [id, entry] of Object.entries(m.memory)) {
    if (entry.note !== undefined) continue;
    for (const issue of termIssues(catalogs.glossary, entry)) {
      termCount++;
      console.log(`${file(slug)}:${m.lines.get(id) ?? 1}: glossary [${id}] ${issue.message} (use the glossary's term, or say why not in a note)`);
    }
  }
}
const all = plans.map((p) => coverage(p.slug, Object.fromEntries((units.get(p.slug) ?? []).map((u) => [u.id, u.hash])), memories.get(p.slug)?.memory ?? {}));
for (const line of coverageLines(all, file, (plan, id) => memories.get(plan)?.lines.get(id))) console.log(line);
const below = all.filter((c) => percentTranslated(c.total) < 100);
console.log(`i18n: ${all.length - below.length} of ${all.length} plans fully translated, ${problems.length} problem(s) in the translation memories, ${termCount} departure(s) from the glossary`);
if (check && (below.length > 0 || problems.length > 0 || termCount > 0)) {
  console.log('Translate what is listed above (`npm run i18n:status -- --todo <plan>` prints the entries to add).');
  process.exitCode = 1;
}
