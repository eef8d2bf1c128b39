// A plan's versions from git: each commit that changed its seed, and what changed in the content
// that version made. On a repository made here, with a draft replaced by the final text.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { gitIn, planVersions } from '../../../src/site/plan-versions.ts';
import { hasChanges } from '../../../src/site/plan-changes.ts';

const SLUG = 'mou-suzhi-2021-2025';
let dir = '';
const write = (path: string, data: Record<string, unknown> | string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), typeof data === 'string' ? data : path.endsWith('.yaml') ? stringify(data) : `---\n${stringify(data)}---\n`);
};
const target = (metric_zh: string, value: number, figure: string) => ({ kind: 'target', metric_zh, value, value_max: null, unit: '人次', comparator: '>=', deadline_year: 2025, figure });
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 'Staff', GIT_AUTHOR_EMAIL: 's@example.org', GIT_COMMITTER_NAME: 'Staff', GIT_COMMITTER_EMAIL: 's@example.org', GIT_AUTHOR_DATE: process.env['D'], GIT_COMMITTER_DATE: process.env['D'] } });
const commit = (date: string, message: string) => {
  process.env['D'] = `${date}T10:00:00+08:00`;
  git('add', '-A');
  git('commit', '-qm', message);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kepu-versions-'));
  git('init', '-q');
  write('seeds/900_mou.txt', '某市全民科学素质行动实施方案（征求意见稿）');
  write(`content/plans/${SLUG}.mdx`, { title_zh: '某市全民科学素质行动实施方案（2021—2025年）（征求意见稿）', status: 'draft' });
  write(`content/actions/${SLUG}/youth.mdx`, { order: 1, name_zh: '青少年科学素质提升行动' });
  write(`content/actions/${SLUG}/farmers.mdx`, { order: 2, name_zh: '农民科学素质提升行动' });
  write(`content/targets/${SLUG}/s1-t1.mdx`, target('培训农民', 10000, '1万人次以上'));
  write(`content/targets/${SLUG}/s1-t2.mdx`, target('培训教师', 500, '500人次以上'));
  commit('2022-03-17', 'draft');
  write('README.md', 'unrelated');
  commit('2022-04-01', 'not a seed change');
  write('seeds/900_mou.txt', '某市全民科学素质行动实施方案');
  write(`content/plans/${SLUG}.mdx`, { title_zh: '某市全民科学素质行动实施方案（2021—2025年）', status: 'final' });
  write(`content/actions/${SLUG}/farmers.mdx`, { order: 2, name_zh: '农牧民科学素质提升行动' });
  // Targets were MDX entries in the draft's time and are YAML data entries since.
  write(`content/targets/${SLUG}/s1-t1.yaml`, target('培训农民', 20000, '2万人次以上'));
  write(`content/targets/${SLUG}/s1-t3.yaml`, target('培训科技辅导员', 100, '100人次以上'));
  for (const old of ['s1-t1', 's1-t2']) rmSync(join(dir, `content/targets/${SLUG}/${old}.mdx`));
  commit('2022-07-01', 'final text replaces the draft');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('planVersions(slug, seed)', () => {
  it('lists each commit that changed the seed, newest first, with what changed from the one before', () => {
    const versions = planVersions(SLUG, '900_mou.txt', gitIn(dir));
    expect(versions.map((v) => v.date)).toEqual(['2022-07-01', '2022-03-17']);
    expect(versions[1]?.changes).toBeNull();
    expect(versions[0]?.changes).toEqual({
      title: { from: '某市全民科学素质行动实施方案（2021—2025年）（征求意见稿）', to: '某市全民科学素质行动实施方案（2021—2025年）' },
      status: { from: 'draft', to: 'final' },
      sectionsAdded: [],
      sectionsRemoved: [],
      sectionsRenamed: [{ from: '农民科学素质提升行动', to: '农牧民科学素质提升行动' }],
      targetsAdded: ['培训科技辅导员 100人次以上 (2025)'],
      targetsRemoved: ['培训教师 500人次以上 (2025)'],
      targetsChanged: [{ metric: '培训农民', from: '1万人次以上 (2025)', to: '2万人次以上 (2025)' }],
    });
    expect(hasChanges(versions[0]!.changes!)).toBe(true);
  });

  it('is empty where git has no history of the seed', () => {
    expect(planVersions(SLUG, 'no-such.txt', gitIn(dir))).toEqual([]);
    expect(planVersions(SLUG, '900_mou.txt', gitIn(tmpdir()))).toEqual([]);
  });
});
