import { describe, expect, it } from 'vitest';
import { coverage, percentTranslated, unitKind, unitState } from '../../../src/translation/coverage.ts';

const entry = (hash: string) => ({ hash, zh: '总体要求', en: 'General requirements' });

describe('unitKind', () => {
  it.each([
    ['title', 'metadata'],
    ['doc-number', 'metadata'],
    ['heading/s2-3', 'heading'],
    ['text/s2-3-p1', 'paragraph'],
    ['action/youth', 'section-name'],
    ['project/kepu-jichu-sheshi', 'section-name'],
    ['metric/sx1-p1-t1', 'metric'],
    ['base/zhongwei/kejiguan', 'base'],
  ])('reads %s as a %s unit', (id, kind) => {
    expect(unitKind(id)).toBe(kind);
  });
});

describe('unitState', () => {
  it('calls English for the very Chinese translated, for changed Chinese outdated, and none missing', () => {
    expect(unitState('aaaaaaaaaaaa', entry('aaaaaaaaaaaa'))).toBe('translated');
    expect(unitState('bbbbbbbbbbbb', entry('aaaaaaaaaaaa'))).toBe('outdated');
    expect(unitState('aaaaaaaaaaaa', undefined)).toBe('missing');
  });
});

describe('coverage', () => {
  it('counts each unit by kind and state and lists entries for units the plan no longer has', () => {
    const c = coverage('p', { title: 'aaaaaaaaaaaa', 'heading/s1': 'bbbbbbbbbbbb', 'text/s1-p1': 'cccccccccccc' }, {
      title: entry('aaaaaaaaaaaa'),
      'heading/s1': entry('000000000000'),
      'text/s9-p9': entry('dddddddddddd'),
    });
    expect(c.total).toEqual({ translated: 1, outdated: 1, missing: 1 });
    expect(c.byKind.heading).toEqual({ translated: 0, outdated: 1, missing: 0 });
    expect(c.byKind.paragraph).toEqual({ translated: 0, outdated: 0, missing: 1 });
    expect(c.orphans).toEqual(['text/s9-p9']);
  });
});

describe('percentTranslated', () => {
  it('rounds down, so a plan with one unit to go is not 100 %', () => {
    expect(percentTranslated({ translated: 199, outdated: 1, missing: 0 })).toBe(99);
    expect(percentTranslated({ translated: 0, outdated: 0, missing: 0 })).toBe(100);
  });
});
