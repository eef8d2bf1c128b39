import { describe, expect, it } from 'vitest';
import { outcomeStatus, outcomeSummary } from '../../../src/site/outcome-status.ts';

const report = (reached: number, as_of: string) => ({ reached, as_of, source: { publisher: 'cast', title_zh: '报告' }, file: 'content/outcomes/p/a.yaml' });
const target = (over: object = {}) => ({ kind: 'target' as const, value: 20000, comparator: '>=' as const, deadline_year: 2025, outcomes: [], ...over });

describe('outcomeStatus(target)', () => {
  it('is not reported without a report', () => {
    expect(outcomeStatus(target())).toBe('not-reported');
  });

  it('is achieved when the latest report meets the target, whatever came before', () => {
    expect(outcomeStatus(target({ outcomes: [report(9000, '2023-12-31'), report(21000, '2025-12-31')] }))).toBe('achieved');
    expect(outcomeStatus(target({ comparator: '=', outcomes: [report(20000, '2025-06-30')] }))).toBe('achieved');
  });

  it('is partly achieved when a report before the deadline year falls short, and not achieved when one for it does', () => {
    expect(outcomeStatus(target({ outcomes: [report(9000, '2023-12-31')] }))).toBe('partly');
    expect(outcomeStatus(target({ outcomes: [report(19000, '2025-12-31')] }))).toBe('not-achieved');
    expect(outcomeStatus(target({ outcomes: [report(19000, '2026-03-01')] }))).toBe('not-achieved');
  });

  it('reads an at-most target as met at or below its value, and an about target within 5 %', () => {
    expect(outcomeStatus(target({ comparator: '<=', value: 10, outcomes: [report(8, '2025-12-31')] }))).toBe('achieved');
    expect(outcomeStatus(target({ comparator: '<=', value: 10, outcomes: [report(12, '2025-12-31')] }))).toBe('not-achieved');
    expect(outcomeStatus(target({ comparator: '~', value: 100, outcomes: [report(96, '2025-12-31')] }))).toBe('achieved');
  });

  it('gives a baseline or an achievement no status', () => {
    expect(outcomeStatus(target({ kind: 'baseline' }))).toBeNull();
  });
});

describe('outcomeSummary(targets, thisYear)', () => {
  it('counts the targets due in the last deadline year before now by what was reported', () => {
    const targets = [target({ outcomes: [report(21000, '2025-12-31')] }), target(), target({ deadline_year: 2035 }), target({ kind: 'baseline', deadline_year: null })];
    expect(outcomeSummary(targets, 2026)).toEqual({ year: 2025, total: 2, counts: { achieved: 1, partly: 0, 'not-achieved': 0, 'not-reported': 1 } });
    expect(outcomeSummary(targets, 2024)?.year).toBe(2025);
    expect(outcomeSummary([], 2026)).toBeNull();
  });
});
