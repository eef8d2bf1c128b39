import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { IngestIO } from '../../src/ingest/run-ingest.ts';
import { fileURLToPath } from 'node:url';
import { readCatalogs, type Catalogs } from '../../src/ingest/catalogs.ts';
import { MappedText } from '../../src/ingest/text/mapped-text.ts';
import { readSeed, type PlanRecord } from '../../src/ingest/read-seed.ts';
import { buildOutline, readParagraphs, type Outline } from '../../src/ingest/outline/read-outline.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

let catalogs: Catalogs | null = null;

/** The project's catalogs, read once. */
export function projectCatalogs(): Catalogs {
  if (!catalogs) {
    const read = readCatalogs((f) => readFileSync(`${root}content/catalog/${f}`, 'utf8'), 'content/catalog');
    if (!read.catalogs) throw new Error(`catalogs do not load: ${JSON.stringify(read.problems)}`);
    catalogs = read.catalogs;
  }
  return catalogs;
}

const plans = new Map<string, PlanRecord>();

/** A real seed from seeds/, read once per test file. */
export function seedPlan(file: string): PlanRecord {
  let plan = plans.get(file);
  if (!plan) {
    const result = readSeed(file, readFileSync(`${root}seeds/${file}`), projectCatalogs());
    if (!result.ok) throw new Error(`seed ${file} does not read: ${JSON.stringify(result.problems)}`);
    plan = result.plan;
    plans.set(file, plan);
  }
  return plan;
}

export function seedText(file: string): string {
  return readFileSync(`${root}seeds/${file}`, 'utf8');
}

/** A plan read from text given in the test. */
export function planFromText(text: string, file = 'test.txt'): PlanRecord {
  const result = readSeed(file, new TextEncoder().encode(text), projectCatalogs());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

/** The outline of a text, with `title` recognized as the plan's title. */
export function outlineOf(text: string, title: string | null = null): Outline {
  return buildOutline(readParagraphs(text).paragraphs, title);
}

export const mapped = (s: string) => MappedText.fromSource(s);

/** Targets of a plan, found by metric words and value. */
export function targetOf(plan: PlanRecord, metric: string, value: number) {
  const t = plan.targets.find((x) => x.metricZh.includes(metric) && x.value === value);
  if (!t) throw new Error(`no target "${metric}" = ${value} in ${plan.slug}: ${plan.targets.map((x) => `${x.metricZh}=${x.value}`).join('; ')}`);
  return t;
}

export const SEEDS = {
  zhongweiKepu: '000_db554575e271d2b1.txt',
  zhongweiSuzhi: '001_f42f440b450c0eaa.txt',
  qinzhou: '002_9e555d5be710991a.txt',
  baotou: '003_23647e01fcb0039d.txt',
  anning: '004_fd473bccdbad8192.txt',
} as const;

/** A seed file from seeds/, as ingest reads it. */
export function seedFile(file: string): { file: string; bytes: Uint8Array } {
  return { file, bytes: readFileSync(`${root}seeds/${file}`) };
}

/**
 * ingest over an in-memory content/ folder (`files`, path → text), with the project's catalogs
 * and the staff files given (path → text); what it logs and writes is kept.
 */
export function memoryIO(seeds: ReadonlyArray<{ file: string; bytes: Uint8Array }>, staff: Record<string, string> = {}, files = new Map<string, string>()) {
  const log: string[] = [];
  const writes: string[] = [];
  const io: IngestIO = {
    seeds: () => [...seeds],
    staff: () => Object.entries(staff).map(([file, text]) => ({ file, text })),
    catalog: (file) => readFileSync(`${root}content/catalog/${file}`, 'utf8'),
    existing: () => [...files.keys()],
    read: (path) => files.get(path) ?? null,
    write: (path, text) => {
      writes.push(path);
      files.set(path, text);
    },
    remove: (path) => files.delete(path),
    log: (line) => log.push(line),
  };
  /** A generated entry's data, parsed: an MDX entry's frontmatter, a YAML entry whole. */
  const front = (path: string) => {
    const text = files.get(path) ?? '';
    return parse(path.endsWith('.yaml') ? text : /^---\n([\s\S]*?)\n---/u.exec(text)?.[1] ?? '') as Record<string, unknown>;
  };
  return { io, files, log, writes, front };
}
