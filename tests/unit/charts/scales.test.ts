import { describe, expect, it } from 'vitest';
import { bandScale, valueScale } from '../../../src/charts/scales.ts';

describe('valueScale(values, length)', () => {
  it('starts at zero and maps values proportionally', () => {
    const x = valueScale([12000, 20000], 400);
    expect(x(0)).toBe(0);
    expect(x(20000)).toBe(400);
    expect(x(10000)).toBe(200);
  });

  it('rounds the top of the domain up to a nice number', () => {
    expect(valueScale([13.3, 15, 9], 100).domain()).toEqual([0, 16]);
    expect(valueScale([47], 100).domain()).toEqual([0, 50]);
  });

  it('still has a domain when every value is zero or there are none', () => {
    expect(valueScale([], 100).domain()).toEqual([0, 1]);
    expect(valueScale([0], 100)(0)).toBe(0);
  });
});

describe('bandScale(keys, start, end)', () => {
  it('gives each key its own band, in order, without overlap', () => {
    const y = bandScale(['a', 'b', 'c'], 0, 90);
    const [a, b, c] = ['a', 'b', 'c'].map((k) => y(k) ?? Number.NaN);
    expect(a).toBeLessThan(b ?? 0);
    expect(b).toBeLessThan(c ?? 0);
    expect((a ?? 0) + y.bandwidth()).toBeLessThan(b ?? 0);
    expect((c ?? 0) + y.bandwidth()).toBeLessThanOrEqual(90);
  });
});
