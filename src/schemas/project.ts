import { z } from 'zod';
import { slugSchema } from './common.ts';
import { sectionFields } from './section-fields.ts';

/** A 重点工程 (key project). */
export const projectSchema = z
  .object({
    ...sectionFields,
    /** Theme key (catalog/project-themes.yaml) that makes projects comparable across plans; null if none matched. */
    theme: slugSchema.nullable(),
  })
  .strict();

export type Project = z.output<typeof projectSchema>;
