import { describe, expect, it } from 'vitest';
import { byKind, roleCounts, rolesInOrder, sectionOrder } from '../../../src/site/department-roles.ts';
import type { SiteData } from '../../../src/site/data.ts';

const role = (section: string, role: 'lead' | 'cooperating', measure: number | null = null) => ({ plan: section.split('/')[0] ?? '', section, role, measure });

describe('roleCounts', () => {
  it('counts a section once however many of its measures name the department', () => {
    expect(roleCounts([role('a/x', 'lead', 1), role('a/x', 'lead', 2), role('a/y', 'cooperating', 1), role('b/x', 'lead')])).toEqual({ lead: 2, cooperating: 1, plans: 2 });
  });
});

describe('byKind', () => {
  it('orders kinds as asked and puts the departments that lead most first', () => {
    const dep = (key: string, kind: string, roles: ReturnType<typeof role>[]) => ({ data: { key, kind, roles } });
    const groups = byKind([dep('a', 'government', [role('p/x', 'cooperating')]), dep('b', 'government', [role('p/x', 'lead')]), dep('c', 'party', [])], ['party', 'government', 'other']);
    expect(groups.map((g) => [g.kind, g.departments.map((d) => d.data.key)])).toEqual([
      ['party', ['c']],
      ['government', ['b', 'a']],
    ]);
  });
});

describe('rolesInOrder', () => {
  it('keeps one kind of role, by plan, section and measure', () => {
    const roles = [role('b/x', 'lead'), role('a/y', 'lead', 2), role('a/y', 'lead', 1), role('a/x', 'cooperating')];
    const order = (id: string) => ['a/x', 'a/y', 'b/x'].indexOf(id);
    expect(rolesInOrder(roles, 'lead', ['a', 'b'], order).map((r) => `${r.section}#${r.measure}`)).toEqual(['a/y#1', 'a/y#2', 'b/x#null']);
  });
});

describe('sectionOrder(site)', () => {
  const section = (id: string) => ({ data: { id } });
  const site = { actions: [section('a/youth'), section('b/youth')], projects: [section('a/venues')] } as unknown as SiteData;

  it('places the actions before the projects, each in the order the site lists them', () => {
    expect(['a/venues', 'b/youth', 'a/youth'].map(sectionOrder(site))).toEqual([2, 1, 0]);
  });

  it('works the order out once for a site', () => {
    expect(sectionOrder(site)).toBe(sectionOrder(site));
  });
});
