import { insideBookTitle } from '../../text/sentences.ts';
import { fiveYearPlan } from '../five-year-plan.ts';

/** When a figure applies, as far as its words say. */
export interface TimeContext {
  deadline: number | null;
  asOf: number | null;
  period: [number, number] | null;
  frequency: 'per-semester' | 'per-year' | null;
  /** The words speak of the past (十三五, 五年来, a year before the plan). */
  past: boolean;
}

export const NO_TIME: TimeContext = { deadline: null, asOf: null, period: null, frequency: null, past: false };

const FYP = /[“"]?十([一二三四五六七八九])五[”"]?(期间|时期|以来|末)?/gu;

/**
 * The time words of a text, read for a plan starting in `planStart`: 十四五期间 is a period ending
 * in 2025, 十三五末 is a past year, 到2025年 a deadline, 每学期 a frequency. Later words win.
 * @example readTime('“十四五”期间，培训领导干部4万人次', 2021) // => { deadline: 2025, asOf: null, period: [2021, 2025], frequency: null, past: false }
 * @example readTime('“十三五”末，我市比例为5.5%', 2021) // => { deadline: null, asOf: 2020, period: null, frequency: null, past: true }
 */
export function readTime(text: string, planStart: number, base: TimeContext = NO_TIME): TimeContext {
  let t: TimeContext = { ...base, frequency: null };
  const hits: Array<{ at: number; apply: (c: TimeContext) => TimeContext }> = [];
  for (const m of text.matchAll(FYP)) {
    const [start, end] = fiveYearPlan(m[0]) ?? [0, 0];
    const isPast = end < planStart;
    hits.push({
      at: m.index,
      apply: (c) =>
        m[2] === '末'
          ? isPast ? { ...c, past: true, asOf: end, deadline: null, period: null } : { ...c, past: false, deadline: end, asOf: null }
          : isPast ? { ...c, past: true, period: [start, end], deadline: null, asOf: null } : { ...c, past: false, period: [start, end], deadline: end, asOf: null },
    });
  }
  for (const m of text.matchAll(/五年来|近年来/gu)) hits.push({ at: m.index, apply: (c) => ({ ...c, past: true, deadline: null }) });
  for (const m of text.matchAll(/(\d{4})—(\d{4})年度?/gu)) {
    if (insideBookTitle(text, m.index)) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    hits.push({ at: m.index, apply: (c) => (b < planStart ? { ...c, past: true, period: [a, b], deadline: null } : { ...c, past: false, period: [a, b], deadline: b, asOf: null }) });
  }
  // `2015年的2.0%` names the year of one compared figure, not the time of what follows.
  for (const m of text.matchAll(/(?<![\d—])(\d{4})年(?![度的])/gu)) {
    if (insideBookTitle(text, m.index) || /^\d{4}年\d{1,2}月/u.test(text.slice(m.index))) continue;
    const y = Number(m[1]);
    hits.push({ at: m.index, apply: (c) => (y < planStart ? { ...c, past: true, asOf: y, deadline: null } : { ...c, past: false, deadline: y, asOf: null }) });
  }
  for (const m of text.matchAll(/每学期|每年/gu)) {
    hits.push({ at: m.index, apply: (c) => ({ ...c, frequency: m[0] === '每学期' ? 'per-semester' : 'per-year' }) });
  }
  for (const h of hits.sort((a, b) => a.at - b.at)) t = h.apply(t);
  return t;
}
