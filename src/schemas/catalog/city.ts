/**
 * Staff overrides for places (content/catalog/cities.yaml): the gazetteer (GB/T 2260) already
 * knows every province, city, county and district with its province, parent and level; an entry
 * here sets the key a place's plans link by and its English name, and may correct the rest.
 */
import { z } from 'zod';
import { slugSchema } from '../common.ts';
import { duplicateIssues, enTextSchema, keysOf, zhTextSchema } from './shared.ts';

/** Administrative rank: 安宁市 is a county-level city run from 昆明市, not a prefecture. */
export const cityLevelSchema = z.enum(['province', 'prefecture', 'county-level', 'county', 'district']);

export const citySchema = z
  .object({
    key: slugSchema,
    name_zh: zhTextSchema,
    name_en: enTextSchema,
    province_zh: zhTextSchema.optional(),
    province_en: enTextSchema.optional(),
    level: cityLevelSchema.optional(),
    parent_zh: zhTextSchema.nullable().optional(),
    parent_en: enTextSchema.nullable().optional(),
  })
  .strict()
  .superRefine((city, ctx) => {
    // A county-level city always sits under a prefecture; a prefecture answers to the province directly.
    if (city.level !== undefined && city.parent_zh !== undefined) {
      const needsParent = city.level === 'county-level' || city.level === 'county' || city.level === 'district';
      if (needsParent !== (city.parent_zh !== null)) {
        ctx.addIssue({ code: 'custom', path: ['parent_zh'], message: needsParent ? 'a county-level place needs its prefecture' : 'a prefecture has no parent city' });
      }
    }
    if ((city.parent_zh ?? null) === null !== ((city.parent_en ?? null) === null)) {
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
