// How content records a staff correction (content/corrections): on the entry it corrects, and in
// its plan's list. Apart from correction.ts, which reads the staff's files, so that the entity
// schemas can use it.
import { z } from 'zod';
import { isoDateSchema } from './common.ts';

/** How a corrected entry records it: which file, why, and what was read before (null if added). */
export const appliedCorrectionSchema = z
  .object({
    file: z.string().regex(/^content\/corrections\/[a-z0-9-]+\/[^/]+\.yaml$/u),
    reason: z.string(),
    reason_en: z.string().optional(),
    date: isoDateSchema,
    /** The fields as ingest read them, before the correction; null for an entry the correction adds. */
    original: z.record(z.string(), z.unknown()).nullable(),
  })
  .strict();

/** A correction as the plan lists it (what was corrected, in the plan's own words). */
export const planCorrectionEntrySchema = appliedCorrectionSchema.extend({
  correct: z.enum(['target', 'missed-target', 'section', 'base', 'plan']),
  quote: z.string(),
  removed: z.boolean(),
  anchor: z.string().nullable(),
  /** The entry corrected (a target or section id), when it has one. */
  entry: z.string().nullable(),
});

export type AppliedCorrection = z.output<typeof appliedCorrectionSchema>;
export type PlanCorrectionEntry = z.output<typeof planCorrectionEntrySchema>;
