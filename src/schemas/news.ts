/**
 * News and events staff publish (content/news/*.mdx, content/events/*.mdx): MDX files whose
 * frontmatter these schemas check, the body being the text. Names of plans, activities and
 * places are keys the rest of the site uses, checked against them when content is checked.
 */
import { z } from 'zod';
import { isoDateSchema, slugSchema } from './common.ts';

const zh = z.string().trim().regex(/\p{Script=Han}/u, 'must contain Chinese characters');
const en = z.string().trim().min(1).regex(/^[^\p{Script=Han}]*$/u, 'English only (no Chinese characters)');
// Astro reads frontmatter as YAML 1.1, where an unquoted 2022-03-17 is a date; ingest's check reads
// YAML 1.2, where it is text. Both become the same YYYY-MM-DD.
const day = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDateSchema);
const link = z.url({ protocol: /^https?$/, error: 'expected a full http(s) URL' });

/** A source named by its original publisher (content/catalog/publishers.yaml), with its page. */
export const postSourceSchema = z.object({ publisher: slugSchema, title_zh: zh.optional(), url: link.optional() }).strict();

/** A news item: the Chinese text is the body; `<name>.en.mdx` beside it holds the English, if any. */
export const newsSchema = z
  .object({
    title_zh: zh,
    title_en: en.optional(),
    date: day,
    /** One sentence in English for readers of the English site, when there is no English body. */
    summary_en: en.optional(),
    plans: z.array(slugSchema).default([]),
    activities: z.array(slugSchema).default([]),
    cities: z.array(slugSchema).default([]),
    source: postSourceSchema.optional(),
  })
  .strict();

/** The English of a news item (`<name>.en.mdx`): its title; the body is the English text. */
export const newsEnSchema = z.object({ title_en: en }).strict();

/** A time in Beijing, as people write it: 2026-09-20T09:00 (Asia/Shanghai, no offset). */
const beijingTime = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/u, 'expected a Beijing time like 2026-09-20T09:00');

/** One dated instance of an activity in a place: a science day's main event in a city, say. */
export const eventSchema = z
  .object({
    activity: slugSchema,
    city: slugSchema,
    title_zh: zh,
    title_en: en.optional(),
    start: beijingTime,
    end: beijingTime,
    venue_zh: zh.optional(),
    venue_en: en.optional(),
    organizer_zh: zh,
    organizer_en: en.optional(),
    url: link.optional(),
  })
  .strict()
  .refine((e) => e.end >= e.start, { message: 'the event ends before it starts', path: ['end'] });

export type News = z.output<typeof newsSchema>;
export type NewsEn = z.output<typeof newsEnSchema>;
export type SiteEvent = z.output<typeof eventSchema>;
