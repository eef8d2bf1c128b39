import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/ingest/extract/targets/find-figures.ts';
import { groupFromWords } from '../../../src/ingest/extract/targets/group-of.ts';
import { kindOf } from '../../../src/ingest/extract/targets/kind.ts';
import { metricWords } from '../../../src/ingest/extract/targets/metric-words.ts';
import { parseAmount } from '../../../src/ingest/extract/targets/parse-amount.ts';
import { NO_TIME, readTime } from '../../../src/ingest/extract/targets/time-context.ts';
import { planFromText } from '../../helpers/ingest.ts';

const figures = (text: string) => findFigures(text).map((f) => [text.slice(f.start, f.end), f.value, f.unit, f.comparator, f.valueMax]);

describe('parseAmount(text)', () => {
  it('multiplies by the magnitude without floating-point noise', () => {
    expect([parseAmount('1.2万'), parseAmount('2.5万'), parseAmount('15'), parseAmount('1.5万'), parseAmount('3亿'), parseAmount('0.3万')]).toEqual([12000, 25000, 15, 15000, 300000000, 3000]);
  });

  it('refuses what is not an amount', () => {
    expect(() => parseAmount('十万')).toThrow('not an amount: "十万"');
  });
});

describe('findFigures(text)', () => {
  it('normalizes value, unit and comparator', () => {
    expect(figures('培育农村创新创业带头人1.2万名以上，培训农村技能人才1万人次以上')).toEqual([
      ['1.2万名以上', 12000, '名', '>=', null],
      ['1万人次以上', 10000, '人次', '>=', null],
    ]);
    expect(figures('参与科普活动的在校学生人数应达到90%以上')).toEqual([['90%以上', 90, '%', '>=', null]]);
    expect(figures('培育科技类校外培训机构10家左右')).toEqual([['10家左右', 10, '家', '~', null]]);
    expect(figures('每学期举办科普讲座数量不少于4次')).toEqual([['4次', 4, '次', '>=', null]]);
    expect(figures('受益公众达10余万人次，编印资料3万余册')).toEqual([['10余万人次', 100000, '人次', '>=', null], ['3万余册', 30000, '册', '>=', null]]);
    expect(figures('力促每名劳动力都拥有1—2门技术')).toEqual([['1—2门', 1, '门', '=', 2]]);
    expect(figures('注册人数达到2.5万。建成特色产业展示馆5以上')).toEqual([['2.5万', 25000, '', '=', null], ['5以上', 5, '', '>=', null]]);
  });

  it('leaves out years, ordinals, document numbers and counts of the plan\'s own parts', () => {
    expect(figures('2022年第17次常务会议审议，国发〔2021〕9号，开展5项提升行动，实施6项重点工程，第31届大赛，征求意见时间30天')).toEqual([]);
  });

  it('leaves out a count that locates rather than aims', () => {
    expect(figures('在全市9个街道少数民族聚居的行政村，继续推进')).toEqual([]);
  });
});

describe('readTime(text, planStart)', () => {
  it('reads 十四五期间 as a period ending in 2025 and 十三五末 as a past year', () => {
    expect(readTime('“十四五”期间，培训', 2021)).toEqual({ ...NO_TIME, deadline: 2025, period: [2021, 2025] });
    expect(readTime('“十三五”末，我市', 2021)).toEqual({ ...NO_TIME, past: true, asOf: 2020 });
  });

  it('lets the latest time words win and reads how often', () => {
    expect(readTime('“十三五”期间取得成效。到2025年，学校每学期至少安排', 2021)).toMatchObject({ past: false, deadline: 2025, frequency: 'per-semester' });
  });

  it('does not take a compared year (`2015年的`) or a book title for the time of a figure', () => {
    expect(readTime('比2015年的', 2021)).toEqual(NO_TIME);
    expect(readTime('《2019—2023年全市干部教育培训规划》', 2021)).toEqual(NO_TIME);
  });
});

describe('metricWords(before, after, unit)', () => {
  it('keeps what is counted and drops time words, comparators and verbs of reaching', () => {
    expect(metricWords('全市公民具备科学素质比例达到', '', '%')).toBe('公民具备科学素质比例');
    expect(metricWords('在“十四五”期间建设不少于', '科学教育示范学校', '所')).toBe('建设科学教育示范学校');
    expect(metricWords('“十四五”期间培养', '高素质农民', '名')).toBe('培养高素质农民');
    expect(metricWords('到2025年力争全市', '的城市社区建有一个科普活动室', '%')).toBe('城市社区建有一个科普活动室');
  });
});

describe('kindOf(time, clause, unit, metric)', () => {
  it('tells targets, baselines and past achievements apart', () => {
    expect(kindOf(NO_TIME, '培训', '人次', '培训')).toBe('target');
    expect(kindOf({ ...NO_TIME, past: true }, '我市公民具备科学素质的比例为', '%', '公民具备科学素质的比例')).toBe('baseline');
    expect(kindOf({ ...NO_TIME, past: true }, '全市现有科普大篷车', '辆', '现有科普大篷车')).toBe('baseline');
    expect(kindOf({ ...NO_TIME, past: true }, '提高了', '%', '公民具备科学素质的比例提高')).toBe('achievement');
    expect(kindOf({ ...NO_TIME, past: true }, '培训农民', '人次', '培训农民')).toBe('achievement');
  });
});

describe('groupFromWords(words)', () => {
  it('names one group or falls back to general', () => {
    expect([groupFromWords('培训农村技能人才'), groupFromWords('培训科技辅导员'), groupFromWords('培训青少年、农民、工人等重点人群'), groupFromWords('科技志愿者')]).toEqual(['farmers', 'youth', 'general', 'general']);
  });
});

describe('readSeed(…).targets', () => {
  it('gives each target its sentence as an exact substring of the seed, however its lines were broken', () => {
    const text = '三、目标\n\n到2025年，全市公民具备科学素质的比例达到15%，培训农民\n\n2万人次以上。\n';
    const plan = planFromText(`# 某市全民科学素质行动实施方案（2021—2025年）\n\n${text}`);
    expect(plan.targets.map((t) => [t.metricZh, t.value, t.unit, t.comparator, t.deadlineYear, t.kind])).toEqual([
      ['公民具备科学素质的比例', 15, '%', '=', 2025, 'target'],
      ['培训农民', 20000, '人次', '>=', 2025, 'target'],
    ]);
    const quote = plan.source.slice(...(plan.targets[1]?.quoteRange ?? [0, 0]));
    expect(quote).toBe('到2025年，全市公民具备科学素质的比例达到15%，培训农民\n\n2万人次以上。');
    expect(plan.source.includes(quote)).toBe(true);
  });

  it('reads the figures of a section that looks back as baselines and achievements', () => {
    const plan = planFromText('# 某市科普规划（2021—2025年）\n\n一、基础与形势\n\n“十三五”末，我市公民具备科学素质的比例为5.5%，培训农民15万人次。\n');
    expect(plan.targets.map((t) => [t.kind, t.asOfYear, t.deadlineYear])).toEqual([['baseline', 2020, null], ['achievement', 2020, null]]);
  });
});
