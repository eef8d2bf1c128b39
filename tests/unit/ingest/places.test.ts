import { describe, expect, it } from 'vitest';
import { projectCatalogs, planFromText } from '../../helpers/ingest.ts';
import { findActivities } from '../../../src/ingest/extract/find-activities.ts';
import { findBases } from '../../../src/ingest/extract/find-bases.ts';
import { outlineOf } from '../../helpers/ingest.ts';

const bases = (text: string, city = '某市') => findBases(outlineOf(text).paragraphs, city).map((b) => [b.name, b.type, b.status]);

describe('findBases(paragraphs, city)', () => {
  it('finds venues with names of their own and reads whether they exist', () => {
    expect(bases('建成并免费开放了中卫市青少年科技馆。加强完善三娘湾中华白海豚科普馆建设，重点发挥坭兴陶博物馆科普能力作用。')).toEqual([
      ['中卫市青少年科技馆', 'science-museum', 'existing'],
      ['三娘湾中华白海豚科普馆', 'popularization-hall', 'existing'],
      ['坭兴陶博物馆', 'museum', 'existing'],
    ]);
  });

  it('finds the county museums a plan seeks and the city museum it will start', () => {
    expect(bases('积极争取中宁县、海原县建设县级科技馆。力争开工建设市科技馆。', '钦州市')).toEqual([
      ['中宁县科技馆', 'science-museum', 'planned'],
      ['海原县科技馆', 'science-museum', 'planned'],
      ['钦州市科技馆', 'science-museum', 'planned'],
    ]);
  });

  it('reads the places listed before 等各类科普教育基地 as bases', () => {
    expect(bases('加强钦州坭兴陶、烟霞山、五皇山、气象预报（观测站）等各类科普教育基地创新发展。')).toEqual([
      ['钦州坭兴陶', 'popularization-base', 'existing'],
      ['烟霞山', 'popularization-base', 'existing'],
      ['五皇山', 'popularization-base', 'existing'],
      ['气象预报（观测站）', 'popularization-base', 'existing'],
    ]);
  });

  it('does not take kinds of venue for named ones', () => {
    expect(bases('推动建设消防安全科普馆、气象科普馆等应急科普宣教场馆，加大对科普大篷车、农村中学科技馆的支持，利用中国数字科技馆平台，引导中小学利用市科技馆、青少年科技馆、博物馆。')).toEqual([]);
  });
});

describe('findActivities(paragraphs, catalog)', () => {
  it('finds every name a plan uses for an activity, longest first, quoted or not', () => {
    const o = outlineOf('深入开展文化科技卫生“三下乡”、科技活动周、全国科普日、防灾减灾日、全国防灾减灾日等活动。');
    expect(findActivities(o.paragraphs, projectCatalogs().activities).map((m) => [m.alias, m.key])).toEqual([
      ['文化科技卫生“三下乡”', 'sanxiaxiang'],
      ['科技活动周', 'quanguo-keji-huodongzhou'],
      ['全国科普日', 'quanguo-kepuri'],
      ['防灾减灾日', 'quanguo-fangzai-jianzai-ri'],
      ['全国防灾减灾日', 'quanguo-fangzai-jianzai-ri'],
    ]);
  });

  it('counts the activity mentions of a plan', () => {
    expect(planFromText('# 某市科普规划（2021—2025年）\n\n开展科技活动周、科普日活动。').activities).toHaveLength(2);
  });
});
