import { z } from 'zod';
import { anchorSchema, slugSchema } from './common.ts';

/** One numbered measure (举措) of an action or project, with its own units where the plan gives them. */
export const measureSchema = z
  .object({
    order: z.number().int().positive(),
    title_zh: z.string().min(1),
    anchor: anchorSchema,
    lead_units: z.array(slugSchema),
    cooperating_units: z.array(slugSchema),
    /** The seed lost the stop after the title; its end was guessed. */
    title_guessed: z.boolean(),
  })
  .strict();

export type Measure = z.output<typeof measureSchema>;
