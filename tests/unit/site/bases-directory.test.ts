import { describe, expect, it } from 'vitest';
import { baseAnchor, directory } from '../../../src/site/bases-directory.ts';

const base = (id: string, name_zh: string, type: string) => ({ data: { id, name_zh, city: id.split('/')[0] ?? '', type, status: 'existing' } });

describe('directory', () => {
  it('groups bases by city, then by type in the given order, names in pinyin order', () => {
    const bases = [base('qinzhou/b', '钦州市科技馆', 'science-museum'), base('anning/a', '安宁市科技馆', 'science-museum'), base('qinzhou/c', '八寨沟', 'popularization-base'), base('qinzhou/d', '北部湾博物馆', 'popularization-base')];
    const groups = directory(bases, ['science-museum', 'museum', 'popularization-base']);
    expect(groups.map((g) => [g.city, g.types.map((t) => [t.type, t.bases.map((b) => b.data.name_zh)])])).toEqual([
      ['anning', [['science-museum', ['安宁市科技馆']]]],
      ['qinzhou', [['science-museum', ['钦州市科技馆']], ['popularization-base', ['八寨沟', '北部湾博物馆']]]],
    ]);
  });

  it('gives each city and each type within it an anchor', () => {
    expect([baseAnchor('anning'), baseAnchor('anning', 'museum')]).toEqual(['city-anning', 'anning-museum']);
  });
});
