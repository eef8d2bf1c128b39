import { describe, expect, it } from 'vitest';
import { searchFacets } from '../../../src/search/facets.ts';
import type { SearchRecord } from '../../../src/search/record.ts';

const record = (language: string, filters: Record<string, string[]>): SearchRecord => ({ url: '/x/', language, content: 'x', meta: {}, filters });

describe('searchFacets(records)', () => {
  it('lists each language’s distinct values of each facet once, in code point order', () => {
    const facets = searchFacets([
      record('zh-hans', { kind: ['规划'], city: ['钦州市'] }),
      record('zh-hans', { kind: ['目标'], city: ['包头市'], group: ['青少年'] }),
      record('zh-hans', { kind: ['目标'], city: ['包头市'], group: ['农民'] }),
      record('en', { kind: ['target'], city: ['Qinzhou'] }),
      record('en', { kind: ['plan'], city: ['Baotou'] }),
    ]);
    expect(facets).toEqual({
      en: { kind: ['plan', 'target'], city: ['Baotou', 'Qinzhou'], group: [] },
      'zh-hans': { kind: ['目标', '规划'], city: ['包头市', '钦州市'], group: ['农民', '青少年'] },
    });
  });

  it('leaves out filters the search page does not offer', () => {
    expect(searchFacets([record('en', { kind: ['guide page'], guide: ['yes'] })])).toEqual({ en: { kind: ['guide page'], city: [], group: [] } });
  });
});
