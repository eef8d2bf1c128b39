import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { icuSequence, indexTerms } from '../../../src/search/index-terms.ts';
import { pageText } from '../../../src/checks/page-text.ts';
import { queryPlan, splitTiers } from '../../../src/browser/search-query.ts';
import { describeResult, fill } from '../../../src/browser/search-render.ts';
import { targetRecord, type TargetRow } from '../../../src/search/target-record.ts';

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

describe('targetRecord', () => {
  const row: TargetRow = {
    id: 'baotou-suzhi-2021-2025/sx2-9-1-t1', plan: 'baotou-suzhi-2021-2025', city_zh: '包头市', city_en: 'Baotou', kind: 'target',
    metric_zh: '科技志愿者', metric_en: 'Science and technology volunteers', metric_text_en: 'science and technology volunteers in the city', value: 20000, value_max: null, unit: '人', unit_en: 'people', comparator: '=',
    figure: '2万人', deadline_year: 2025, as_of_year: null, period: '2021-2025', frequency: null, group: 'general', section: null, quote: '全市科技志愿者达到2万人。',
  };
  const ctx = { groupName: (k: string) => (k === 'general' ? 'General public' : k), planTitle: () => 'Baotou plan' };

  it('is a result of its own that links to its row and carries its English metric, value, unit and city', () => {
    const r = targetRecord('en', row, ctx);
    expect(r.url).toBe('/en/plans/baotou-suzhi-2021-2025/#target-sx2-9-1-t1');
    expect(r.language).toBe('en');
    expect(r.meta).toMatchObject({ title: 'science and technology volunteers in the city', value: '20,000', unit: 'people', city: 'Baotou', when: '2025', plan: 'Baotou plan' });
    expect(r.filters).toEqual({ kind: ['target'], city: ['Baotou'], group: ['General public'] });
    expect(r.content).toBe('science and technology volunteers in the city 20,000 people 2025 Baotou');
  });

  it('falls back to the comparable metric where the plan’s words have no English yet', () => {
    expect(targetRecord('en', { ...row, metric_text_en: null }, ctx).meta['title']).toBe('Science and technology volunteers');
  });

  it('keeps the plan’s Chinese sentence as the content of the Chinese record', () => {
    expect(targetRecord('zh', row, ctx).content).toBe(row.quote);
  });

  it('goes into the Chinese index with Chinese names', () => {
    const r = targetRecord('zh', row, { ...ctx, groupName: () => '公众' });
    expect(r.language).toBe('zh-hans');
    expect(r.meta).toMatchObject({ title: '科技志愿者', value: '20,000', unit: '人', city: '包头市' });
    expect(r.filters['kind']).toEqual(['目标']);
  });
});

describe('describeResult', () => {
  it('shows a target with its figure, kind and city', () => {
    const f = describeResult({
      url: '/plans/p/', excerpt: '', meta: { title: '科技志愿者', value: '20,000', unit: '人', city: '包头市', status: '目标' }, filters: { kind: ['目标'] },
    }, 'zh');
    expect(f).toMatchObject({ title: '科技志愿者', kind: '目标', city: '包头市', figure: '20,000 人', status: '' });
  });

  it('fills in message placeholders', () => {
    expect(fill('“{q}”共有 {n} 条结果', { q: '志愿者', n: 21 })).toBe('“志愿者”共有 21 条结果');
  });
});
