// Plans as their governments publish them, beyond the five seeds: the openings of real notices
// and plans of other places (written out here as their pages show them), each read for its
// title, place, period, document number, issue date and issuer, checked by reading the text.
import { describe, expect, it } from 'vitest';
import { planFromText } from '../../helpers/ingest.ts';

const read = (text: string) => {
  const p = planFromText(text, 'opening.txt');
  return { slug: p.slug, title: p.title, place: p.city.zh, level: p.level, province: p.province, parent: p.parent, period: p.period, doc: p.docNumber, issued: p.issued, issuer: p.issuer, script: p.script };
};

describe('readSeed(a notice followed by the plan)', () => {
  it('reads a city government’s notice: number on its own line, date, then the plan (南昌, 2021)', () => {
    const text = `南昌市人民政府关于印发南昌市全民科学素质行动规划纲要实施方案(2021-2025年)的通知

洪府发〔2021〕27号

各县(区)人民政府、开发区管委会,市政府各部门:

《南昌市全民科学素质行动规划纲要实施方案(2021-2025年)》已经市政府同意,现印发给你们,请认真遵照执行。

2021年12月21日

(此件主动公开)

南昌市全民科学素质行动规划纲要实施方案(2021—2025年)

根据《中华人民共和国科学技术普及法》《国务院关于印发全民科学素质行动规划纲要(2021—2035年)的通知》精神,制定本实施方案。
`;
    expect(read(text)).toEqual({
      slug: 'nanchang-suzhi-2021-2025', title: '南昌市全民科学素质行动规划纲要实施方案（2021—2025年）', place: '南昌市', level: 'prefecture', province: '江西省', parent: null,
      period: { start: 2021, end: 2025, vision: null, basis: 'title' }, doc: '洪府发〔2021〕27号', issued: '2021-12-21', issuer: '南昌市人民政府', script: 'simplified',
    });
  });

  it('reads a county-level city’s notice with the page header and the date below the signature (浏阳, 2022)', () => {
    const text = `浏阳市人民政府办公室关于印发《浏阳市全民科学素质行动规划纲要实施方案(2021—2025年)》的通知

发布时间 : 2022-10-31 来源:浏阳市司法局

各乡、镇人民政府,街道办事处,市直各单位:

《浏阳市全民科学素质行动规划纲要实施方案(2021—2025年)》已经市人民政府同意,现印发给你们,请认真组织实施。

浏阳市人民政府办公室        

2022年10月31日          

(此件主动公开)

浏阳市全民科学素质行动规划纲要实施方案(2021—2025年)

根据《中华人民共和国科学技术普及法》精神,结合我市实际,制定本实施方案。
`;
    expect(read(text)).toMatchObject({ place: '浏阳市', level: 'county-level', province: '湖南省', parent: '长沙市', doc: null, issued: '2022-10-31', issuer: '浏阳市人民政府办公室' });
  });

  it('reads a 2016—2020 计划纲要 plan as 2016—2020, with its 2020 target (绵竹, 2017)', () => {
    const text = `绵竹市人民政府办公室关于印发绵竹市全民科学素质行动计划纲要实施方案（2016-2020年）的通知

绵府办发〔2017〕21号

各镇乡人民政府、德阿园区管委会、绵竹经开区管委会、市级各部门:
《绵竹市全民科学素质行动计划纲要实施方案(2016-2020年)》已经市政府十八届八次常务会议审议通过,现印发给你们,请认真贯彻执行。
绵竹市人民政府办公室
2017年5月15日

绵竹市全民科学素质行动计划纲要实施方案(2016-2020年)

为贯彻落实《全民科学素质行动计划纲要(2006—2010—2020年)》，实现2020年全市全民科学素质工作目标，制定本实施方案。

一、总体要求

到2020年，全市公民具备科学素质的比例达到10%。
`;
    expect(read(text)).toMatchObject({ slug: 'mianzhu-suzhi-2016-2020', period: { start: 2016, end: 2020, basis: 'title' }, doc: '绵府办发〔2017〕21号', issued: '2017-05-15', issuer: '绵竹市人民政府办公室', parent: '德阳市' });
    const target = planFromText(text).targets[0];
    expect([target?.kind, target?.value, target?.deadlineYear, target?.metricKey]).toEqual(['target', 10, 2020, 'literacy-rate']);
  });

  it('reads a metadata table whose fields run together and a notice title set over three lines (赤壁, 2012)', () => {
    const text = `市人民政府办公室关于印发赤壁市全民科学素质行动计划纲要实施方案(2011-2015年)的通知

索引号 : 11346509/2012-1563602 文       号 : 赤政办发〔2012〕3号

主题分类: 科技 发文单位: 赤壁市人民政府门户网

名       称: 市人民政府办公室关于印发赤壁市全民科学素质行动计划纲要实施方案(2011-2015年)的通知 发布日期: 2012年09月28日

有效性: 有效 发文日期: 2012年09月28日

赤政办发〔2012〕3号

市人民政府办公室关于

印发赤壁市全民科学素质行动计划纲要

实施方案(2011-2015年)的通知

各乡镇人民政府、办事处、场,市政府各部门:

  经市人民政府同意,现将《赤壁市全民科学素质行动计划纲要实施方案(2011-2015年)》印发给你们,请认真贯彻执行。

一二年一月十二日

赤壁市全民科学素质行动计划纲要实施方案(2011-2015年)

根据《省人民政府关于贯彻实施〈全民科学素质行动计划纲要〉(2006-2010-2020年)的意见》,制定本实施方案。
`;
    expect(read(text)).toMatchObject({ title: '赤壁市全民科学素质行动计划纲要实施方案（2011—2015年）', place: '赤壁市', parent: '咸宁市', period: { start: 2011, end: 2015 }, doc: '赤政办发〔2012〕3号', issued: '2012-09-28', issuer: '赤壁市人民政府办公室' });
  });

  it('reads a law database’s fields (发文标题, 发文文号 with square brackets, 发文部门, 发文时间) (广州, 2016)', () => {
    const text = `发文标题: 广州市人民政府办公厅关于印发广州市全民科学素质行动计划纲要实施方案[2016—2020年]的通知
发文文号: 穗府办[2016]29号
发文部门: 广州市人民政府办公厅
发文时间: 2016-12-20
实施时间: 2016-12-20

各区人民政府,市政府各部门、各直属机构:
  《广州市全民科学素质行动计划纲要实施方案(2016—2020年)》已经市政府同意,现印发给你们,请认真组织实施。
  广州市人民政府办公厅
  2016年12月20日
  广州市全民科学素质行动计划纲要实施方案(2016—2020年)
  为贯彻落实《国务院关于印发全民科学素质行动计划纲要(2006—2010—2020年)的通知》,制定本实施方案。
`;
    expect(read(text)).toMatchObject({ place: '广州市', period: { start: 2016, end: 2020 }, doc: '穗府办[2016]29号', issued: '2016-12-20', issuer: '广州市人民政府办公厅' });
  });

  it('reads a notice whose title runs into the addressees, and a number glued to its date (德清)', () => {
    const text = `德清县人民政府关于印发德清县全民科学素质行动规划纲要实施方案（2021—2025年）的通知各镇人民政府，县政府各部门、各直属单位：
现将《德清县全民科学素质行动规划纲要实施方案（2021—2025年）》印发给你们，请认真贯彻执行。
德政发〔2022〕9号2022年04月12日
`;
    expect(read(text)).toMatchObject({ title: '德清县全民科学素质行动规划纲要实施方案（2021—2025年）', place: '德清县', level: 'county', parent: '湖州市', doc: '德政发〔2022〕9号', issued: '2022-04-12', issuer: '德清县人民政府' });
  });

  it('reads a date in Chinese numerals with its zero written O, the signature below it (德清)', () => {
    const text = `德清县人民政府关于印发德清县科学技术普及“十四五”规划的通知

各镇人民政府，县政府各部门：
现将《德清县科学技术普及“十四五”规划》印发给你们，请认真贯彻执行。

二O二二年四月十二日
德清县人民政府

德清县科学技术普及“十四五”规划
`;
    // 德庆县 sounds the same, so 德清 is keyed by its city.
    expect(read(text)).toMatchObject({ slug: 'huzhou-deqing-kepu-2021-2025', period: { start: 2021, end: 2025, basis: 'title' }, issued: '2022-04-12', issuer: '德清县人民政府' });
  });
});

describe('readSeed(plans of every kind)', () => {
  it('reads a provincial plan in Traditional characters through Simplified, keeping its characters on the page and in quotes (宁夏)', () => {
    const text = `寧夏回族自治區全民科學素質行動規劃綱要實施方案(2021年—2025年)

為貫徹落實國務院《全民科學素質行動規劃綱要(2021年—2035年)》的部署要求,全面提升公民科學素質,制定本實施方案。

一、指導思想、原則和工作目標

(三)工作目標。

到2025年,全區公民具備科學素質的比例達到11.5%。
`;
    expect(read(text)).toMatchObject({ slug: 'ningxia-suzhi-2021-2025', title: '寧夏回族自治區全民科學素質行動規劃綱要實施方案(2021年—2025年)', place: '宁夏回族自治区', level: 'province', province: '宁夏回族自治区', parent: null, script: 'traditional' });
    const plan = planFromText(text);
    const target = plan.targets[0];
    expect([target?.value, target?.unit, target?.metricKey]).toEqual([11.5, '%', 'literacy-rate']);
    expect(plan.source.slice(...(target?.quoteRange ?? [0, 0]))).toBe('到2025年,全區公民具備科學素質的比例達到11.5%。');
    expect(plan.outline.paragraphs.map((p) => p.display.text)).toContain('到2025年,全區公民具備科學素質的比例達到11.5%。');
  });

  it('reads the period of a 科普规划 from its opening when the title has none (平遥, 十三五)', () => {
    const text = `平遥县科普工作规划

为明确“十三五”时期全县科普工作的目标和任务，制定本规划。
`;
    expect(read(text)).toMatchObject({ slug: 'pingyao-kepu-2016-2020', period: { start: 2016, end: 2020, basis: 'text' }, place: '平遥县', parent: '晋中市' });
  });

  it('keeps a plan that states no period without one, and says so', () => {
    const plan = planFromText('平遥县科普工作方案\n\n为推进全县科普工作，制定本方案。\n');
    expect([plan.period, plan.slug]).toEqual([null, 'pingyao-kepu']);
    expect(plan.warnings.map((w) => w.field)).toEqual(expect.arrayContaining(['period', 'sections']));
  });

  it('reads a short opening as a plan, warning that no actions or projects were found', () => {
    const plan = planFromText('浏阳市全民科学素质行动规划纲要实施方案(2021—2025年)\n\n根据《中华人民共和国科学技术普及法》精神,结合我市实际,制定本实施方案。\n');
    expect(plan.warnings.find((w) => w.field === 'sections')?.message).toBe('no improvement actions (提升行动) or key projects (重点工程) found: the text may be only the opening of the plan; its page shows what there is');
  });
});

describe('readSeed(counts in Chinese numerals)', () => {
  it('reads 一名, 两个, 三所, 十个, 二十个 and 百余场 as figures where the text sets them as a least, and 一支队伍 not', () => {
    const plan = planFromText(`某市科普规划（2021—2025年）

一、主要任务

每所学校至少配备一名专职科技教师。每个县至少建成两个科普馆。创建不少于三所科技特色学校。培育不少于十个科普教育基地。建设不少于二十个科普示范社区。每年举办科普讲座百余场。打造一支高素质科普队伍。
`);
    expect(plan.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([[1, '名', '>='], [2, '个', '>='], [3, '所', '>='], [10, '个', '>='], [20, '个', '>='], [100, '场', '>=']]);
  });
});
