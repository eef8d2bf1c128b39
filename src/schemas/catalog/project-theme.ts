/**
 * Themes that group the 重点工程 of different plans (content/catalog/project-themes.yaml),
 * so the site can show "the same project in other plans" side by side although every
 * city names its projects a little differently.
 */
import { z } from 'zod';
import { slugSchema } from '../common.ts';
import { duplicateIssues, enTextSchema, keysOf, listItemsOf, zhTextSchema } from './shared.ts';

/**
 * A project name exactly as the plan writes it, minus a leading 实施 and a trailing 。
 * (科普基础设施工程 and 实施科普基础设施工程。 are the same project).
 */
export const projectNameSchema = zhTextSchema.regex(
  /^(?!实施)\p{Script=Han}[^。\s]*工程$/u,
  'must be a project name ending in 工程, without a leading 实施 or trailing 。',
);

export const projectThemeSchema = z
  .object({
    key: slugSchema,
    name_zh: zhTextSchema,
    name_en: enTextSchema,
    match_zh: z.array(projectNameSchema).min(1),
  })
  .strict();

export const projectThemeCatalogSchema = z.array(projectThemeSchema).superRefine((themes, ctx) => {
  for (const issue of [
    ...duplicateIssues(keysOf(themes), 'key'),
    // A project name in two themes would put one project in two comparison rows.
    ...duplicateIssues(listItemsOf(themes, 'match_zh'), 'project name'),
  ]) {
    ctx.addIssue({ code: 'custom', ...issue });
  }
});

export type ProjectTheme = z.output<typeof projectThemeSchema>;
export type ProjectThemeCatalog = z.output<typeof projectThemeCatalogSchema>;
