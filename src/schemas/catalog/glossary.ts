/**
 * The glossary (content/catalog/glossary.yaml): the one English term of every recurring
 * Chinese term, for translators, catalogs and the interface. Terms are unique both ways, so a
 * concept has one English and an English term one concept.
 */
import { z } from 'zod';
import { duplicateIssues, enTextSchema, zhTextSchema } from './shared.ts';

export const glossaryKinds = ['term', 'group', 'department-kind', 'base-type', 'unit', 'name', 'period', 'place'] as const;

// Units are written as the plans write them: 人次, %, 个百分点.
const unitZhSchema = z.string().trim().min(1, 'must not be empty');

export const glossaryEntrySchema = z
  .object({
    zh: unitZhSchema,
    aliases_zh: z.array(zhTextSchema).optional(),
    en: enTextSchema,
    kind: z.enum(glossaryKinds),
    /** Renderings that must not appear on English pages. */
    avoid_en: z.array(enTextSchema).optional(),
    /** Units only: what follows a number ('' when the count word has no English). */
    number_en: z.string().optional(),
    note: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((e) => e.kind === 'unit' || /\p{Script=Han}/u.test(e.zh), { path: ['zh'], message: 'must contain Chinese characters' })
  .refine((e) => e.kind === 'unit' || e.number_en === undefined, { path: ['number_en'], message: 'only units have number_en' });

export const glossaryCatalogSchema = z.array(glossaryEntrySchema).superRefine((entries, ctx) => {
  const zh = entries.flatMap((e, i) => [{ value: e.zh, path: [i, 'zh'] }, ...(e.aliases_zh ?? []).map((value, j) => ({ value, path: [i, 'aliases_zh', j] }))]);
  const en = entries.map((e, i) => ({ value: e.en.toLowerCase(), path: [i, 'en'] }));
  for (const issue of [...duplicateIssues(zh, 'Chinese term'), ...duplicateIssues(en, 'English term')]) ctx.addIssue({ code: 'custom', ...issue });
  // A rendering to avoid that is another entry's term would fail every page that uses that term.
  const terms = new Set(entries.map((e) => e.en.toLowerCase()));
  entries.forEach((e, i) =>
    (e.avoid_en ?? []).forEach((v, j) => {
      if (terms.has(v.toLowerCase())) ctx.addIssue({ code: 'custom', path: [i, 'avoid_en', j], message: `"${v}" is the English of another entry` });
    }),
  );
});

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
