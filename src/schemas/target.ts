import { z } from 'zod';
import { anchorSchema, entryIdSchema, slugSchema, sourceSchema, yearSchema } from './common.ts';
import { appliedCorrectionSchema } from './applied-correction.ts';
import { appliedOutcomeSchema } from './outcome.ts';

/** A quantitative target, baseline or past achievement, read from one sentence of a plan. */
export const targetSchema = z
  .object({
    id: entryIdSchema,
    plan: slugSchema,
    generated_from: z.array(sourceSchema).length(1),
    kind: z.enum(['target', 'baseline', 'achievement']),
    metric_zh: z.string().min(1),
    /** Comparable metric (catalog/metrics.yaml), e.g. science-volunteers; null if none matched. */
    metric_key: slugSchema.nullable(),
    /** Normalized number: 1.2万 → 12000; 90%以上 → 90. */
    value: z.number(),
    /** Upper end of a range such as 1—2门. */
    value_max: z.number().nullable(),
    /** Unit as written, without the magnitude: %, 人次, 个, 名 …; empty when the plan gives none. */
    unit: z.string(),
    comparator: z.enum(['>=', '=', '~', '<=']),
    /** The figure as it reads in the text, e.g. 1.2万名以上. */
    figure: z.string().min(1),
    deadline_year: yearSchema.nullable(),
    /** The year a baseline or achievement describes. */
    as_of_year: yearSchema.nullable(),
    /** The span the figure covers, as `2021-2025` (十四五期间); a target without one takes the plan's. */
    period: z.string().nullable(),
    frequency: z.enum(['per-semester', 'per-year']).nullable(),
    group: slugSchema,
    /** The sentence, an exact substring of the seed file. */
    quote: z.string().min(1),
    anchor: anchorSchema,
    line: z.number().int().positive(),
    /** The action or project the sentence belongs to. */
    section: entryIdSchema.nullable(),
    /** A staff correction of this reading: its file, reason and the values read before. */
    correction: appliedCorrectionSchema.nullable(),
    /** What was reported for the target (content/outcomes), oldest first. */
    outcomes: z.array(appliedOutcomeSchema),
  })
  .strict()
  .refine((t) => t.kind !== 'target' || t.as_of_year === null, { message: 'a target has a deadline, not an as-of year', path: ['as_of_year'] });

export type Target = z.output<typeof targetSchema>;
