import { z } from 'zod';
import { slugSchema } from '../common.ts';
import { duplicateIssues, enTextSchema, keysOf, listItemsOf, zhTextSchema } from './shared.ts';

/**
 * The activity-day catalog: 全国科普日, 科技活动周 … one entry per activity that plans name, with the
 * rule that dates it and the dates actually seen. Data lives in content/catalog/activity-days.yaml.
 */

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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
      message: `day ${value.day} does not exist in ${MONTH_NAMES[value.month - 1]} every year`,
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
  .object({ type: z.literal('announced'), window: spanSchema.optional(), nominal: z.string().min(1).optional() })
  .strict();

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
    note_en: z.string().min(1),
    note_zh: z.string().min(1).optional(),
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
 * The dates of one year's edition. `computed` rows come from a verified rule; unverified years are
 * simply absent. Without `end`, only the launch day is known (食品安全宣传周 reports give no end).
 */
const knownSchema = z
  .object({
    year: z.number().int('year must be a whole year'),
    start: isoDateSchema,
    end: isoDateSchema.optional(),
    status: z.enum(['verified', 'computed'], { error: "status must be 'verified' or 'computed'" }),
    source_url: urlSchema.optional(),
    theme_zh: z.string().min(1).optional(),
    note_en: z.string().min(1).optional(),
  })
  .strict()
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
    since: z.string().min(1),
    known: z.array(knownSchema),
    /** English, though it may quote Chinese names (健康中国行动) where they are the point. */
    notes_en: z.string().trim().min(1),
    notes_zh: zhTextSchema.optional(),
    scope: z.enum(['global', 'national', 'guangxi'], { error: 'scope must be one of global, national, guangxi' }),
    sources: z.array(urlSchema).min(1, 'give at least one source URL'),
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
    });
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

export type ActivityRule = z.output<typeof activityRuleSchema>;
export type ActivitySeason = z.output<typeof seasonSchema>;
export type ActivityKnown = z.output<typeof knownSchema>;
export type ActivityDay = z.output<typeof activityDaySchema>;
export type ActivityCatalog = z.output<typeof activityCatalogSchema>;
