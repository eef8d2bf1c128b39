import { describe, expect, it } from 'vitest';
import { placePool } from '../../../scripts/bench/places.ts';
import { renamePlaces, shortName } from '../../../scripts/bench/rename.ts';

describe('shortName(full)', () => {
  it('drops the level word, and an autonomous region its people too', () => {
    expect(shortName('包头市')).toBe('包头');
    expect(shortName('宁夏回族自治区')).toBe('宁夏');
    expect(shortName('内蒙古自治区')).toBe('内蒙古');
    expect(shortName('海北藏族自治州')).toBe('海北');
    expect(shortName('广东省')).toBe('广东');
  });

  it('keeps a name whose short form would be one character', () => {
    expect(shortName('和县')).toBe('和县');
  });
});

describe('renamePlaces(text, pairs)', () => {
  const baotou = { full: '包头市', short: '包头' };
  const datong = { full: '大同市', short: '大同' };
  const nmg = { full: '内蒙古自治区', short: '内蒙古' };
  const shanxi = { full: '山西省', short: '山西' };

  it('names every mention of each place as the other, full names before short ones', () => {
    expect(renamePlaces('包头市人民政府：按照《内蒙古自治区……》，包头要在内蒙古率先', [[baotou, datong], [nmg, shanxi]])).toBe('大同市人民政府：按照《山西省……》，大同要在山西率先');
  });

  it('never renames a name it has just written', () => {
    const a = { full: '甲市', short: '甲' };
    const b = { full: '乙市', short: '乙' };
    expect(renamePlaces('甲市和乙市', [[a, b], [b, a]])).toBe('乙市和甲市');
  });
});

describe('placePool(levels, avoid)', () => {
  it('gives real places of the levels asked, with unique names none of the avoided text uses, the same on every run', () => {
    const pool = placePool(['prefecture'], '包头市和钦州市');
    expect(pool.length).toBeGreaterThan(250);
    expect(pool.every((p) => p.level === 'prefecture')).toBe(true);
    expect(pool.some((p) => p.name === '包头市' || p.name === '钦州市')).toBe(false);
    expect(placePool(['prefecture'], '包头市和钦州市').map((p) => p.code)).toEqual(pool.map((p) => p.code));
  });
});
