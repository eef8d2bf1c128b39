/**
 * A correction staff commit beside the source (content/corrections/<plan>/<name>.yaml): it names
 * what it corrects by quoting the sentence, never by an id that moves when the text does, and
 * says why. The seed stays the published text; ingest applies every correction on every run.
 */
import { z } from 'zod';
import { baseTypes } from './base.ts';
import { isoDateSchema, yearSchema } from './common.ts';
import { targetSchema } from './target.ts';

const t = targetSchema.shape;

/** The fields of a target a correction can set. */
export const targetFieldsSchema = z
  .object({
    kind: t.kind,
    metric_zh: t.metric_zh,
    metric_key: t.metric_key,
    value: t.value,
    value_max: t.value_max,
    unit: t.unit,
    comparator: t.comparator,
    deadline_year: t.deadline_year,
    as_of_year: t.as_of_year,
    period: z.string().regex(/^\d{4}-\d{4}$/u, 'expected a period like 2021-2025').nullable(),
    frequency: t.frequency,
    group: t.group,
  })
  .partial()
  .strict();

const common = {
  /** The sentence (or heading) the correction applies to, copied from the plan: the site's text or the seed's. */
  quote: z.string().trim().min(2, 'quote the sentence the correction applies to'),
  /** Why the text was read wrong, in words a reader can check against the quote (Chinese or English). */
  reason: z.string().trim().min(4, 'say why (a reader sees it beside the correction)'),
  /** The reason in English, for the English pages, when `reason` is Chinese. */
  reason_en: z.string().trim().regex(/^[^\p{Script=Han}]*$/u, 'English only (Chinese names go in reason)').optional(),
  date: isoDateSchema,
  by: z.string().trim().min(1).optional(),
};

const targetCorrection = z
  .object({
    correct: z.literal('target'),
    ...common,
    /** The figure in the sentence, as written (`2万人`), when the sentence has more than one. */
    figure: z.string().trim().min(1).optional(),
    set: targetFieldsSchema.optional(),
    /** The figure is not a target (a date, a document number, a count of chapters). */
    remove: z.literal(true).optional(),
  })
  .strict()
  .refine((c) => (c.set === undefined) !== (c.remove === undefined), { message: 'give either set (the right values) or remove: true (not a target), not both', path: ['set'] });

const missedTarget = z
  .object({
    correct: z.literal('missed-target'),
    ...common,
    figure: z.string().trim().min(1, 'the figure, as written in the quote'),
    set: targetFieldsSchema.required({ metric_zh: true, value: true, unit: true, comparator: true }),
  })
  .strict();

const sectionCorrection = z
  .object({
    correct: z.literal('section'),
    ...common,
    set: z
      .object({
        /** The units, as the plan writes them (or as the departments catalog names them). */
        lead: z.array(z.string().trim().min(1)),
        cooperating: z.array(z.string().trim().min(1)),
      })
      .partial()
      .strict(),
  })
  .strict();

const baseCorrection = z
  .object({
    correct: z.literal('base'),
    ...common,
    /** The venue's name as it was read (the site shows it). */
    name: z.string().trim().min(2),
    set: z.object({ name_zh: z.string().trim().min(2), type: z.enum(baseTypes), status: z.enum(['existing', 'planned']) }).partial().strict().optional(),
    remove: z.literal(true).optional(),
  })
  .strict()
  .refine((c) => (c.set === undefined) !== (c.remove === undefined), { message: 'give either set (the right values) or remove: true (not a venue), not both', path: ['set'] });

const planCorrection = z
  .object({
    correct: z.literal('plan'),
    ...common,
    set: z
      .object({
        title_zh: z.string().trim().min(2),
        doc_number: z.string().trim().min(2).nullable(),
        issuer_zh: z.string().trim().min(2).nullable(),
        issued: isoDateSchema.nullable(),
        period: z.object({ start: yearSchema, end: yearSchema }).strict().nullable(),
        status: z.enum(['final', 'draft']),
      })
      .partial()
      .strict(),
  })
  .strict();

export const correctionSchema = z.discriminatedUnion('correct', [targetCorrection, missedTarget, sectionCorrection, baseCorrection, planCorrection], {
  error: 'correct must be one of target, missed-target, section, base, plan',
});

export type Correction = z.output<typeof correctionSchema>;
