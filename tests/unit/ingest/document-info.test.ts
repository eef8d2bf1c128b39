import { describe, expect, it } from 'vitest';
import { findCommentWindow } from '../../../src/ingest/extract/find-comment-window.ts';
import { findDocNumber } from '../../../src/ingest/extract/find-doc-number.ts';
import { findIssue } from '../../../src/ingest/extract/find-issue.ts';
import { findPeriod } from '../../../src/ingest/extract/find-period.ts';
import { findPlace } from '../../../src/ingest/extract/find-place.ts';
import { findTitle } from '../../../src/ingest/extract/find-title.ts';
import { fiveYearPlan } from '../../../src/ingest/extract/five-year-plan.ts';
import { isoDate } from '../../../src/ingest/extract/dates.ts';
import { findPageMetadata, type PageMetadata } from '../../../src/ingest/extract/metadata.ts';
import { mapped } from '../../helpers/ingest.ts';

const none: PageMetadata = { name: null, docNumber: null, issued: null, issuer: null, webPublished: null };

describe('findPageMetadata(lines)', () => {
  it('reads a document-information line whose separators the scrape lost', () => {
    const line = mapped('名  称: 包头市人民政府关于印发某方案的通知文  号: 包府发〔2022〕42号索 引 号: 011536003/2022-00188发布日期: 2022年07月11日发布机构: 包头市人民政府');
    expect(findPageMetadata([line])).toEqual({ name: '包头市人民政府关于印发某方案的通知', docNumber: '包府发〔2022〕42号', issued: '2022-07-11', issuer: '包头市人民政府', webPublished: null });
  });

  it('takes the date on a page header as the date of the web page, not of the document', () => {
    const header = mapped('发布日期:2022-07-21 16:24  发布单位:信息督查室  来源:包头市人民政府   点击量:293');
    expect(findPageMetadata([header])).toEqual({ ...none, webPublished: '2022-07-21' });
  });
});

describe('findTitle(paragraphs, metadata)', () => {
  it('takes the plan out of the notice that issues it', () => {
    expect(findTitle(['钦州市人民政府关于印发钦州市全民科学素质行动计划纲要实施方案（2021—2035年）的通知'], none)).toEqual({ title: '钦州市全民科学素质行动计划纲要实施方案（2021—2035年）', draft: false });
  });

  it('marks a draft for public comment and leaves the mark out of the title', () => {
    expect(findTitle(['关于征求《安宁市全民科学素质行动实施方案（2021—2025年）（征求意见稿）意见和建议的通知'], none)).toEqual({ title: '安宁市全民科学素质行动实施方案（2021—2025年）', draft: true });
  });

  it('uses the first heading when there is no notice', () => {
    expect(findTitle(['中卫市科学技术普及"十四五"规划', '为深入实施。'], none)).toEqual({ title: '中卫市科学技术普及"十四五"规划', draft: false });
  });
});

describe('findDocNumber(paragraphs, metadata)', () => {
  it('finds the plan\'s own number on a line of its own, not numbers the text cites', () => {
    expect(findDocNumber(['钦州市人民政府关于印发某方案的通知', '钦政发〔2022〕5号', '根据《……》（桂政发〔2021〕30号）要求'], none)).toBe('钦政发〔2022〕5号');
    expect(findDocNumber(['根据《……》（桂政发〔2021〕30号）要求'], none)).toBeNull();
  });
});

describe('findIssue(preamble, metadata)', () => {
  it('reads the signature and date of a covering notice', () => {
    expect(findIssue(['关于征求某方案意见和建议的通知', '安宁市全民科学素质工作领导小组', '2022年3月17日'], none)).toEqual({ issued: '2022-03-17', issuer: '安宁市全民科学素质工作领导小组' });
  });

  it('names the issuer of a notice titled `X关于印发…`', () => {
    expect(findIssue(['钦州市人民政府关于印发某方案的通知', '钦政发〔2022〕5号', '2022年3月29日'], none)).toEqual({ issued: '2022-03-29', issuer: '钦州市人民政府' });
  });
});

describe('findCommentWindow(text)', () => {
  it('reads the window, its length, the e-mail, the phone and the drafter', () => {
    const text = '市科协牵头起草了《安宁市…（征求意见稿）》，现公开征求社会公众意见。征求意见时间30天（自2022年3月17日至2022年4月17日止）。电子邮箱：ankx1981@126.com二、联系电话：68685598';
    expect(findCommentWindow(text)).toEqual({ start: '2022-03-17', end: '2022-04-17', days: 30, email: 'ankx1981@126.com', phone: '68685598', draftedBy: '市科协' });
  });

  it('finds nothing where no window is given', () => {
    expect(findCommentWindow('现公开征求社会公众意见。')).toBeNull();
  });
});

describe('findPeriod(title, paragraphs)', () => {
  it('reads the years in every bracket style the seeds use', () => {
    expect(findPeriod('实施方案（2021年—2025年）', [])).toEqual({ start: 2021, end: 2025, vision: null, basis: 'title' });
    expect(findPeriod('实施方案（2021—2035年）', ['2035年远景目标：全市城乡差距显著缩小。'])).toEqual({ start: 2021, end: 2035, vision: 2035, basis: 'title' });
  });

  it('reads 十四五 as 2021—2025 and does not take a cited vision for the plan\'s own', () => {
    expect(findPeriod('中卫市科学技术普及"十四五"规划', ['结合《中卫市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》'])).toEqual({ start: 2021, end: 2025, vision: null, basis: 'title' });
  });
});

describe('fiveYearPlan(name)', () => {
  it('knows the years of the five-year plans', () => {
    expect([fiveYearPlan('十三五'), fiveYearPlan('“十四五”'), fiveYearPlan('十五五')]).toEqual([[2016, 2020], [2021, 2025], [2026, 2030]]);
  });
});

describe('findPlace(title, text)', () => {
  it('takes the city from the title and the province the text names first', () => {
    expect(findPlace('安宁市全民科学素质行动实施方案', '…《云南省全民科学素质行动实施方案》、《昆明市》…')).toMatchObject({ name: '安宁市', province: '云南省', place: { code: '530181', level: 'county-level', parent: '昆明市' } });
  });
});

describe('isoDate(text)', () => {
  it('reads Chinese and ISO dates and refuses impossible ones', () => {
    expect([isoDate('2022年3月9日'), isoDate('2022-07-21 16:24'), isoDate('2022年2月30日')]).toEqual(['2022-03-09', '2022-07-21', null]);
  });
});
