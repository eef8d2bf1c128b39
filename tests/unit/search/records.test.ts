import { describe, expect, it } from 'vitest';
import { bodyUnits } from '../../../src/search/body-units.ts';
import { ownUnits } from '../../../src/search/plan-records.ts';
import { proseText } from '../../../src/search/prose-text.ts';
import { searchRecord } from '../../../src/search/record.ts';
import type { PlanEntry, SiteData } from '../../../src/site/data.ts';

describe('bodyUnits', () => {
  it('reads each heading and paragraph of a generated body with its anchor and its text, references decoded', () => {
    const body = [
      '<Heading id="s1" rank={1} n="I.">一、总体要求</Heading>',
      '<Para id="s1-1" rank={3} n="1."><Lead>1突出科学精神引领。</Lead>践行社会主义核心价值观&#58;弘扬科学精神\\*</Para>',
      '<Para id="s1-2">建设<Venue id="baotou/kejiguan">包头市科技馆</Venue>。</Para>',
    ].join('\n\n');
    expect(bodyUnits(body)).toEqual([
      { id: 's1', text: '一、总体要求' },
      { id: 's1-1', text: '1突出科学精神引领。践行社会主义核心价值观:弘扬科学精神*' },
      { id: 's1-2', text: '建设包头市科技馆。' },
    ]);
  });

  it('leaves out blocks that are not units', () => {
    expect(bodyUnits('import X from "y";\n\n一段文字\n\n<Para id="p1">正文</Para>')).toEqual([{ id: 'p1', text: '正文' }]);
  });
});

describe('proseText', () => {
  it('gives the paragraphs of staff prose as plain text, without markup, code or import lines', () => {
    expect(proseText('import X from "y";\n\n## 标题\n\n今年**全国科普日**在9月，详见[通知](https://example.org)。\n\n```\ncode\n```')).toEqual(['标题', '今年全国科普日在9月，详见通知。']);
  });
});

describe('searchRecord', () => {
  it('opens the content with the title, leaves out empty blocks and indexes the words of both', () => {
    const r = searchRecord('zh', { url: '/plans/p/', title: '包头市规划', blocks: ['科技馆', null, ' ', '志愿者'], filters: { kind: ['规划'] }, extraTerms: ['Baotou', null] });
    expect(r).toMatchObject({ url: '/plans/p/', language: 'zh-hans', content: '包头市规划\n科技馆\n志愿者', filters: { kind: ['规划'] } });
    expect(r.meta['title']).toBe('包头市规划');
    expect(r.meta['terms']).toBe('包头 市 规划 科技 馆 志愿 者 baotou');
  });

  it('goes into the English index with each word once', () => {
    const r = searchRecord('en', { url: '/en/plans/p/', title: 'Baotou plan', blocks: ['Baotou volunteers'] });
    expect(r.language).toBe('en');
    expect(r.meta['terms']).toBe('baotou plan volunteers');
    expect(r.filters).toEqual({});
  });
});

describe('ownUnits', () => {
  it('keeps of a plan’s body only the units none of its actions and projects has, in order', () => {
    const plan = { data: { slug: 'p' }, body: ['<Heading id="s1">一、总体要求</Heading>', '<Para id="s1-p1">到2025年。</Para>', '<Heading id="s2-1">（一）青少年科学素质提升行动</Heading>', '<Para id="s2-1-p1">开展科普活动。</Para>', '<Para id="s4-p1">加强组织领导。</Para>'].join('\n\n') };
    const action = { body: '<Heading id="s2-1">（一）青少年科学素质提升行动</Heading>\n\n<Para id="s2-1-p1">开展科普活动。</Para>' };
    const site = { ofPlan: (slug: string) => (slug === 'p' ? { actions: [action], projects: [], targets: [] } : undefined) } as unknown as SiteData;
    expect(ownUnits(site, plan as unknown as PlanEntry).map((u) => u.id)).toEqual(['s1', 's1-p1', 's4-p1']);
  });
});
