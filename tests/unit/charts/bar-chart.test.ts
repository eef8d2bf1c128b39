import { describe, expect, it } from 'vitest';
import { barChart, type Bar } from '../../../src/charts/bar-chart.ts';

const bars: Bar[] = [
  { key: 'baotou/t1', label: '包头市', value: 20000, valueLabel: '20,000 人', href: '/plans/baotou/#sx2-8-3', name: '包头市：20,000 人，查看原句' },
  { key: 'zhongwei/t1', label: '中卫市 · 科普规划', value: 10000, valueLabel: '10,000 人', href: '/plans/zhongwei/#s3-2-1', name: '中卫市：10,000 人，查看原句' },
  { key: 'anning/t1', label: '安宁市', value: 2500, valueLabel: '≥ 2,500 人', href: '/plans/anning/#s2-1', name: '安宁市：≥ 2,500 人，查看原句' },
];
const svg = barChart({ id: 'chart-volunteers', title: '科技志愿者人数', description: '包头市 20,000 人；中卫市 10,000 人；安宁市 2,500 人', bars });

const all = (re: RegExp) => [...svg.matchAll(re)].map((m) => m[1] ?? '');

describe('barChart(spec)', () => {
  it('is named by its title and described by its description', () => {
    expect(svg).toMatch(/^<svg[^>]* role="group" aria-labelledby="chart-volunteers-title" aria-describedby="chart-volunteers-desc"/u);
    expect(svg).toContain('<title id="chart-volunteers-title">科技志愿者人数</title>');
    expect(svg).toContain('<desc id="chart-volunteers-desc">包头市 20,000 人；中卫市 10,000 人；安宁市 2,500 人</desc>');
  });

  it('wraps every bar in one link to its source sentence, with an accessible name', () => {
    expect(all(/<a href="([^"]*)"/gu)).toEqual(bars.map((b) => b.href));
    expect(all(/<a [^>]*aria-label="([^"]*)"/gu)).toEqual(bars.map((b) => b.name));
    const links = svg.split('<a ').slice(1);
    expect(links.every((l) => (l.match(/<rect /gu) ?? []).length === 1)).toBe(true);
  });

  it('draws bar lengths proportional to the values, from the same origin', () => {
    const widths = all(/<rect class="bar[^"]*"[^>]* width="([\d.]+)"/gu).map(Number);
    const xs = new Set(all(/<rect class="bar[^"]*" x="([\d.]+)"/gu));
    expect(xs.size).toBe(1);
    const [w0 = 0, w1 = 0, w2 = 0] = widths;
    expect(w1 / w0).toBeCloseTo(10000 / 20000, 2);
    expect(w2 / w0).toBeCloseTo(2500 / 20000, 2);
  });

  it('carries each value on its bar, for checking against the table', () => {
    expect(all(/data-value="([^"]*)"/gu)).toEqual(['20000', '10000', '2500']);
  });

  it('shows each label and value as text, a city with two plans on two lines', () => {
    expect(svg).toContain('>包头市</text>');
    expect(svg).toMatch(/>中卫市<\/tspan><tspan [^>]*>科普规划<\/tspan><\/text>/u);
    for (const b of bars) expect(svg).toContain(`>${b.valueLabel}</text>`);
  });

  it('escapes text and links that would otherwise break out of the markup', () => {
    const evil = barChart({
      id: 'x',
      title: '</title><script>alert(1)</script>',
      description: 'a & b',
      bars: [{ key: 'k', label: '<b>', value: 1, valueLabel: '"1"', href: '/p/?a=1&b="2"', name: "it's <x>" }],
    });
    expect(evil).not.toContain('<script>');
    expect(evil).not.toContain('<b>');
    expect(evil).toContain('&lt;/title&gt;&lt;script&gt;');
    expect(evil).toContain('href="/p/?a=1&amp;b=&quot;2&quot;"');
    expect(evil).toContain('aria-label="it&#39;s &lt;x&gt;"');
    expect(evil).toContain('<desc id="x-desc">a &amp; b</desc>');
  });

  it('grows taller with more bars and keeps its width', () => {
    const one = barChart({ id: 'o', title: 't', description: 'd', bars: bars.slice(0, 1) });
    const height = (s: string) => Number(s.match(/ height="([\d.]+)"/u)?.[1]);
    expect(height(svg)).toBeGreaterThan(height(one));
    expect(svg).toMatch(/viewBox="0 0 460 \d+"/u);
  });

  it('labels the axis ticks with the format it is given', () => {
    const pct = barChart({ id: 'p', title: 't', description: 'd', bars: [{ ...bars[0]!, value: 90 }], tickFormat: (n) => `${n}%` });
    expect(pct).toContain('class="tick">0%</text>');
    expect(pct).toContain('class="tick">20%</text>');
  });
});

describe('barChart(spec) with years and on a phone', () => {
  const dated = bars.map((b) => ({ ...b, year: '2025' }));

  it('shows the year of each figure after it', () => {
    const wide = barChart({ id: 'y', title: 't', description: 'd', bars: dated, width: 560 });
    expect((wide.match(/<text class="year"[^>]*>2025<\/text>/gu) ?? []).length).toBe(bars.length);
  });

  it('sets label and figure on lines above each bar when the chart is narrow, bars from the left edge', () => {
    const narrow = barChart({ id: 'n', title: 't', description: 'd', bars: dated, width: 288 });
    expect(narrow).toMatch(/viewBox="0 0 288 \d+"/u);
    expect(narrow).toContain('<text class="label" x="0"');
    expect(narrow).toContain('>20,000 人<tspan class="year"> · 2025</tspan></text>');
    expect(new Set([...narrow.matchAll(/<rect class="bar[^"]*" x="([\d.]+)"/gu)].map((m) => m[1]))).toEqual(new Set(['0']));
    const widths = [...narrow.matchAll(/<rect class="bar[^"]*"[^>]* width="([\d.]+)"/gu)].map((m) => Number(m[1]));
    expect((widths[1] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(0.5, 2);
  });
});
