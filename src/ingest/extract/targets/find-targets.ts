import type { AppliedCorrection } from '../../../schemas/applied-correction.ts';
import type { AppliedOutcome } from '../../../schemas/outcome.ts';
import type { Metric } from '../../../schemas/catalog/metric.ts';
import type { DocParagraph } from '../../outline/tree.ts';
import { clauseBefore, findFigures, type Comparator, type Figure } from './find-figures.ts';
import { groupFromWords } from './group-of.ts';
import { kindOf, type TargetKind } from './kind.ts';
import { metricWords } from './metric-words.ts';
import { NO_TIME, readTime, type TimeContext } from './time-context.ts';
import { sentenceAround } from '../../text/sentences.ts';

export interface TargetDraft {
  localId: string;
  paragraph: DocParagraph;
  kind: TargetKind;
  metricZh: string;
  metricKey: string | null;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  deadlineYear: number | null;
  asOfYear: number | null;
  period: string | null;
  frequency: TimeContext['frequency'];
  group: string;
  /** Source offsets of the figure and of the sentence it stands in. */
  figureRange: [number, number];
  quoteRange: [number, number];
  /** A staff correction of this reading (content/corrections), if any. */
  correction?: AppliedCorrection;
  /** What was reported for it (content/outcomes), oldest first. */
  outcomes?: AppliedOutcome[];
}

export interface TargetContext {
  /** The period figures are read in (the plan's own, or the one it was issued in); null when unknown. */
  period: { start: number; end: number } | null;
  metrics: readonly Metric[];
  /** The group of the action a paragraph belongs to, if any. */
  actionGroup: (p: DocParagraph) => string | null;
}

// How far back from a figure its time words are looked for.
const REACH = 600;

// Sections that look back (基础与形势, 背景和意义, 现实基础): their figures are baselines and
// achievements. Whole words only: 科普基础设施 is not 基础.
const LOOKING_BACK = /(?:^|[与和、])(?:现实基础|发展基础|工作基础|基础|形势|背景|现状|成效|回顾|意义)(?:$|[与和、])/u;

/**
 * Every quantitative target, baseline and past achievement of a plan, each with what it counts,
 * its normalized value and unit, comparator, time, group, and the sentence it comes from.
 */
export function findTargets(paragraphs: readonly DocParagraph[], ctx: TargetContext): TargetDraft[] {
  const keys = ctx.metrics.map((m) => ({ key: m.key, units: m.units, match: new RegExp(m.match, 'u') }));
  return paragraphs.flatMap((p) => {
    const text = p.analysis.text;
    const bodyStart = p.heading?.bodyStart ?? 0;
    // Without any period, a year is only past when the text says so.
    const planStart = ctx.period?.start ?? -Infinity;
    const base = baseTime(p, ctx.period?.start ?? null);
    let previous: Previous | null = null;
    return findFigures(text)
      .filter((f) => f.start >= bodyStart)
      .map((f, i): TargetDraft => {
        const [sentenceStart, sentenceEnd] = sentenceAround(text, f.start, f.end, bodyStart);
        const words = figureWords(text, f, previous?.sentence === sentenceStart ? previous : null);
        previous = { ...words, sentence: sentenceStart, end: f.end };
        // Time words before the figure count, back to the paragraph's start (within reach: a seed
        // can be one enormous line); how often, only in its sentence.
        const time = readTime(text.slice(Math.max(bodyStart, f.start - REACH), f.start), planStart, base);
        const frequency = readTime(text.slice(sentenceStart, f.start), planStart).frequency;
        const asOf = /(\d{4})年的$/u.exec(words.clause)?.[1];
        const kind = kindOf(time, words.clause, f.unit, words.metric);
        return {
          localId: `${p.anchor}-t${i + 1}`,
          paragraph: p,
          kind,
          metricZh: words.metric,
          metricKey: keys.find((m) => m.units.includes(f.unit) && m.match.test(words.metric))?.key ?? null,
          value: f.value,
          valueMax: f.valueMax,
          unit: f.unit,
          comparator: f.comparator,
          deadlineYear: kind === 'target' ? time.deadline : null,
          asOfYear: kind === 'target' ? null : asOf ? Number(asOf) : time.asOf ?? time.period?.[1] ?? null,
          period: time.period ? `${time.period[0]}-${time.period[1]}` : kind === 'target' && ctx.period ? `${ctx.period.start}-${time.deadline ?? ctx.period.end}` : null,
          frequency,
          group: ctx.actionGroup(p) ?? groupFromWords(`${words.clause}${words.after}`),
          figureRange: p.analysis.sourceRange(f.start, f.end),
          quoteRange: p.analysis.sourceRange(sentenceStart, sentenceEnd),
        };
      });
  });
}

/** The figure before this one, when it stands in the same sentence. */
interface Previous {
  metric: string;
  /** Its metric without a change word: what `比…的` and `提高了` refer back to. */
  base: string;
  sentence: number;
  end: number;
}

/**
 * The words of a figure: its own clause (a list `基地1个、示范基地3个` gives each item its own),
 * the words after it, and what it counts. `比2015年的2.0%` compares with the figure before it in
 * the sentence, so it counts the same; `提高了3.5%` is a change of that.
 */
function figureWords(text: string, f: Figure, before: Previous | null): { clause: string; after: string; metric: string; base: string } {
  const full = clauseBefore(text, f.start);
  const clause = full.slice(Math.max(0, (before?.end ?? 0) - (f.start - full.length))).replace(/^[、和及与]+/u, '');
  const after = text.slice(f.end, nextDelimiter(text, f.end));
  let metric = metricWords(clause, after, f.unit);
  const change = before !== null && /^(?:提高|提升|增长|增加|下降|降低|幅度)/u.test(metric);
  if (before && /^(?:\d{4}年的|比.*的)$/u.test(clause)) metric = before.base;
  else if (before && change) metric = before.base + metric;
  if (metric === '') metric = before?.metric || clause || after;
  return { clause, after, metric, base: change && before ? before.base : metric };
}

function baseTime(p: DocParagraph, planStart: number | null): TimeContext {
  for (let s: typeof p.section | null = p.section; s; s = s.parent) {
    if (s.heading && LOOKING_BACK.test(s.heading.title)) return { ...NO_TIME, past: true, period: planStart === null ? null : [planStart - 5, planStart - 1] };
  }
  return NO_TIME;
}

function nextDelimiter(text: string, from: number): number {
  const i = text.slice(from, from + 200).search(/[，。；：、！？]/u);
  return i < 0 ? Math.min(text.length, from + 200) : from + i;
}
