import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ActivityDay } from '../../../src/schemas/catalog/activity-day.ts';
import type { Publisher } from '../../../src/schemas/catalog/publisher.ts';
import { projectCatalogs } from '../../helpers/ingest.ts';

/** The raw YAML data of content/catalog/activity-days.yaml, before validation. */
export function rawCatalog(): unknown {
  return parse(readFileSync(new URL('../../../content/catalog/activity-days.yaml', import.meta.url), 'utf8'));
}

/** The validated catalog (against the publishers too); throws if the YAML does not match the schema. */
export const catalog: ActivityDay[] = projectCatalogs().activities;

/** The trusted publishers the catalog's sources name. */
export const publishers: Publisher[] = projectCatalogs().publishers;

/** One catalog entry by key; throws for an unknown key so a typo fails loudly. */
export function entry(key: string): ActivityDay {
  const found = catalog.find((item) => item.key === key);
  if (found === undefined) throw new Error(`no catalog entry ${key}`);
  return found;
}
