// 包头市全民科学素质行动规划纲要实施方案 (seeds/003_…): a scraped government web page with chrome,
// metadata, lost dashes and stops, and (一)…(十) numbering across actions and projects.
import { describe, expect, it } from 'vitest';
import { SEEDS, seedPlan, seedText, targetOf } from '../../helpers/ingest.ts';

const plan = seedPlan(SEEDS.baotou);

describe('readSeed(003 包头)', () => {
  it('keeps the document metadata of the web page', () => {
    expect([plan.title, plan.docNumber, plan.issued, plan.webPublished, plan.issuer, plan.province]).toEqual([
      '包头市全民科学素质行动规划纲要实施方案（2021—2025年）', '包府发〔2022〕42号', '2022-07-11', '2022-07-21', '包头市人民政府', '内蒙古自治区',
    ]);
  });

  it('leaves the page chrome out of the text', () => {
    const text = plan.outline.paragraphs.map((p) => p.display.text).join('\n');
    for (const chrome of ['登录', '智慧昆都仑', '扫码访问', '无障碍浏览', '当前位置', '点击量', '智能问答']) expect(text).not.toContain(chrome);
    expect(text).toContain('名称: 包头市人民政府关于印发');
  });

  it('restores the lost dashes of year ranges in what it shows', () => {
    expect(plan.outline.paragraphs.find((p) => p.anchor === 'title')?.display.text).toBe('包头市全民科学素质行动规划纲要实施方案(2021—2025年)');
  });

  it('splits actions from projects in one run of (一)…(十)', () => {
    expect(plan.sections.map((s) => `${s.kind}:${s.name}`)).toEqual([
      'action:青少年科学素质提升行动', 'action:农牧民科学素质提升行动', 'action:产业工人科学素质提升行动', 'action:老年人科学素质提升行动', 'action:领导干部和公务员科学素质提升行动',
      'project:科技资源科普化工程', 'project:科普信息化提升工程', 'project:科普基础设施建设工程', 'project:基层科普能力提升工程', 'project:科普资源开发工程',
    ]);
    expect(plan.sections.find((s) => s.name === '农牧民科学素质提升行动')?.groupKey).toBe('farmers');
  });

  it('warns where a heading\'s end was guessed, with its line', () => {
    expect(plan.warnings.filter((w) => w.field === 'outline').map((w) => [w.line, w.message])).toContainEqual([
      125, 'the end of the heading "实施科普基础设施建设工程" was guessed: the stop after it is missing',
    ]);
  });

  it('reads the 15% literacy target and its other targets', () => {
    expect(targetOf(plan, '公民具备科学素质的比例', 15).deadlineYear).toBe(2025);
    expect([targetOf(plan, '科技志愿者', 20000).unit, targetOf(plan, '培训高素质农牧民', 20000).unit, targetOf(plan, '观众接待量', 1000000).comparator]).toEqual(['人', '人次', '>=']);
    expect(targetOf(plan, '每年完成科技教师培训', 1000).frequency).toBe('per-year');
  });

  it('reports the implausible 4 registered information officers with its line', () => {
    expect(targetOf(plan, '科普信息员注册人数', 4).unit).toBe('人');
    expect(plan.warnings.find((w) => w.field === 'targets')).toMatchObject({ line: 123 });
  });

  it('quotes from the file as it is, lost dashes and all', () => {
    expect(plan.targets.every((t) => seedText(SEEDS.baotou).includes(plan.source.slice(...t.quoteRange)))).toBe(true);
  });
});
