// Adding a plan the way staff do: drop a text into seeds/ and build. Here in a throwaway copy of
// the project, with two hostile seeds: one full of markup, one saved as GBK with CRLF line ends.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../setup/dist.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir = '';
const page = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');
const text = (html: string) => decode(html.slice(html.indexOf('data-plan-text'), html.indexOf('</section>', html.indexOf('data-plan-text'))).replace(/<[^>]+>/gu, ''));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kepu-new-seed-'));
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts', 'seeds', 'content/catalog']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(root, 'tests/fixtures/edge/markup.txt'), join(dir, 'seeds/900_markup.txt'));
  cpSync(join(root, 'tests/fixtures/edge/gbk-crlf.txt'), join(dir, 'seeds/901_gbk.txt'));
  // The copy builds into its own dist/, whatever folder the rest of the tests read.
  const { KEPU_OUT_DIR: _elsewhere, ...inherited } = process.env;
  const env = { ...inherited, KEPU_TODAY: '2026-03-15', TZ: 'Asia/Shanghai' };
  execFileSync('npm', ['run', 'build'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a new seed', () => {
  it('becomes a plan page in both languages and enters the open data', () => {
    expect(existsSync(join(dir, 'dist/plans/mou-kepu-2021-2025/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'dist/en/plans/mou-kepu-2021-2025/index.html'))).toBe(true);
    const plans = JSON.parse(page('data/plans.json')) as Array<{ slug: string; seed: string }>;
    expect(plans.map((p) => p.seed)).toContain('900_markup.txt');
  });

  it('shows markup in its text as the characters it is, never as markup', () => {
    const html = page('plans/mou-kepu-2021-2025/index.html');
    const shown = text(html);
    expect(shown).toContain('<script>alert("不是标记")</script> 文本里的 {花括号} 和 <b>标签</b> 都是字面文字。');
    expect(shown).toContain('星号 * 单独出现，下划线 a_b_c，井号 #1，反引号 `code`，方括号 [链接](http://example.com)，反斜杠 \\ 和 &amp; 实体');
    expect(shown).toContain('表格|竖线|和~波浪线~');
    expect(html).not.toMatch(/<script>alert/u);
    expect(html).not.toMatch(/<b>标签<\/b>/u);
    expect(html).not.toMatch(/href="(?:mailto:someone|http:\/\/www\.example\.com|http:\/\/example\.com)/u);
  });

  it('reads a GBK file with CRLF line ends and quotes it exactly', () => {
    const targets = JSON.parse(page('data/targets.json')) as Array<{ seed: string; quote: string; value: number; unit: string }>;
    const gbk = targets.filter((t) => t.seed === '901_gbk.txt');
    expect(gbk.map((t) => [t.value, t.unit, t.quote])).toEqual([
      [12, '%', '到２０２５年，全市公民具备科学素质的比例达到１２％。'],
      [4, '次', '学校每学期举办科普讲座不少于４次。'],
    ]);
    expect(text(page('plans/mou-suzhi-2021-2025/index.html'))).toContain('到2025年，全市公民具备科学素质的比例达到12%。');
  });
});
