import { z } from 'zod';
import { anchorSchema, entryIdSchema, isoDateSchema, slugSchema, sourceSchema, warningSchema, yearSchema } from './common.ts';
import { sourceHashSchema, unitIdSchema } from './translation.ts';
import { appliedCorrectionSchema, planCorrectionEntrySchema } from './applied-correction.ts';

const literacyPointSchema = z
  .object({
    year: yearSchema,
    /** Percent of citizens with basic scientific literacy (公民具备科学素质的比例). */
    value: z.number().min(0).max(100),
    target: entryIdSchema,
  })
  .strict();

export const outlineEntrySchema = z
  .object({
    anchor: anchorSchema,
    depth: z.number().int().min(0).max(6),
    title_zh: z.string().min(1),
  })
  .strict();

export const planSchema = z
  .object({
    slug: slugSchema,
    generated_from: z.array(sourceSchema).length(1),
    title_zh: z.string().min(1),
    /** The characters the seed is written in: a Traditional text is analysed in Simplified form. */
    script: z.enum(['simplified', 'traditional']),
    kind: z.enum(['kepu-plan', 'literacy-plan']),
    city: slugSchema,
    city_zh: z.string().min(1),
    province_zh: z.string().nullable(),
    /** The city or province a county-level place belongs to. */
    parent_zh: z.string().nullable(),
    /** province, prefecture-level city, county-level city, county, district (GB/T 2260). */
    level: z.enum(['province', 'prefecture', 'county-level', 'county', 'district', 'unknown']),
    /** The place's six-digit GB/T 2260 code, when the gazetteer knows it. */
    place_code: z.string().regex(/^\d{6}$/u).nullable(),
    doc_number: z.string().nullable(),
    issuer_zh: z.string().nullable(),
    issued: isoDateSchema.nullable(),
    web_published: isoDateSchema.nullable(),
    /** The years the plan covers, as its title or opening states them; null when neither does. */
    period: z
      .object({ start: yearSchema, end: yearSchema, vision: yearSchema.nullable(), basis: z.enum(['title', 'text']) })
      .strict()
      .refine((p) => p.start <= p.end, { message: 'period start is after its end' })
      .nullable(),
    status: z.enum(['final', 'draft']),
    comment: z
      .object({
        start: isoDateSchema,
        end: isoDateSchema,
        days: z.number().int().positive().nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
        drafted_by_zh: z.string().nullable(),
      })
      .strict()
      .nullable(),
    literacy: z.object({ baselines: z.array(literacyPointSchema), target: literacyPointSchema.nullable() }).strict(),
    outline: z.array(outlineEntrySchema),
    counts: z
      .object({
        paragraphs: z.number().int().nonnegative(),
        actions: z.number().int().nonnegative(),
        projects: z.number().int().nonnegative(),
        measures: z.number().int().nonnegative(),
        targets: z.number().int().nonnegative(),
        bases: z.number().int().nonnegative(),
        activity_mentions: z.number().int().nonnegative(),
      })
      .strict(),
    warnings: z.array(warningSchema),
    /** Every staff correction applied to the plan (content/corrections/<slug>/), for its page to list. */
    corrections: z.array(planCorrectionEntrySchema),
    /** A correction of the plan's own metadata, with the values read before. */
    metadata_correction: appliedCorrectionSchema.nullable(),
    /** Every translatable unit of the plan with the hash of its Chinese, in reading order. */
    segments: z.record(unitIdSchema, sourceHashSchema),
  })
  .strict()
  .refine((p) => p.status === 'draft' || p.comment === null, {
    message: 'only a draft for public comment has a comment window',
    path: ['comment'],
  });

export type Plan = z.output<typeof planSchema>;
