// Benchmark: how long ingest takes per seed, and how its time grows with the size of a seed.
// Prints figures and ratios; it asserts nothing (machines here are shared and noisy).
//   node scripts/bench/ingest.ts [rounds]
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCatalogs } from '../../src/ingest/catalogs.ts';
import { buildContent } from '../../src/ingest/content/build-content.ts';
import { readSeed, type PlanRecord } from '../../src/ingest/read-seed.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const rounds = Number(process.argv[2] ?? 5);
const { catalogs } = readCatalogs((f) => readFileSync(`${root}content/catalog/${f}`, 'utf8'), 'content/catalog');
if (!catalogs) throw new Error('catalogs do not load');

/** Median wall time of `rounds` runs, in milliseconds. */
function time(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

const seeds = readdirSync(`${root}seeds`).filter((f) => f.endsWith('.txt')).sort();
const plans: PlanRecord[] = [];
console.log(`ingest, median of ${rounds} rounds`);
for (const file of seeds) {
  const bytes = readFileSync(`${root}seeds/${file}`);
  let plan: PlanRecord | null = null;
  const ms = time(() => {
    const r = readSeed(file, bytes, catalogs);
    if (r.ok) plan = r.plan;
  });
  if (plan) plans.push(plan);
  console.log(`  ${file}: ${bytes.length} bytes, ${ms.toFixed(1)} ms, ${(bytes.length / ms).toFixed(0)} bytes/ms`);
}
console.log(`  content files for all seeds: ${time(() => buildContent(plans, catalogs)).toFixed(1)} ms`);

// Growth: the same plan text repeated k times in one seed should take about k times as long.
const body = readFileSync(`${root}seeds/${seeds[0]}`, 'utf8');
let base = 0;
for (const k of [1, 4, 16]) {
  const text = new TextEncoder().encode(body.repeat(k));
  const ms = time(() => readSeed('bench.txt', text, catalogs));
  base ||= ms;
  console.log(`  ${k}× ${seeds[0]}: ${ms.toFixed(1)} ms, ratio ${(ms / base).toFixed(2)} for size ratio ${k}`);
}
