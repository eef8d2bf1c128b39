import { z } from 'zod';
import { anchorSchema, slugSchema } from './common.ts';

/** A lead or cooperating unit as the plan writes it (市教体局), with its catalog department. */
export const writtenUnitSchema = z.object({ as_written: z.string().min(1), department: slugSchema }).strict();

/** One numbered measure (举措) of an action or project, with its own units where the plan gives them. */
export const measureSchema = z
  .object({
    order: z.number().int().positive(),
    title_zh: z.string().min(1),
    anchor: anchorSchema,
    lead_units: z.array(slugSchema),
    cooperating_units: z.array(slugSchema),
    /** The same units as the plan writes them, each beside its department. */
    lead_written: z.array(writtenUnitSchema),
    cooperating_written: z.array(writtenUnitSchema),
    /** The seed lost the stop after the title; its end was guessed. */
    title_guessed: z.boolean(),
  })
  .strict();

export type Measure = z.output<typeof measureSchema>;
export type WrittenUnit = z.output<typeof writtenUnitSchema>;
