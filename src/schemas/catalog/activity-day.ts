import { monthName } from '../../calendar/format-date.ts';
import { z } from 'zod';
import { slugSchema } from '../common.ts';
import { duplicateIssues, enTextSchema, keysOf, listItemsOf, zhTextSchema } from './shared.ts';
import { publisherOf, type Publisher } from './publisher.ts';

/**
 * The activity-day catalog: 全国科普日, 科技活动周 … one entry per activity that plans name, with the
 * rule that dates it and the dates actually seen. Data lives in content/catalog/activity-days.yaml.
 */


/** Longest month lengths, so 02-29 is a valid window edge (the calendar clamps it in common years). */
const MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function maxDay(month: number, everyYear: boolean): number {
  const days = MAX_DAYS[month - 1] ?? 31;
  return everyYear && month === 2 ? 28 : days;
}

const monthSchema = z
  .number({ error: 'month must be a number from 1 to 12' })
  .int('month must be a whole number from 1 to 12')
  .min(1, 'month must be from 1 to 12')
  .max(12, 'month must be from 1 to 12');

const daySchema = z
  .number({ error: 'day must be a number from 1 to 31' })
  .int('day must be a whole number')
  .min(1, 'day must be from 1 to 31')
  .max(31, 'day must be from 1 to 31');

/**
 * A month and day that exist in every year: a yearly date must not be 02-29, or it would silently
 * move in three years out of four.
 */
const yearlyDateShape = { month: monthSchema, day: daySchema };
function checkYearlyDate(value: { month: number; day: number }, ctx: z.RefinementCtx): void {
  if (value.day > maxDay(value.month, true)) {
    ctx.addIssue({
      code: 'custom',
      path: ['day'],
      message: `day ${value.day} does not exist in ${monthName('en', value.month)} every year`,
    });
  }
}

/** 'MM-DD', as the reference writes windows and seasons (e.g. '05-15'). */
export const monthDaySchema = z
  .string()
  .regex(/^\d{2}-\d{2}$/, "expected a month and day as 'MM-DD' (e.g. '05-15'); quote it in YAML")
  .refine((text) => {
    const month = Number(text.slice(0, 2));
    const day = Number(text.slice(3, 5));
    return month >= 1 && month <= 12 && day >= 1 && day <= maxDay(month, false);
  }, "'MM-DD' is not a real date (month 01–12, day within that month)");

/** A span of the year; when end is before start the span runs into the next year. */
const spanSchema = z.object({ start: monthDaySchema, end: monthDaySchema }).strict();

const seasonSchema = z
  .object({ start: monthDaySchema, end: monthDaySchema, label_zh: zhTextSchema, label_en: enTextSchema })
  .strict();

/** Same Gregorian date every year (reference code `fixed:MM-DD`). */
const fixedRuleSchema = z
  .object({ type: z.literal('fixed'), ...yearlyDateShape })
  .strict()
  .superRefine(checkYearlyDate);

/** The whole calendar month (`month:MM`). */
const monthRuleSchema = z.object({ type: z.literal('month'), month: monthSchema }).strict();

/** The Monday–Sunday week that contains the date (`week-containing:MM-DD`). */
const weekContainingRuleSchema = z
  .object({ type: z.literal('week-containing'), ...yearlyDateShape })
  .strict()
  .superRefine(checkYearlyDate);

/** The Beijing-time calendar day of a solar term; only the September equinox (秋分) is needed. */
const solarTermRuleSchema = z.object({ type: z.literal('solar-term'), term: z.literal('autumn-equinox') }).strict();

/**
 * The organizer announces the dates each year (`announced`). `window` is the usual span, shown as
 * tentative; without a window the activity is not placed at all until a year's notice is seen.
 * `nominal` is a documented rule that actual dates do not reliably follow: display only.
 */
const announcedRuleSchema = z
  .object({ type: z.literal('announced'), window: spanSchema.optional(), nominal_zh: zhTextSchema.optional(), nominal_en: z.string().trim().min(1).optional() })
  .strict()
  .refine((r) => (r.nominal_zh === undefined) === (r.nominal_en === undefined), { path: ['nominal_en'], message: 'give nominal_zh and nominal_en together' });

/** Not date-bound (year-round programme); optional seasonal bands where the activity clusters. */
const noneRuleSchema = z.object({ type: z.literal('none'), seasons: z.array(seasonSchema).optional() }).strict();

export const activityRuleSchema = z.discriminatedUnion(
  'type',
  [fixedRuleSchema, monthRuleSchema, weekContainingRuleSchema, solarTermRuleSchema, announcedRuleSchema, noneRuleSchema],
  { error: 'rule type must be one of fixed, month, week-containing, solar-term, announced, none' },
);

/** A rule that was in force up to and including `until_year` (e.g. 全国科普日 before the 科普月). */
const historySchema = z
  .object({
    until_year: z.number().int('until_year must be a whole year'),
    rule: activityRuleSchema,
    note_zh: zhTextSchema,
    note_en: z.string().trim().min(1),
  })
  .strict();

/** A fixed day inside an announced or computed span (防灾减灾日 05-12 inside its 宣传周). */
const anchorDaySchema = z
  .object({ ...yearlyDateShape, name_zh: zhTextSchema, name_en: enTextSchema })
  .strict()
  .superRefine(checkYearlyDate);

const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as 'YYYY-MM-DD'")
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, "'YYYY-MM-DD' is not a real date");

const urlSchema = z.url({ protocol: /^https?$/, error: 'expected a full http(s) URL' });

/**
 * Where a fact comes from, named by its original publisher (content/catalog/publishers.yaml).
 * `url` is given only for the publisher's own page: a copy on another host is never linked, and
 * the build refuses a link to a host no publisher has.
 */
const sourceSchema = z
  .object({
    id: slugSchema,
    publisher: slugSchema,
    /** The notice or article, as its publisher titles it. */
    title_zh: zhTextSchema.optional(),
    date: isoDateSchema.optional(),
    url: urlSchema.optional(),
  })
  .strict();

/**
 * The dates of one year's edition. `verified`: read in the original publisher's own page (a
 * source with a url); `reported`: stated by the publisher, but read only in a copy elsewhere (a
 * source without a url); `computed`: derived from a verified rule. Unknown years are absent.
 * Without `end`, only the launch day is known (食品安全宣传周 reports give no end).
 */
const knownSchema = z
  .object({
    year: z.number().int('year must be a whole year'),
    start: isoDateSchema,
    end: isoDateSchema.optional(),
    status: z.enum(['verified', 'reported', 'computed'], { error: "status must be 'verified', 'reported' or 'computed'" }),
    /** The id of the entry's source the dates were read in. */
    source: slugSchema.optional(),
    theme_zh: zhTextSchema.optional(),
    theme_en: z.string().trim().min(1).optional(),
    note_zh: zhTextSchema.optional(),
    note_en: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((k) => (k.theme_zh === undefined) === (k.theme_en === undefined), { path: ['theme_en'], message: 'give theme_zh and theme_en together' })
  .refine((k) => (k.note_zh === undefined) === (k.note_en === undefined), { path: ['note_en'], message: 'give note_zh and note_en together' })
  .refine((k) => k.status === 'computed' || k.source !== undefined, { path: ['source'], message: 'a verified or reported date names the source it was read in' })
  .superRefine((known, ctx) => {
    if (!known.start.startsWith(`${known.year}-`)) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: `start ${known.start} is not in year ${known.year}` });
    }
    if (known.end !== undefined && known.end < known.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `end ${known.end} is before start ${known.start}` });
    }
  });

export const activityDaySchema = z
  .object({
    key: slugSchema,
    name_zh: zhTextSchema,
    name_en: enTextSchema,
    /** Name of the span `rule` dates when it differs from the name (防灾减灾宣传周 of 防灾减灾日). History rules use the name. */
    period_name_zh: zhTextSchema.optional(),
    period_name_en: enTextSchema.optional(),
    /** Every form plans use (usually name_zh too), so a matcher needs this list only. */
    aliases_zh: z.array(zhTextSchema).min(1, 'list at least one alias'),
    /** The shape of the span `rule` dates; the anchor day, if any, is a day. */
    kind: z.enum(['day', 'week', 'month', 'campaign', 'programme'], {
      error: 'kind must be one of day, week, month, campaign, programme',
    }),
    rule: activityRuleSchema,
    history: z.array(historySchema).optional(),
    anchor_day: anchorDaySchema.optional(),
    organizer_zh: zhTextSchema,
    organizer_en: enTextSchema,
    since_zh: zhTextSchema,
    /** English, though it may quote Chinese names where they are the point (as notes_en may). */
    since_en: z.string().trim().min(1),
    known: z.array(knownSchema),
    notes_zh: zhTextSchema,
    notes_en: z.string().trim().min(1),
    scope: z.enum(['global', 'national', 'guangxi'], { error: 'scope must be one of global, national, guangxi' }),
    sources: z.array(sourceSchema).min(1, 'give at least one source'),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if ((entry.period_name_zh === undefined) !== (entry.period_name_en === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['period_name_en'], message: 'give period_name_zh and period_name_en together' });
    }
    // The rule for a year is the first history item whose until_year covers it, so order matters.
    entry.history?.forEach((item, i) => {
      const previous = entry.history?.[i - 1];
      if (previous !== undefined && item.until_year <= previous.until_year) {
        ctx.addIssue({ code: 'custom', path: ['history', i, 'until_year'], message: 'history must be in increasing until_year order' });
      }
    });
    entry.known.forEach((known, i) => {
      if (entry.known.findIndex((other) => other.year === known.year) !== i) {
        ctx.addIssue({ code: 'custom', path: ['known', i, 'year'], message: `year ${known.year} is listed twice in known` });
      }
      const source = entry.sources.find((x) => x.id === known.source);
      if (known.source !== undefined && !source) {
        ctx.addIssue({ code: 'custom', path: ['known', i, 'source'], message: `no source with id "${known.source}" in this entry's sources` });
      }
      // Verified means read in the original: a copy (a source without url) only supports "reported".
      if (known.status === 'verified' && source && source.url === undefined) {
        ctx.addIssue({ code: 'custom', path: ['known', i, 'status'], message: `source "${source.id}" has no url of its publisher's own, so the dates are 'reported', not 'verified'` });
      }
    });
    for (const issue of duplicateIssues(entry.sources.map((x, i) => ({ value: x.id, path: ['sources', i, 'id'] })), 'source id')) ctx.addIssue({ code: 'custom', ...issue });
  });

export const activityCatalogSchema = z.array(activityDaySchema).superRefine((entries, ctx) => {
  // Plans are matched by alias, so one alias naming two activities would be ambiguous.
  for (const issue of [
    ...duplicateIssues(keysOf(entries), 'key'),
    ...duplicateIssues(listItemsOf(entries, 'aliases_zh'), 'alias'),
  ]) {
    ctx.addIssue({ code: 'custom', ...issue });
  }
});

/**
 * The catalog held against the trusted publishers: every source names a publisher the
 * publishers catalog has, and a source's url is on that publisher's own hosts.
 * @example activityCatalogFor(publishers).safeParse(entries).success // => true
 */
export function activityCatalogFor(publishers: readonly Publisher[]) {
  return activityCatalogSchema.superRefine((entries, ctx) => {
    entries.forEach((entry, i) =>
      entry.sources.forEach((source, j) => {
        const publisher = publishers.find((p) => p.key === source.publisher);
        if (!publisher) {
          ctx.addIssue({ code: 'custom', path: [i, 'sources', j, 'publisher'], message: `no publisher "${source.publisher}" in content/catalog/publishers.yaml; add it there (only original publishers: government, Party, CAST, ministries, state and national media)` });
        } else if (source.url !== undefined && publisherOf([publisher], source.url) === undefined) {
          const host = publisherOf(publishers, source.url);
          ctx.addIssue({
            code: 'custom',
            path: [i, 'sources', j, 'url'],
            message: host
              ? `${new URL(source.url).hostname} is a host of ${host.key}, not of ${publisher.key}`
              : `${new URL(source.url).hostname} is not a host of ${publisher.key} (${publisher.hosts.join(', ')}): link only the publisher's own page, and drop the url of a copy`,
          });
        }
      }),
    );
  });
}

export type ActivityRule = z.output<typeof activityRuleSchema>;
export type ActivitySeason = z.output<typeof seasonSchema>;
export type ActivityKnown = z.output<typeof knownSchema>;
export type ActivitySource = z.output<typeof sourceSchema>;
export type ActivityDay = z.output<typeof activityDaySchema>;
export type ActivityCatalog = z.output<typeof activityCatalogSchema>;
