// The explorer table's columns, in order: each one's name, and the order its heading links to.
// A phone shows each cell as a labelled line; the names are given once per page, in the page's
// stylesheet (columnLabelCss), not on each of the cells: the rows are most of the explorer's
// bytes, and each row is on six pages per language.
import type { Locale } from '../../i18n/locales.ts';
import { ui } from '../../i18n/translations/index.ts';
import { cssString } from '../css-string.ts';
import type { SortKey } from './sorting.ts';

export interface ExplorerColumn {
  label: string;
  sort?: SortKey;
}

/**
 * The columns of the explorer table in a language.
 * @example explorerColumns('en')[0] // => { label: 'City', sort: 'city' }
 */
export function explorerColumns(locale: Locale): ExplorerColumn[] {
  const t = ui(locale);
  return [
    { label: t.targets.city, sort: 'city' },
    { label: t.targets.plan },
    { label: t.target.metric, sort: 'metric' },
    { label: t.target.value, sort: 'value' },
    { label: t.target.kind, sort: 'kind' },
    { label: t.target.deadline, sort: 'deadline' },
    { label: t.target.group, sort: 'group' },
    { label: t.target.source },
  ];
}

/**
 * The rules that give each cell of the explorer table its column's name (`--label`, which the
 * stacked layout of global.css shows).
 * @example columnLabelCss([{ label: 'City' }]) // => 'table.targets-explorer td:nth-child(1){--label:"City"}'
 */
export function columnLabelCss(columns: readonly ExplorerColumn[]): string {
  return columns.map((c, i) => `table.targets-explorer td:nth-child(${i + 1}){--label:${cssString(c.label)}}`).join('\n');
}
