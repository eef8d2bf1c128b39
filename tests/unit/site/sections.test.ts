import { describe, expect, it } from 'vitest';
import { counterparts, nearestPeers, nestedActions, planSlugOfPath } from '../../../src/site/sections.ts';
import { localId } from '../../../src/site/urls.ts';

const entry = (id: string, group: string | null) => ({ data: { id, plan: id.split('/')[0] ?? '', group } });

describe('counterparts', () => {
  const all = [entry('a/youth', 'youth'), entry('a/farmers', 'farmers'), entry('b/youth', 'youth'), entry('c/kids', 'youth'), entry('c/youth2', 'youth')];

  it('puts this section first, then the same group in the other plans, one per plan', () => {
    expect(counterparts(all, entry('b/youth', 'youth'), (s) => s.data.group).map((s) => s.data.id)).toEqual(['b/youth', 'a/youth', 'c/kids']);
  });

  it('compares a section without a group or theme with nothing', () => {
    expect(counterparts(all, entry('d/x', null), (s) => s.data.group).map((s) => s.data.id)).toEqual(['d/x']);
  });
});

describe('planSlugOfPath', () => {
  it('reads the plan from action and project paths in both languages', () => {
    expect(planSlugOfPath('/plans/anning-suzhi-2021-2025/projects/kepu-rencai/')).toBe('anning-suzhi-2021-2025');
    expect(planSlugOfPath('/en/plans/anning-suzhi-2021-2025/actions/youth/')).toBe('anning-suzhi-2021-2025');
    expect(planSlugOfPath('/bases/')).toBe('');
  });
});

describe('localId and nestedActions', () => {
  it('takes the part of an id after the plan', () => {
    expect(localId('zhongwei-kepu-2021-2025/kexue-suzhi-tisheng')).toBe('kexue-suzhi-tisheng');
  });

  it('finds the actions a project holds by the anchor of their measure', () => {
    const actions = [
      { id: 'p/youth', plan: 'p', parent: 'p/x', anchor: 's3-2-1' },
      { id: 'p/elderly', plan: 'p', parent: null, anchor: 's2-4' },
    ];
    expect([...nestedActions(actions, 'p/x').keys()]).toEqual(['s3-2-1']);
  });
});

describe('nearestPeers(same, province, max)', () => {
  const province: Record<string, string | null> = { self: '宁夏回族自治区', a: '广西壮族自治区', b: '宁夏回族自治区', c: null, d: '宁夏回族自治区' };
  const of = (s: string) => province[s] ?? null;

  it('keeps this section first, then those of its province, then the others, in the order given', () => {
    expect(nearestPeers(['self', 'a', 'b', 'c', 'd'], of)).toEqual(['self', 'b', 'd', 'a', 'c']);
  });

  it('shows at most max others however many plans have the section', () => {
    const many = ['self', ...Array.from({ length: 1000 }, (_, i) => `p${i}`)];
    expect(nearestPeers(many, of, 6)).toEqual(['self', 'p0', 'p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('orders nothing by province when this plan has none', () => {
    expect(nearestPeers(['c', 'a', 'b'], of, 1)).toEqual(['c', 'a']);
  });

  it('is empty for no sections', () => {
    expect(nearestPeers([], of)).toEqual([]);
  });
});
