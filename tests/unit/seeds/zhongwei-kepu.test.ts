// 中卫市科学技术普及"十四五"规划 (seeds/000_…): a markdown-ish plan whose five 提升行动 sit inside
// its second 重点工程, with no unit lines. Expected values read from the seed by hand.
import { describe, expect, it } from 'vitest';
import { SEEDS, seedPlan, seedText, targetOf } from '../../helpers/ingest.ts';

const plan = seedPlan(SEEDS.zhongweiKepu);
const names = (kind: string) => plan.sections.filter((s) => s.kind === kind).map((s) => s.name);

describe('readSeed(000 中卫 科普规划)', () => {
  it('reads title, kind, city, province and period', () => {
    expect([plan.slug, plan.title, plan.kind, plan.city.zh, plan.province, plan.period]).toEqual([
      'zhongwei-kepu-2021-2025', '中卫市科学技术普及"十四五"规划', 'kepu-plan', '中卫市', '宁夏回族自治区', { start: 2021, end: 2025, vision: null, basis: 'title' },
    ]);
    expect([plan.docNumber, plan.issued, plan.issuer, plan.draft]).toEqual([null, null, null, false]);
  });

  it('finds its six key projects and the five actions inside the second', () => {
    expect(names('project')).toEqual(['科普价值引领工程', '科学素质提升工程', '科普基础设施工程', '科学传播升级工程', '科普服务惠民工程', '科普人才建设工程']);
    expect(names('action')).toEqual(['青少年科学素质提升行动', '农民科学素质提升行动', '产业工人科学素质提升行动', '老年人科学素质提升行动', '领导干部和公务员科学素质提升行动']);
    expect(plan.sections.filter((s) => s.kind === 'action').every((a) => a.section.parent?.heading?.title === '实施科学素质提升工程')).toBe(true);
    expect(plan.sections.every((s) => s.unitsFrom === 'none')).toBe(true);
  });

  it('reads the literacy baselines of 2015 and 2020 and the 2025 target', () => {
    const literacy = plan.targets.filter((t) => t.metricKey === 'literacy-rate').map((t) => [t.kind, t.asOfYear ?? t.deadlineYear, t.value]);
    expect(literacy).toEqual([['baseline', 2020, 5.5], ['baseline', 2015, 2], ['target', 2025, 10]]);
  });

  it('reads targets with their values, units, comparators and deadlines', () => {
    const pick = (metric: string, value: number) => {
      const t = targetOf(plan, metric, value);
      return [t.unit, t.comparator, t.deadlineYear, t.group, plan.at(t.figureRange[0]).line];
    };
    expect(pick('培训领导干部和公务员', 40000)).toEqual(['人次', '>=', 2025, 'officials', 88]);
    expect(pick('科技志愿者', 10000)).toEqual(['人', '=', 2025, 'general', 132]);
    expect(pick('创建全国科普教育基地', 2)).toEqual(['个', '=', 2025, 'general', 98]);
    expect(pick('科普信息员注册人数', 25000)).toEqual(['人', '=', 2025, 'general', 105]);
    expect(pick('培育科技类校外培训机构', 10)).toEqual(['家', '~', null, 'youth', 75]);
  });

  it('reads what the 十三五 achieved as achievements and baselines, not targets', () => {
    expect([targetOf(plan, '培训农民', 150000).kind, targetOf(plan, '现有科普大篷车', 3).kind]).toEqual(['achievement', 'baseline']);
  });

  it('quotes each target with the sentence as it stands in the seed', () => {
    const text = seedText(SEEDS.zhongweiKepu);
    expect(plan.targets.every((t) => text.includes(plan.source.slice(...t.quoteRange)))).toBe(true);
    expect(plan.source.slice(...targetOf(plan, '科技志愿者', 10000).quoteRange)).toBe('"十四五"期间,中卫市科技志愿者达到1万人。');
  });

  it('names its bases and activity days', () => {
    expect(plan.bases.map((b) => [b.name, b.status])).toEqual([['中卫市青少年科技馆', 'existing'], ['中宁县科技馆', 'planned'], ['中卫市青少年科技馆', 'existing']]);
    expect([...new Set(plan.activities.map((a) => a.key))]).toEqual([
      'kepu-dapengche', 'sanxiaxiang', 'jiankang-zhongguo-xing', 'quanguo-keji-huodongzhou', 'quanguo-kepuri', 'quanguo-keji-gongzuozhe-ri',
      'quanguo-fangzai-jianzai-ri', 'quanguo-shipin-anquan-xuanchuanzhou', 'quanguo-ditanri',
    ]);
  });
});
