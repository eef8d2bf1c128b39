// The numbers of a chart as a table, built from the very records the SVG is drawn from, so the
// two cannot disagree. Readers without the picture (or without CSS, or printing) get the table.
import type { Bar } from './bar-chart.ts';
import type { DumbbellRow } from './dumbbell-chart.ts';

/** One figure in a cell: its text, the number it shows and the sentence it comes from. */
export interface TableFigure {
  text: string;
  value: number;
  href: string;
}

export interface TableRow {
  key: string;
  /** The row header: the category. */
  header: string;
  /** One list of figures per data column; an empty list is shown as a dash. */
  cells: TableFigure[][];
}

export interface ChartTable {
  /** Column headers, the first over the row headers. */
  columns: readonly string[];
  rows: TableRow[];
}

/**
 * A bar chart's table: one row per bar, its figure linked to its sentence.
 * @example barTable([{ key: 'b', label: 'Baotou', value: 20000, valueLabel: '20,000', href: '/p/#s1', name: '' }], ['City', 'Volunteers'])
 * // => { columns: ['City', 'Volunteers'], rows: [{ key: 'b', header: 'Baotou', cells: [[{ text: '20,000', value: 20000, href: '/p/#s1' }]] }] }
 */
export function barTable(bars: readonly Bar[], columns: readonly [string, string]): ChartTable {
  return { columns, rows: bars.map((b) => ({ key: b.key, header: b.label, cells: [[{ text: b.valueLabel, value: b.value, href: b.href }]] })) };
}

/**
 * A dumbbell chart's table: one row per plan, its baselines in one column and its target in the next.
 * @example dumbbellTable([{ key: 'q', label: 'Qinzhou', points: [] }], ['Plan', 'Baseline', 'Target'])
 * // => { columns: ['Plan', 'Baseline', 'Target'], rows: [{ key: 'q', header: 'Qinzhou', cells: [[], []] }] }
 */
export function dumbbellTable(rows: readonly DumbbellRow[], columns: readonly [string, string, string]): ChartTable {
  const figures = (r: DumbbellRow, role: 'baseline' | 'target') =>
    r.points
      .filter((p) => p.role === role)
      .sort((a, b) => a.year - b.year)
      .map((p) => ({ text: p.valueLabel, value: p.value, href: p.href }));
  return { columns, rows: rows.map((r) => ({ key: r.key, header: r.label, cells: [figures(r, 'baseline'), figures(r, 'target')] })) };
}
