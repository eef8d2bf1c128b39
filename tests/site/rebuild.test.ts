// A rebuild reuses the pages of plans that did not change (Astro's incremental build, keyed by
// src/site/cache-keys.ts) and must give the site a clean build gives. In a throwaway copy of the
// project: build; then edit a seed (a figure of a target and a word), the English of another
// plan, add a news item about a third and a new plan that names a department no plan named, as
// staff would; rebuild; and build once more with the cache removed. Every file of the two sites
// must be the same, and the rebuild must have reused the pages of the plan nobody touched.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BAOTOU = '003_23647e01fcb0039d.txt';
const { KEPU_OUT_DIR: _elsewhere, ...inherited } = process.env;
const env = { ...inherited, KEPU_TODAY: '2026-03-15', TZ: 'Asia/Shanghai', SITE_URL: 'https://kepu.example.org' };
const NEW_PLAN = '乌海市科普规划（2021—2025年）\n\n一、重点工程\n\n（一）防灾减灾科普工程。到2025年，建成地震科普馆2个。\n\n牵头单位：市地震局；配合单位：市科协\n';
const NEWS = '---\ntitle_zh: 中卫市发布科普工作进展\ndate: 2026-03-01\nplans: [zhongwei-suzhi-2021-2025]\ncities: [zhongwei]\n---\n\n中卫市发布“十四五”科普工作进展。\n';

let dir = '';
let rebuildLog = '';
let rebuilt = new Map<string, Buffer>();
let clean = new Map<string, Buffer>();

const build = () => execFileSync('npm', ['run', 'build'], { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function files(folder: string): Map<string, Buffer> {
  const names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
  return new Map(names.flatMap((name) => {
    try {
      return [[name, readFileSync(join(folder, name))] as const];
    } catch {
      return []; // a folder
    }
  }));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kepu-rebuild-'));
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts', 'seeds', 'content/catalog', 'content/translations', 'content/news']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  build();
  const seed = join(dir, 'seeds', BAOTOU);
  writeFileSync(seed, readFileSync(seed, 'utf8').replace('科技志愿者达到2万人', '科技志愿者达到3万人').replace('科普', '科学普及'));
  const memory = join(dir, 'content/translations/qinzhou-suzhi-2021-2035.yaml');
  writeFileSync(memory, readFileSync(memory, 'utf8').replace("en: Qinzhou Municipal People's Government", "en: People's Government of Qinzhou"));
  writeFileSync(join(dir, 'content/news/2026-03-01-zhongwei-progress.mdx'), NEWS);
  writeFileSync(join(dir, 'seeds/950_wuhai.txt'), NEW_PLAN);
  // Astro colours its log when CI is set (picocolors), which puts codes between a path and its note.
  rebuildLog = stripVTControlCharacters(build());
  rebuilt = files(join(dir, 'dist'));
  rmSync(join(dir, '.cache'), { recursive: true, force: true });
  build();
  clean = files(join(dir, 'dist'));
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a rebuild after staff edits', () => {
  it('gives the same files as a clean build', () => {
    expect([...rebuilt.keys()]).toEqual([...clean.keys()]);
    const differ = [...clean].filter(([name, bytes]) => !rebuilt.get(name)?.equals(bytes)).map(([name]) => name);
    expect(differ).toEqual([]);
  });

  it('reuses the pages of a plan nobody touched and renders those of the edited ones again', () => {
    const reused = (path: string) => new RegExp(`${path.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')} \\((restored|cached)\\)`, 'u').test(rebuildLog);
    expect(reused('/plans/anning-suzhi-2021-2025/index.html')).toBe(true);
    expect(reused('/en/plans/anning-suzhi-2021-2025/parallel/index.html')).toBe(true);
    expect(reused('/plans/baotou-suzhi-2021-2025/index.html')).toBe(false);
    expect(reused('/en/plans/qinzhou-suzhi-2021-2035/index.html')).toBe(false);
    expect(reused('/plans/zhongwei-suzhi-2021-2025/index.html')).toBe(false);
  });

  it('shows the edits', () => {
    const page = (path: string) => clean.get(path)?.toString('utf8') ?? '';
    expect(page('plans/baotou-suzhi-2021-2025/index.html')).toContain('科技志愿者达到3万人');
    expect(page('en/plans/qinzhou-suzhi-2021-2035/index.html')).toContain('People&#39;s Government of Qinzhou');
    expect(page('plans/zhongwei-suzhi-2021-2025/index.html')).toContain('中卫市发布科普工作进展');
    expect(page('departments/dizhenju/index.html')).toContain('href="/plans/wuhai-kepu-2021-2025/projects/');
  });
});
