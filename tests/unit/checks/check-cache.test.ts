import { describe, expect, it } from 'vitest';
import { contentHash, readFindings, writeFindings, type PageFindings } from '../../../src/checks/check-cache.ts';

const findings: PageFindings = { hash: contentHash('<html></html>'), links: ['https://www.gov.cn/a.htm'], clashes: [{ entry: 3, zh: '科学素质', en: 'scientific literacy', found: 'Science Literacy' }] };

describe('readFindings', () => {
  it('gives back what a cache made with the same key holds', () => {
    const text = writeFindings('k1', new Map([['en/index.html', findings]]));
    expect(readFindings(text, 'k1')).toEqual(new Map([['en/index.html', findings]]));
  });

  it('keeps nothing from a cache made with another key, an unreadable one or none', () => {
    expect(readFindings(writeFindings('k1', new Map([['en/index.html', findings]])), 'k2').size).toBe(0);
    expect(readFindings('{"key":"k1","pages":', 'k1').size).toBe(0);
    expect(readFindings(null, 'k1').size).toBe(0);
  });
});

describe('contentHash', () => {
  it('tells pages apart by their bytes', () => {
    expect(contentHash('<p>a</p>')).toBe(contentHash(new TextEncoder().encode('<p>a</p>')));
    expect(contentHash('<p>a</p>')).not.toBe(contentHash('<p>b</p>'));
  });
});
