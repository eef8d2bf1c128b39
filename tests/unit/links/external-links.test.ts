import { describe, expect, it } from 'vitest';
import { leavesSite, untrustedLinks } from '../../../src/checks/external-links.ts';
import type { Publisher } from '../../../src/schemas/catalog/publisher.ts';

const own = { origin: 'https://kepu.example.org', repository: 'https://github.com/kepu-plans/kepu-plans-hub' };
const publishers = [{ key: 'state-council', name_zh: '国务院', name_en: 'State Council', kind: 'government', hosts: ['www.gov.cn'] }] as unknown as Publisher[];

describe('leavesSite', () => {
  it('keeps the site’s own pages and its repository’s pages on the site', () => {
    expect(leavesSite('https://kepu.example.org/plans/x/', own)).toBe(false);
    expect(leavesSite('https://github.com/kepu-plans/kepu-plans-hub/edit/main/seeds/a.txt', own)).toBe(false);
    expect(leavesSite('/plans/x/', own)).toBe(false);
    expect(leavesSite('mailto:editors@example.org', own)).toBe(false);
  });

  it('counts a host that only starts like the site’s, or another repository, as leaving it', () => {
    expect(leavesSite('https://kepu.example.org.evil.example/x', own)).toBe(true);
    expect(leavesSite('https://github.com/kepu-plans/kepu-plans-hub-copy/x', own)).toBe(true);
  });
});

describe('untrustedLinks', () => {
  it('names the links off the site to a host no publisher has, page by page', () => {
    const pages = [['en/x/index.html', ['https://www.gov.cn/zhengce/a.htm', 'https://kepu.example.org.evil.example/x', '/plans/']]] as const;
    expect(untrustedLinks(pages, publishers, own)).toEqual([{ page: 'en/x/index.html', href: 'https://kepu.example.org.evil.example/x' }]);
  });
});
