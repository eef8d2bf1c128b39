import { describe, expect, it } from 'vitest';
import { describeResult, stripUrls } from '../../../src/components/search/render.ts';
import { searchableHtml } from '../../../src/components/search/searchable-html.ts';

describe('searchableHtml(html)', () => {
  const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head></head><body>${body}</body></html>`;

  it('ends each label with a colon and each value with a semicolon, in the page’s language', () => {
    expect(searchableHtml(page('en', '<dl><dt>City</dt><dd>Baotou</dd><dt>Status</dt><dd>Final</dd></dl>'))).toContain('<dl><dt>City: </dt><dd>Baotou; </dd><dt>Status: </dt><dd>Final; </dd></dl>');
    expect(searchableHtml(page('zh-Hans', '<dl><dt>城市</dt><dd>包头市</dd></dl>'))).toContain('<dt>城市：</dt><dd>包头市；</dd>');
  });

  it('labels a row by its header cell and leaves column headings out of the index', () => {
    const html = searchableHtml(page('en', '<table><thead><tr><th scope="col">Kind</th></tr></thead><tbody><tr><th scope="row">Kind</th><td>Campaign</td></tr></tbody></table>'));
    expect(html).toContain('<thead data-pagefind-ignore="">');
    expect(html).toContain('<th scope="row">Kind: </th><td>Campaign</td>');
  });

  it('adds nothing after a label that already ends in punctuation, or is empty', () => {
    expect(searchableHtml(page('en', '<dl><dt>City:</dt><dd></dd></dl>'))).toContain('<dt>City:</dt><dd></dd>');
  });
});

describe('stripUrls(text)', () => {
  it('drops web addresses and keeps the words around them', () => {
    expect(stripUrls('引用：规划。 http://localhost:4321/plans/x/#p1 · 建议更正')).toBe('引用：规划。 … · 建议更正');
  });
});

describe('describeResult(fragment)', () => {
  it('decodes character references in the title and the plan', () => {
    const f = describeResult({ url: '/t/', excerpt: '', meta: { title: 'A &amp; B', plan: '中卫市科学技术普及&quot;十四五&quot;规划' } }, 'zh');
    expect(f.title).toBe('A & B');
    expect(f.plan).toBe('中卫市科学技术普及"十四五"规划');
  });
});
