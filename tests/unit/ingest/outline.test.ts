import { describe, expect, it } from 'vitest';
import { chineseNumeral, findMarker } from '../../../src/ingest/outline/markers.ts';
import { findHeading, titleKey } from '../../../src/ingest/outline/headings.ts';
import { isUnitsLine } from '../../../src/ingest/outline/units-line.ts';
import { outlineOf } from '../../helpers/ingest.ts';

const heading = (text: string, extra: Partial<Parameters<typeof findHeading>[0]> = {}) =>
  findHeading({ text, markdownHeading: false, boldLead: null, planTitleKey: null, first: false, ...extra });

describe('chineseNumeral(s)', () => {
  it('reads the numerals plans number chapters with', () => {
    expect([chineseNumeral('三'), chineseNumeral('十'), chineseNumeral('十二'), chineseNumeral('二十'), chineseNumeral('二十一')]).toEqual([3, 10, 12, 20, 21]);
  });
});

describe('findMarker(text)', () => {
  it('knows every numbering style of the seeds', () => {
    expect(findMarker('一、基础与形势')).toMatchObject({ kind: 'chapter', ordinal: 1 });
    expect(findMarker('（三）工作目标。')).toMatchObject({ kind: 'section', ordinal: 3 });
    expect(findMarker('(十)实施科普资源开发工程')).toMatchObject({ kind: 'section', ordinal: 10 });
    expect(findMarker('1.推动科普')).toMatchObject({ kind: 'item', ordinal: 1 });
    expect(findMarker('2、加强')).toMatchObject({ kind: 'item', ordinal: 2 });
    expect(findMarker('5加强科技教师队伍建设')).toMatchObject({ kind: 'item', ordinal: 5 });
    expect(findMarker('（2）细则')).toMatchObject({ kind: 'subitem', ordinal: 2 });
    expect(findMarker('——提升基础教育')).toMatchObject({ kind: 'bullet', ordinal: null });
  });

  it('does not take a year, a figure or a decimal for a number', () => {
    expect(findMarker('2025年，全市公民')).toBeNull();
    expect(findMarker('1.2万名')).toBeNull();
    expect(findMarker('5个以上')).toBeNull();
    expect(findMarker('一是公民科学素质显著提升')).toBeNull();
  });
});

describe('findHeading(paragraph)', () => {
  it('splits a run-in heading from its text at the first stop', () => {
    expect(heading('（一）青少年科学素质提升行动。围绕中卫市教育质量提升行动')).toEqual({
      kind: 'section', rank: 2, ordinal: 1, title: '青少年科学素质提升行动', bodyStart: 15, guessed: false,
    });
  });

  it('guesses where a heading ends when the seed lost its stop, and says so', () => {
    expect(heading('（八）实施科普基础设施建设工程建立政府引导、多元兴办、多渠道投入的科普基础设施建设机制完善科普基础设施布局优化科普基础设施结构实现资源合理配置。')).toMatchObject({
      title: '实施科普基础设施建设工程', guessed: true,
    });
    expect(heading('2提升全媒体科普传播充分发挥报纸、电台、电视台、网站等媒体平台及微博、微信、抖音、快手等第三方网络平台作用，鼓励。')).toMatchObject({
      title: '提升全媒体科普传播', guessed: true,
    });
  });

  it('takes a bold run as the title of a bullet', () => {
    expect(heading('——突出科学精神引领。践行社会主义核心价值观', { boldLead: '突出科学精神引领' })).toMatchObject({ kind: 'bullet', title: '突出科学精神引领' });
  });

  it('reads a standalone title and a short unnumbered label as headings', () => {
    expect(heading('包头市全民科学素质行动规划纲要实施方案（2021—2025年）', { planTitleKey: titleKey('包头市全民科学素质行动规划纲要实施方案(2021—2025年)') })).toMatchObject({ kind: 'title', rank: 0 });
    expect(heading('工作目标')).toMatchObject({ kind: 'label', rank: 1 });
  });

  it('leaves lead-unit lines and plain sentences alone', () => {
    expect(heading('牵头部门：市教育局、市科协')).toBeNull();
    expect(heading('“十三五”期间，全市科普工作紧紧围绕市委、市政府重大决策部署。')).toBeNull();
  });
});

describe('isUnitsLine(text)', () => {
  it('recognizes the three layouts of lead and cooperating units', () => {
    expect(isUnitsLine('牵头部门：市教育局、市科协')).toBe(true);
    expect(isUnitsLine('配合部门：各成员单位')).toBe(true);
    expect(isUnitsLine('[牵头单位：市教育局，团市委；配合单位：市妇联]')).toBe(true);
    expect(isUnitsLine('（牵头单位：市科技局；配合单位：市委宣传部）')).toBe(true);
    expect(isUnitsLine('（市教体局牵头，市工科信局、市财政局配合）')).toBe(true);
    expect(isUnitsLine('（市委组织部牵头，市人社局配合）')).toBe(true);
    expect(isUnitsLine('（一）加强组织领导。')).toBe(false);
  });
});

describe('outlineOf(text)', () => {
  it('nests every heading style in one tree with anchors from the numbering', () => {
    const o = outlineOf('# 某市科普规划\n\n一、总体要求\n\n（一）指导思想。坚持。\n\n1.突出科学精神引领。践行。\n\n正文。\n\n二、重点任务', '某市科普规划');
    expect(o.paragraphs.map((p) => p.anchor)).toEqual(['title', 's1', 's1-1', 's1-1-1', 's1-1-1-p1', 's2']);
    expect(o.root.children[0]?.children.map((c) => c.heading?.title)).toEqual(['总体要求', '重点任务']);
  });

  it('keeps anchors of other paragraphs when one paragraph is added', () => {
    const before = outlineOf('一、甲\n\n（一）乙。正文。\n\n二、丙\n\n正文。').paragraphs.map((p) => p.anchor);
    const after = outlineOf('一、甲\n\n新增的一段。\n\n（一）乙。正文。\n\n二、丙\n\n正文。').paragraphs.map((p) => p.anchor);
    expect(after.filter((a) => a !== 's1-p1')).toEqual(before);
  });

  it('keeps a text with no headings as paragraphs of the document', () => {
    const o = outlineOf('这是一段没有标题的文字。\n\n这是第二段。');
    expect(o.paragraphs.map((p) => [p.anchor, p.heading])).toEqual([['p1', null], ['p2', null]]);
  });
});
