import { describe, expect, it } from 'vitest';
import { choicesFromQuery, optionCounts, queryOf, type RowValues } from '../../../src/browser/explorer-url-state.ts';

const row = (city: string, kind: string, group = 'youth'): RowValues => ({ city, kind, group, deadline: '2025', outcome: 'not-reported', metric: 'none' });
const rows = [row('baotou', 'target'), row('baotou', 'baseline'), row('zhongwei', 'target'), row('zhongwei', 'target', 'farmers')];

describe('choicesFromQuery', () => {
  it('keeps the filters the explorer knows and drops anything else', () => {
    expect(choicesFromQuery('?city=baotou&kind=nope&sort=x', (_, v) => v !== 'nope')).toEqual({ city: 'baotou' });
  });

  it('reads nothing from an empty address', () => {
    expect(choicesFromQuery('', () => true)).toEqual({});
  });
});

describe('queryOf', () => {
  it('writes the choices in the filters’ order, and nothing when none is chosen', () => {
    expect(queryOf({ kind: 'target', city: 'baotou' })).toBe('?city=baotou&kind=target');
    expect(queryOf({})).toBe('');
  });

  it('round-trips through choicesFromQuery', () => {
    const choices = { group: 'farmers', deadline: 'none' };
    expect(choicesFromQuery(queryOf(choices), () => true)).toEqual(choices);
  });
});

describe('optionCounts', () => {
  it('counts every option over all rows when nothing is chosen', () => {
    const counts = optionCounts(rows, {});
    expect(counts.get('city:baotou')).toBe(2);
    expect(counts.get('kind:target')).toBe(3);
    expect(counts.get('city:')).toBe(4);
  });

  it('counts a dimension’s options with the other dimensions’ choices only', () => {
    const counts = optionCounts(rows, { city: 'zhongwei' });
    expect(counts.get('kind:target')).toBe(2);
    expect(counts.get('kind:baseline')).toBeUndefined();
    expect(counts.get('city:baotou')).toBe(2);
    expect(counts.get('group:farmers')).toBe(1);
  });

  it('combines choices in two dimensions', () => {
    const counts = optionCounts(rows, { city: 'zhongwei', kind: 'target' });
    expect(counts.get('group:youth')).toBe(1);
    expect(counts.get('city:baotou')).toBe(1);
    expect(counts.get('kind:baseline')).toBeUndefined();
    expect(counts.get('kind:')).toBe(2);
  });
});
