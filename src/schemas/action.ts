import { z } from 'zod';
import { entryIdSchema, slugSchema } from './common.ts';
import { sectionFields } from './section-fields.ts';

/** A 提升行动 for one population group. */
export const actionSchema = z
  .object({
    ...sectionFields,
    /** Population group key (catalog/groups.yaml): youth, farmers, workers, elderly, officials. */
    group: slugSchema,
    /** The project this action is part of, where a plan nests its actions in a project (中卫 科普规划). */
    parent: entryIdSchema.nullable(),
  })
  .strict();

export type Action = z.output<typeof actionSchema>;
