import { z } from 'zod';
import { anchorSchema, entryIdSchema, slugSchema, sourceSchema } from './common.ts';
import { departmentSchema } from './catalog/department.ts';

/** One time a plan names a unit as lead or cooperating unit of an action, project or measure. */
export const roleSchema = z
  .object({
    plan: slugSchema,
    /** The action or project. */
    section: entryIdSchema,
    section_kind: z.enum(['action', 'project']),
    /** The measure's order within the section, when the plan names units per measure. */
    measure: z.number().int().positive().nullable(),
    role: z.enum(['lead', 'cooperating']),
    /** The spelling the plan uses (市教体局 for the education bureau in 安宁). */
    as_written: z.string().min(1),
    anchor: anchorSchema,
  })
  .strict();

/** A department (部门/单位) with everything it leads or cooperates on, across all plans. */
export const departmentEntrySchema = departmentSchema.extend({
  generated_from: z.array(sourceSchema).min(1),
  roles: z.array(roleSchema).min(1),
});

export type Role = z.output<typeof roleSchema>;
export type DepartmentEntry = z.output<typeof departmentEntrySchema>;
