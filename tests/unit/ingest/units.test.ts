import { describe, expect, it } from 'vitest';
import { parseUnitsLine, splitNames } from '../../../src/ingest/extract/parse-units.ts';
import { unitResolver } from '../../../src/ingest/content/units.ts';
import { buildContent } from '../../../src/ingest/content/build-content.ts';
import { readSeed } from '../../../src/ingest/read-seed.ts';
import { projectCatalogs } from '../../helpers/ingest.ts';

describe('parseUnitsLine(text)', () => {
  it('reads `牵头部门：…` and `配合部门：…` lines', () => {
    expect(parseUnitsLine('牵头部门：市教育局、市科协')).toEqual({ lead: ['市教育局', '市科协'], cooperating: [] });
    expect(parseUnitsLine('配合部门：各成员单位')).toEqual({ lead: [], cooperating: ['各成员单位'] });
  });

  it('reads `[牵头单位：…；配合单位：…]` with its mixed separators', () => {
    expect(parseUnitsLine('[牵头单位：市教育局，团市委、市科协；配合单位：市委宣传部、市委统战部（市民宗委），市妇联]')).toEqual({
      lead: ['市教育局', '团市委', '市科协'],
      cooperating: ['市委宣传部', '市委统战部（市民宗委）', '市妇联'],
    });
  });

  it('reads `(X牵头，Y配合)` after a measure', () => {
    expect(parseUnitsLine('（市农业农村局<市乡村振兴局>牵头，市委组织部、市民政局配合）')).toEqual({ lead: ['市农业农村局<市乡村振兴局>'], cooperating: ['市委组织部', '市民政局'] });
    expect(parseUnitsLine('（市委组织部牵头，市委党校配合）')).toEqual({ lead: ['市委组织部'], cooperating: ['市委党校'] });
  });
});

describe('splitNames(list)', () => {
  it('never splits inside brackets', () => {
    expect(splitNames('各县（区）人民政府、市委统战部（市民宗委），市妇联')).toEqual(['各县（区）人民政府', '市委统战部（市民宗委）', '市妇联']);
  });

  it('leaves out what names no unit: a dash, an empty slot, a stray bracket', () => {
    expect(splitNames('市教体局、——、，市科协、）')).toEqual(['市教体局', '市科协']);
  });
});

describe('readSeed(a unit line with an empty name)', () => {
  it('reads the units it names, and no problem blames the departments catalog', () => {
    const text = '某市全民科学素质行动实施方案（2021—2025年）\n\n三、提升行动\n\n（一）青少年科学素质提升行动\n\n实施科学教育。\n\n牵头单位：市教育局、——\n\n配合单位：、市科协\n';
    const result = readSeed('units.txt', new TextEncoder().encode(text), projectCatalogs());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const built = buildContent([result.plan], projectCatalogs());
    expect(built.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.plan.sections[0]).toMatchObject({ units: { lead: ['市教育局'], cooperating: ['市科协'] } });
  });
});

describe('unitResolver(catalog).key(name)', () => {
  it('gives different spellings of one department the same key across plans', () => {
    const units = unitResolver(projectCatalogs().departments);
    expect(units.key('市教育局')).toBe(units.key('市教体局'));
    expect(units.key('市卫生健康委')).toBe(units.key('市卫健局'));
    expect(units.key('市人力资源社会保障局')).toBe(units.key('市人社局'));
    expect(units.unknown.size).toBe(0);
  });

  it('keeps an unknown unit with a pinyin key and an English stand-in that says it is untranslated', () => {
    const units = unitResolver(projectCatalogs().departments);
    expect(units.key('市新设局')).toBe('xinsheju');
    expect(units.unknown.get('市新设局')?.name_en).toBe('shi xin she ju (not yet translated)');
  });
});
