// 中卫市全民科学素质行动规划纲要实施方案 (seeds/001_…): plain text with 一、/（一）/1. numbering and
// `牵头部门：…` / `配合部门：…` lines after each action and project. Values read from the seed.
import { describe, expect, it } from 'vitest';
import { unitResolver } from '../../../src/ingest/content/units.ts';
import { SEEDS, projectCatalogs, seedPlan, targetOf } from '../../helpers/ingest.ts';

const plan = seedPlan(SEEDS.zhongweiSuzhi);
const section = (name: string) => {
  const s = plan.sections.find((x) => x.name === name);
  if (!s) throw new Error(`no section ${name}`);
  return s;
};

describe('readSeed(001 中卫 实施方案)', () => {
  it('reads title, period and the 2025 literacy target', () => {
    expect([plan.slug, plan.title, plan.kind, plan.period]).toEqual([
      'zhongwei-suzhi-2021-2025', '中卫市全民科学素质行动规划纲要实施方案（2021年—2025年）', 'literacy-plan', { start: 2021, end: 2025, vision: null, basis: 'title' },
    ]);
    expect(plan.targets.filter((t) => t.metricKey === 'literacy-rate').map((t) => [t.kind, t.deadlineYear, t.value])).toEqual([['target', 2025, 10]]);
  });

  it('finds five actions and five projects with their measures', () => {
    expect(plan.sections.map((s) => [s.kind, s.name, s.measures.length])).toEqual([
      ['action', '青少年科学素质提升行动', 5],
      ['action', '农民科学素质提升行动', 4],
      ['action', '产业工人科学素质提升行动', 3],
      ['action', '老年人科学素质提升行动', 3],
      ['action', '领导干部和公务员科学素质提升行动', 3],
      ['project', '科技资源科普化工程', 3],
      ['project', '科普信息化提升工程', 3],
      ['project', '科普基础设施工程', 3],
      ['project', '基层科普能力提升工程', 3],
      ['project', '科普人才建设工程', 3],
    ]);
  });

  it('reads lead and cooperating units from the `牵头部门：` / `配合部门：` lines', () => {
    expect(section('青少年科学素质提升行动').units).toEqual({
      lead: ['市教育局', '市科协'],
      cooperating: ['市科技局', '市自然资源局', '市生态环境局', '市云计算和大数据局', '团市委', '市妇联', '各县（区）人民政府'],
    });
    expect(section('农民科学素质提升行动').units).toEqual({ lead: ['市农业农村局', '市人力资源社会保障局'], cooperating: ['各成员单位'] });
    expect(section('领导干部和公务员科学素质提升行动').units.lead).toEqual(['市委组织部', '市委党校']);
    expect(section('科普信息化提升工程').units.lead).toEqual(['市委宣传部', '市科协', '市科技局', '市新闻传媒集团']);
    expect(plan.sections.every((s) => s.unitsFrom === 'section')).toBe(true);
  });

  it('resolves every unit it names to a department of the catalog', () => {
    const units = unitResolver(projectCatalogs().departments);
    plan.sections.flatMap((s) => [...s.units.lead, ...s.units.cooperating]).forEach(units.key);
    expect([...units.unknown.keys()]).toEqual([]);
  });

  it('reads targets, ranges and frequencies', () => {
    const t = (metric: string, value: number) => {
      const x = targetOf(plan, metric, value);
      return [x.unit, x.comparator, x.valueMax, x.deadlineYear, x.frequency, x.group];
    };
    expect(t('培育高素质农民', 13000)).toEqual(['人', '=', null, 2025, null, 'farmers']);
    expect(t('农村学校科技教师培训', 400)).toEqual(['人次', '>=', null, 2025, null, 'youth']);
    expect(t('拥有技术', 1)).toEqual(['门', '=', 2, null, null, 'farmers']);
    expect(t('科普信息员注册人数', 25000)).toEqual(['', '=', null, 2025, null, 'general']);
    expect(t('每学期举办科普讲座数量', 4)).toEqual(['次', '>=', null, null, 'per-semester', 'youth']);
  });

  it('names the bases it will build or upgrade', () => {
    expect(plan.bases.map((b) => [b.name, b.status])).toEqual([['中宁县科技馆', 'planned'], ['海原县科技馆', 'planned'], ['中卫市青少年科技馆', 'existing']]);
  });
});
