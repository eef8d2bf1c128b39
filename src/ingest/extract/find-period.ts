import { fiveYearPlan } from './five-year-plan.ts';

export interface Period {
  start: number;
  end: number;
  /** A 2035 vision (远景目标) the plan sets for itself, beyond its own period. */
  vision: number | null;
  /** Where the years were read: the title, or the plan's opening words. */
  basis: 'title' | 'text';
}

const RANGE = /(\d{4})年?—(?:\d{4}年?—)?(\d{4})年/u;
// A plan's opening says which period it plans (明确“十四五”时期全市科普事业的…): a range or a
// five-year plan outside the titles it cites in 《》.
const OPENING_RANGE = /(\d{4})年?—(\d{4})年/gu;

/**
 * The years a plan covers: from its title (`（2021—2025年）`, `(2021年—2025年)`,
 * `（2006—2010—2020年）`, 十四五), else from its opening paragraphs, never assumed: null when
 * neither says. `paragraphs` are the plan's analysis texts, for its opening and its own
 * long-range vision (`2035年远景目标：`).
 * @example findPeriod('钦州市全民科学素质行动计划纲要实施方案（2021—2035年）', ['2035年远景目标：全市…']) // => { start: 2021, end: 2035, vision: 2035, basis: 'title' }
 * @example findPeriod('中卫市科学技术普及"十四五"规划', []) // => { start: 2021, end: 2025, vision: null, basis: 'title' }
 * @example findPeriod('某市科普规划', ['某市科普规划', '为明确“十三五”时期全市科普工作的目标，制定本规划。']) // => { start: 2016, end: 2020, vision: null, basis: 'text' }
 */
export function findPeriod(title: string, paragraphs: readonly string[]): Period | null {
  const span = fromTitle(title) ?? fromOpening(paragraphs.slice(0, 8));
  if (!span) return null;
  // Its own vision heads a paragraph or label (`2035年远景目标：`), not a citation (`…和2035年远景目标纲要》`).
  const vision = paragraphs.map((p) => /^(\d{4})年远景目标[：:]/u.exec(p)?.[1]).find(Boolean);
  return { ...span, vision: vision ? Number(vision) : null };
}

function fromTitle(title: string): Omit<Period, 'vision'> | null {
  const range = RANGE.exec(title);
  if (range) return { start: Number(range[1]), end: Number(range[2]), basis: 'title' };
  const fyp = fiveYearPlan(title);
  return fyp ? { start: fyp[0], end: fyp[1], basis: 'title' } : null;
}

function fromOpening(paragraphs: readonly string[]): Omit<Period, 'vision'> | null {
  for (const p of paragraphs) {
    // Only sentences about this plan (制定本规划, 本方案); the years of cited titles do not count.
    if (!/本(?:实施)?(?:规划|方案|纲要|计划)/u.test(p)) continue;
    const own = p.replace(/《[^》]*》/gu, '');
    const range = [...own.matchAll(OPENING_RANGE)][0];
    if (range) return { start: Number(range[1]), end: Number(range[2]), basis: 'text' };
    const fyp = fiveYearPlan(own);
    if (fyp) return { start: fyp[0], end: fyp[1], basis: 'text' };
  }
  return null;
}

/**
 * The five-year plan period a year falls in, the frame a plan with no stated period is read in.
 * @example fiveYearPeriodOf(2022) // => [2021, 2025]
 */
export function fiveYearPeriodOf(year: number): [number, number] {
  const start = 2001 + Math.floor((year - 2001) / 5) * 5;
  return [start, start + 4];
}
