import { z } from 'zod';
import { mentionSchema, slugSchema, sourceSchema } from './common.ts';
import { appliedCorrectionSchema } from './applied-correction.ts';

/** 科技馆, 科普馆/展示馆/体验馆, 博物馆, 科普（教育）基地, 交流中心. */
export const baseTypes = ['science-museum', 'popularization-hall', 'museum', 'popularization-base', 'exchange-center'] as const;

/** A named science venue or base (科技馆, 科普基地 …), merged across the plans of its city. */
export const baseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'expected <city>/<base slug>'),
    name_zh: z.string().min(1),
    city: slugSchema,
    type: z.enum(baseTypes),
    /** Existing, being built or upgraded, or planned, as the latest plan that names it says. */
    status: z.enum(['existing', 'planned']),
    generated_from: z.array(sourceSchema).min(1),
    mentions: z.array(mentionSchema).min(1),
    /** A staff correction of the venue's name, type or status. */
    correction: appliedCorrectionSchema.nullable(),
  })
  .strict();

export type Base = z.output<typeof baseSchema>;
