import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { activityCatalogSchema, type ActivityDay } from '../../../src/schemas/catalog/activity-day.ts';

/** The raw YAML data of content/catalog/activity-days.yaml, before validation. */
export function rawCatalog(): unknown {
  return load(readFileSync(new URL('../../../content/catalog/activity-days.yaml', import.meta.url), 'utf8'));
}

/** The validated catalog; throws if the YAML does not match the schema. */
export const catalog: ActivityDay[] = activityCatalogSchema.parse(rawCatalog());

/** One catalog entry by key; throws for an unknown key so a typo fails loudly. */
export function entry(key: string): ActivityDay {
  const found = catalog.find((item) => item.key === key);
  if (found === undefined) throw new Error(`no catalog entry ${key}`);
  return found;
}
