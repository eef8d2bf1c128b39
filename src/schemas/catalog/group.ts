/**
 * Population groups of the 提升行动 (content/catalog/groups.yaml). Ingest matches
 * `aliases_zh` against action titles such as 农牧民科学素质提升行动 to tag each action
 * with a group, so plans that say 农民 and 农牧民 compare as one group.
 */
import { z } from 'zod';
import { duplicateIssues, enTextSchema, keysOf, listItemsOf, zhTextSchema } from './shared.ts';

/**
 * Closed set: the national outline (全民科学素质行动规划纲要) fixes the five target groups;
 * `general` is the public at large, for targets that name no group.
 */
export const groupKeySchema = z.enum(['youth', 'farmers', 'workers', 'elderly', 'officials', 'general']);

export const groupSchema = z
  .object({
    key: groupKeySchema,
    name_zh: zhTextSchema,
    name_en: enTextSchema,
    aliases_zh: z.array(zhTextSchema).min(1),
    /** English name of the group's 提升行动; null for `general`, which has no action of its own. */
    action_en: enTextSchema.nullable(),
  })
  .strict()
  .refine((group) => group.aliases_zh.includes(group.name_zh), {
    path: ['aliases_zh'],
    message: 'must include name_zh',
  });

export const groupCatalogSchema = z.array(groupSchema).superRefine((groups, ctx) => {
  for (const issue of [
    ...duplicateIssues(keysOf(groups), 'key'),
    ...duplicateIssues(listItemsOf(groups, 'aliases_zh'), 'alias'),
  ]) {
    ctx.addIssue({ code: 'custom', ...issue });
  }
  // Ingest tags every action with a group, so a group missing here would leave actions untagged.
  const present = new Set(groups.map((group) => group.key));
  for (const key of groupKeySchema.options) {
    if (!present.has(key)) ctx.addIssue({ code: 'custom', path: [], message: `missing group "${key}"` });
  }
});

export type GroupKey = z.output<typeof groupKeySchema>;
export type Group = z.output<typeof groupSchema>;
export type GroupCatalog = z.output<typeof groupCatalogSchema>;
