import { describe, expect, it } from 'vitest';
import { columnLabelCss, explorerColumns } from '../../../../src/site/explorer/columns.ts';

describe('columnLabelCss', () => {
  it('gives each cell of the explorer table its column’s name, once for the page', () => {
    const css = columnLabelCss(explorerColumns('en')).split('\n');
    expect(css).toHaveLength(8);
    expect(css[0]).toBe('table.targets-explorer td:nth-child(1){--label:"City"}');
    expect(css[7]).toBe('table.targets-explorer td:nth-child(8){--label:"Source"}');
  });

  it('writes a name as a CSS string, escaped', () => {
    expect(columnLabelCss([{ label: 'A "b"' }])).toBe('table.targets-explorer td:nth-child(1){--label:"A \\"b\\""}');
  });
});

describe('explorerColumns', () => {
  it('links the sortable columns to their orders, in both languages alike', () => {
    expect(explorerColumns('zh').map((c) => c.sort)).toEqual(explorerColumns('en').map((c) => c.sort));
    expect(explorerColumns('zh').map((c) => c.sort)).toEqual(['city', undefined, 'metric', 'value', 'kind', 'deadline', 'group', undefined]);
  });
});
