// One English term per concept, everywhere: the English the interface and the catalogs give
// base types, kinds of department, population groups, provinces and the actions' names is the
// glossary's (content/catalog/glossary.yaml).
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/translations/en.ts';
import { capitalize } from '../../../src/site/glossary.ts';
import { projectCatalogs } from '../../helpers/ingest.ts';

const catalogs = projectCatalogs();
const term = (zh: string) => catalogs.glossary.find((g) => g.zh === zh || (g.aliases_zh ?? []).includes(zh))?.en;

/** The glossary term behind each interface label. */
const BASE_TYPES = { 'science-museum': '科技馆', 'popularization-hall': '科普馆', museum: '博物馆', 'popularization-base': '科普教育基地', 'exchange-center': '交流中心' } as const;
const DEPARTMENT_KINDS = { party: '党的机关', government: '政府部门', 'mass-organization': '群团组织', enterprise: '企业', collective: '统称', other: '其他单位' } as const;

describe('the English interface and catalogs', () => {
  it.each(Object.entries(BASE_TYPES))('name the base type %s with the glossary’s term for %s', (type, zh) => {
    expect(en.bases.types[type as keyof typeof BASE_TYPES]).toBe(capitalize(term(zh) ?? ''));
  });

  it.each(Object.entries(DEPARTMENT_KINDS))('name the department kind %s with the glossary’s term for %s', (kind, zh) => {
    expect(en.departments.kinds[kind as keyof typeof DEPARTMENT_KINDS]).toBe(capitalize(term(zh) ?? ''));
  });

  it.each(catalogs.groups.map((g) => [g.key, g] as const))('name the group %s with the glossary’s term', (_key, g) => {
    expect(g.name_en).toBe(capitalize(term(g.name_zh) ?? ''));
    if (g.action_en) expect(g.action_en).toMatch(/Scientific Literacy Improvement Action/u);
  });

  it.each(catalogs.cities.filter((c) => c.province_zh).map((c) => [c.name_zh, c] as const))('give %s the glossary’s English for its province', (_name, c) => {
    expect(c.province_en).toBe(term(c.province_zh ?? ''));
  });
});
