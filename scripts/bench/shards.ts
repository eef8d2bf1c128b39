// `npm run bench:shards -- <corpus> [query]`: what splitting the search index by province would
// cost (docs/scaling.md, “3,000 plans”). It takes the search records a corpus build kept
// (KEPU_RECORDS_TO=<corpus>/kept/search-records), indexes them once whole and once per province
// (the plans of a province and their actions, projects, bases and targets; the hub's records on
// their own), each with the time and memory it took, and then counts in a browser what one
// search fetches from the whole index, from the hub's index merged with every province's
// (Pagefind's `mergeIndex`), and from the hub's with one province's. It prints figures; it
// asserts nothing.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchBrowser } from '../../tests/setup/launch-browser.ts';
import { serveDist } from '../../tests/setup/static-server.ts';
import { HUB_PART } from '../../src/search/parts.ts';
import type { SearchRecord } from '../../src/search/record.ts';
import { writeIndex } from '../../src/search/write-index.ts';
import { samplePeak } from './measure.ts';
import { countPagefind } from './pagefind-traffic.ts';

const [given, query = '科普基地'] = process.argv.slice(2);
if (!given) throw new Error('usage: npm run bench:shards -- <corpus folder> [query]');
const corpus: string = given;
const recordsDir = join(corpus, 'kept', 'search-records');
const out = join(corpus, 'shards');

/** Each part's records, by the part's name (a plan's slug, or HUB_PART). */
function parts(): Map<string, SearchRecord[]> {
  const files = readdirSync(recordsDir).filter((f) => f.endsWith('.json')).sort();
  return new Map(files.map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(join(recordsDir, f), 'utf8')) as SearchRecord[]]));
}

/**
 * The province of each plan, from the corpus's open data, as the first two digits of its place
 * code (GB/T 2260): names in pinyin would not tell 陕西 from 山西.
 */
function provinces(): Map<string, string> {
  const plans = JSON.parse(readFileSync(join(corpus, 'dist', 'data', 'plans.json'), 'utf8')) as Array<{ slug: string; place_code: string | null }>;
  return new Map(plans.flatMap((p) => (p.place_code ? [[p.slug, p.place_code.slice(0, 2)] as const] : [])));
}

/** Indexes records into `folder`/pagefind, with the wall time and the peak memory of this process and Pagefind's. */
async function timedIndex(records: SearchRecord[], folder: string): Promise<{ seconds: number; peakMb: number }> {
  const sampler = samplePeak(process.pid, 250);
  const start = performance.now();
  try {
    await writeIndex(records, join(folder, 'pagefind'));
    return { seconds: (performance.now() - start) / 1000, peakMb: sampler.stop().peakMb };
  } finally {
    // Stopping again is harmless; a failed index must not leave the sampler running.
    sampler.stop();
  }
}

/** What a search page fetches to run `query` on the first index, merged with the others, and to show ten results. */
async function fetched(browser: Awaited<ReturnType<typeof launchBrowser>>, first: string, merged: string[]): Promise<{ bytes: number; wire: number; files: number; results: number; kinds: string }> {
  const server = await serveDist(out);
  const page = await browser.newPage();
  const traffic = countPagefind(page);
  try {
    await page.goto(`${server.url}/harness.html`);
    // A string, not a function: the runner would rewrite a function's `import()` for Node.
    const results = (await page.evaluate(`(async () => {
      const pf = await import('/${first}/pagefind/pagefind.js');
      // In the page's thread, as the search page runs it (src/browser/search-client.ts).
      await pf.options({ noWorker: true });
      for (const other of ${JSON.stringify(merged)}) await pf.mergeIndex('/' + other + '/pagefind/');
      const { results } = await pf.search(${JSON.stringify(query)});
      await Promise.all(results.slice(0, 10).map((r) => r.data()));
      return results.length;
    })()`)) as number;
    await page.waitForLoadState('networkidle');
    const kinds = [...traffic.byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${(n / 1024).toFixed(0)}`).join(', ');
    return { bytes: traffic.bytes, wire: traffic.wire, files: traffic.files, results, kinds };
  } finally {
    await page.close();
    await server.close();
  }
}

const byPart = parts();
const provinceOf = provinces();
const shards = new Map<string, SearchRecord[]>();
for (const [part, records] of byPart) {
  const shard = part === HUB_PART ? HUB_PART : `province-${provinceOf.get(part) ?? 'unknown'}`;
  shards.set(shard, [...(shards.get(shard) ?? []), ...records]);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'harness.html'), '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>shards</title></head><body></body></html>');

const all = [...byPart.values()].flat();
const whole = await timedIndex(all, join(out, 'whole'));
console.log(`whole index: ${all.length} records, ${whole.seconds.toFixed(1)} s, peak ${whole.peakMb.toFixed(0)} MB`);
const runs: Array<{ shard: string; records: number; seconds: number; peakMb: number }> = [];
for (const [shard, records] of shards) runs.push({ shard, records: records.length, ...(await timedIndex(records, join(out, shard))) });
const sum = runs.reduce((s, r) => s + r.seconds, 0);
const slowest = runs.reduce((a, b) => (b.seconds > a.seconds ? b : a));
const hungriest = runs.reduce((a, b) => (b.peakMb > a.peakMb ? b : a));
console.log(`${runs.length} shards (${runs.length - 1} provinces and the hub): ${sum.toFixed(1)} s in all; slowest ${slowest.records} records in ${slowest.seconds.toFixed(1)} s; most memory ${hungriest.peakMb.toFixed(0)} MB (${hungriest.records} records)`);

const browser = await launchBrowser();
try {
  const provinceShards = runs.filter((r) => r.shard !== HUB_PART).sort((a, b) => b.records - a.records);
  const largest = provinceShards[0]?.shard ?? HUB_PART;
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  for (const [name, first, merged] of [
    ['whole index', 'whole', []],
    ['hub merged with every province', HUB_PART, provinceShards.map((r) => r.shard)],
    ['hub merged with the largest province', HUB_PART, [largest]],
  ] as const) {
    const f = await fetched(browser, first, [...merged]);
    console.log(`first search for ${query}, ${name}: ${kb(f.bytes)} as the files are, ${kb(f.wire)} compressed, ${f.files} files, ${f.results} results (KB: ${f.kinds})`);
  }
} finally {
  await browser.close();
}
