import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { icuSequence, indexTerms } from '../../../src/search/index-terms.ts';
import { pageText } from '../../../src/checks/page-text.ts';
import { queryPlan, splitTiers } from '../../../src/browser/search-query.ts';
import { describeResult, fill, type Fragment } from '../../../src/browser/search-render.ts';
import { recordHtml } from '../../../src/search/record-html.ts';
import { targetsRecord, type TargetRow } from '../../../src/search/target-record.ts';

describe('pageText', () => {
  const html = `<html lang="zh-Hans"><body><nav>导航</nav><main data-search-body><h1>科技馆</h1>
    <nav data-search-ignore><a href="#">目录</a></nav><p>建设<strong>科技馆</strong>&amp;博物馆</p>
    <span hidden>包头市</span><p lang="zh-Hans">原文</p><script>var x = "<p>no</p>";</script></main></body></html>`;

  it('keeps the searchable body and drops ignored parts, scripts and what lies outside it', () => {
    expect(pageText(html, { hidden: true })).toBe('科技馆\n建设科技馆&博物馆\n包头市\n原文');
  });

  it('drops hidden elements and text in another language when asked, as a reader sees the page', () => {
    expect(pageText(html.replace('<html lang="zh-Hans">', '<html lang="en">'), { hidden: false, dropLang: 'zh' })).toBe('科技馆\n建设科技馆&博物馆');
  });
});

describe('indexTerms', () => {
  it('gives Chinese pages the word sequence the browser splits a query into', () => {
    expect(icuSequence('全国科普日活动')).toEqual(['全国', '科普', '日', '活动']);
    expect(indexTerms('zh-Hans', '科技志愿者')).toBe('科技 志愿 者');
  });

  it('gives English pages each word once, with years split out of ranges', () => {
    expect(indexTerms('en', 'Baotou (2021–2025), Baotou')).toBe('baotou 2021 2025');
  });

  it('gives a text of many lines, some of them seen before, the words of the whole text', () => {
    const seed = readFileSync('seeds/003_23647e01fcb0039d.txt', 'utf8').split('\n').slice(0, 120);
    indexTerms('zh-Hans', seed.slice(0, 60).join('\n'));
    const text = [...seed, '', ...seed.slice(10, 20), 'Baotou (2021–2025)'].join('\n');
    expect(indexTerms('zh-Hans', text)).toBe(icuSequence(text).join(' '));
    expect(indexTerms('en', text)).toBe([...new Set(icuSequence(text))].join(' '));
  });
});

describe('queryPlan', () => {
  it('searches each Chinese word of a Chinese query as a phrase too', () => {
    expect(queryPlan(' 包头  2025 ', 'zh')).toEqual({ loose: '包头 2025', phrases: ['"包头"'] });
    expect(queryPlan('科普基础设施', 'zh').phrases).toEqual(['"科普基础设施"']);
  });

  it('leaves English queries, single characters and quoted queries to Pagefind', () => {
    expect(queryPlan('science day', 'en').phrases).toEqual([]);
    expect(queryPlan('馆', 'zh').phrases).toEqual([]);
    expect(queryPlan('"科技 馆"', 'zh').phrases).toEqual([]);
  });
});

describe('splitTiers', () => {
  it('shows first the results that have every phrase, in the ordinary ranking', () => {
    expect(splitTiers(['a', 'b', 'c', 'd'], [['d', 'a', 'x'], ['a', 'd']])).toEqual({ exact: ['a', 'd'], partial: ['b', 'c'] });
  });

  it('takes every result as exact when there is no phrase', () => {
    expect(splitTiers(['a', 'b'], [])).toEqual({ exact: ['a', 'b'], partial: [] });
  });
});

describe('targetsRecord', () => {
  const row: TargetRow = {
    id: 'baotou-suzhi-2021-2025/sx2-9-1-t1', plan: 'baotou-suzhi-2021-2025', city_zh: '包头市', city_en: 'Baotou', kind: 'target',
    metric_zh: '科技志愿者', metric_en: 'Science and technology volunteers', metric_text_en: 'science and technology volunteers in the city', value: 20000, value_max: null, unit: '人', unit_en: 'people', comparator: '=',
    figure: '2万人', deadline_year: 2025, as_of_year: null, period: '2021-2025', frequency: null, group: 'general', section: null, quote: '全市科技志愿者达到2万人。',
  };
  const baseline: TargetRow = { ...row, id: 'baotou-suzhi-2021-2025/p3-t2', kind: 'baseline', metric_zh: '科普场馆', metric_text_en: null, metric_en: 'Science venues', value: 12, unit: '个', unit_en: 'venues', deadline_year: null, as_of_year: 2020, quote: '现有科普场馆12个。' };
  const ctx = { groupName: (k: string) => (k === 'general' ? 'General public' : k), planTitle: () => 'Baotou plan' };

  it('is one result for a plan’s targets of a group, linked to the first of them, filtered by kind, city and group', () => {
    const r = targetsRecord('en', [row, baseline], ctx);
    expect(r.url).toBe('/en/plans/baotou-suzhi-2021-2025/#target-sx2-9-1-t1');
    expect(r.language).toBe('en');
    expect(r.content).toBe('Baotou · General public: 2 quantitative targets');
    expect(r.meta).toMatchObject({ title: r.content, city: 'Baotou', group: 'General public', plan: 'Baotou plan' });
    expect(r.filters).toEqual({ kind: ['target'], city: ['Baotou'], group: ['General public'] });
  });

  it('makes each target an anchor at its row, titled with its English metric, with its figure, deadline and status', () => {
    const [volunteers, venues] = targetsRecord('en', [row, baseline], ctx).anchors ?? [];
    expect(volunteers).toEqual({ id: 'target-sx2-9-1-t1', title: 'science and technology volunteers in the city', line: '20,000 people · 2025', blocks: [] });
    expect(venues).toMatchObject({ id: 'target-p3-t2', title: 'Science venues', line: '12 venues · 2020 · Baseline' });
  });

  it('keeps the plan’s Chinese sentence as the text of each target of the Chinese record', () => {
    const r = targetsRecord('zh', [row], { ...ctx, groupName: () => '公众' });
    expect(r.language).toBe('zh-hans');
    expect(r.content).toBe('包头市·公众：1项量化目标');
    expect(r.anchors).toEqual([{ id: 'target-sx2-9-1-t1', title: '科技志愿者', line: '20,000人 · 2025', blocks: [row.quote] }]);
    expect(r.filters['kind']).toEqual(['目标']);
  });

  it('finds the English record by the Chinese words of its targets and the city’s Chinese name', () => {
    expect(targetsRecord('en', [row], ctx).meta['terms']?.split(' ')).toEqual(expect.arrayContaining(['科技', '志愿', '者', '包头']));
  });
});

describe('recordHtml', () => {
  const baseRow: TargetRow = {
    id: 'p/t1', plan: 'p', city_zh: '包头市', city_en: 'Baotou', kind: 'target', metric_zh: '<科技>志愿者', metric_en: 'Volunteers & helpers', metric_text_en: null, value: 2, value_max: null,
    unit: '人', unit_en: 'people', comparator: '=', figure: '2人', deadline_year: 2025, as_of_year: null, period: null, frequency: null, group: 'general', section: null, quote: '“志愿者”<2人>',
  };
  const record = targetsRecord('en', [baseRow], { groupName: () => 'All', planTitle: () => 'Plan "P"' });

  it('gives Pagefind its metadata and filters as meta elements, and each anchor as a titled section', () => {
    const html = recordHtml(record);
    expect(html).toContain('<meta data-pagefind-meta="plan[content]" content="Plan &#x22;P&#x22;">');
    expect(html).toContain('<meta data-pagefind-filter="kind[content]" content="target">');
    expect(html).toContain('<h1>Baotou · All: 1 quantitative target</h1><section id="target-t1" data-pagefind-title="Volunteers &#x26; helpers"><p>Volunteers &#x26; helpers</p>2 people · 2025</section>');
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
  });

  it('escapes the text of a Chinese target’s sentence', () => {
    const zh = targetsRecord('zh', [baseRow], { groupName: () => '公众', planTitle: () => 'P' });
    expect(recordHtml(zh)).toContain('<section id="target-t1" data-pagefind-title="<科技>志愿者"><p>&#x3C;科技>志愿者</p>2人 · 2025<p>“志愿者”&#x3C;2人></p></section>');
  });
});

describe('describeResult', () => {
  const targets: Fragment = {
    url: '/plans/p/#target-t0', excerpt: '', meta: { title: '包头市·公众：7项量化目标', city: '包头市', plan: '包头市方案' }, filters: { kind: ['目标'] },
    anchors: Array.from({ length: 7 }, (_, i) => ({ id: `target-t${i}`, title: `指标${i}`, text: `${i}人 · 2025年` })),
  };

  it('lists the targets the query matched, with their figures and excerpts', () => {
    const f = describeResult({ ...targets, sub_results: [{ url: '/plans/p/#target-t3', excerpt: '<mark>志愿者</mark>', anchor: targets.anchors?.[3] }, { url: '/plans/p/#target-t0', excerpt: '包头市' }] }, 'zh');
    expect(f).toMatchObject({ title: '包头市·公众：7项量化目标', kind: '目标', city: '包头市', plan: '包头市方案', moreTargets: 6, table: '/plans/p/#targets-heading' });
    expect(f.targets).toEqual([{ href: '/plans/p/#target-t3', title: '指标3', line: '3人 · 2025年', excerpt: '<mark>志愿者</mark>' }]);
  });

  it('lists the first targets when the query matched none of them, or there is no query', () => {
    const f = describeResult(targets, 'zh');
    expect(f.targets.map((t) => t.href)).toEqual(['/plans/p/#target-t0', '/plans/p/#target-t1', '/plans/p/#target-t2', '/plans/p/#target-t3', '/plans/p/#target-t4']);
    expect(f.moreTargets).toBe(2);
  });

  it('lists no targets for a page', () => {
    expect(describeResult({ url: '/plans/p/', excerpt: 'x', meta: { title: 'P' }, filters: { kind: ['plan'] } }, 'en')).toMatchObject({ kind: 'Plan', targets: [], moreTargets: 0 });
  });

  it('fills in message placeholders', () => {
    expect(fill('“{q}”共有 {n} 条结果', { q: '志愿者', n: 21 })).toBe('“志愿者”共有 21 条结果');
  });
});
