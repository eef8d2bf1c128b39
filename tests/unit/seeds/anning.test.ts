// 安宁市全民科学素质行动实施方案（征求意见稿） (seeds/004_…): a draft for public comment with its
// notice, full-width indentation, —— bullets and `(X牵头，Y配合)` after each measure.
import { describe, expect, it } from 'vitest';
import { SEEDS, seedPlan, targetOf } from '../../helpers/ingest.ts';

const plan = seedPlan(SEEDS.anning);

describe('readSeed(004 安宁)', () => {
  it('is a draft, with its comment window and contact', () => {
    expect([plan.title, plan.draft, plan.issuer, plan.issued]).toEqual(['安宁市全民科学素质行动实施方案（2021—2025年）', true, '安宁市全民科学素质工作领导小组', '2022-03-17']);
    expect(plan.comment).toEqual({ start: '2022-03-17', end: '2022-04-17', days: 30, email: 'ankx1981@126.com', phone: '68685598', draftedBy: '市科协' });
  });

  it('reads the 13.3% literacy target', () => {
    expect(targetOf(plan, '公民科学素质的比例', 13.3)).toMatchObject({ unit: '%', deadlineYear: 2025, kind: 'target', metricKey: 'literacy-rate' });
  });

  it('finds five actions and four projects (it announces five)', () => {
    expect(plan.sections.filter((s) => s.kind === 'project').map((s) => s.name)).toEqual(['科技科普教育资源常态化工程', '科技科普信息服务系统化工程', '科普基础设施工程', '科普能力提升工程']);
    expect(plan.sections.filter((s) => s.kind === 'action')).toHaveLength(5);
  });

  it('reads the units after each measure, and the action\'s as their union', () => {
    const youth = plan.sections.find((s) => s.name === '青少年科学素质提升行动');
    expect(youth?.unitsFrom).toBe('measures');
    expect(youth?.measures.map((m) => [m.title, m.units.lead])).toEqual([
      ['提升基础教育阶段科学教育水平', ['市教体局']],
      ['推进高等教育阶段科学教育和科普工作', ['市职教园区管委会']],
      ['实施提升教师科学素质行动', ['市教体局']],
      ['实施科技创新人才培育计划', ['市教体局']],
      ['建立校内外科学教育资源有效衔接机制', ['市教体局']],
    ]);
    expect(youth?.measures[0]?.units.cooperating).toEqual(['市工科信局', '市财政局', '市融媒体中心', '团市委', '市妇联', '市科协']);
    expect(youth?.units.lead).toEqual(['市教体局', '市职教园区管委会']);
  });

  it('reads its four figures', () => {
    expect(plan.targets.map((t) => [t.metricZh, t.value, t.unit, t.comparator])).toEqual([
      ['安宁市公民科学素质的比例', 13.3, '%', '='],
      ['培训科技辅导员', 50, '名', '>='],
      ['开展农民教育培训', 50000, '人次', '>='],
      ['培育农村创业创新带头人', 20, '人', '>='],
    ]);
  });

  it('keeps the notice\'s contact list out of the plan\'s own chapters', () => {
    expect(plan.outline.paragraphs.filter((p) => /^s\d+$/u.test(p.anchor)).map((p) => p.heading?.title)).toEqual(['指导思想和发展目标', '提升行动', '重点工程', '组织实施']);
  });
});
