import { describe, expect, it } from 'vitest';
import { counterparts, nestedActions, planSlugOfPath } from '../../../src/components/section/sections.ts';
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
