import { describe, expect, it } from 'vitest';
import { labelLines, labelWidth, rowLabel } from '../../../src/charts/labels.ts';

describe('labelLines(label) and rowLabel(label, x, y)', () => {
  it('sets a city and its plan kind on two lines and a plain label on one', () => {
    expect(labelLines('中卫市 · 科普规划')).toEqual(['中卫市', '科普规划']);
    expect(labelLines('Baotou')).toEqual(['Baotou']);
    expect(rowLabel('Baotou', 90, 40)).toBe('<text class="label" x="90" y="40" dy="0.35em" text-anchor="end">Baotou</text>');
    expect(rowLabel('中卫市 · 科普规划', 90, 40)).toContain('<tspan x="90" dy="1.2em" class="sub">科普规划</tspan>');
  });

  it('measures the widest line, not the whole label', () => {
    expect(labelWidth(['中卫市 · 科普规划', '包头市'], 12)).toBe(48);
  });
});
