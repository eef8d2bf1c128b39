import type { z } from 'zod';
import { activityCatalogFor, activityCatalogSchema, type ActivityDay } from '../schemas/catalog/activity-day.ts';
import { cityCatalogSchema, type City } from '../schemas/catalog/city.ts';
import { departmentCatalogSchema, type Department } from '../schemas/catalog/department.ts';
import { glossaryCatalogSchema, type GlossaryEntry } from '../schemas/catalog/glossary.ts';
import { groupCatalogSchema, type Group } from '../schemas/catalog/group.ts';
import { metricCatalogSchema, type Metric } from '../schemas/catalog/metric.ts';
import { projectThemeCatalogSchema, type ProjectTheme } from '../schemas/catalog/project-theme.ts';
import { publisherCatalogSchema, type Publisher } from '../schemas/catalog/publisher.ts';
import type { Problem } from './problems.ts';
import { parseYaml } from './yaml/parse-yaml.ts';

/** The curated reference lists (content/catalog/*.yaml) ingest normalizes names with. */
export interface Catalogs {
  cities: City[];
  groups: Group[];
  themes: ProjectTheme[];
  departments: Department[];
  metrics: Metric[];
  activities: ActivityDay[];
  glossary: GlossaryEntry[];
  publishers: Publisher[];
}

export const CATALOG_FILES = {
  cities: 'cities.yaml',
  groups: 'groups.yaml',
  themes: 'project-themes.yaml',
  departments: 'departments.yaml',
  metrics: 'metrics.yaml',
  activities: 'activity-days.yaml',
  glossary: 'glossary.yaml',
  publishers: 'publishers.yaml',
} as const satisfies Record<keyof Catalogs, string>;

const SCHEMAS: { [K in keyof Catalogs]: z.ZodType<Catalogs[K]> } = {
  cities: cityCatalogSchema,
  groups: groupCatalogSchema,
  themes: projectThemeCatalogSchema,
  departments: departmentCatalogSchema,
  metrics: metricCatalogSchema,
  activities: activityCatalogSchema,
  glossary: glossaryCatalogSchema,
  publishers: publisherCatalogSchema,
};

/**
 * Reads and validates every catalog. `read(name)` returns a catalog file's text; `dir` is how
 * problems name the files. All problems of all catalogs are returned together.
 */
export function readCatalogs(read: (file: string) => string, dir: string): { catalogs: Catalogs | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const out: Partial<Catalogs> = {};
  // Publishers first: the activity days' sources are checked against them.
  const order = ['publishers', ...(Object.keys(CATALOG_FILES) as Array<keyof Catalogs>).filter((k) => k !== 'publishers')] as Array<keyof Catalogs>;
  for (const key of order) {
    const file = CATALOG_FILES[key];
    const schema = key === 'activities' ? activityCatalogFor(out.publishers ?? []) : SCHEMAS[key];
    const parsed = parseYaml(read(file), `${dir}/${file}`, schema);
    if (parsed.ok) (out as Record<string, unknown>)[key] = parsed.value;
    else problems.push(...parsed.problems);
  }
  return { catalogs: problems.length === 0 ? (out as Catalogs) : null, problems };
}
