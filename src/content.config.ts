// The content collections the site reads: what ingest generates from seeds/ (plans, actions,
// projects, targets, bases, activities, departments) and the curated catalogs staff edit.
// Each is validated with the same zod schema ingest validated it with before writing.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import {
  actionSchema,
  activityEntrySchema,
  baseSchema,
  departmentEntrySchema,
  planSchema,
  projectSchema,
  targetSchema,
} from './schemas/index.ts';
import { citySchema } from './schemas/catalog/city.ts';
import { glossaryEntrySchema } from './schemas/catalog/glossary.ts';
import { translationMemorySchema } from './schemas/translation.ts';
import { eventSchema, newsEnSchema, newsSchema } from './schemas/news.ts';
import { groupSchema } from './schemas/catalog/group.ts';
import { metricSchema } from './schemas/catalog/metric.ts';
import { projectThemeSchema } from './schemas/catalog/project-theme.ts';
import { publisherSchema } from './schemas/catalog/publisher.ts';

// Plans, actions and projects are prose (MDX); targets, bases, activities and departments are
// data alone (YAML), which Astro reads without compiling a module for each entry.
const generated = (dir: string, ext: 'mdx' | 'yaml' = 'mdx') => glob({ pattern: `**/*.${ext}`, base: `./content/${dir}` });
// Catalogs are YAML lists of entries with a `key` (the glossary: its Chinese term), which
// becomes the entry's id.
const catalog = (name: string, key: (entry: Record<string, string>) => string = (e) => e['key'] ?? '') =>
  file(`./content/catalog/${name}.yaml`, {
    parser: (text) => Object.fromEntries((parse(text) as Array<Record<string, string>>).map((entry) => [key(entry), entry])),
  });

export const collections = {
  plans: defineCollection({ loader: generated('plans'), schema: planSchema }),
  actions: defineCollection({ loader: generated('actions'), schema: actionSchema }),
  projects: defineCollection({ loader: generated('projects'), schema: projectSchema }),
  targets: defineCollection({ loader: generated('targets', 'yaml'), schema: targetSchema }),
  bases: defineCollection({ loader: generated('bases', 'yaml'), schema: baseSchema }),
  activities: defineCollection({ loader: generated('activities', 'yaml'), schema: activityEntrySchema }),
  departments: defineCollection({ loader: generated('departments', 'yaml'), schema: departmentEntrySchema }),
  cities: defineCollection({ loader: catalog('cities'), schema: citySchema }),
  groups: defineCollection({ loader: catalog('groups'), schema: groupSchema }),
  metrics: defineCollection({ loader: catalog('metrics'), schema: metricSchema }),
  themes: defineCollection({ loader: catalog('project-themes'), schema: projectThemeSchema }),
  publishers: defineCollection({ loader: catalog('publishers'), schema: publisherSchema }),
  glossary: defineCollection({ loader: catalog('glossary', (e) => e['zh'] ?? ''), schema: glossaryEntrySchema }),
  // What staff publish: news (Chinese, with an optional <name>.en.mdx beside it) and events.
  news: defineCollection({ loader: glob({ pattern: ['*.mdx', '!*.en.mdx'], base: './content/news' }), schema: newsSchema }),
  newsEn: defineCollection({ loader: glob({ pattern: '*.en.mdx', base: './content/news', generateId: ({ entry }) => entry.replace(/\.en\.mdx$/u, '') }), schema: newsEnSchema }),
  events: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/events' }), schema: eventSchema }),
  // Curated translation memories, one per plan (content/translations/<plan>.yaml).
  translations: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/translations' }), schema: translationMemorySchema }),
};
