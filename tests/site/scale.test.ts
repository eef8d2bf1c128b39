// The hub with more plans than the five seeds: a corpus of 23 (the seeds, and 18 copies of the
// two that list both bases and departments, moved to other places as `npm run bench` moves them,
// so that more than 20 cities have bases and more than 20 plans share a department and an
// activity day) built in a
// throwaway copy of the project. The pages that would list every plan are in pages of their own
// here, so this is where their pagers, the links into them and their size bounds are checked.
// (How the cost grows: npm run bench.)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus, type Corpus } from '../../scripts/bench/corpus.ts';
import { checkLinks } from '../../src/checks/link-check.ts';

const PLANS = 23;
let corpus: Corpus;
const files: string[] = [];
const { KEPU_OUT_DIR: _elsewhere, ...inherited } = process.env;
const dist = () => join(corpus.dir, 'dist');
const page = (path: string) => readFileSync(join(dist(), path), 'utf8');
const exists = (path: string) => existsSync(join(dist(), path));

beforeAll(() => {
  corpus = writeCorpus(PLANS, ['qinzhou-suzhi-2021-2035', 'anning-suzhi-2021-2025']);
  execFileSync(process.execPath, ['scripts/build.ts'], { cwd: corpus.dir, env: { ...inherited, KEPU_TODAY: '2026-03-15', TZ: 'Asia/Shanghai', SITE_URL: 'http://localhost:4321' }, stdio: ['ignore', 'ignore', 'pipe'] });
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  files.push(...walk(dist()).map((f) => relative(dist(), f).split(sep).join('/')));
}, 400_000);

afterAll(() => {
  if (corpus) rmSync(corpus.dir, { recursive: true, force: true });
});

describe('a hub of 23 plans', () => {
  it('has every plan, and no HTML page over 300 KB', () => {
    expect((JSON.parse(page('data/plans.json')) as unknown[]).length).toBe(PLANS);
    const big = files.filter((f) => f.endsWith('.html') && readFileSync(join(dist(), f)).length > 300 * 1024);
    expect(big).toEqual([]);
  });

  it('has no broken internal links or anchors, pagers and links into later pages included', () => {
    const html = files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
    const broken = checkLinks(new Map(html.map((f) => [f, page(f)])), new Set(files), { origin: 'http://localhost:4321' });
    expect(broken.slice(0, 20)).toEqual([]);
  });

  it('quotes the first 20 plans on an activity’s page and all of them on its plans page', () => {
    const activity = page('calendar/quanguo-kepuri/index.html');
    expect(activity).toContain('href="/calendar/quanguo-kepuri/plans/"');
    expect((activity.match(/class="plan-mentions"/gu) ?? []).length).toBe(20);
    expect((page('calendar/quanguo-kepuri/plans/index.html').match(/class="plan-mentions"/gu) ?? []).length).toBeGreaterThan(20);
  });

  it('puts the roles of a department named in more than 20 plans in pages, each plan on one of them', () => {
    const busiest = files.filter((f) => /^departments\/[a-z0-9-]+\/page\/2\/index\.html$/u.test(f)).map((f) => f.split('/')[1]);
    expect(busiest.length).toBeGreaterThan(0);
    const key = busiest[0] ?? '';
    const plansOn = (path: string) => new Set([...page(path).matchAll(/href="\/plans\/([a-z0-9-]+)\/(?:actions|projects)\//gu)].map((m) => m[1]));
    const first = plansOn(`departments/${key}/index.html`);
    const second = plansOn(`departments/${key}/page/2/index.html`);
    expect(first.size).toBe(20);
    expect(second.size).toBeGreaterThan(0);
    expect([...second].filter((p) => first.has(p))).toEqual([]);
  });

  it('lists every plan with notes on exactly one page of the staff report, at most 20 a page', () => {
    const noted = readdirSync(join(corpus.dir, 'content/plans')).filter((f) => !readFileSync(join(corpus.dir, 'content/plans', f), 'utf8').includes('\nwarnings: []\n'));
    const listed: string[] = [];
    for (let path: string | undefined = 'en/staff/index.html'; path; ) {
      const html = page(path);
      const plans = [...html.matchAll(/<h2 id="notes-([a-z0-9-]+)"/gu)].map((m) => m[1] ?? '');
      expect(plans.length).toBeLessThanOrEqual(20);
      listed.push(...plans);
      const next = /<a href="\/(en\/staff\/page\/\d+\/)" rel="next"/u.exec(html)?.[1];
      path = next ? `${next}index.html` : undefined;
    }
    expect(noted.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual(noted.map((f) => f.replace(/\.mdx$/u, '')).sort());
  });

  it('puts the bases directory in pages of 20 cities, and links a base to its city’s section on its page', () => {
    expect(exists('bases/page/2/index.html')).toBe(true);
    const second = page('bases/page/2/index.html');
    const city = /<h2 id="city-([a-z0-9-]+)"/u.exec(second)?.[1] ?? '';
    const base = files.find((f) => f.startsWith(`bases/${city}/`) && f.endsWith('/index.html')) ?? '';
    expect(page(base)).toContain(`href="/bases/page/2/#city-${city}"`);
  });
});
