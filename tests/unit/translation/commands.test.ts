// The two commands staff run: `npm run i18n:status` (is every plan in English?) and the
// post-build check (does every English page use the glossary, does every link go to a trusted
// publisher?). Run as staff run them, on the project and on files made here.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseDocument } from 'yaml';
import { sourceHash } from '../../../src/ingest/translation/source-hash.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// Each test runs the commands as processes: seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000 });
const work = mkdtempSync(join(tmpdir(), 'kepu-commands-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const run = (script: string, args: string[]) => {
  const r = spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, KEPU_CACHE_DIR: join(work, 'cache') } });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
};

describe('npm run i18n:status', () => {
  it('finds the five shipped plans fully translated, and passes the check', () => {
    const { code, out } = run('i18n-status.ts', ['--check']);
    expect(out).toContain('i18n: 5 of 5 plans fully translated, 0 problem(s) in the translation memories, 0 departure(s) from the glossary');
    expect(code).toBe(0);
  });

  it('lists a unit whose Chinese changed as outdated, with the file and line, and fails the check', () => {
    const file = join(work, 'baotou.yaml');
    const doc = parseDocument(readFileSync(join(root, 'content/translations/baotou-suzhi-2021-2025.yaml'), 'utf8'));
    // The English was made from other Chinese than the plan's now: as after an edit of the seed.
    const older = '鼓励科学家走进校园。';
    doc.setIn(['text/sx2-1-3', 'zh'], older);
    doc.setIn(['text/sx2-1-3', 'hash'], sourceHash(older));
    doc.setIn(['text/sx2-1-3', 'en'], 'Encourage scientists to go into schools.');
    writeFileSync(file, doc.toString());
    const line = doc.toString().split('\n').findIndex((l) => l.startsWith('text/sx2-1-3:')) + 1;
    const { code, out } = run('i18n-status.ts', ['--check', '--use', `baotou-suzhi-2021-2025=${file}`]);
    expect(out).toContain(`  ${file}:${line}: outdated text/sx2-1-3`);
    expect(out).toMatch(/baotou-suzhi-2021-2025\s+99%\s+\d+ translated, 1 outdated, 0 missing/u);
    expect(out).toContain('i18n: 4 of 5 plans fully translated');
    expect(code).toBe(1);

    const todo = run('i18n-status.ts', ['--use', `baotou-suzhi-2021-2025=${file}`, '--todo', 'baotou-suzhi-2021-2025']).out;
    expect(todo).toContain(`# outdated: translated from "${older}"`);
    expect(todo).toContain('text/sx2-1-3:\n');
    expect(todo).toContain('en: Encourage scientists to go into schools.');
  });
});

describe('the check after the build', () => {
  const lineOf = (file: string, text: string) => readFileSync(join(root, file), 'utf8').split('\n').indexOf(text) + 1;

  it('fails on a glossary term rendered another way and on a link to an untrusted host, naming the lines to fix', () => {
    const dist = join(work, 'dist');
    mkdirSync(join(dist, 'en/plans/x'), { recursive: true });
    writeFileSync(join(dist, 'en/plans/x/index.html'), '<html lang="en"><body><main data-search-body><h1>Youth Science Literacy Improvement Action</h1><p lang="zh-Hans">科学素质</p><a href="https://coinztmine.com/sys-nd/2573.html">source</a> <a href="https://www.mem.gov.cn/">MEM</a></main></body></html>');
    writeFileSync(join(dist, 'index.html'), '<html lang="zh-Hans"><body><main><a href="https://politics.people.com.cn/n1/2025/0224/c1001-40424754.html">人民日报</a></main></body></html>');
    const { code, out } = run('check-site.ts', [dist]);
    const glossaryLine = lineOf('content/catalog/glossary.yaml', '- zh: 科学素质');
    expect(out).toContain(`content/catalog/glossary.yaml:${glossaryLine}: glossary [科学素质] dist/en/plans/x/index.html renders it “Science Literacy”; the glossary's term is “scientific literacy”`);
    expect(out).toContain("dist/en/plans/x/index.html: link to coinztmine.com (https://coinztmine.com/sys-nd/2573.html) on dist/en/plans/x/index.html: not a trusted publisher's host");
    expect(out).not.toContain('mem.gov.cn');
    expect(out).not.toContain('people.com.cn');
    expect(out).toContain('1 glossary term(s) rendered another way; 2 pages, 1 link(s) to untrusted hosts (2 read, 0 unchanged since the last check)');
    expect(code).toBe(1);

    // Run again on the same pages, it finds the same from what it kept; a changed page is read.
    const again = run('check-site.ts', [dist]);
    expect(again.out.replace(/ \(\d+ read, \d+ unchanged since the last check\)/u, '')).toBe(out.replace(/ \(\d+ read, \d+ unchanged since the last check\)/u, ''));
    expect(again.out).toContain('(0 read, 2 unchanged since the last check)');
    expect(again.code).toBe(1);
    writeFileSync(join(dist, 'index.html'), '<html lang="zh-Hans"><body><main><a href="https://coinztmine.com/b.html">copy</a></main></body></html>');
    const changed = run('check-site.ts', [dist]);
    expect(changed.out).toContain('link to coinztmine.com (https://coinztmine.com/b.html) on dist/index.html');
    expect(changed.out).toContain('2 link(s) to untrusted hosts (1 read, 1 unchanged since the last check)');
  });
});
