// `npm run bench [-- 5 50 100 1000] [--keep]`: builds corpora of that many plans (default 5, 50,
// 100 and 1,000) made from the seeds, and prints for each what the hub costs: pages, full build
// time, the bare Astro build of the same pages and the ratio, a rebuild after one seed is edited,
// peak memory (of all the build's processes together), dist/ per plan, the largest page and the
// search index's bytes for a first and a second search. It prints figures; it asserts nothing
// (machines here are shared and noisy).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/setup/launch-browser.ts';
import { writeBareProject } from './bare.ts';
import { writeCorpus } from './corpus.ts';
import { distFacts, timed } from './measure.ts';
import { searchBytes } from './search-bytes.ts';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const sizes = args.filter((a) => /^\d+$/u.test(a)).map(Number);
const env = { ...process.env, SITE_URL: 'https://kepu.example.org', KEPU_TODAY: '2026-03-15', TZ: 'Asia/Shanghai', KEPU_OUT_DIR: '' };
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

console.log(`bench: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}`);
const browser = await launchBrowser();
try {
  for (const plans of sizes.length > 0 ? sizes : [5, 50, 100, 1000]) {
    const corpus = writeCorpus(plans);
    const log = (name: string) => join(corpus.dir, `${name}.log`);
    const full = await timed(process.execPath, ['scripts/build.ts'], { cwd: corpus.dir, env }, log('build'));
    const site = distFacts(join(corpus.dir, 'dist'));
    const bare = writeBareProject(site.paths);
    const bareRun = await timed(join(bare, 'node_modules', '.bin', 'astro'), ['build'], { cwd: bare, env }, join(bare, 'build.log'));
    // One seed edited as a staff member would correct a line of it.
    const seed = join(corpus.dir, 'seeds', corpus.sample);
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('科普', '科学普及'));
    const rebuild = await timed(process.execPath, ['scripts/build.ts'], { cwd: corpus.dir, env }, log('rebuild'));
    const search = await searchBytes(browser, join(corpus.dir, 'dist'), ['科普基地', '青少年']);
    console.log(
      [
        `plans ${corpus.plans}: ${site.pages} pages`,
        `full build ${full.seconds.toFixed(1)} s, bare Astro ${bareRun.seconds.toFixed(1)} s, ratio ${(full.seconds / bareRun.seconds).toFixed(2)}`,
        `rebuild after one seed edit ${rebuild.seconds.toFixed(1)} s (${((100 * rebuild.seconds) / full.seconds).toFixed(0)} % of full)`,
        `peak memory ${full.peakMb.toFixed(0)} MB, all processes together (largest process ${full.largestMb.toFixed(0)} MB; rebuild ${rebuild.peakMb.toFixed(0)} MB)`,
        `dist ${mb(site.bytes)} MB, ${mb(site.bytes / corpus.plans)} MB per plan`,
        `largest page ${site.largest.path} ${kb(site.largest.bytes)}, ${site.over300k} page(s) over 300 KB`,
        `search: first ${kb(search.first)}, second ${kb(search.second)} (from a host that compresses text: ${kb(search.firstWire)} and ${kb(search.secondWire)})`,
      ].join('\n  '),
    );
    if (keep) console.log(`  kept ${corpus.dir} and ${bare}`);
    else for (const dir of [corpus.dir, bare]) rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await browser.close();
}
