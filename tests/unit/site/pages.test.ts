import { describe, expect, it } from 'vitest';
import { laterPages, pageCount, paged, pagerAt, pageRows, pagesByWeight, ROWS_PER_PAGE } from '../../../src/site/pages.ts';

describe('pageCount(rows, size)', () => {
  it('counts the pages a list takes, with one page for an empty or short list', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(ROWS_PER_PAGE)).toBe(1);
    expect(pageCount(ROWS_PER_PAGE + 1)).toBe(2);
    expect(pageCount(23_000, 150)).toBe(154);
  });
});

describe('pageRows(rows, page, size)', () => {
  it('gives each row to exactly one page, in order', () => {
    const rows = Array.from({ length: 7 }, (_, i) => i);
    const pages = Array.from({ length: pageCount(rows.length, 3) }, (_, i) => pageRows(rows, i + 1, 3));
    expect(pages).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
  });
});

describe('laterPages(rows, size)', () => {
  it('lists the route parameters of the pages after the first', () => {
    expect(laterPages(7, 3)).toEqual(['2', '3']);
    expect(laterPages(3, 3)).toEqual([]);
  });
});

describe('pagesByWeight(items, weight, budget)', () => {
  it('fills each page up to the budget, in order', () => {
    expect(pagesByWeight([3, 3, 3, 1], (n) => n, 6)).toEqual([[3, 3], [3, 1]]);
  });

  it('gives an item heavier than the budget a page of its own', () => {
    expect(pagesByWeight([2, 9, 2], (n) => n, 6)).toEqual([[2], [9], [2]]);
  });

  it('has one empty page for no items', () => {
    expect(pagesByWeight([], (n: number) => n, 6)).toEqual([[]]);
  });
});

describe('paged(items, page, size, href, summary)', () => {
  it('gives a page its rows, their positions in the list and the pages either side', () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    expect(paged(items, 2, 3, (n) => `/x/${n}/`)).toEqual({ pages: 3, rows: [3, 4, 5], from: 4, to: 6, total: 7, pager: { prev: '/x/1/', next: '/x/3/' } });
    expect(paged(items, 3, 3, (n) => `/x/${n}/`)).toMatchObject({ rows: [6], from: 7, to: 7, pager: { prev: '/x/2/', next: null } });
  });

  it('says what the page holds when given a summary', () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    expect(paged(items, 3, 3, (n) => `/x/${n}/`, (from, to, total) => `${from}–${to} of ${total}`).pager).toEqual({ summary: '7–7 of 7', prev: '/x/2/', next: null });
  });

  it('gives a list of one page no pager', () => {
    expect(paged([1, 2], 1, 10, (n) => `/x/${n}/`, () => 'all')).toMatchObject({ pages: 1, pager: null });
  });
});

describe('pagerAt(page, pages, href, summary)', () => {
  it('links the pages either side, none before the first or after the last', () => {
    expect(pagerAt(1, 3, (n) => `/x/${n}/`)).toEqual({ prev: null, next: '/x/2/' });
    expect(pagerAt(3, 3, (n) => `/x/${n}/`, 'last')).toEqual({ summary: 'last', prev: '/x/2/', next: null });
  });

  it('gives a single page no pager', () => {
    expect(pagerAt(1, 1, (n) => `/x/${n}/`)).toBeNull();
  });
});
