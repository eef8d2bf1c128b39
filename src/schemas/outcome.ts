/**
 * What was reported for a target (content/outcomes/<plan>/<name>.yaml): the value reached, as of
 * when, and the original publisher's document that says so. The target is named by quoting its
 * sentence, as corrections do. Whether that meets the target is worked out on the site, against
 * the target's deadline and the build's today.
 */
import { z } from 'zod';
import { isoDateSchema, slugSchema } from './common.ts';

export const outcomeSourceSchema = z
  .object({
    /** A key of content/catalog/publishers.yaml: the original publisher of the report. */
    publisher: slugSchema,
    /** The report, as its publisher titles it. */
    title_zh: z.string().trim().regex(/\p{Script=Han}/u, 'the report’s title, in Chinese as published'),
    /** The publisher's own page (on one of its hosts); leave out when only a copy elsewhere exists. */
    url: z.url({ protocol: /^https?$/, error: 'expected a full http(s) URL' }).optional(),
  })
  .strict();

export const outcomeSchema = z
  .object({
    /** The target's sentence, copied from the plan. */
    quote: z.string().trim().min(2, 'quote the sentence of the target'),
    /** The target's figure as written (`2万人`), when the sentence has more than one. */
    figure: z.string().trim().min(1).optional(),
    /** The value reported, in the target's unit (a percentage as its number: 15.2 for 15.2%). */
    reached: z.number(),
    /** The date the reported value describes. */
    as_of: isoDateSchema,
    source: outcomeSourceSchema,
    note_zh: z.string().trim().min(1).optional(),
    note_en: z.string().trim().min(1).optional(),
  })
  .strict();

/** An outcome as the target records it. */
export const appliedOutcomeSchema = outcomeSchema.omit({ quote: true, figure: true }).extend({
  file: z.string().regex(/^content\/outcomes\/[a-z0-9-]+\/[^/]+\.yaml$/u),
});

export type Outcome = z.output<typeof outcomeSchema>;
export type AppliedOutcome = z.output<typeof appliedOutcomeSchema>;
