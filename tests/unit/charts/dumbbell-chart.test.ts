import { describe, expect, it } from 'vitest';
import { diamond, dumbbellChart, type DumbbellRow } from '../../../src/charts/dumbbell-chart.ts';

const rows: DumbbellRow[] = [
  {
    key: 'qinzhou',
    label: '钦州市',
    points: [
      { key: 'q/t1', role: 'target', year: 2025, value: 10, valueLabel: '10%（2025年）', href: '/plans/qinzhou/#s1-p1', name: '钦州市：2025年目标 10%' },
      { key: 'q/b1', role: 'baseline', year: 2020, value: 6.5, valueLabel: '6.5%（2020年）', href: '/plans/qinzhou/#s1-p0', name: '钦州市：2020年基线 6.5%' },
    ],
  },
  { key: 'baotou', label: '包头市', points: [{ key: 'b/t1', role: 'target', year: 2025, value: 15, valueLabel: '15%（2025年）', href: '/plans/baotou/#sx1-p1', name: '包头市：2025年目标 15%' }] },
];
const svg = dumbbellChart({ id: 'lit', title: '公民具备科学素质的比例', description: '钦州市 6.5% → 10%；包头市 15%', rows, legend: { baseline: '基线', target: '目标' }, tickFormat: (n) => `${n}%` });
const rowsOf = svg.split('<g class="row">').slice(1);

describe('dumbbellChart(spec)', () => {
  it('is named by its title and described by its description', () => {
    expect(svg).toMatch(/aria-labelledby="lit-title" aria-describedby="lit-desc"/u);
    expect(svg).toContain('<title id="lit-title">公民具备科学素质的比例</title>');
    expect(svg).toContain('<desc id="lit-desc">钦州市 6.5% → 10%；包头市 15%</desc>');
  });

  it('links every point to its source sentence, earliest year first', () => {
    expect([...svg.matchAll(/<a href="([^"]*)"/gu)].map((m) => m[1])).toEqual(['/plans/qinzhou/#s1-p0', '/plans/qinzhou/#s1-p1', '/plans/baotou/#sx1-p1']);
  });

  it('joins a baseline to its target, and shows a plan without a baseline as its target alone', () => {
    expect(rowsOf[0]).toContain('class="trend"');
    expect(rowsOf[1]).not.toContain('class="trend"');
    expect((rowsOf[1]?.match(/<circle /gu) ?? []).length).toBe(1);
  });

  it('places points proportionally on a scale from zero', () => {
    const cx = (value: string) => Number(svg.match(new RegExp(`cx="([\\d.]+)"[^>]*data-value="${value}"`, 'u'))?.[1]);
    const zero = Number(svg.match(/<line class="grid" x1="([\d.]+)"/u)?.[1]);
    expect((cx('6.5') - zero) / (cx('15') - zero)).toBeCloseTo(6.5 / 15, 2);
    expect((cx('10') - zero) / (cx('15') - zero)).toBeCloseTo(10 / 15, 2);
  });

  it('marks baselines and targets apart, and says which is which in a legend', () => {
    expect(svg).toMatch(/class="point baseline bar-a"[^>]*data-value="6.5"/u);
    expect(svg).toMatch(/class="point target bar-b"[^>]*data-value="10"/u);
    expect(svg).toContain('>基线</text>');
    expect(svg).toContain('>目标</text>');
  });
});

describe('dumbbellChart(spec) marks', () => {
  it('draws each target as a diamond over its circle, and the legend with the same shapes', () => {
    expect((svg.match(/<path class="target-mark"/gu) ?? []).length).toBe(2 + 1);
    expect(svg).toMatch(/<g class="legend"[^>]*><circle class="point baseline bar-a"[^>]*\/><text[^>]*>基线<\/text><path class="target-mark"/u);
  });
});

describe('diamond(x, y, r)', () => {
  it('runs through the four points r from the centre', () => {
    expect(diamond(10, 10, 5)).toBe('M10,5l5,5l-5,5l-5,-5z');
  });
});
