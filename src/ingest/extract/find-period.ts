import { fiveYearPlan } from './five-year-plan.ts';

export interface Period {
  start: number;
  end: number;
  /** A 2035 vision (远景目标) the plan sets for itself, beyond its own period. */
  vision: number | null;
}

/**
 * The years a plan covers, from its title: `（2021—2025年）`, `(2021年—2025年)`, or 十四五.
 * `text` is the whole analysis text, to find the plan's own long-range vision (`2035年远景目标：`).
 * @example findPeriod('钦州市全民科学素质行动计划纲要实施方案（2021—2035年）', '2035年远景目标：全市…') // => { start: 2021, end: 2035, vision: 2035 }
 * @example findPeriod('中卫市科学技术普及"十四五"规划', '') // => { start: 2021, end: 2025, vision: null }
 */
export function findPeriod(title: string, paragraphs: readonly string[]): Period | null {
  const range = /(\d{4})年?—(\d{4})年/u.exec(title);
  const fyp = fiveYearPlan(title);
  let period: Period | null = null;
  if (range) period = { start: Number(range[1]), end: Number(range[2]), vision: null };
  else if (fyp) period = { start: fyp[0], end: fyp[1], vision: null };
  if (!period) return null;
  // Its own vision heads a paragraph or label (`2035年远景目标：`), not a citation (`…和2035年远景目标纲要》`).
  const vision = paragraphs.map((p) => /^(\d{4})年远景目标[：:]/u.exec(p)?.[1]).find(Boolean);
  return { ...period, vision: vision ? Number(vision) : null };
}
