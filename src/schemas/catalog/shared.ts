/**
 * Building blocks shared by the curated glossary catalogs (content/catalog/*.yaml).
 * The catalogs are hand-edited, so the schemas reject rather than repair: a typo
 * should fail the build with a path to the offending field.
 */
import { z } from 'zod';

/** Chinese text as written in the plans; trimmed, because YAML editors leave stray spaces. */
export const zhTextSchema = z
  .string()
  .trim()
  .regex(/\p{Script=Han}/u, 'must contain Chinese characters');

/** English display text; Chinese here means a translation was forgotten. */
export const enTextSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .regex(/^[^\p{Script=Han}]*$/u, 'must not contain Chinese characters');

export interface CatalogIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Values that must be unique across a whole catalog (keys, aliases): one issue per
 * repeat, pointing at the repeat and naming where the value was first seen, so a
 * lookup by that value can never be ambiguous.
 */
export function duplicateIssues(
  values: Iterable<{ value: string; path: (string | number)[] }>,
  what: string,
): CatalogIssue[] {
  const firstSeen = new Map<string, (string | number)[]>();
  const issues: CatalogIssue[] = [];
  for (const { value, path } of values) {
    const first = firstSeen.get(value);
    if (first === undefined) firstSeen.set(value, path);
    else issues.push({ path, message: `duplicate ${what} "${value}" (first at ${formatPath(first)})` });
  }
  return issues;
}

/** Every entry's `key`, with its path, for duplicateIssues. */
export function keysOf(entries: readonly { key: string }[]): { value: string; path: (string | number)[] }[] {
  return entries.map((entry, index) => ({ value: entry.key, path: [index, 'key'] }));
}

/** Every item of a list field of every entry, with its path, for duplicateIssues. */
export function listItemsOf<Field extends string>(
  entries: readonly Record<Field, readonly string[]>[],
  field: Field,
): { value: string; path: (string | number)[] }[] {
  return entries.flatMap((entry, index) =>
    entry[field].map((value, position) => ({ value, path: [index, field, position] })),
  );
}

function formatPath(path: (string | number)[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('');
}
