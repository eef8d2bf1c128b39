/**
 * Cities whose plans the hub holds (content/catalog/cities.yaml): the English site
 * takes city and province names from here, and a plan links to its city by `key`.
 */
import { z } from 'zod';
import { slugSchema } from '../common.ts';
import { duplicateIssues, enTextSchema, keysOf, zhTextSchema } from './shared.ts';

/** Administrative rank: 安宁市 is a county-level city run from 昆明市, not a prefecture. */
export const cityLevelSchema = z.enum(['prefecture', 'county-level']);

export const citySchema = z
  .object({
    key: slugSchema,
    name_zh: zhTextSchema,
    name_en: enTextSchema,
    province_zh: zhTextSchema,
    province_en: enTextSchema,
    level: cityLevelSchema,
    parent_zh: zhTextSchema.nullable(),
    parent_en: enTextSchema.nullable(),
  })
  .strict()
  .superRefine((city, ctx) => {
    // A county-level city always sits under a prefecture; a prefecture answers to the province directly.
    const needsParent = city.level === 'county-level';
    if (needsParent !== (city.parent_zh !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['parent_zh'],
        message: needsParent ? 'a county-level city needs its prefecture' : 'a prefecture has no parent city',
      });
    }
    if ((city.parent_zh === null) !== (city.parent_en === null)) {
      ctx.addIssue({ code: 'custom', path: ['parent_en'], message: 'parent_en and parent_zh go together' });
    }
  });

export const cityCatalogSchema = z.array(citySchema).superRefine((cities, ctx) => {
  for (const issue of [
    ...duplicateIssues(keysOf(cities), 'key'),
    ...duplicateIssues(cities.map((city, index) => ({ value: city.name_zh, path: [index, 'name_zh'] })), 'name_zh'),
  ]) {
    ctx.addIssue({ code: 'custom', ...issue });
  }
});

export type CityLevel = z.output<typeof cityLevelSchema>;
export type City = z.output<typeof citySchema>;
export type CityCatalog = z.output<typeof cityCatalogSchema>;
