import { z } from 'zod';
import { enTextSchema } from './catalog/shared.ts';

/**
 * The id of a translatable unit of a plan: `title`, `issuer`, `doc-number`; `heading/<anchor>`
 * (a heading's title, which is also its contents entry and, in a measure, the measure heading),
 * `text/<anchor>` (a paragraph's text after any run-in heading), `action/<key>`,
 * `project/<key>` (names as written), `metric/<target>` (a target's metric words) and
 * `base/<city>/<base>` (a base's name, kept by the first plan that names it).
 */
export const unitIdSchema = z
  .string()
  .regex(
    /^(?:title|issuer|doc-number|(?:heading|text|action|project|metric)\/[a-z0-9-]+|base\/[a-z0-9-]+\/[a-z0-9-]+)$/u,
    'expected a unit id such as heading/s2-3, text/s2-3-p1, metric/sx1-p1-t1 or base/qinzhou/kejiguan',
  );

/** 12 hex digits of the SHA-256 of a unit's normalized Chinese (src/ingest/translation/source-hash.ts). */
export const sourceHashSchema = z.string().regex(/^[0-9a-f]{12}$/u, 'expected the 12-hex-digit hash that `npm run i18n:status` prints for the unit');

/** One translated unit: the Chinese it was made from (with its hash) and the English. */
export const translationEntrySchema = z
  .object({
    hash: sourceHashSchema,
    zh: z.string().trim().min(1, 'must not be empty: the Chinese this English translates'),
    en: enTextSchema,
    /** A translator's remark for reviewers (a choice of words, a doubt about the source). */
    note: z.string().trim().min(1).optional(),
  })
  .strict();

/** A plan's translation memory (content/translations/<plan>.yaml): unit id → entry. */
export const translationMemorySchema = z.record(z.string(), translationEntrySchema).superRefine((memory, ctx) => {
  for (const id of Object.keys(memory)) {
    const checked = unitIdSchema.safeParse(id);
    if (!checked.success) ctx.addIssue({ code: 'custom', path: [id], message: `"${id}" is not a unit id: ${checked.error.issues[0]?.message ?? ''}` });
  }
});

export type UnitId = z.output<typeof unitIdSchema>;
export type TranslationEntry = z.output<typeof translationEntrySchema>;
export type TranslationMemory = z.output<typeof translationMemorySchema>;
