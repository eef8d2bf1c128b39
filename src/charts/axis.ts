// A horizontal value axis drawn as SVG: d3 computes the ticks, this writes them out. Hidden from
// assistive technology: the chart's description and table carry the numbers.
import type { ScaleLinear } from 'd3-scale';
import { el, empty, escapeXml } from './svg.ts';

export interface AxisOptions {
  /** Offset of the plot's left edge. */
  left: number;
  /** Where the axis line runs. */
  y: number;
  /** Where the grid lines start (the plot's top). */
  top: number;
  ticks?: number;
  format: (n: number) => string;
}

/**
 * Axis below the plot, with light grid lines up through it.
 * @example axisBottom(scaleLinear().domain([0, 10]).range([0, 100]), { left: 0, y: 50, top: 0, ticks: 2, format: String })
 * // => '<g class="axis" aria-hidden="true">…<text …>10</text></g>'
 */
export function axisBottom(scale: ScaleLinear<number, number>, o: AxisOptions): string {
  const [r0 = 0, r1 = 0] = scale.range();
  const ticks = scale.ticks(o.ticks ?? 5).map((v) => {
    const x = o.left + scale(v);
    return (
      empty('line', { class: 'grid', x1: x, x2: x, y1: o.top, y2: o.y }) +
      empty('line', { x1: x, x2: x, y1: o.y, y2: o.y + 4 }) +
      el('text', { x, y: o.y + 16, 'text-anchor': 'middle', class: 'tick' }, escapeXml(o.format(v)))
    );
  });
  return el('g', { class: 'axis', 'aria-hidden': 'true' }, empty('line', { class: 'domain', x1: o.left + r0, x2: o.left + r1, y1: o.y, y2: o.y }), ...ticks);
}
