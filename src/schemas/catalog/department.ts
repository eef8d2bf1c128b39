/**
 * Lead and cooperating units (牵头/配合单位) named in the plans (content/catalog/departments.yaml).
 * One entry per function, not per spelling: 市教育局 (Zhongwei, Qinzhou) and 市教体局 (Anning)
 * are one entry, so "who leads youth actions" compares across cities. Ingest resolves a
 * spelling from a unit line through `aliases_zh`; every spelling resolves to exactly one entry.
 */
import { z } from 'zod';
import { slugSchema } from '../common.ts';
import { duplicateIssues, enTextSchema, keysOf, listItemsOf, zhTextSchema } from './shared.ts';

/**
 * What kind of body it is. `collective` marks placeholders that stand for many bodies
 * (各县（区）人民政府, 各成员单位), which the site must not count as one unit.
 */
export const departmentKindSchema = z.enum([
  'party',
  'government',
  'mass-organization',
  'enterprise',
  'collective',
  'other',
]);

export const departmentSchema = z
  .object({
    key: slugSchema,
    /** Canonical short name with its 市/市委 prefix, e.g. 市科协. */
    short_zh: zhTextSchema,
    /** Full name, e.g. 市科学技术协会. */
    name_zh: zhTextSchema,
    name_en: enTextSchema,
    /** Compact label for tables, e.g. "Science association". */
    short_en: enTextSchema,
    kind: departmentKindSchema,
    /** Every spelling used in the plans' unit lines, verbatim, plus short_zh. */
    aliases_zh: z.array(zhTextSchema).min(1),
  })
  .strict()
  .refine((department) => department.aliases_zh.includes(department.short_zh), {
    path: ['aliases_zh'],
    message: 'must include short_zh, so the canonical name resolves too',
  });

export const departmentCatalogSchema = z.array(departmentSchema).superRefine((departments, ctx) => {
  for (const issue of [
    ...duplicateIssues(keysOf(departments), 'key'),
    ...duplicateIssues(listItemsOf(departments, 'aliases_zh'), 'alias'),
  ]) {
    ctx.addIssue({ code: 'custom', ...issue });
  }
});

export type DepartmentKind = z.output<typeof departmentKindSchema>;
export type Department = z.output<typeof departmentSchema>;
export type DepartmentCatalog = z.output<typeof departmentCatalogSchema>;
