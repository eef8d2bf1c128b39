// What staff do through git, in a throwaway copy of the project built for its public address
// (SITE_URL), so no localhost may remain anywhere. The copy is built as published; then, as staff
// would: new seeds dropped into seeds/ (one full of markup, one saved as GBK with CRLF line ends,
// one whose sentences start like spreadsheet formulas, one that names a department no plan named,
// and one that cannot be read at all, which must not stop the others); one paragraph of a
// translated plan (Baotou) edited, a word and a figure, as a correction of its seed would; the
// English of another plan (Qinzhou) edited; and a correction, an outcome, news and an event
// published. The copy is rebuilt, then built once more with the cache removed: the rebuild
// (Astro's incremental build, keyed by src/site/cache-keys.ts) must give every file the clean
// build gives and must have reused the pages of the plan nobody touched (Anning). The rest of the
// tests read the clean build. Last, a build killed half way must leave the site serving.
// (One copy for all of it: each build of a copy is a large share of the suite's time.)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../setup/dist.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BAOTOU = '003_23647e01fcb0039d.txt';
const EDITED_FROM = '鼓励科学家、工程师、医疗卫生专家等科技工作者走进校园';
const EDITED_TO = '鼓励科学家、工程师、教师、医疗卫生专家等科技工作者走进校园';
// A figure of a target in the same paragraph (sx2-1-3), so only that paragraph's English is outdated.
const FIGURE_FROM = '学校每学期举办科普讲座数量不少于4次';
const FIGURE_TO = '学校每学期举办科普讲座数量不少于6次';
const FORMULA_SEED = '测试县科普规划（2021—2025年）\n\n一、发展目标\n\n=HYPERLINK("http://evil.example","点击")到2025年，培训科技辅导员100名以上。\n\n@SUM(1)全县建成科普基地5个。\n';
let dir = '';
// The copy builds into its own dist/, whatever folder the rest of the tests read.
const { KEPU_OUT_DIR: _elsewhere, ...inherited } = process.env;
const SITE = 'https://kepu.example.org';
const env = { ...inherited, KEPU_TODAY: '2026-03-15', TZ: 'Asia/Shanghai', SITE_URL: SITE };
const PLAN = 'baotou-suzhi-2021-2025';
const WUHAI = '乌海市科普规划（2021—2025年）\n\n一、重点工程\n\n（一）防灾减灾科普工程。到2025年，建成地震科普馆2个。\n\n牵头单位：市地震局；配合单位：市科协\n';
/** Files staff commit: content/<path> → text. */
const STAFF: Record<string, string> = {
  [`corrections/${PLAN}/halls-unit.yaml`]: 'correct: target\nquote: 建成特色产业展示馆5以上\nfigure: 5以上\nset: { unit: 个 }\nreason: 原文缺少量词“个”。\nreason_en: The text leaves out the measure word.\ndate: 2026-03-01\n',
  [`outcomes/${PLAN}/volunteers-2025.yaml`]: 'quote: 建立完善科技志愿服务管理制度和奖励制度，推进科技志愿服务制度化、规范化、常态化，“十四五”期间全市科技志愿者达到2万人。\nreached: 21000\nas_of: 2025-12-31\nsource:\n  publisher: cast\n  title_zh: 全民科学素质工作报告\n  url: https://www.cast.org.cn/report.html\n',
  'news/2026-03-01-baotou-report.mdx': `---\ntitle_zh: 包头市报告高素质农牧民培训进展\ntitle_en: Baotou reports on training farmers and herders\ndate: 2026-03-01\nplans: [${PLAN}]\ncities: [baotou]\n---\n\n包头市报告，“十四五”期间已培训高素质农牧民2.1万人次。\n`,
  'news/2026-03-01-baotou-report.en.mdx': '---\ntitle_en: Baotou reports on training farmers and herders\n---\n\nBaotou reports that 21,000 person-times of farmers and herders were trained during the 14th Five-Year Plan period.\n',
  'news/2026-02-01-zhongwei-progress.mdx': '---\ntitle_zh: 中卫市发布科普工作进展\ndate: 2026-02-01\nplans: [zhongwei-suzhi-2021-2025]\ncities: [zhongwei]\n---\n\n中卫市发布“十四五”科普工作进展。\n',
  'events/2026-kepuri-baotou.mdx': '---\nactivity: quanguo-kepuri\ncity: baotou\ntitle_zh: 包头市2026年全国科普日主场活动\ntitle_en: Baotou main event of National Science Popularization Day 2026\nstart: 2026-09-20T09:00\nend: 2026-09-20T17:00\nvenue_zh: 包头市科技馆\norganizer_zh: 包头市科学技术协会\n---\n',
};
const page = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');
const text = (html: string) => decode(html.slice(html.indexOf('data-plan-text'), html.indexOf('</section>', html.indexOf('data-plan-text'))).replace(/<[^>]+>/gu, ''));

let rebuildLog = '';
let rebuilt = new Map<string, Buffer>();
let clean = new Map<string, Buffer>();

const build = () => execFileSync('npm', ['run', 'build'], { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Every file of a folder (recursively) → its bytes. */
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

/** The edits staff make after the copy was first built. */
function editAsStaff(): void {
  cpSync(join(root, 'tests/fixtures/edge/markup.txt'), join(dir, 'seeds/900_markup.txt'));
  cpSync(join(root, 'tests/fixtures/edge/gbk-crlf.txt'), join(dir, 'seeds/901_gbk.txt'));
  writeFileSync(join(dir, 'seeds/902_broken.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
  writeFileSync(join(dir, 'seeds/903_formula.txt'), FORMULA_SEED);
  writeFileSync(join(dir, 'seeds/950_wuhai.txt'), WUHAI);
  for (const [path, text] of Object.entries(STAFF)) {
    mkdirSync(dirname(join(dir, 'content', path)), { recursive: true });
    writeFileSync(join(dir, 'content', path), text);
  }
  const baotou = join(dir, 'seeds', BAOTOU);
  writeFileSync(baotou, readFileSync(baotou, 'utf8').replace(EDITED_FROM, EDITED_TO).replace(FIGURE_FROM, FIGURE_TO));
  const memory = join(dir, 'content/translations/qinzhou-suzhi-2021-2035.yaml');
  writeFileSync(memory, readFileSync(memory, 'utf8').replace("en: Qinzhou Municipal People's Government", "en: People's Government of Qinzhou"));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kepu-staff-'));
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts', 'seeds', 'content/catalog', 'content/translations', 'content/news']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  build();
  editAsStaff();
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
    expect(text(page('plans/baotou-suzhi-2021-2025/index.html'))).toContain(FIGURE_TO);
    expect(page('en/plans/qinzhou-suzhi-2021-2035/index.html')).toContain('People&#39;s Government of Qinzhou');
    expect(page('plans/zhongwei-suzhi-2021-2025/index.html')).toContain('中卫市发布科普工作进展');
    expect(page('departments/dizhenju/index.html')).toContain('href="/plans/wuhai-kepu-2021-2025/projects/');
  });
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

describe('an unreadable seed beside the others', () => {
  it('does not stop the other seeds from publishing', () => {
    const plans = JSON.parse(page('data/plans.json')) as Array<{ seed: string }>;
    expect(plans.map((p) => p.seed).sort()).toEqual(['000_db554575e271d2b1.txt', '001_f42f440b450c0eaa.txt', '002_9e555d5be710991a.txt', BAOTOU, '004_fd473bccdbad8192.txt', '900_markup.txt', '901_gbk.txt', '903_formula.txt', '950_wuhai.txt']);
  });

  it('fails the check, naming the seed and the reason', () => {
    const r = spawnSync(process.execPath, ['scripts/ingest.ts', '--check'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('seeds/902_broken.txt:1:1: error [encoding] the file looks binary (a NUL byte at offset 4); seeds must be text');
    expect(r.stdout).toContain('ingest: 1 seed(s) not ingested (902_broken.txt)');
  });
});

describe('English when the Chinese changes or is new', () => {
  const para = (html: string, id: string) => {
    const at = html.indexOf(`id="${id}"`);
    return html.slice(html.lastIndexOf('<div', at), html.indexOf('</details>', at) + '</details>'.length);
  };

  it('keeps the old English of the edited paragraph, marks it outdated and opens the new Chinese beside it', () => {
    const html = para(page('en/plans/baotou-suzhi-2021-2025/index.html'), 'sx2-1-3');
    expect(html).toMatch(/class="[^"]*\boutdated\b/u);
    expect(html).toContain('Translation may be outdated');
    expect(html).toContain('Encourage science and technology workers such as scientists, engineers');
    expect(html).toMatch(/<details class="original" open[^>]*>/u);
    expect(decode(html.replace(/<[^>]+>/gu, ''))).toContain(EDITED_TO);
  });

  it('leaves every other paragraph of the plan current', () => {
    const html = page('en/plans/baotou-suzhi-2021-2025/index.html');
    expect([...html.matchAll(/<(?:div|h[2-5])[^>]*class="[^"]*\b(outdated|missing)\b[^"]*"[^>]*id="([^"]+)"|<(?:div|h[2-5])[^>]*id="([^"]+)"[^>]*class="[^"]*\b(outdated|missing)\b/gu)].map((m) => m[2] ?? m[3])).toEqual(['sx2-1-3']);
  });

  it('shows a new plan’s text in Chinese with a notice, marked as Chinese, and its details in English', () => {
    const html = page('en/plans/mou-kepu-2021-2025/index.html');
    expect(html).toContain('Not yet translated: the Chinese original is shown.');
    expect(html).toMatch(/<p lang="zh-Hans"[^>]*>[^<]*文本里的/u);
    // 某市 has a one-character name, so its 市 stays in the pinyin, as in Jinshi (津市).
    expect(html).toMatch(/<h1[^>]*>Moushi: Science Popularization Plan \(2021–2025\)<\/h1>/u);
    expect(html).toMatch(/<title>Moushi: Science Popularization Plan \(2021–2025\) · Kepu Plans Hub<\/title>/u);
  });

  it('lists the edited plan as outdated and the new ones as needing translation on the status page', () => {
    const html = page('en/translation/index.html');
    expect(html).toMatch(/baotou-suzhi-2021-2025<\/code> <code[^>]*>text\/sx2-1-3<\/code><\/a> · may be outdated/u);
    expect(html).toMatch(/id="plan-mou-kepu-2021-2025"[\s\S]*?<strong[^>]*>0%<\/strong>/u);
    expect(html).toMatch(/id="plan-mou-suzhi-2021-2025"[\s\S]*?<strong[^>]*>0%<\/strong>/u);
  });
});

describe('dist/data/targets.csv (of sentences that start like formulas)', () => {
  it('makes each such cell inert with an apostrophe, and leaves the numbers as numbers', () => {
    const csv = page('data/targets.csv');
    const rows = csv.split('\r\n').filter((r) => r.includes('903_formula.txt'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(`"'=HYPERLINK(""http://evil.example"",""点击"")到2025年，培训科技辅导员100名以上。"`);
    expect(rows[1]).toContain(`'@SUM(1)全县建成科普基地5个。`);
    expect(rows[0]).toMatch(/,100,/u);
    // No cell of the file starts a formula, except a number.
    const cells = csv.slice(1).split('\r\n').flatMap((r) => r.split(','));
    expect(cells.filter((c) => /^"?[=+@\t]/u.test(c) || (/^"?-/u.test(c) && !/^-\d/u.test(c)))).toEqual([]);
  });

  it('keeps the text as written in the JSON, where no program runs it', () => {
    const targets = JSON.parse(page('data/targets.json')) as Array<{ seed: string; quote: string }>;
    expect(targets.filter((t) => t.seed === '903_formula.txt').map((t) => t.quote)).toEqual(['=HYPERLINK("http://evil.example","点击")到2025年，培训科技辅导员100名以上。', '@SUM(1)全县建成科普基地5个。']);
  });
});

describe('a build killed once Astro has started', () => {
  it('leaves the previous site serving, whole', () => {
    const before = page('index.html');
    const count = readdirSync(join(dir, 'dist'), { recursive: true }).length;
    const build = spawn('npm', ['run', 'build'], { cwd: dir, detached: true, stdio: 'ignore', env });
    // Astro has started once it writes into the folder beside dist/.
    const started = Date.now();
    while (!existsSync(join(dir, 'dist.next')) && Date.now() - started < 120_000) execFileSync('sleep', ['0.2']);
    expect(existsSync(join(dir, 'dist.next'))).toBe(true);
    process.kill(-(build.pid ?? 0), 'SIGKILL');
    expect(page('index.html')).toBe(before);
    expect(readdirSync(join(dir, 'dist'), { recursive: true }).length).toBe(count);
  }, 150_000);
});

describe('what staff publish through git', () => {
  it('shows a correction on the target it corrects, with the reading it replaced and why, and in the exports', () => {
    const html = page(`en/plans/${PLAN}/index.html`);
    const row = html.slice(html.indexOf('id="target-sx2-6-2-t2"'), html.indexOf('</tr>', html.indexOf('id="target-sx2-6-2-t2"')));
    expect(row).toContain('Corrected');
    expect(decode(row.replace(/<[^>]+>/gu, ''))).toContain('The text leaves out the measure word.');
    expect(html).toContain('Corrections to this plan (1)');
    const target = (JSON.parse(page('data/targets.json')) as Array<Record<string, unknown>>).find((t) => t['id'] === `${PLAN}/sx2-6-2-t2`);
    expect(target).toMatchObject({ unit: '个', corrected: true, original: { unit: '' }, correction_reason: '原文缺少量词“个”。' });
  });

  it('shows what was reported for a target as its status, on the plan page and in the exports, and counts it on the home page', () => {
    const html = page(`plans/${PLAN}/index.html`);
    const row = html.slice(html.indexOf('id="target-sx2-9-1-t1"'), html.indexOf('</tr>', html.indexOf('id="target-sx2-9-1-t1"')));
    expect(row).toMatch(/class="badge outcome achieved"[^>]*>已实现</u);
    expect(decode(row.replace(/<[^>]+>/gu, ''))).toContain('报告：截至2025年12月31日，21,000 人');
    const target = (JSON.parse(page('data/targets.json')) as Array<Record<string, unknown>>).find((t) => t['id'] === `${PLAN}/sx2-9-1-t1`);
    expect(target).toMatchObject({ outcome_status: 'achieved', outcome_reached: 21000, outcome_as_of: '2025-12-31', outcome_url: 'https://www.cast.org.cn/report.html' });
    expect(decode(page('en/index.html').replace(/<[^>]+>/gu, ''))).toMatch(/Of \d+ targets due in 2025, 1 is reported achieved\./u);
    // In the comparison chart, after the bar's year.
    const chart = page('en/charts/chart-science-volunteers/index.html');
    expect(chart).toContain('2025 · Achieved');
  });

  it('publishes news in both languages, on the home page, the plan’s and the place’s pages', () => {
    expect(page('en/news/2026-03-01-baotou-report/index.html')).toContain('Baotou reports that 21,000 person-times');
    expect(page('news/2026-03-01-baotou-report/index.html')).toContain('已培训高素质农牧民2.1万人次');
    for (const file of ['index.html', `plans/${PLAN}/index.html`, 'cities/baotou/index.html', 'en/cities/baotou/index.html']) expect(page(file), file).toContain('/news/2026-03-01-baotou-report/');
  });

  it('lists an event on the calendar and its activity’s page, and puts it in the .ics feeds at its hours', () => {
    expect(page('calendar/index.html')).toContain('id="event-2026-kepuri-baotou"');
    expect(page('en/calendar/quanguo-kepuri/index.html')).toContain('20 September 2026, 9:00–17:00');
    for (const file of ['calendar/all.ics', 'calendar/quanguo-kepuri.ics']) {
      const vevent = new ICAL.Component(ICAL.parse(page(file))).getAllSubcomponents('vevent').find((v) => String(v.getFirstPropertyValue('uid')).startsWith('event-2026-kepuri-baotou@'));
      expect(vevent, file).toBeDefined();
      const start = vevent?.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.toJSDate().toISOString()).toBe('2026-09-20T01:00:00.000Z');
      expect((vevent?.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString()).toBe('2026-09-20T09:00:00.000Z');
    }
  });

  it('has an RSS feed per language that parses and holds the latest news, linked from every page', () => {
    const parser = new XMLParser({ isArray: (name) => name === 'item' });
    for (const [file, title] of [['rss.xml', '包头市报告高素质农牧民培训进展'], ['en/rss.xml', 'Baotou reports on training farmers and herders']] as const) {
      const feed = parser.parse(page(file)) as { rss: { channel: { item: Array<{ title: string; link: string }> } } };
      expect(feed.rss.channel.item[0]).toMatchObject({ title });
      expect(feed.rss.channel.item[0]?.link.startsWith(`${SITE}/`)).toBe(true);
    }
    expect(page('en/bases/index.html')).toContain(`<link rel="alternate" type="application/rss+xml" title="Kepu Plans Hub: news" href="${SITE}/en/rss.xml">`);
  });

  it('leaves no localhost in any file when built for its public address', () => {
    const files = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('pagefind/') && /\.(html|xml|json|csv|ics|txt|svg)$/u.test(f));
    expect(files.length).toBeGreaterThan(300);
    expect(files.filter((f) => page(f).includes('localhost'))).toEqual([]);
  });
});
