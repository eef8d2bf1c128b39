import { z } from 'zod';

/** URL-safe keys: plan slugs, department and theme keys. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens (e.g. baotou-suzhi-2021-2025)');

/** Ids of entries inside a plan: `<plan slug>/<local id>`. */
export const entryIdSchema = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'expected <plan slug>/<local id>');

export const isoDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a date as YYYY-MM-DD');

/** Paragraph anchors follow the outline numbering: `s3-2-1`, `s3-2-p4`, `title`, `p1`. */
export const anchorSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected an anchor like s3-2-p1');

export const yearSchema = z.number().int().min(1949).max(2100);

/** Which seed file, in which version, a generated entry was read from. */
export const sourceSchema = z
  .object({
    seed: z.string().regex(/^[^/\\]+\.txt$/, 'expected a seed file name like 003_23647e01fcb0039d.txt'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected the sha256 of the seed as 64 hex digits'),
  })
  .strict();

/** A place in a plan's text that names something: the paragraph anchor and the exact words. */
export const mentionSchema = z
  .object({
    plan: slugSchema,
    anchor: anchorSchema,
    /** An exact substring of the seed file. */
    quote: z.string().min(1),
    /** 1-based line in the seed file where the quote starts. */
    line: z.number().int().positive(),
  })
  .strict();

/** A doubt ingest had about a seed, kept with the plan so staff can see and fix it. */
export const warningSchema = z
  .object({
    line: z.number().int().positive(),
    column: z.number().int().positive(),
    field: z.string(),
    message: z.string(),
  })
  .strict();

export type Source = z.output<typeof sourceSchema>;
export type Mention = z.output<typeof mentionSchema>;
export type Warning = z.output<typeof warningSchema>;
