import { describe, expect, it } from 'vitest';
import { readParagraphs } from '../../../src/ingest/outline/read-outline.ts';
import { findWebChrome } from '../../../src/ingest/outline/web-chrome.ts';

const texts = (source: string) => readParagraphs(source).paragraphs.map((p) => p.raw.text);

describe('readParagraphs(source)', () => {
  it('joins a sentence that PDF extraction cut across a blank line', () => {
    expect(texts('一是公民科学素质显著提升。“十三五”末,我市公民具备科学素质的比例为 5.5%,提升幅\n\n度为175%,在全区五市中增长幅度最高。')).toEqual([
      '一是公民科学素质显著提升。“十三五”末,我市公民具备科学素质的比例为 5.5%,提升幅度为175%,在全区五市中增长幅度最高。',
    ]);
  });

  it('joins a bracket left open across a page break', () => {
    expect(texts('（牵头单位：市科技局、市人力资源社会保障局，市科协；\n\n配合单位：市委宣传部）')).toEqual(['（牵头单位：市科技局、市人力资源社会保障局，市科协；配合单位：市委宣传部）']);
  });

  it('starts a new paragraph at an indented line, a numbered line or after a finished sentence', () => {
    expect(texts('　　(一)指导思想\n　　以习近平新时代中国特色社会主义思想为指导。\n——提升基础教育阶段科学教育水平。完善。')).toEqual([
      '　　(一)指导思想', '　　以习近平新时代中国特色社会主义思想为指导。', '——提升基础教育阶段科学教育水平。完善。',
    ].map((s) => s.trim()));
  });

  it('keeps a short heading apart from the paragraph after it', () => {
    expect(texts('工作目标\n\n2025年,全市公民具备科学素质的比例达到15%。')).toEqual(['工作目标', '2025年,全市公民具备科学素质的比例达到15%。']);
  });

  it('joins a title set over two short lines', () => {
    expect(texts('包头市全民科学素质行动规划纲要\n\n实施方案(2021—2025年)\n\n贯彻落实。')).toEqual(['包头市全民科学素质行动规划纲要实施方案(2021—2025年)', '贯彻落实。']);
  });

  it('reads markdown syntax as structure and everything else as literal text', () => {
    const read = readParagraphs('# 标题\n\n- ——**突出科学精神引领**。践行 <b>x</b> {y} `z` \\* a_b_c');
    expect(read.paragraphs.map((p) => [p.markdownHeading, p.boldLead, p.raw.text])).toEqual([
      [true, null, '标题'],
      [false, '突出科学精神引领', '——突出科学精神引领。践行 <b>x</b> {y} `z` \\* a_b_c'],
    ]);
  });

  it('keeps the number of an ordered list item, which markdown would drop', () => {
    expect(texts('1. 突出科学精神引领。践行。\n\n2. 坚持协同推进。')).toEqual(['1. 突出科学精神引领。践行。', '2. 坚持协同推进。']);
  });

  it('leaves web-page chrome out of the text', () => {
    const read = readParagraphs('登录\n智慧昆都仑\n\n智慧昆都仑\n\n请用手机\n扫码访问\n\n无障碍浏览 适老版\n当前位置: 首页 > 新闻动态 > 详情 返回上页\n某市人民政府关于印发某方案的通知\n\n正文。\n\n智能问答');
    expect(read.paragraphs.map((p) => p.raw.text)).toEqual(['某市人民政府关于印发某方案的通知', '正文。']);
    expect(read.chrome.map((c) => c.text)).toEqual(['登录', '智慧昆都仑', '智慧昆都仑', '请用手机', '扫码访问', '无障碍浏览 适老版', '当前位置: 首页 > 新闻动态 > 详情 返回上页', '智能问答']);
  });
});

describe('findWebChrome(lines)', () => {
  it('finds click counters, font controls and print links on a page header line', () => {
    expect(findWebChrome(['发布日期:2022-07-21 16:24 来源:包头市人民政府 点击量:293 [字体: ] 打印保存', '正文。'])).toEqual(new Set([0]));
  });

  it('does not take a document that starts with a short line for a web page', () => {
    expect(findWebChrome(['工作目标', '2025年，全市公民具备科学素质的比例达到15%。'])).toEqual(new Set());
  });
});
