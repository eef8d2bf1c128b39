// A dumbbell (arrow) chart: one row per plan, its baseline points joined to its target by a line
// with an arrowhead, so "from 6.5% in 2020 to 10% in 2025" reads at a glance. A plan without a
// baseline shows its target alone. Every point links to its source sentence.
import { ascending } from 'd3-array';
import { axisBottom } from './axis.ts';
import { chartSvg, linkedMark } from './frame.ts';
import { labelWidth as widestLabel, rowLabel } from './labels.ts';
import { textWidth } from './measure.ts';
import { bandScale, valueScale } from './scales.ts';
import { coord, el, empty, escapeXml } from './svg.ts';

export interface DumbbellPoint {
  /** Unique within the chart (a target id). */
  key: string;
  role: 'baseline' | 'target';
  year: number;
  value: number;
  /** The figure in words, for the table: '6.5% (2020)'. The chart sets value and year on two lines. */
  valueLabel: string;
  href: string;
  name: string;
}

export interface DumbbellRow {
  key: string;
  label: string;
  points: readonly DumbbellPoint[];
}

export interface DumbbellSpec {
  id: string;
  title: string;
  description: string;
  rows: readonly DumbbellRow[];
  legend: { baseline: string; target: string };
  /** Axis ticks and the values beside the points. */
  tickFormat: (n: number) => string;
  width?: number;
}

const FONT = 12;
const STEP = 66;
const LEGEND = 26;
const AXIS = 26;

/**
 * The chart as an inline SVG string; points in each row run from the earliest year to the latest.
 * @example dumbbellChart({ id: 'lit', title: 'Literacy', description: '…', legend: { baseline: 'Baseline', target: 'Target' }, tickFormat: (n) => `${n}%`,
 *   rows: [{ key: 'q', label: 'Qinzhou', points: [{ key: 'q/b', role: 'baseline', year: 2020, value: 6.5, valueLabel: '6.5% (2020)', href: '/q/#p1', name: 'Qinzhou baseline 6.5%' }] }] })
 * // => '<svg …><title id="lit-title">Literacy</title>…<a href="/q/#p1" …><circle class="point baseline bar-a" … data-value="6.5"/>…</a>…</svg>'
 */
export function dumbbellChart(spec: DumbbellSpec): string {
  const width = spec.width ?? 460;
  const labelWidth = Math.min(width * 0.4, widestLabel(spec.rows.map((r) => r.label), FONT) + 10);
  const right = 24; // room for the last point's label, centred on the point
  const plotWidth = Math.max(40, width - labelWidth - right);
  const top = LEGEND;
  const plotBottom = top + spec.rows.length * STEP;
  const x = valueScale(spec.rows.flatMap((r) => r.points.map((p) => p.value)), plotWidth);
  const y = bandScale(spec.rows.map((r) => r.key), top, plotBottom, 0);
  const px = (v: number) => labelWidth + x(v);

  const rows = spec.rows.map((r) => {
    const mid = (y(r.key) ?? 0) + y.bandwidth() / 2;
    const points = [...r.points].sort((a, b) => ascending(a.year, b.year) || ascending(a.role === 'target' ? 1 : 0, b.role === 'target' ? 1 : 0));
    const first = points[0];
    const last = points.at(-1);
    const parts = [rowLabel(r.label, labelWidth - 6, mid)];
    if (first && last && first !== last) {
      const dir = last.value >= first.value ? 1 : -1;
      const tip = px(last.value) - dir * 7;
      parts.push(empty('line', { class: 'trend', x1: px(first.value), x2: tip, y1: mid, y2: mid }));
      parts.push(empty('path', { class: 'trend-head', d: `M${coord(tip)},${coord(mid)}l${-dir * 6},-4v8z` }));
    }
    for (const p of points) {
      const cx = px(p.value);
      const target = p.role === 'target';
      // Told apart by shape as well as colour: a baseline is a ring, a target a solid diamond
      // (drawn over its circle, which carries the value and a finger-sized target).
      const circle =
        empty('circle', { class: `point ${p.role} ${target ? 'bar-b' : 'bar-a'}`, cx, cy: mid, r: target ? 8 : 5, 'data-value': String(p.value) }) +
        (target ? empty('path', { class: 'target-mark', d: diamond(cx, mid, 7) }) : '');
      // Targets are labelled above the line and baselines below, so close points do not collide;
      // the value sits next to the point and the year beyond it, each short enough to fit.
      const value = escapeXml(spec.tickFormat(p.value));
      const year = String(p.year);
      // The figure is drawn beside the link, not in it, and hidden from screen readers: the link's
      // name says it all, in words, and a link's name must include the text it shows.
      const label = target
        ? el('text', { class: 'value', x: cx, y: mid - 24, 'text-anchor': 'middle', 'aria-hidden': 'true' }, el('tspan', { class: 'year', x: cx }, year), el('tspan', { x: cx, dy: '1.1em' }, value))
        : el('text', { class: 'value', x: cx, y: mid + 19, 'text-anchor': 'middle', 'aria-hidden': 'true' }, el('tspan', { x: cx }, value), el('tspan', { class: 'year', x: cx, dy: '1.1em' }, year));
      parts.push(linkedMark({ href: p.href, name: p.name }, circle), label);
    }
    return el('g', { class: 'row' }, ...parts);
  });

  const legendBaseline = textWidth(spec.legend.baseline, FONT);
  // On a narrow chart the legend starts at the left edge so that it fits.
  const legendLeft = labelWidth + legendBaseline + textWidth(spec.legend.target, FONT) + 50 > width ? 0 : labelWidth;
  const legend = el(
    'g',
    { class: 'legend', 'aria-hidden': 'true' },
    empty('circle', { class: 'point baseline bar-a', cx: legendLeft + 5, cy: 10, r: 5 }),
    el('text', { x: legendLeft + 14, y: 10, dy: '0.35em' }, escapeXml(spec.legend.baseline)),
    empty('path', { class: 'target-mark', d: diamond(legendLeft + legendBaseline + 34, 10, 7) }),
    el('text', { x: legendLeft + legendBaseline + 44, y: 10, dy: '0.35em' }, escapeXml(spec.legend.target)),
  );
  const axis = axisBottom(x, { left: labelWidth, y: plotBottom, top, ticks: Math.max(2, Math.floor(plotWidth / 70)), format: spec.tickFormat });
  return chartSvg({ id: spec.id, title: spec.title, description: spec.description, width, height: plotBottom + AXIS }, legend + axis + el('g', { class: 'rows' }, ...rows));
}

/**
 * A diamond's path, centred on (x, y), `r` from the centre to each corner.
 * @example diamond(10, 10, 5) // => 'M10,5l5,5l-5,5l-5,-5z'
 */
export function diamond(x: number, y: number, r: number): string {
  return `M${coord(x)},${coord(y - r)}l${coord(r)},${coord(r)}l${coord(-r)},${coord(r)}l${coord(-r)},${coord(-r)}z`;
}
