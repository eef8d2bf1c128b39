import type { Department } from '../../schemas/catalog/department.ts';
import { pinyinSlug } from '../slug.ts';

export interface UnitResolver {
  /** The department key for a unit as written; an unknown unit gets a pinyin key of its own. */
  key: (asWritten: string) => string;
  /** Units met that no catalog entry names (with their made-up entries). */
  unknown: Map<string, Department>;
  byKey: (key: string) => Department | undefined;
}

/**
 * Looks unit names up in the departments catalog by any spelling a plan uses.
 * @example unitResolver(catalog).key('市教体局') // => 'jiaoyuju'
 */
export function unitResolver(catalog: readonly Department[]): UnitResolver {
  const byAlias = new Map(catalog.flatMap((d) => d.aliases_zh.map((a) => [a, d] as const)));
  const unknown = new Map<string, Department>();
  return {
    key(asWritten) {
      const known = byAlias.get(asWritten);
      if (known) return known.key;
      const key = pinyinSlug(asWritten.replace(/^市(委)?/u, ''));
      if (!unknown.has(asWritten)) {
        unknown.set(asWritten, {
          key,
          short_zh: asWritten,
          name_zh: asWritten,
          name_en: `${pinyinSlug(asWritten, { separate: true }).replace(/-/gu, ' ')} (not yet translated)`,
          short_en: pinyinSlug(asWritten, { separate: true }).replace(/-/gu, ' '),
          kind: 'other',
          aliases_zh: [asWritten],
        });
      }
      return key;
    },
    unknown,
    byKey: (key) => catalog.find((d) => d.key === key) ?? [...unknown.values()].find((d) => d.key === key),
  };
}
