// Category labels beside a chart's rows. A label like '中卫市 · 科普规划' (a city with two plans)
// is set on two lines, city first, so the label column stays narrow enough for phone screens.
import { max } from 'd3-array';
import { textWidth } from './measure.ts';
import { el, escapeXml } from './svg.ts';

const SEPARATOR = ' · ';

/**
 * The lines a label is set on.
 * @example labelLines('中卫市 · 科普规划') // => ['中卫市', '科普规划']
 * @example labelLines('包头市') // => ['包头市']
 */
export function labelLines(label: string): string[] {
  const at = label.indexOf(SEPARATOR);
  return at < 0 ? [label] : [label.slice(0, at), label.slice(at + SEPARATOR.length)];
}

/**
 * The width the widest label needs at `fontSize`.
 * @example labelWidth(['包头市', '中卫市 · 科普规划'], 12) // => 48
 */
export function labelWidth(labels: readonly string[], fontSize: number): number {
  return max(labels.flatMap(labelLines), (line) => textWidth(line, fontSize)) ?? 0;
}

/**
 * A right-aligned label ending at `x`, centred on `y`; a second line is smaller.
 * @example rowLabel('包头市', 100, 50) // => '<text class="label" x="100" y="50" dy="0.35em" text-anchor="end">包头市</text>'
 */
export function rowLabel(label: string, x: number, y: number): string {
  const lines = labelLines(label);
  if (lines.length === 1) return el('text', { class: 'label', x, y, dy: '0.35em', 'text-anchor': 'end' }, escapeXml(label));
  const [first = '', second = ''] = lines;
  return el(
    'text',
    { class: 'label', x, y, 'text-anchor': 'end' },
    el('tspan', { x, dy: '-0.2em' }, escapeXml(first)),
    el('tspan', { x, dy: '1.2em', class: 'sub' }, escapeXml(second)),
  );
}
