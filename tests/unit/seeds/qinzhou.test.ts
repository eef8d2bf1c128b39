// 钦州市全民科学素质行动计划纲要实施方案 (seeds/002_…): a covering notice with its document
// number, markdown headings, ordered lists and `[牵头单位：…；配合单位：…]` lines. Values read from the seed.
import { describe, expect, it } from 'vitest';
import { SEEDS, seedPlan, targetOf } from '../../helpers/ingest.ts';

const plan = seedPlan(SEEDS.qinzhou);

describe('readSeed(002 钦州)', () => {
  it('reads the plan out of its covering notice', () => {
    expect([plan.slug, plan.title, plan.docNumber, plan.issued, plan.issuer, plan.province]).toEqual([
      'qinzhou-suzhi-2021-2035', '钦州市全民科学素质行动计划纲要实施方案（2021—2035年）', '钦政发〔2022〕5号', '2022-03-29', '钦州市人民政府', '广西壮族自治区',
    ]);
  });

  it('covers 2021—2035 with a 2035 vision, and reads the 2020 baseline and the 2025 target', () => {
    expect(plan.period).toEqual({ start: 2021, end: 2035, vision: 2035, basis: 'title' });
    expect(plan.targets.filter((t) => t.metricKey === 'literacy-rate').map((t) => [t.kind, t.asOfYear ?? t.deadlineYear, t.value])).toEqual([['baseline', 2020, 6.5], ['target', 2025, 10]]);
  });

  it('finds five actions and six projects', () => {
    expect(plan.sections.filter((s) => s.kind === 'project').map((s) => s.name)).toEqual([
      '科学教育和培训工程', '科技资源科普化工程', '科普基础设施工程', '应急科普能力提升工程', '科普队伍建设工程', '科学素质国际交流合作工程',
    ]);
    expect(plan.sections.filter((s) => s.kind === 'action').map((s) => s.measures.length)).toEqual([4, 6, 5, 5, 4]);
  });

  it('reads bracketed unit lines, also one broken by a page break', () => {
    const youth = plan.sections.find((s) => s.name === '青少年科学素质提升行动');
    expect(youth?.units.lead).toEqual(['市教育局', '团市委', '市科协']);
    expect(youth?.units.cooperating.slice(0, 3)).toEqual(['市委宣传部', '市委统战部（市民宗委）', '市妇联']);
    const resources = plan.sections.find((s) => s.name === '科技资源科普化工程');
    expect(resources?.units).toEqual({
      lead: ['市科技局', '市人力资源社会保障局', '市科协'],
      cooperating: ['市委宣传部', '市工业和信息化局', '市生态环境局', '市水利局', '市农业农村局', '市文化广电体育旅游局', '市林业局', '市气象局'],
    });
  });

  it('reads its seven figures', () => {
    expect(plan.targets.map((t) => [t.metricZh, t.value, t.unit, t.comparator, t.kind])).toEqual([
      ['公民具备科学素质的比例', 6.5, '%', '=', 'baseline'],
      ['公民具备科学素质的比例', 10, '%', '=', 'target'],
      ['培养高素质农民', 4000, '名', '=', 'target'],
      ['建设科学教育示范学校', 10, '所', '>=', 'target'],
      ['新创建自治区级科普教育基地', 5, '个', '>=', 'target'],
      ['城市社区建有一个科普活动室（或科普学校）', 70, '%', '>=', 'target'],
      ['行政村建成和配备“一站（科普活动站）一栏（科普宣传栏）一员（乡村科普员）”', 50, '%', '=', 'target'],
    ]);
    expect(targetOf(plan, '新创建自治区级科普教育基地', 5).deadlineYear).toBe(2025);
  });

  it('names its venues and bases', () => {
    expect([...new Set(plan.bases.map((b) => b.name))]).toEqual([
      '钦州市科技馆', '三娘湾中华白海豚科普馆', '坭兴陶博物馆', '钦州坭兴陶', '烟霞山', '五皇山', '小江瓷', '气象预报（观测站）', '中国—东盟科普国际交流中心',
    ]);
    expect(plan.bases.find((b) => b.name === '钦州市科技馆')?.status).toBe('planned');
  });
});
