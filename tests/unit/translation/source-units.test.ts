import { describe, expect, it } from 'vitest';
import { planUnits } from '../../../src/ingest/translation/plan-units.ts';
import type { PlanRecord } from '../../../src/ingest/read-seed.ts';
import { linksOf } from '../../../src/translation/markup.ts';
import { planFromText, SEEDS, seedPlan, seedText } from '../../helpers/ingest.ts';

const unitsOf = (plan: PlanRecord) => planUnits([plan]).get(plan.slug) ?? [];

describe('planUnits(a seed)', () => {
  it.each(Object.values(SEEDS))('gives every paragraph and heading of %s a unit of its own, with a unique id', (seed) => {
    const plan = seedPlan(seed);
    const ids = unitsOf(plan).map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    const missing = plan.outline.paragraphs.filter((p) => !ids.includes(`text/${p.anchor}`) && !ids.includes(`heading/${p.anchor}`));
    expect(missing.map((p) => p.anchor)).toEqual([]);
  });

  it.each(Object.values(SEEDS))('keeps every target of %s linked in the Chinese of its paragraph', (seed) => {
    const plan = seedPlan(seed);
    const links = unitsOf(plan).flatMap((u) => linksOf(u.zh));
    for (const t of plan.targets) expect(links).toContain(`fig:${t.localId}`);
  });

  it('names the metric of every target, the plan’s metadata and its sections', () => {
    const plan = seedPlan(SEEDS.baotou);
    const ids = unitsOf(plan).map((u) => u.id);
    expect(ids.slice(0, 3)).toEqual(['title', 'issuer', 'doc-number']);
    expect(ids).toEqual(expect.arrayContaining(['action/youth', 'project/kepu-jichu-sheshi', 'metric/sx2-1-3-t1']));
    expect(unitsOf(plan).find((u) => u.id === 'doc-number')?.zh).toBe('包府发〔2022〕42号');
  });

  it('splits a numbered paragraph into its heading and its text', () => {
    const units = unitsOf(seedPlan(SEEDS.baotou));
    expect(units.find((u) => u.id === 'heading/sx2-1-3')?.zh).toBe('建立校内外科学教育联动机制');
    expect(units.find((u) => u.id === 'text/sx2-1-3')?.zh).toMatch(/^鼓励科学家、工程师/u);
    expect(units.find((u) => u.id === 'text/sx2-1-3')?.zh).toContain('不少于[4次](fig:sx2-1-3-t1)');
  });

  it('gives a base’s name to the first plan that names it', () => {
    const zhongwei = [seedPlan(SEEDS.zhongweiKepu), seedPlan(SEEDS.zhongweiSuzhi)];
    const units = planUnits(zhongwei);
    const bases = [...units.values()].flat().filter((u) => u.id.startsWith('base/')).map((u) => u.id);
    expect(new Set(bases).size).toBe(bases.length);
  });
});

describe('planUnits(a seed with one paragraph changed)', () => {
  it('changes the hash of exactly that paragraph’s unit and of nothing else', () => {
    const text = seedText(SEEDS.baotou);
    const edited = text.replace('鼓励科学家、工程师、医疗卫生专家等科技工作者走进校园', '鼓励科学家、工程师、教师、医疗卫生专家等科技工作者走进校园');
    expect(edited).not.toBe(text);
    const before = new Map(unitsOf(planFromText(text, SEEDS.baotou)).map((u) => [u.id, u.hash]));
    const after = new Map(unitsOf(planFromText(edited, SEEDS.baotou)).map((u) => [u.id, u.hash]));
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect([...after].filter(([id, hash]) => before.get(id) !== hash).map(([id]) => id)).toEqual(['text/sx2-1-3']);
  });

  it('keeps every hash when only spacing and the form of punctuation change', () => {
    const text = seedText(SEEDS.baotou);
    const respaced = text.replace('坚持立德树人,实施科学家精神进校园行动', '坚持立德树人，实施 科学家精神进校园行动');
    expect(respaced).not.toBe(text);
    const hashes = (t: string) => unitsOf(planFromText(t, SEEDS.baotou)).map((u) => `${u.id} ${u.hash}`);
    expect(hashes(respaced)).toEqual(hashes(text));
  });
});
