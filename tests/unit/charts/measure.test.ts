import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/charts/measure.ts';

describe('textWidth(text, fontSize)', () => {
  it('counts a Chinese character as one em', () => {
    expect(textWidth('包头市', 12)).toBe(36);
  });

  it('counts Latin letters as narrower than Chinese ones', () => {
    expect(textWidth('Baotou', 12)).toBeLessThan(textWidth('包头市包头市', 12));
    expect(textWidth('Baotou', 10)).toBe(37);
  });
});
