import { z } from 'zod';
import { anchorSchema, entryIdSchema, slugSchema, sourceSchema } from './common.ts';
import { measureSchema, writtenUnitSchema } from './measure.ts';
import { appliedCorrectionSchema } from './applied-correction.ts';

/**
 * What actions (提升行动) and projects (重点工程) share: both are numbered sections of a plan with
 * lead and cooperating units and measures. Each entity composes these into its own schema.
 */
export const sectionFields = {
  id: entryIdSchema,
  plan: slugSchema,
  generated_from: z.array(sourceSchema).length(1),
  order: z.number().int().positive(),
  name_zh: z.string().min(1),
  anchor: anchorSchema,
  /** Department keys, in the order the plan names them. */
  lead_units: z.array(slugSchema),
  cooperating_units: z.array(slugSchema),
  /** The same units as the plan writes them, each beside its department: what a journalist quotes. */
  lead_written: z.array(writtenUnitSchema),
  cooperating_written: z.array(writtenUnitSchema),
  /** The unit lines as the plan writes them. */
  units_text: z.array(z.string()),
  /** Where the units come from: one line for the section, one per measure, or none in the text. */
  units_from: z.enum(['section', 'measures', 'none']),
  measures: z.array(measureSchema),
  targets: z.array(entryIdSchema),
  /** A staff correction of the section's units: its file, reason and the units read before. */
  correction: appliedCorrectionSchema.nullable(),
};
