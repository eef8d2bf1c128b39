// A horizontal bar chart: one bar per figure, categories down the side, a value axis below. Each
// bar (with its value label) links to the sentence the figure comes from.
import { max } from 'd3-array';
import { format } from 'd3-format';
import { axisBottom } from './axis.ts';
import { chartSvg, linkedMark } from './frame.ts';
import { labelWidth as widestLabel, rowLabel } from './labels.ts';
import { textWidth } from './measure.ts';
import { bandScale, valueScale } from './scales.ts';
import { el, empty, escapeXml } from './svg.ts';

export interface Bar {
  /** Unique within the chart (a target id). */
  key: string;
  /** The category beside the bar: a city, or a city and plan. */
  label: string;
  value: number;
  /** The figure as people read it at the bar's end: '≥ 12,000 人'. */
  valueLabel: string;
  /** When the figure is due, shown after it: '2025', 'per semester'. */
  year?: string;
  /** The source sentence. */
  href: string;
  /** What a screen reader announces for the link. */
  name: string;
  /** Colour class: `bar-a` (light) or `bar-b` (strong). */
  tone?: 'a' | 'b';
}

export interface BarChartSpec {
  id: string;
  title: string;
  description: string;
  bars: readonly Bar[];
  /** Tick labels; grouped digits by default. */
  tickFormat?: (n: number) => string;
  width?: number;
  /** Language of the labels when it differs from the page's. */
  lang?: string;
}

const FONT = 12;
const STEP = 34;
const TOP = 8;
const AXIS = 26;
/** Below this width a row's label and figure go on a line above its bar: no column for labels. */
export const STACKED_BELOW = 400;
const STACKED_STEP = 56;
export const groupedDigits = format(',~f');

/**
 * The chart as an inline SVG string. Bar lengths are proportional to the values, from zero.
 * @example barChart({ id: 'v', title: 'Volunteers', description: 'Baotou 20,000', bars: [{ key: 'b', label: 'Baotou', value: 20000, valueLabel: '20,000', href: '/p/#s1', name: 'Baotou: 20,000' }] })
 * // => '<svg … role="group" …><title id="v-title">Volunteers</title>…<a href="/p/#s1" …><rect class="bar bar-b" … data-value="20000"/>…</a>…</svg>'
 */
export function barChart(spec: BarChartSpec): string {
  const width = spec.width ?? 460;
  if (width < STACKED_BELOW) return stackedBarChart(spec, width);
  const labelWidth = Math.min(width * 0.4, widestLabel(spec.bars.map((b) => b.label), FONT) + 10);
  const valueWidth = Math.min(width * 0.4, (max(spec.bars, (b) => textWidth(b.valueLabel, FONT) + (b.year ? textWidth(b.year, FONT) + 8 : 0)) ?? 0) + 10);
  const plotWidth = Math.max(40, width - labelWidth - valueWidth - 4);
  const plotBottom = TOP + spec.bars.length * STEP;
  const x = valueScale(spec.bars.map((b) => b.value), plotWidth);
  const y = bandScale(spec.bars.map((b) => b.key), TOP, plotBottom);
  const tickFormat = spec.tickFormat ?? groupedDigits;

  const rows = spec.bars.map((b) => {
    const top = y(b.key) ?? 0;
    const mid = top + y.bandwidth() / 2;
    const length = x(b.value);
    const label = rowLabel(b.label, labelWidth - 6, mid);
    const bar = empty('rect', { class: `bar bar-${b.tone ?? 'b'}`, x: labelWidth, y: top, width: length, height: y.bandwidth(), 'data-value': String(b.value) });
    const end = labelWidth + length + 4;
    // The figure is drawn beside the link and hidden from screen readers: the link's name has it.
    const value = el('text', { class: 'value', x: end, y: mid, dy: '0.35em', 'aria-hidden': 'true' }, escapeXml(b.valueLabel));
    const year = b.year ? el('text', { class: 'year', x: end + textWidth(b.valueLabel, FONT) + 8, y: mid, dy: '0.35em', 'aria-hidden': 'true' }, escapeXml(b.year)) : '';
    return el('g', { class: 'row' }, label, linkedMark({ href: b.href, name: b.name }, bar), value, year);
  });
  const axis = axisBottom(x, { left: labelWidth, y: plotBottom, top: TOP, ticks: Math.max(2, Math.floor(plotWidth / 80)), format: tickFormat });
  return chartSvg(
    { id: spec.id, title: spec.title, description: spec.description, width, height: plotBottom + AXIS },
    axis + el('g', { class: 'bars', lang: spec.lang }, ...rows),
  );
}

/**
 * The phone layout: each row's label on one line, its figure and year on the next, and its bar
 * under them across the width, so no text competes with the bars for room.
 */
function stackedBarChart(spec: BarChartSpec, width: number): string {
  const plotBottom = TOP + spec.bars.length * STACKED_STEP;
  // Room on the right for the last tick's label, centred on its tick.
  const x = valueScale(spec.bars.map((b) => b.value), width - 28);
  const tickFormat = spec.tickFormat ?? groupedDigits;
  const rows = spec.bars.map((b, i) => {
    const top = TOP + i * STACKED_STEP;
    const label = el('text', { class: 'label', x: 0, y: top + FONT }, escapeXml(b.label));
    const figure = el('text', { class: 'value', x: 0, y: top + 2 * FONT + 4, 'aria-hidden': 'true' }, escapeXml(b.valueLabel), b.year ? el('tspan', { class: 'year' }, escapeXml(` · ${b.year}`)) : '');
    const bar = empty('rect', { class: `bar bar-${b.tone ?? 'b'}`, x: 0, y: top + 2 * FONT + 10, width: x(b.value), height: 12, 'data-value': String(b.value) });
    return el('g', { class: 'row' }, label, linkedMark({ href: b.href, name: b.name }, bar), figure);
  });
  const axis = axisBottom(x, { left: 0, y: plotBottom, top: TOP, ticks: Math.max(2, Math.floor(width / 90)), format: tickFormat });
  return chartSvg({ id: spec.id, title: spec.title, description: spec.description, width, height: plotBottom + AXIS }, axis + el('g', { class: 'bars', lang: spec.lang }, ...rows));
}
