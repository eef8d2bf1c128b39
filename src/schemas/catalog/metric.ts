import { z } from 'zod';
import { slugSchema } from '../common.ts';

/**
 * A metric that plans count the same way, so targets can be compared across cities
 * (科技志愿者人数, 全国科普教育基地数 …). `match` is a regular expression tried on a target's
 * metric words; `units` lists the units under which figures are comparable.
 */
export const metricSchema = z
  .object({
    key: slugSchema,
    name_zh: z.string().min(1),
    name_en: z.string().min(1),
    match: z.string().refine(isRegExp, { message: 'not a valid regular expression' }),
    units: z.array(z.string()).min(1),
    /** Shown in the cross-city comparison charts. */
    compare: z.boolean(),
    /** A target value below this is likely a scraping loss (a dropped 万); ingest warns. */
    plausible_min: z.number().positive().optional(),
  })
  .strict();

export const metricCatalogSchema = z.array(metricSchema);

export type Metric = z.output<typeof metricSchema>;

/**
 * Whether a target's figure is far below what plans count for its metric (a 万 lost in
 * scraping, most likely): ingest warns staff, and the site flags it and keeps it out of charts.
 * @example doubtfulFigure({ kind: 'target', value: 4, metric_key: 'science-info-officers' }, metrics) // => true
 */
export function doubtfulFigure(target: { kind: string; value: number; metric_key: string | null }, metrics: readonly Metric[]): boolean {
  const min = metrics.find((m) => m.key === target.metric_key)?.plausible_min;
  return min !== undefined && target.kind === 'target' && target.value < min;
}

function isRegExp(s: string): boolean {
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
}
